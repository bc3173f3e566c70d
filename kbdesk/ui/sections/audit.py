"""The audit trail: every create, update and delete — who, when, what changed."""

from __future__ import annotations

import json
from typing import Any

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
from ..formatting import display
from ..labels import field_label, field_value_label, has_field_label
from ..table_model import RecordTableModel

COLUMNS = ["at", "actor", "action", "record_type", "record_id"]


class AuditView(QWidget):
    sig_open_record = Signal(str, str)
    sig_status = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RecordTableModel(ctx.services, "audit", COLUMNS, ("actor", "record_type", "record_id", "action"),
                                      tz=ctx.plan_tz)
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
            entry = self.model.record_at(current.row())
            self.detail.setPlainText(changes_text(entry["record_type"], entry["action"], entry["changes"]))

    def _on_open(self, index: QModelIndex) -> None:
        entry = self.model.record_at(index.row())
        if entry["action"] != "delete":
            self.sig_open_record.emit(entry["record_type"], entry["record_id"])


def changes_text(record_type: str, action: str, changes: dict[str, Any] | None) -> str:
    """One line per field, in words: "严重性: 中 → 低" for a change, "标题: …" for a
    created or deleted record's copy."""
    if not changes:
        return ""
    lines = []
    for name, value in changes.items():
        # A field of an older schema keeps its stored name.
        label = field_label(record_type, name) if has_field_label(record_type, name) else name
        if action == "update" and isinstance(value, list) and len(value) == 2:
            old, new = (_value_text(record_type, name, v) for v in value)
            lines.append(f"{label}: {old} → {new}")
        else:
            lines.append(f"{label}: {_value_text(record_type, name, value)}")
    return "\n".join(lines)


def _value_text(record_type: str, name: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, str):
        return field_value_label(record_type, name, value).replace("\n", " ⏎ ")
    if isinstance(value, (dict, list)) and not all(isinstance(v, str) for v in value):
        return json.dumps(value, ensure_ascii=False)
    return display(value)
