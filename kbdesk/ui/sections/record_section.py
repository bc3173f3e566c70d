"""A list of records beside an editor: the shape of every section.

Subclasses add tabs beside the editor (timeline, attachments, …) through
``extra_tabs``; the list, filter, new/save/delete and inline validation
are shared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...errors import ConflictError, KbdeskError, ValidationError
from ...services import ChangeKind, ChangeSet, Saved
from ...services.fields import SPECS
from ..case_picker import CasePicker
from ..case_tabs import LinksTab
from ..child_table import ChildTable
from ..conflict_dialog import ConflictDialog
from ..context import AppContext
from ..labels import type_label
from ..record_form import RecordForm
from ..table_model import RecordTableModel

FILTER_DELAY_MS = 200

# Starting column widths (pixels); the last column stretches.
WIDTHS = {"number": 118, "severity": 70, "status": 92, "customer_id": 130, "product": 120,
          "reported_at": 128, "kind": 90, "date": 92, "version": 60, "plan_level": 90}


@dataclass
class SectionConfig:
    record_type: str
    columns: list[str]
    form_fields: list[str]
    text_fields: tuple[str, ...] = ()
    sort: str | None = None
    descending: bool = False
    read_only: tuple[str, ...] = ()
    name_columns: dict[str, str] = field(default_factory=dict)  # field -> referenced type
    # Tabs of records that belong to this one: (child type, parent field, columns, order).
    children: list[tuple[str, str, list[str], str | None]] = field(default_factory=list)
    links: bool = False  # a Links tab (case ↔ article ↔ runbook ↔ …)


class RecordSection(QWidget):
    sig_status = Signal(str)  # a line for the status bar
    sig_open_record = Signal(str, str)  # show another record (a link was followed)

    def __init__(self, ctx: AppContext, config: SectionConfig, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.config = config
        self.record_type = config.record_type
        self.current: dict[str, Any] | None = None
        self._quiet_selection = False
        # Our writes name us: their change sets are already shown (see _on_saved).
        self.origin = f"{config.record_type}-section-{id(self):x}"

        names = {f: ctx.names(t) for f, t in config.name_columns.items()}
        self.model = RecordTableModel(ctx.services, config.record_type, config.columns,
                                      config.text_fields, names, self, tz=ctx.plan_tz)
        if config.sort:
            self.model.order_by, self.model.descending = config.sort, config.descending
            self.model.reload()
        self.model.requery = self.reload_list  # sorting by a column re-runs the filter too

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("list_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter this list…"))
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self._on_filter_due)
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setObjectName("new_record")
        self.new_button.setToolTip(self.tr("Create a new record (Ctrl+N)"))
        self.new_button.clicked.connect(self.start_new)
        self.new_button.setEnabled(not ctx.read_only)  # the services refuse writes too

        self.table = QTableView()
        self.table.setObjectName("record_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        if config.sort in config.columns:
            # Enabling sorting sorts by the header's indicator: make it the configured order.
            self.table.horizontalHeader().setSortIndicator(
                config.columns.index(config.sort),
                Qt.SortOrder.DescendingOrder if config.descending else Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        for i, name in enumerate(config.columns):
            header.resizeSection(i, WIDTHS.get(name, 110))
        if "title" in config.columns:
            # The title says the most: it takes the room, wherever it stands.
            header.setStretchLastSection(False)
            header.setSectionResizeMode(config.columns.index("title"), QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)

        self.form = RecordForm(config.record_type, config.form_fields, ctx.choices, config.read_only,
                               tz=ctx.plan_tz, pickers=self._picker_for)
        self.form.sig_edited.connect(self._on_edited)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_record")
        self.save_button.setToolTip(self.tr("Save changes (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete_record")
        self.delete_button.clicked.connect(self.delete_current)
        self.form_message = QLabel()
        self.form_message.setObjectName("form_message")
        self.form_message.setWordWrap(True)
        self.form_message.setStyleSheet("color: #c62828;")
        self.form_message.hide()
        self.heading = QLabel()
        self.heading.setObjectName("detail_heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("detail_tabs")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs.addTab(scroll, self.tr("Details"))
        self.child_tables = []
        for child_type, parent_field, columns, order in config.children:
            table = ChildTable(ctx, child_type, parent_field, columns, spec_fields(child_type), order)
            table.sig_status.connect(self.sig_status)
            self.child_tables.append(table)
            self.tabs.addTab(table, type_label(child_type))
        for title, widget in self.extra_tabs():
            self.tabs.addTab(widget, title)
        self.links_tab = None
        if config.links:
            self.links_tab = LinksTab(ctx, config.record_type)
            self.links_tab.sig_status.connect(self.sig_status)
            self.links_tab.sig_open_record.connect(self.sig_open_record)
            self.tabs.addTab(self.links_tab, self.tr("Links"))

        self._layout()
        self._shortcuts()
        self._update_count()
        self.start_new()
        ctx.sig_changed.connect(self._on_changes)

    # --- layout ------------------------------------------------------------

    def _layout(self) -> None:
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.new_button)
        lv.addLayout(top)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.count_label)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.heading)
        rv.addWidget(self.tabs, 1)
        rv.addWidget(self.form_message)
        buttons = QHBoxLayout()
        for widget in self.extra_buttons():
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        rv.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self.splitter)

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.New, self, self.start_new)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_current)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter_edit.setFocus)

    def extra_tabs(self) -> list[tuple[str, QWidget]]:
        return []

    def _picker_for(self, target: str) -> CasePicker | None:
        if target != "case":
            return None
        picker = CasePicker(self.ctx)
        picker.sig_open_record.connect(self.sig_open_record)
        return picker

    def extra_buttons(self) -> list[QWidget]:
        return []

    # --- showing records ---------------------------------------------------

    def heading_for(self, record: dict[str, Any] | None) -> str:
        if record is None:
            return self.tr("New %1").replace("%1", type_label(self.record_type))
        for key in ("number", "title", "name", "subject"):
            if record.get(key):
                title = record.get("title") if key == "number" else None
                return f"{record[key]}  {title or ''}".strip()
        return type_label(self.record_type)

    def show_record(self, record: dict[str, Any] | None) -> None:
        self.current = record
        self.form.set_record(record)
        self.heading.setText(self.heading_for(record))
        self.delete_button.setEnabled(record is not None and not self.ctx.read_only)
        self.form_message.hide()
        self.save_button.setEnabled(record is None and not self.ctx.read_only)
        for table in self.child_tables:
            table.set_parent(record["id"] if record else None)
        if self.links_tab is not None:
            self.links_tab.set_record(record["id"] if record else None)
        self.record_shown(record)

    def record_shown(self, record: dict[str, Any] | None) -> None:
        """Subclasses refresh their extra tabs here."""

    def select_record(self, record_id: str) -> None:
        """Show a record by id, selecting it in the list when it is loaded."""
        row = self.model.row_of(record_id)
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))
        try:
            self.show_record(self.ctx.services.get(self.record_type, record_id))
        except KbdeskError as exc:
            self.sig_status.emit(str(exc))

    def start_new(self) -> None:
        self.table.clearSelection()
        self.show_record(None)
        first = self.form.editors.get(self.config.form_fields[0])
        if first is not None and self.isVisible():
            first.setFocus()

    # --- writing -----------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What to save; subclasses add what lives outside the form."""
        return self.form.values()

    def save(self) -> None:
        values = self.values()
        if self.current is not None and not values:
            return
        record_id = self.current["id"] if self.current else None
        # The version this editor loaded: a record changed since is not overwritten (ConflictError).
        expected = self.current.get("row_version") if self.current else None
        self._write(values, record_id, expected)

    def _write(self, values: dict[str, Any], record_id: str | None, expected: int | None) -> None:
        services, record_type = self.ctx.services.for_origin(self.origin), self.record_type
        self.save_button.setEnabled(False)
        self.ctx.tasks.run(lambda: services.save(record_type, values, record_id, expected), self._on_saved,
                           self._on_save_failed, write=True)

    def _on_conflict(self, exc: ConflictError) -> None:
        """Someone saved the record after it was opened here: merge per field, or discard."""
        dialog = ConflictDialog(exc, self)
        self.conflict_dialog = dialog  # tests reach the open dialog here

        def finished(result: int) -> None:
            chosen = dialog.chosen() if result == QDialog.DialogCode.Accepted else {}
            self.show_record(exc.theirs)  # the stored version, with its row_version
            if chosen:
                self._write(chosen, exc.record_id, exc.stored_version)
            else:
                self.sig_status.emit(self.tr("Your changes were discarded; showing the saved version."))
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()  # window-modal, the event loop keeps running

    def _on_saved(self, saved: Saved) -> None:
        """The save's own result updates this section; other views hear its change set."""
        record = saved.record
        self.show_record(record)
        self.sig_status.emit(self.tr("Saved %1.").replace("%1", self.heading_for(record)))
        created = ChangeKind.CREATED in saved.changes.kinds(self.record_type)
        if created or not self.model.replace_records([record]):
            self.reload_list()  # a new row finds its place by the list's order and filter
        self._select_current_row()

    def _on_save_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(not self.ctx.read_only)
        if isinstance(exc, ConflictError):
            self._on_conflict(exc)
            return
        if isinstance(exc, ValidationError):
            # An unmade choice is said in the user's language, not as "is required".
            rest = self.form.show_problems({**exc.problems, **self.form.missing_choices()})
            text = self.tr("Not saved: please correct the marked fields.")
            if rest:
                text += "\n" + "\n".join(rest)
        else:
            text = self.tr("Not saved: %1").replace("%1", str(exc))
        self.form_message.setText(text)
        self.form_message.show()

    def delete_current(self) -> None:
        if self.current is None:
            return
        name = self.heading_for(self.current)
        answer = QMessageBox.question(
            self, self.tr("Delete"),
            self.tr("Delete %1?\nRecords that belong to it (timeline, steps, attachments, links) "
                    "are deleted with it; the audit trail keeps a copy.").replace("%1", name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        record_id, services = self.current["id"], self.ctx.services.for_origin(self.origin)
        self.ctx.tasks.run(lambda: services.delete(self.record_type, record_id),
                           self._on_deleted, self._on_delete_failed, write=True)

    def _on_deleted(self, result) -> None:
        self.reload_list()
        extra = ", ".join(f"{n} {type_label(t)}" for t, n in {**result.cascaded, **result.unlinked}.items())
        text = self.tr("Deleted.") + (" " + self.tr("Also removed or unlinked: %1").replace("%1", extra)
                                      if extra else "")
        self.sig_status.emit(text)
        self.start_new()

    def _on_delete_failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Not deleted"), str(exc))

    # --- events --------------------------------------------------------------

    def _on_row_changed(self, current, _previous) -> None:
        if current.isValid() and not self._quiet_selection:
            self.show_record(self.model.record_at(current.row()))

    def _select_current_row(self) -> None:
        """Mark the shown record in the list without showing it again: the list
        row may be older than the form (a reload is on its way)."""
        row = self.model.row_of(self.current["id"]) if self.current else None
        if row is None:
            return
        self._quiet_selection = True
        try:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._quiet_selection = False

    def _on_edited(self) -> None:
        self.save_button.setEnabled(not self.ctx.read_only)

    def _on_filter_changed(self, _text: str) -> None:
        self.filter_timer.start()

    def _on_filter_due(self) -> None:
        self.reload_list()

    def reload_list(self) -> None:
        """Query the list again in a worker. A text filter scans every row
        (≈200 ms at 100k cases); a newer request (keystroke, change) makes
        an older result stale, and both ask for the text in the filter box."""
        text = self.filter_edit.text()
        self.ctx.tasks.run(lambda: self.model.query(text), self._on_filtered, key=f"list-{id(self)}")

    def _on_filtered(self, result) -> None:
        self.model.apply(result)
        self._update_count()
        self._select_current_row()

    def _on_changes(self, changes: ChangeSet) -> None:
        """Reload only what the change set touches, in workers; our own saves are shown already."""
        types = changes.types()
        self.form.refresh_choices(types)
        renamed = {f: t for f, t in self.config.name_columns.items() if t in types}
        if self.record_type in types and changes.origin != self.origin:
            self.reload_list()
        if renamed:
            names = self.ctx.names
            self.ctx.tasks.run(lambda: {f: names(t) for f, t in renamed.items()}, self._on_names,
                               key=f"names-{id(self)}")

    def _on_names(self, names: dict[str, dict[str, str]]) -> None:
        self.model.names.update(names)
        self.model.layoutChanged.emit()  # the same rows, shown with new names

    def _update_count(self) -> None:
        # RecordSection.tr: self.tr() in a subclass looks in the subclass's context and finds
        # nothing; pyside6-lupdate skips QCoreApplication.translate() with a count (an
        # unextracted message is dropped from the .ts at the next update).
        count = self.model.total()
        self.count_label.setText(RecordSection.tr("%n record(s)", "", count))


# Kept by the services from another field (a step's "ok" follows its result), never edited.
DERIVED_FIELDS = {"drill_step": ("ok",)}


def spec_fields(record_type: str, skip: tuple[str, ...] = ()) -> list[str]:
    """Every editable field of a type, in table order."""
    generated = {"id", "created_at", "updated_at", "row_version", *DERIVED_FIELDS.get(record_type, ())}
    return [f for f in SPECS[record_type].fields if f not in generated and f not in skip]


