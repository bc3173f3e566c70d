"""The knowledge base: articles with a Markdown body, their history and files.

Beside the shared Details form an article has a Body tab (Markdown editor
with a live preview), a History tab (every saved version, with what changed)
and an Attachments tab. The body is saved with the other fields in one
update, so each save makes exactly one new version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QInputDialog,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QWidget,
)

from ...errors import KbdeskError, NotFoundError, ValidationError
from ..attachments import AttachmentsPanel, checked_blob
from ..context import AppContext
from ..markdown_view import MarkdownView
from ..versions_dialog import VersionsPanel
from .catalog import CONFIGS
from .record_section import RecordSection

PREVIEW_DELAY_MS = 250


class ArticleSection(RecordSection):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        self._shown_body = ""
        self._image_cache: dict[str, bytes] = {}
        super().__init__(ctx, CONFIGS["article"], parent)
        # Replaceable so tests can answer without a dialog: returns a case number or None.
        self.ask_case_ref: Callable[[], str | None] = self._ask_case_ref
        self.from_case_button = QPushButton(self.tr("From case…"))
        self.from_case_button.setObjectName("article_from_case")
        self.from_case_button.setToolTip(self.tr("Draft a new article from a solved case"))
        self.from_case_button.clicked.connect(self._on_from_case_clicked)
        row = _layout_holding(self.new_button)
        if row is not None:
            row.addWidget(self.from_case_button)
        self.attachments.sig_status.connect(self.sig_status)
        # Articles are read and written in the detail pane: give it the room.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

    # --- tabs --------------------------------------------------------------------

    def extra_tabs(self) -> list[tuple[str, QWidget]]:
        # Called from RecordSection.__init__: everything the tabs need is built here.
        self.body_editor = QPlainTextEdit()
        self.body_editor.setObjectName("article_body")
        self.body_editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body_editor.setPlaceholderText(self.tr(
            "Write the article in Markdown:\n\n## Heading\n**bold**, `code`, [link](https://…)\n\n"
            "```\nerror log lines\n```\n\n| column | column |\n|---|---|\n| cell | cell |"))
        self.body_editor.setTabChangesFocus(False)
        self.body_editor.textChanged.connect(self._on_body_edited)
        self.preview = MarkdownView()
        self.preview.setObjectName("article_preview")
        self.preview.attachment_loader = self._attachment_bytes
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self._on_preview_due)
        self.body_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.body_splitter.setObjectName("body_splitter")
        self.body_splitter.addWidget(self.body_editor)
        self.body_splitter.addWidget(self.preview)
        self.body_splitter.setChildrenCollapsible(True)

        self.history = VersionsPanel(self.ctx)
        self.history.view.attachment_loader = self._attachment_bytes
        self.attachments = AttachmentsPanel(self.ctx)
        return [(self.tr("Body"), self.body_splitter), (self.tr("History"), self.history),
                (self.tr("Attachments"), self.attachments)]

    def record_shown(self, record: dict[str, Any] | None) -> None:
        self._shown_body = (record.get("body") or "") if record else ""
        self.body_editor.blockSignals(True)
        self.body_editor.setPlainText(self._shown_body)
        self.body_editor.blockSignals(False)
        self.preview_timer.stop()
        self.preview.set_markdown(self._shown_body)
        record_id = record["id"] if record else None
        self.history.set_article(record_id)
        self.attachments.set_owner("article", record_id)
        if record is None:
            self.tabs.setCurrentIndex(0)  # a new article starts with its title

    # --- body and preview -----------------------------------------------------------

    def _on_body_edited(self) -> None:
        self._on_edited()
        self.preview_timer.start()

    def _on_preview_due(self) -> None:
        self.preview.set_markdown(self.body_editor.toPlainText())

    def _attachment_bytes(self, attachment_id: str) -> bytes:
        """Images in the body (kbdesk-attachment:ID); a stored file never changes under its id."""
        if attachment_id not in self._image_cache:
            att = self.ctx.services.get("attachment", attachment_id)
            self._image_cache[attachment_id] = checked_blob(self.ctx.services, att).read_bytes()
        return self._image_cache[attachment_id]

    # --- saving ------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The form's values plus the body when it was written or changed."""
        values = self.form.values()
        body = self.body_editor.toPlainText()
        if self.current is None:
            if body.strip():
                values["body"] = body
        elif body != self._shown_body:
            values["body"] = body
        return values

    # --- create from a case ----------------------------------------------------------------

    def create_from_case(self, case_ref: str) -> None:
        """Draft an article from a solved case (id or number) and show it."""
        case_ref = case_ref.strip()
        if not case_ref:
            return
        services = self.ctx.services

        def work():
            return services.article_from_case(services.find_case(case_ref)["id"])

        self.ctx.tasks.run(work, self._on_drafted, self._on_draft_failed, write=True)

    def _on_from_case_clicked(self) -> None:
        ref = self.ask_case_ref()
        if ref:
            self.create_from_case(ref)

    def _ask_case_ref(self) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Article from a case"),
            self.tr("Number of the solved case (for example CS-2024-0012):"))
        return text if ok else None

    def _on_drafted(self, article: dict[str, Any]) -> None:
        self.select_record(article["id"])
        self.tabs.setCurrentWidget(self.body_splitter)
        self.sig_status.emit(self.tr("Drafted %1 from the case: review and edit it, then save.")
                             .replace("%1", article["title"]))

    def _on_draft_failed(self, exc: Exception) -> None:
        if isinstance(exc, NotFoundError):
            text = self.tr("No case with that id or number in this archive.")
        elif isinstance(exc, ValidationError) and "source_case_id" in exc.problems:
            text = self.tr("The case has no resolution or workaround yet, so there is nothing "
                           "to write an article from.")
        elif isinstance(exc, KbdeskError):
            text = str(exc)
        else:
            text = self.tr("The article could not be drafted: %1").replace("%1", str(exc))
        self.form_message.setText(text)
        self.form_message.show()


def _layout_holding(widget: QWidget) -> QLayout | None:
    """The layout (nested anywhere in its parent's) that holds widget directly."""
    pending = [widget.parentWidget().layout()] if widget.parentWidget() else []
    while pending:
        layout = pending.pop()
        if layout is None:
            continue
        if layout.indexOf(widget) >= 0:
            return layout
        pending.extend(layout.itemAt(i).layout() for i in range(layout.count()))
    return None
