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
from ..services import ChangeSet
from ..services.fields import SPECS
from ..services.lookups import NAMED_TYPES
from .case_picker import CasePicker
from .context import AppContext
from .formatting import display
from .labels import field_label, field_value_label, type_label
from .record_form import LONG_TEXT_MIN, RecordForm


class ChildTable(QWidget):
    sig_status = Signal(str)

    def __init__(self, ctx: AppContext, child_type: str, parent_field: str, columns: list[str],
                 form_fields: list[str], order_by: str | None = None, parent: QWidget | None = None):
        parent_type = SPECS[child_type].fields[parent_field].reference
        if parent_type is None:  # a programming error: the children of nothing
            raise ValueError(f"{child_type}.{parent_field} is not a reference to a parent record")
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
        self.table.setWordWrap(True)
        _size_columns(self.table, child_type, columns)
        self.table.itemDoubleClicked.connect(lambda _item: self._on_edit())
        self.empty = QLabel()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName(f"add_{child_type}")
        self.add_button.clicked.connect(self.add)
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
        self.parent_type: str = parent_type
        ctx.sig_changed.connect(self._on_changes)

    def _on_changes(self, changes: ChangeSet) -> None:
        """Reload when a child of the shown parent changed, not a child of another record."""
        if self.parent_id is None or self.child_type not in changes.types():
            return
        shown = {r.get("id") for r in self.rows}
        if (changes.touches(self.parent_type, self.parent_id) or changes.unspecific(self.child_type)
                or changes.ids(self.child_type) & shown):
            self.refresh()

    def set_parent(self, parent_id: str | None) -> None:
        if parent_id != self.parent_id:
            # Never show (or number new rows after) another record's children.
            self.rows = []
            self.table.setRowCount(0)
        self.parent_id = parent_id
        self.refresh()

    def refresh(self) -> None:
        """Reload the rows in a worker; the table keeps showing the old ones meanwhile."""
        parent_id = self.parent_id
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setEnabled(parent_id is not None and not self.ctx.read_only)
        if parent_id is None:
            self._on_rows((None, [], {}))
            return
        services, child_type, where = self.ctx.services, self.child_type, {self.parent_field: parent_id}
        order_by = self.order_by

        def load() -> tuple[str, list[dict[str, Any]], dict[str, dict[str, str]]]:
            return parent_id, services.list(child_type, where=where, order_by=order_by), self._reference_names()

        self.ctx.tasks.run(load, self._on_rows, self._on_failed, key=f"children-{id(self)}")

    def _on_rows(self, result: tuple[str | None, list[dict[str, Any]], dict[str, dict[str, str]]]) -> None:
        parent_id, rows, names = result
        if parent_id != self.parent_id:
            return  # another record is shown by now
        self.rows = rows
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, col in enumerate(self.columns):
                value = row.get(col)
                if col in names:  # a drill result names its runbook step, not the step's id
                    text = names[col].get(value, value or "")
                elif isinstance(value, str):
                    text = field_value_label(self.child_type, col, value)
                else:
                    text = display(value, self.ctx.plan_tz())
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.empty.setText("" if self.rows or self.parent_id is None else
                           self.tr("None yet: use Add… to create the first."))

    def _reference_names(self) -> dict[str, dict[str, str]]:
        """Names of referenced records by column; runs in the worker with the rows."""
        specs = SPECS[self.child_type].fields
        refs = {c: specs[c].reference for c in self.columns if c in specs and specs[c].reference}
        return {c: self.ctx.names(t) for c, t in refs.items() if t in NAMED_TYPES}

    def showEvent(self, event) -> None:
        # Rows filled while the tab was hidden wrapped at a width they never had.
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _on_failed(self, exc: Exception) -> None:
        self.sig_status.emit(str(exc))

    # --- editing -------------------------------------------------------------

    def _selected(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def add(self) -> QDialog | None:
        """Open the form for a new child of the shown record."""
        if self.parent_id is None:
            return None
        defaults = {self.parent_field: self.parent_id}
        if "position" in self.form_fields:
            defaults["position"] = max((r["position"] for r in self.rows), default=0) + 1
        return self.edit(None, defaults)

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


def _size_columns(table: QTableWidget, child_type: str, columns: list[str]) -> None:
    """Short columns fit their content; long text (a step's action, notes) shares
    the rest and wraps, so no column is pushed out of sight."""
    header = table.horizontalHeader()
    specs = SPECS[child_type].fields
    long_text = [c for c, name in enumerate(columns) if name in specs and specs[name].kind == "str"
                 and (specs[name].reference  # shown by name: a runbook step's action
                      or specs[name].max_length is None or specs[name].max_length >= LONG_TEXT_MIN)]
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for c in long_text:
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(not long_text)
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())


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
        self.form = RecordForm(child_type, fields, ctx.choices, tz=ctx.plan_tz, pickers=lambda target: (
            CasePicker(ctx, openable=False) if target == "case" else None))
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
            rest = self.form.show_problems({**exc.problems, **self.form.missing_choices()})
            self.message.setText("\n".join(rest) or self.tr("Please correct the marked fields."))
        else:
            self.message.setText(str(exc))
        self.message.show()


