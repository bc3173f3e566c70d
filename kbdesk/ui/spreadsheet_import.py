"""File → Import spreadsheet…: preview as decoded, choose the encoding, map the columns.

The first lines are read in a worker with the encoding detected (or chosen)
and shown as decoded, so a wrong guess is visible before anything is
written. Accepting gives the `kbdesk import-csv` arguments; the import itself
runs as a background job like the other imports (jobs_menu).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..services.imports import COLUMN_NAMES, COMMON_ENCODINGS, Table, guess_mapping, is_xlsx, read_table
from .context import AppContext
from .labels import code_label, field_label

PREVIEW_ROWS = 8
SEVERITIES = ("critical", "urgent", "high", "medium", "low")


class SpreadsheetImportDialog(QDialog):
    def __init__(self, ctx: AppContext, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.xlsx = is_xlsx(path)
        self.table: Table | None = None
        self._key = f"sheet-preview-{id(self)}"
        self.setWindowTitle(self.tr("Import spreadsheet"))
        self.resize(900, 720)
        self._build()
        self._read()

    # --- layout ---------------------------------------------------------------

    def _build(self) -> None:
        self.encoding = QComboBox()
        self.encoding.setObjectName("sheet_encoding")
        self.encoding.addItem(self.tr("Detect"), None)
        for name in COMMON_ENCODINGS:
            self.encoding.addItem(name, name)
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheet_name")
        self.detected = QLabel()
        self.detected.setObjectName("sheet_detected")
        self.detected.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("sheet_preview")
        self.preview.setReadOnly(True)
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setMaximumHeight(170)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sheet:") if self.xlsx else self.tr("Encoding:")))
        top.addWidget(self.sheet if self.xlsx else self.encoding)
        top.addWidget(self.detected, 1)
        (self.encoding if not self.xlsx else self.sheet).currentIndexChanged.connect(self._on_source_changed)

        self.columns: dict[str, QComboBox] = {}
        mapping = QGroupBox(self.tr("Which column fills which field"))
        grid = QGridLayout(mapping)
        for i, field in enumerate(COLUMN_NAMES):
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            self.columns[field] = combo
            # The spreadsheet names the customer; the case stores its id.
            label = field_label("case", "customer_id" if field == "customer" else field)
            grid.addWidget(QLabel(label), i // 2, (i % 2) * 2)
            grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)

        self.customer = QComboBox()
        self.customer.setObjectName("default_customer")
        self.customer.addItem(self.tr("— none —"), None)
        for name in sorted(self.ctx.names("customer").values()):
            self.customer.addItem(name, name)
        self.severity = QComboBox()
        self.severity.setObjectName("default_severity")
        for code in SEVERITIES:
            self.severity.addItem(code_label("severity", code), code)
        self.severity.setCurrentIndex(SEVERITIES.index("medium"))
        self.category = QComboBox()
        self.category.setObjectName("default_category")
        for code, name in sorted(self.ctx.names("category").items(), key=lambda kv: kv[1]):
            self.category.addItem(name, code)
        defaults = QGroupBox(self.tr("For rows whose column is empty or not mapped"))
        form = QFormLayout(defaults)
        form.addRow(field_label("case", "customer_id"), self.customer)
        form.addRow(field_label("case", "severity"), self.severity)
        form.addRow(field_label("case", "category"), self.category)

        self.problem = QLabel()
        self.problem.setObjectName("sheet_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(Path(self.path).name))
        layout.addLayout(top)
        layout.addWidget(self.preview)
        layout.addWidget(mapping)
        layout.addWidget(defaults)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    # --- reading --------------------------------------------------------------

    def _read(self) -> None:
        path, encoding = self.path, self.encoding.currentData()
        sheet = self.sheet.currentData() if self.xlsx else None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.problem.hide()
        self.ctx.tasks.run(lambda: read_table(path, encoding, sheet, limit=PREVIEW_ROWS),
                           self._on_table, self._on_failed, key=self._key)

    def _on_table(self, table: Table) -> None:
        first = self.table is None
        self.table = table
        if table.encoding is not None:
            how = {"bom": self.tr("from the file's byte-order mark"), "utf-8": self.tr("valid UTF-8"),
                   "detected": self.tr("detected"), "given": self.tr("chosen")}.get(table.how, table.how)
            self.detected.setText(self.tr("Read as %1 (%2). If the text below looks garbled, choose "
                                          "another encoding.").replace("%1", table.encoding).replace("%2", how))
            self.preview.setPlainText("\n".join(table.raw_lines))
        else:
            if first:
                self.sheet.blockSignals(True)
                for name in table.sheets:
                    self.sheet.addItem(name, name)
                self.sheet.setCurrentIndex(max(0, table.sheets.index(table.sheet)))
                self.sheet.blockSignals(False)
            self.detected.setText(self.tr("Sheets in the workbook: %1.").replace("%1", str(len(table.sheets))))
            self.preview.setPlainText("\n".join(" | ".join(r) for r in
                                                [table.header, *(c for _, c in table.rows)]))
        self._fill_columns(table.header)
        self.problem.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _on_failed(self, exc: Exception) -> None:
        self.table = None
        self.preview.setPlainText("")
        self._show_problem(str(exc))

    def _fill_columns(self, header: list[str]) -> None:
        guess = guess_mapping(header)
        for field, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not imported —"), None)
            for column in header:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(guess.get(field))))
            combo.blockSignals(False)

    def _on_source_changed(self, _index: int) -> None:
        self._read()

    # --- result ---------------------------------------------------------------

    def mapping(self) -> dict[str, str]:
        return {f: c.currentData() for f, c in self.columns.items() if c.currentData() is not None}

    def job_args(self) -> list[str]:
        """The `kbdesk import-csv` arguments for what is chosen."""
        args = ["import-csv", self.path]
        if self.xlsx and self.sheet.currentData():
            args += ["--sheet", self.sheet.currentData()]
        elif self.table is not None and self.table.encoding:
            args += ["--encoding", self.table.encoding]
        for field, column in self.mapping().items():
            args.append(f"--map={field}={column}")
        if self.customer.currentData():
            args += ["--customer", self.customer.currentData()]
        args += [f"--default=severity={self.severity.currentData()}"]
        if self.category.currentData():
            args += [f"--default=category={self.category.currentData()}"]
        return args

    def _on_accept(self) -> None:
        mapping = self.mapping()
        if "title" not in mapping:
            self._show_problem(self.tr("Choose the column that holds the title."))
            return
        if "customer" not in mapping and not self.customer.currentData():
            self._show_problem(self.tr("Choose the customer column, or a customer for every row."))
            return
        self.accept()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
