"""A course material's files: each current file with its earlier versions beneath it.

Adding, dropping, opening and removing work as for any attachment; Replace…
stores a new version and keeps the old one (listed with its date, and it can
be opened). Preview shows images, the start of text files, and for a PDF
what is known without Qt's PDF module (not installed): its size and the
extracted text when there is some.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QTreeWidgetItem, QWidget

from ..services.material_files import FileHistory, file_histories, replace_file, stored_text
from .attachments import ID_ROLE, SIZE_FORMAT, AttachmentsPanel, checked_blob
from .context import AppContext
from .formatting import display
from .labels import file_kind_label

TEXT_PREVIEW_BYTES = 8 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".log", ".csv", ".json", ".yaml", ".yml", ".xml", ".ini"}
VERSION_COLUMN = 4


class MaterialFilesPanel(AttachmentsPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.histories: list[FileHistory] = []
        self._pending_select: str | None = None
        self.tree.setObjectName("material_files")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Size"), self.tr("Type"), self.tr("Added"),
                                   self.tr("Version")])
        self.tree.setRootIsDecorated(True)
        self.replace_button = self._button(self.tr("Replace…"), "material_file_replace", self._on_replace_clicked,
                                           self.tr("Store a new version of this file; the old one is kept"))
        self._button_row().insertWidget(2, self.replace_button)
        self.copy_button.hide()  # an image link is for article bodies, not for materials
        self._update_buttons()

    def _button_row(self):
        column = self.add_button.parentWidget().layout()
        for i in range(column.count()):
            row = column.itemAt(i).layout()
            if row is not None and row.indexOf(self.add_button) >= 0:
                return row
        raise RuntimeError("the attachments panel has no button row")

    # --- list ----------------------------------------------------------------

    def _on_loaded(self, result: tuple[tuple[str, str], list[dict[str, Any]]]) -> None:
        owner, attachments = result
        if owner != self.owner:
            return
        selected = self.selected()
        wanted = self._pending_select or (selected["id"] if selected else None)
        self._pending_select = None
        self.attachments = attachments
        self.histories = file_histories(attachments)
        self.tree.blockSignals(True)
        self.tree.clear()
        for history in self.histories:
            top = self._item(history.current, self.tr("v%1 (current)").replace("%1", str(history.version)))
            self.tree.addTopLevelItem(top)
            for n, old in enumerate(history.earlier):
                child = self._item(old, self.tr("v%1").replace("%1", str(history.version - n - 1)))
                top.addChild(child)
            if history.earlier:
                top.setExpanded(True)
        if wanted is not None:
            self.select(wanted)
        self.tree.blockSignals(False)
        if self.selected() is None:
            self._clear_preview()
        elif self.selected()["id"] != (selected or {}).get("id"):
            self._on_current_changed(None, None)
        self._update_buttons()

    def _item(self, att: dict[str, Any], version: str) -> QTreeWidgetItem:
        locale = QLocale()
        item = QTreeWidgetItem([att["filename"], locale.formattedDataSize(att["size"], 1, SIZE_FORMAT),
                                file_kind_label(att["mime"], att["filename"]),
                                display(att["added_at"], self.ctx.plan_tz()), version])
        item.setData(0, ID_ROLE, att["id"])
        item.setToolTip(0, att["filename"])
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def select(self, attachment_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for item in [top, *(top.child(j) for j in range(top.childCount()))]:
                if item.data(0, ID_ROLE) == attachment_id:
                    self.tree.setCurrentItem(item)
                    return

    def is_current(self, att: dict[str, Any] | None) -> bool:
        return att is not None and any(h.current["id"] == att["id"] for h in self.histories)

    # --- replace -------------------------------------------------------------

    def _on_replace_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Replace with a new version"))
        if path:
            self.replace_selected(path)

    def replace_selected(self, path: str | Path) -> None:
        att = self.selected()
        if not self.is_current(att):
            return
        services, path = self.ctx.services, Path(path)
        self._show_problem("")
        self.replace_button.setEnabled(False)
        self.ctx.tasks.run(lambda: replace_file(services, att["id"], path), self._on_replaced,
                           self._on_task_failed, write=True)

    def _on_replaced(self, new: dict[str, Any]) -> None:
        self.sig_status.emit(self.tr("%1 replaced; the earlier version is kept.").replace("%1", new["filename"]))
        self._pending_select = new["id"]
        self.reload()

    # --- preview -------------------------------------------------------------

    def _on_current_changed(self, current, previous) -> None:
        att = self.selected()
        if att is None or att["mime"].startswith("image/"):
            super()._on_current_changed(current, previous)
            return
        self._update_buttons()
        self._show_problem("")
        suffix = Path(att["filename"]).suffix.lower()
        if suffix in TEXT_SUFFIXES or att["mime"].startswith("text/"):
            services = self.ctx.services
            self._clear_preview(self.tr("Loading preview…"))
            self.ctx.tasks.run(lambda: (att["id"], _text_start(checked_blob(services, att))),
                               self._on_text_loaded, self._on_preview_failed,
                               key=f"material-preview-{id(self)}")
        elif suffix == ".pdf":
            archive = self.ctx.services.archive
            self._clear_preview(self.tr("Loading preview…"))
            self.ctx.tasks.run(lambda: (att["id"], stored_text(archive, att["sha256"])), self._on_pdf_text,
                               self._on_preview_failed, key=f"material-preview-{id(self)}")
        else:
            self._clear_preview(self.tr("No preview for this type of file; use Open to view it."))

    def _on_pdf_text(self, result: tuple[str, tuple[str, str] | None]) -> None:
        att_id, stored = result
        att = self.selected()
        if att is None or att["id"] != att_id:
            return
        head = (self.tr("PDF document, %1. Its pages cannot be shown here (this build has no PDF viewer); "
                        "use Open to read it.")
                .replace("%1", QLocale().formattedDataSize(att["size"], 1, SIZE_FORMAT)))
        if stored is None:
            self._clear_preview(head + "\n" + self.tr("Its text has not been extracted yet."))
        elif stored[0] != "ok" or not stored[1].strip():
            self._clear_preview(head + "\n" + self.tr("It gave no text (encrypted, scanned or damaged?): "
                                                      "Tools → Skipped files… says why."))
        else:
            self._on_text_loaded((att_id, head + "\n" + self.tr("Extracted text:") + "\n\n" + stored[1]))

    def _on_text_loaded(self, result: tuple[str, str]) -> None:
        att_id, text = result
        att = self.selected()
        if att is None or att["id"] != att_id:
            return
        self._clear_preview(text)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setStyleSheet("font-family: monospace;")

    def _clear_preview(self, text: str = "") -> None:
        super()._clear_preview(text)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("color: palette(placeholder-text);")

    # --- state ---------------------------------------------------------------

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if not hasattr(self, "replace_button"):
            return  # called by the base class while it builds
        att = self.selected()
        self.replace_button.setEnabled(self.is_current(att))
        if att is not None and not self.is_current(att):
            self.replace_button.setToolTip(self.tr("An earlier version: select the current one to replace it"))
        else:
            self.replace_button.setToolTip(self.tr("Store a new version of this file; the old one is kept"))
        if self.owner is not None and not self.attachments:
            self.hint.setText(self.tr("No files yet. Drop the slides, handouts or videos here, or use Add…"))


def _text_start(path: Path) -> str:
    """The first lines of a text file, decoded as UTF-8 or, failing that, GB18030 (common here)."""
    with path.open("rb") as fh:
        data = fh.read(TEXT_PREVIEW_BYTES)
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            if exc.start > len(data) - 4:  # a character cut at the end of the sample
                return data[: exc.start].decode(encoding, "replace")
    return data.decode("utf-8", "replace")
