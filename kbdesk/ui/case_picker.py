"""Pick a case for a record that refers to one (a complaint, a survey).

An archive holds many thousands of cases, too many for a drop-down of all of
them: the picker shows the chosen case by number and title and finds others
by searching number or title, the query running in a worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..errors import NotFoundError
from .context import AppContext
from .record_form import ValueEditor

SEARCH_DELAY_MS = 250
RESULT_LIMIT = 50
SEARCHED = ("number", "title")


def case_caption(case: dict[str, Any]) -> str:
    return f"{case['number']}  {case['title']}"


def find_cases(ctx: AppContext, text: str) -> list[dict[str, Any]]:
    """Cases whose number or title contains ``text``, newest first (worker)."""
    return ctx.services.list("case", order_by="reported_at", descending=True, limit=RESULT_LIMIT,
                             text=text, text_fields=SEARCHED)


class ElidedLabel(QLabel):
    """One line that shortens itself with "…" (full text in the tooltip), so a
    long case title never widens the form."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 40))
        super().setText(shown)


class CasePicker(ValueEditor):
    """The chosen case as "number  title", with Choose…, Open and Clear."""

    sig_open_record = Signal(str, str)

    def __init__(self, ctx: AppContext, openable: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._case_id: str | None = None
        self.caption = ElidedLabel()
        self.caption.setObjectName("case_caption")
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setObjectName("choose_case")
        self.choose_button.setToolTip(self.tr("Find the case by its number or title"))
        self.choose_button.clicked.connect(self.open_dialog)
        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.setObjectName("open_case")
        self.open_button.clicked.connect(self._on_open)
        self.open_button.setVisible(openable)  # not from inside a modal dialog
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clear_case")
        self.clear_button.clicked.connect(lambda: self._choose(None, ""))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption, 1)
        for button in (self.choose_button, self.open_button, self.clear_button):
            layout.addWidget(button)
        self._show("")

    # --- ValueEditor ---------------------------------------------------------

    def value(self) -> str | None:
        return self._case_id

    def set_value(self, value: Any) -> None:
        self._case_id = value or None
        if self._case_id is None:
            self._show("")
            return
        self._show(self.tr("Loading…"))
        case_id = self._case_id
        self.ctx.tasks.run(lambda: self._caption_of(case_id), self._on_caption,
                           key=f"case-caption-{id(self)}")

    def set_read_only(self, read_only: bool) -> None:
        # Read-only still shows and opens the case; it only cannot change it.
        self.choose_button.setVisible(not read_only)
        self.clear_button.setVisible(not read_only)

    # --- internals -----------------------------------------------------------

    def _caption_of(self, case_id: str) -> tuple[str, str]:
        try:
            return case_id, case_caption(self.ctx.services.get("case", case_id))
        except NotFoundError:
            return case_id, self.tr("(deleted case)")

    def _on_caption(self, result: tuple[str, str]) -> None:
        case_id, caption = result
        if case_id == self._case_id:
            self._show(caption)

    def _show(self, caption: str) -> None:
        self.caption.setText(caption or self.tr("No case"))
        self.caption.setEnabled(bool(caption))
        self.open_button.setEnabled(self._case_id is not None)
        self.clear_button.setEnabled(self._case_id is not None)

    def _choose(self, case_id: str | None, caption: str) -> None:
        if case_id == self._case_id:
            return
        self._case_id = case_id
        self._show(caption)
        self.sig_changed.emit()

    def _on_open(self) -> None:
        if self._case_id is not None:
            self.sig_open_record.emit("case", self._case_id)

    def open_dialog(self) -> CasePickerDialog:
        dialog = CasePickerDialog(self.ctx, self)
        dialog.accepted.connect(lambda: dialog.chosen and self._choose(*dialog.chosen))
        dialog.open()
        return dialog


class CasePickerDialog(QDialog):
    """Type part of a case number or title; the newest matches are listed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: tuple[str, str] | None = None  # (case id, caption)
        self.setWindowTitle(self.tr("Choose a case"))
        self.resize(620, 420)
        self.query = QLineEdit()
        self.query.setObjectName("case_query")
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(self.tr("Case number or title, e.g. CS-2026-0042 or 磁盘"))
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.results = QListWidget()
        self.results.setObjectName("case_results")
        self.results.itemActivated.connect(lambda _i: self._on_accept())
        self.status = QLabel()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.run_search()  # the newest cases, before anything is typed

    def run_search(self) -> None:
        text = self.query.text()
        self.status.setText(self.tr("Searching…"))
        self.ctx.tasks.run(lambda: find_cases(self.ctx, text), self._on_result,
                           self._on_failed, key=f"case-picker-{id(self)}")

    def _on_result(self, cases: list[dict[str, Any]]) -> None:
        self.results.clear()
        for case in cases:
            item = QListWidgetItem(case_caption(case))
            item.setData(Qt.ItemDataRole.UserRole, (case["id"], case_caption(case)))
            self.results.addItem(item)
        if cases:
            self.results.setCurrentRow(0)
        if not cases:
            self.status.setText(self.tr("No case matches."))
        elif len(cases) >= RESULT_LIMIT:
            self.status.setText(self.tr("Showing the newest %1 matches; type more to narrow them.")
                                .replace("%1", str(RESULT_LIMIT)))
        else:
            self.status.setText("")

    def _on_failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Search failed: %1").replace("%1", str(exc)))

    def _on_accept(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
            self.accept()
