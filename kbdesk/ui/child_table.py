"""The records that belong to the shown one (a runbook's steps, a drill's step
results, a session's attendees, a customer's contacts), edited in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import ValidationError
from .context import AppContext
from .formatting import display
from .labels import field_label, field_value_label, type_label
from .record_form import RecordForm


class ChildTable(QWidget):
    sig_status = Signal(str)

    def __init__(self, ctx: AppContext, child_type: str, parent_field: str, columns: list[str],
                 form_fields: list[str], order_by: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.child_type = child_type
        self.parent_field = parent_field
        self.columns = columns
        self.form_fields = [f for f in form_fields if f != parent_field]
        self.order_by = order_by
        self.parent_id: str | None = None
        self.rows: list[dict[str, Any]] = []
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName(f"children_{child_type}")
        self.table.setHorizontalHeaderLabels([field_label(child_type, c) for c in columns])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.itemDoubleClicked.connect(lambda _item: self._on_edit())
        self.empty = QLabel()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName(f"add_{child_type}")
        self.add_button.clicked.connect(self._on_add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self._on_delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        ctx.sig_changed.connect(lambda cs: child_type in cs.types() and self.refresh())

    def set_parent(self, parent_id: str | None) -> None:
        self.parent_id = parent_id
        self.refresh()

    def refresh(self) -> None:
        self.rows = [] if self.parent_id is None else self.ctx.services.list(
            self.child_type, where={self.parent_field: self.parent_id}, order_by=self.order_by)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, col in enumerate(self.columns):
                value = row.get(col)
                text = field_value_label(self.child_type, col, value) if isinstance(value, str) else display(value)
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setEnabled(self.parent_id is not None and not self.ctx.read_only)
        self.empty.setText("" if self.rows or self.parent_id is None else
                           self.tr("None yet: use Add… to create the first."))

    # --- editing -------------------------------------------------------------

    def _selected(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _on_add(self) -> None:
        if self.parent_id is not None:
            defaults = {self.parent_field: self.parent_id}
            if "position" in self.form_fields:
                defaults["position"] = max((r["position"] for r in self.rows), default=0) + 1
            self.edit(None, defaults)

    def _on_edit(self) -> None:
        record = self._selected()
        if record is not None:
            self.edit(record, {})

    def edit(self, record: dict[str, Any] | None, defaults: dict[str, Any]) -> QDialog:
        dialog = ChildDialog(self.ctx, self.child_type, self.form_fields, record, defaults, self)
        dialog.open()
        return dialog

    def _on_delete(self) -> None:
        record = self._selected()
        if record is None:
            return
        if QMessageBox.question(self, self.tr("Delete"), self.tr("Delete this %1?").replace(
                "%1", type_label(self.child_type))) != QMessageBox.StandardButton.Yes:
            return
        self.ctx.tasks.run(lambda: self.ctx.services.delete(self.child_type, record["id"]),
                           on_error=lambda exc: self.sig_status.emit(str(exc)), write=True)


class ChildDialog(QDialog):
    """A form for one child record; saving stays in the dialog until it succeeds."""

    def __init__(self, ctx: AppContext, child_type: str, fields: list[str], record: dict | None,
                 defaults: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.child_type = child_type
        self.record = record
        self.defaults = defaults
        self.setWindowTitle(type_label(child_type))
        self.setMinimumWidth(520)
        self.form = RecordForm(child_type, fields, ctx.choices)
        self.form.set_record(record)
        for name, value in defaults.items():
            editor = self.form.editors.get(name)
            if editor is not None and hasattr(editor, "setValue"):
                editor.setValue(value)
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        values = self.form.values()
        services = self.ctx.services
        if self.record is None:
            data = {**{k: v for k, v in self.defaults.items() if k not in values}, **values}
            work = lambda: services.create(self.child_type, data)  # noqa: E731
        else:
            record_id = self.record["id"]
            work = lambda: services.update(self.child_type, record_id, values)  # noqa: E731
        self.ctx.tasks.run(work, lambda _r: self.accept(), self._on_failed, write=True)

    def _on_failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            rest = self.form.show_problems(exc.problems)
            self.message.setText("\n".join(rest) or self.tr("Please correct the marked fields."))
        else:
            self.message.setText(str(exc))
        self.message.show()


