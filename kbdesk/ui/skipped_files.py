"""Tools → Skipped files: attached files that gave no text, why, and "extract again"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.attachment_text import PendingFile, SkippedFile, skipped_files
from .context import AppContext
from .labels import type_label

ROW_ROLE = Qt.ItemDataRole.UserRole


class SkippedFilesDialog(QDialog):
    sig_open_record = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[SkippedFile] = []
        self.setWindowTitle(self.tr("Skipped files"))
        self.resize(900, 480)
        self.intro = QLabel(self.tr(
            "These attached files gave no text, so search and fault matching cannot see inside them. "
            "Pictures are not read (no OCR). After an update of kbdesk, extract them again."))
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("skipped_files")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Record"), self.tr("Reason"), self.tr("Details")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.tree.header()
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setObjectName("skipped_status")
        self.again_button = QPushButton(self.tr("Extract selected again"))
        self.again_button.setObjectName("skipped_reextract")
        self.again_button.clicked.connect(self.reextract_selected)
        self.all_button = QPushButton(self.tr("Extract all again"))
        self.all_button.setObjectName("skipped_reextract_all")
        self.all_button.clicked.connect(self.reextract_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.again_button)
        row.addWidget(self.all_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        ctx.extraction.sig_finished.connect(self._on_extracted)
        self.reload()

    def reload(self) -> None:
        archive = self.ctx.archive
        self.ctx.tasks.run(lambda: skipped_files(archive), self._on_loaded, self._on_failed,
                           key=f"skipped-files-{id(self)}")

    def _on_loaded(self, rows: list[SkippedFile]) -> None:
        self.rows = rows
        self.tree.clear()
        for i, r in enumerate(rows):
            record = f"{type_label(r.owner_type)} {r.owner_label}".strip()
            item = QTreeWidgetItem([r.filename, record, self.reason_words(r.status), r.reason])
            item.setData(0, ROW_ROLE, i)
            item.setToolTip(0, r.filename)
            item.setToolTip(1, record)
            item.setToolTip(3, r.reason)
            self.tree.addTopLevelItem(item)
        self.status.setText(self.tr("%n file(s) gave no text.", "", len(rows)))
        self._update_buttons()

    def _on_failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("The list could not be read: %1").replace("%1", str(exc)))

    def reason_words(self, status: str) -> str:
        words = {
            "empty": self.tr("no text in the file"),
            "image": self.tr("image: not read (no OCR)"),
            "encrypted": self.tr("encrypted (needs a password)"),
            "no_text_layer": self.tr("no text layer (scanned?)"),
            "damaged": self.tr("damaged"),
            "too_large": self.tr("too large"),
            "timeout": self.tr("took too long"),
            "unsupported": self.tr("type not supported"),
            "failed": self.tr("extraction failed"),
        }
        return words.get(status, status)

    def selected_rows(self) -> list[SkippedFile]:
        return [self.rows[item.data(0, ROW_ROLE)] for item in self.tree.selectedItems()]

    def reextract_selected(self) -> None:
        self._reextract(self.selected_rows())

    def reextract_all(self) -> None:
        self._reextract(self.rows)

    def _reextract(self, rows: list[SkippedFile]) -> None:
        files = {r.sha256: PendingFile(r.sha256, r.filename, "") for r in rows}
        if not files:
            return
        self.status.setText(self.tr("Extracting %n file(s) again…", "", len(files)))
        self.again_button.setEnabled(False)
        self.all_button.setEnabled(False)
        self.ctx.extraction.schedule(list(files.values()))

    def _on_extracted(self, _stored: int) -> None:
        self.reload()

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        r = self.rows[item.data(0, ROW_ROLE)]
        self.sig_open_record.emit(r.owner_type, r.owner_id)

    def _update_buttons(self) -> None:
        self.again_button.setEnabled(bool(self.tree.selectedItems()))
        self.all_button.setEnabled(bool(self.rows))
