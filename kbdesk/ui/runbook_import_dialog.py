"""File → Import runbook…: what was recognised in each Markdown file, before saving.

Files are read and saved in workers (kbdesk.transfer.runbook_markdown and
kbdesk.services.runbooks, Qt-free). The preview shows each file's steps
(phase, action, commands, minutes, expected result, rollback) and a list of
what could not be placed; the user may correct the title and the kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.imports import RunbookDraft, read_runbook_file
from ..services.runbooks import DEFAULT_MINUTES, save_runbook_draft
from .context import AppContext
from .labels import field_label, field_value_label

if TYPE_CHECKING:
    from .main_window import MainWindow

KINDS = ("backup", "recovery", "emergency")
STEP_COLUMNS = ("position", "phase", "action", "commands", "estimated_minutes", "expected_result", "rollback")


@dataclass
class _Read:
    path: str
    draft: RunbookDraft | None
    error: str = ""


def open_runbook_import(win: MainWindow) -> RunbookImportDialog | None:
    paths, _ = QFileDialog.getOpenFileNames(
        win, QCoreApplication.translate("RunbookImportDialog", "Import runbook"), "",
        QCoreApplication.translate("RunbookImportDialog", "Markdown (*.md *.markdown *.txt);;All files (*)"))
    if not paths:
        return None
    dialog = RunbookImportDialog(win.ctx, paths, win)
    dialog.sig_saved_text = win.show_status
    dialog.open()
    return dialog


class RunbookImportDialog(QDialog):
    def __init__(self, ctx: AppContext, paths: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.paths = [str(p) for p in paths]
        self.reads: list[_Read] = []
        self.saved: list[dict] = []
        self.sig_saved_text = None  # callable(str) for the status bar
        self.setWindowTitle(self.tr("Import runbook"))
        self.resize(1280, 720)
        self._build()
        self._read_files()

    # --- layout ---------------------------------------------------------------

    def _build(self) -> None:
        self.files = QListWidget()
        self.files.setObjectName("runbook_files")
        self.files.currentRowChanged.connect(self._on_file_changed)
        self.files.setMaximumWidth(240)
        self.title = QLineEdit()
        self.title.setObjectName("runbook_title")
        self.title.textEdited.connect(self._on_title_edited)
        self.kind = QComboBox()
        self.kind.setObjectName("runbook_kind")
        for code in KINDS:
            self.kind.addItem(field_value_label("runbook", "kind", code), code)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.summary = QLabel()
        self.summary.setObjectName("runbook_summary")
        self.summary.setWordWrap(True)
        self.steps = QTableWidget(0, len(STEP_COLUMNS))
        self.steps.setObjectName("runbook_steps_preview")
        self.steps.setHorizontalHeaderLabels([self._column_label(c) for c in STEP_COLUMNS])
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setWordWrap(True)
        self.steps.setAlternatingRowColors(True)
        self.steps.verticalHeader().hide()
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in zip(STEP_COLUMNS, (32, 120, 300, 270, 80, 170, 150), strict=True):
            header.resizeSection(STEP_COLUMNS.index(col), width)
        # The action says the most: it takes the room the others leave.
        header.setSectionResizeMode(STEP_COLUMNS.index("action"), QHeaderView.ResizeMode.Stretch)
        self.unplaced_label = QLabel(self.tr("Could not place:"))
        self.unplaced_label.setStyleSheet("color: #c62828; font-weight: 600;")
        self.unplaced = QListWidget()
        self.unplaced.setObjectName("runbook_unplaced")
        self.unplaced.setMaximumHeight(120)
        self.message = QLabel(self.tr("Reading…"))
        self.message.setObjectName("runbook_import_message")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(field_label("runbook", "title"), self.title)
        form.addRow(field_label("runbook", "kind"), self.kind)
        right = QWidget()
        v = QVBoxLayout(right)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(form)
        v.addWidget(self.summary)
        v.addWidget(self.steps, 1)
        v.addWidget(self.unplaced_label)
        v.addWidget(self.unplaced)
        splitter = QSplitter()
        splitter.addWidget(self.files)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 5)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_runbooks")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.files.setVisible(len(self.paths) > 1)

    def _column_label(self, column: str) -> str:
        if column == "position":
            return "#"
        if column == "estimated_minutes":
            return self.tr("Minutes")
        return field_label("runbook_step", column)

    # --- reading ------------------------------------------------------------------

    def _read_files(self) -> None:
        paths = list(self.paths)

        def work() -> list[_Read]:
            out = []
            for p in paths:
                try:
                    out.append(_Read(p, read_runbook_file(Path(p))))
                except Exception as exc:  # a sentence for the user, per file
                    out.append(_Read(p, None, str(exc)))
            return out

        self.ctx.tasks.run(work, self._on_read, self._on_failed)

    def _on_read(self, reads: list[_Read]) -> None:
        self.reads = reads
        self.files.clear()
        for r in reads:
            item = QListWidgetItem(Path(r.path).name)
            item.setToolTip(r.path)
            if r.draft is None or not r.draft.steps:
                item.setForeground(QBrush(QColor(198, 40, 40)))
            self.files.addItem(item)
        self.files.setCurrentRow(0)
        importable = [r for r in reads if r.draft is not None and r.draft.steps]
        self.import_button.setEnabled(bool(importable))
        self.import_button.setText(self.tr("Import %n runbook(s)", "", len(importable)))
        self.message.setText(self._overall_text())

    def _overall_text(self) -> str:
        bad = [r for r in self.reads if r.draft is None or not r.draft.steps]
        if not bad:
            return self.tr("Check the steps, then import.")
        return self.tr("%n file(s) cannot be imported (no steps found or not readable).", "", len(bad))

    def _on_failed(self, exc: Exception) -> None:
        self.message.setText(self.tr("The runbooks could not be saved: %1").replace("%1", str(exc)))
        self.import_button.setEnabled(True)

    # --- the file shown ---------------------------------------------------------

    def current(self) -> _Read | None:
        row = self.files.currentRow()
        return self.reads[row] if 0 <= row < len(self.reads) else None

    def _on_file_changed(self, _row: int) -> None:
        r = self.current()
        self.steps.setRowCount(0)
        self.unplaced.clear()
        if r is None:
            return
        if r.draft is None:
            self.title.setText("")
            self.summary.setText(r.error)
            self.summary.setStyleSheet("color: #c62828;")
            self.unplaced_label.hide()
            self.unplaced.hide()
            return
        d = r.draft
        self.title.setText(d.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind)))
        self.summary.setStyleSheet("" if d.steps else "color: #c62828;")
        self.summary.setText(self._draft_text(d))
        self.summary.setToolTip(d.preconditions)
        self._fill_steps(d)
        self.unplaced_label.setVisible(bool(d.unplaced))
        self.unplaced.setVisible(bool(d.unplaced))
        for u in d.unplaced:
            self.unplaced.addItem(f"{u.section}: {u.text}" if u.section else u.text)

    def _draft_text(self, d: RunbookDraft) -> str:
        if not d.steps:
            return self.tr("No steps found: steps are numbered or bulleted lists, or sections with commands.")
        text = self.tr("%n step(s) recognised", "", len(d.steps))
        parts = [text]
        if d.preconditions:
            parts.append(self.tr("preconditions found"))
        if d.unplaced:
            parts.append(self.tr("%n part(s) could not be placed (listed below; they are not imported)", "",
                                 len(d.unplaced)))
        return "; ".join(parts) + "."

    def _fill_steps(self, d: RunbookDraft) -> None:
        self.steps.setRowCount(len(d.steps))
        for row, step in enumerate(d.steps):
            minutes = (str(step.estimated_minutes) if step.estimated_minutes is not None
                       else self.tr("%1 (default)").replace("%1", str(DEFAULT_MINUTES)))
            values = (str(row + 1), step.phase, step.action, "\n".join(step.commands), minutes,
                      step.expected_result, step.rollback)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if STEP_COLUMNS[col] == "commands":
                    font = item.font()
                    font.setFamily("monospace")
                    item.setFont(font)
                self.steps.setItem(row, col, item)
        self.steps.resizeRowsToContents()
        for row in range(self.steps.rowCount()):
            self.steps.setRowHeight(row, min(self.steps.rowHeight(row), 120))

    def _on_title_edited(self, text: str) -> None:
        r = self.current()
        if r is not None and r.draft is not None and text.strip():
            r.draft.title = text.strip()

    def _on_kind_changed(self, _index: int) -> None:
        r = self.current()
        if r is not None and r.draft is not None:
            r.draft.kind = self.kind.currentData()

    # --- saving -------------------------------------------------------------------

    def _on_import(self) -> None:
        drafts = [r.draft for r in self.reads if r.draft is not None and r.draft.steps]
        if not drafts:
            return
        self.import_button.setEnabled(False)
        self.message.setText(self.tr("Saving…"))
        services = self.ctx.services
        self.ctx.tasks.run(lambda: [save_runbook_draft(services, d) for d in drafts], self._on_saved,
                           self._on_failed, write=True)

    def _on_saved(self, records: list[dict]) -> None:
        self.saved = records
        text = self.tr("Imported %n runbook(s).", "", len(records))
        if self.sig_saved_text is not None:
            self.sig_saved_text(text)
        self.accept()
