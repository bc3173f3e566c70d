"""The audit trail: every create, update and delete — who, when, what changed."""

from __future__ import annotations

import json

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..table_model import RecordTableModel

COLUMNS = ["at", "actor", "action", "record_type", "record_id"]


class AuditView(QWidget):
    sig_open_record = Signal(str, str)
    sig_status = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RecordTableModel(ctx.services, "audit", COLUMNS, ("actor", "record_type", "record_id", "action"))
        self.model.order_by, self.model.descending = "at", True
        self.model.reload()
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter by person, record type, id or action…"))
        self.filter_edit.textChanged.connect(self._on_filter)
        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.table.doubleClicked.connect(self._on_open)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setObjectName("audit_changes")
        hint = QLabel(self.tr("Every change made through kbdesk is kept here and cannot be edited. "
                              "Double-click an entry to open the record."))
        hint.setWordWrap(True)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.filter_edit)
        layout.addWidget(splitter, 1)
        self.model.requery = self._requery
        ctx.sig_changed.connect(lambda _cs: self._requery())

    def _on_filter(self, _text: str) -> None:
        self._requery()

    def _requery(self) -> None:
        # Every write adds an audit entry: reload in a worker, never on the GUI thread.
        text = self.filter_edit.text()
        self.ctx.tasks.run(lambda: self.model.query(text), self.model.apply, key="audit-filter")

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            changes = self.model.record_at(current.row())["changes"]
            self.detail.setPlainText(json.dumps(changes, ensure_ascii=False, indent=2) if changes else "")

    def _on_open(self, index: QModelIndex) -> None:
        entry = self.model.record_at(index.row())
        if entry["action"] != "delete":
            self.sig_open_record.emit(entry["record_type"], entry["record_id"])
