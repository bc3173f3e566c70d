"""A table of one record type, fetched page by page as the view scrolls.

Sorting and filtering run in SQL, so a 100,000-case table opens as fast as a
50-case one: only the visible pages are ever loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..services import ChangeSet, Services
from .formatting import display
from .labels import field_label, field_value_label

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # Qt's idiom for "no parent"


class RecordTableModel(QAbstractTableModel):
    def __init__(self, services: Services, record_type: str, columns: list[str],
                 text_fields: tuple[str, ...] = (), names: dict[str, dict[str, str]] | None = None,
                 parent=None, tz: Callable[[], tzinfo] | None = None):
        super().__init__(parent)
        # Instants show in the service plan's zone (asked each time: the plan can change).
        self.tz = tz or (lambda: None)
        self.services = services
        self.record_type = record_type
        self.columns = columns
        self.text_fields = text_fields
        # Reference fields shown by name: field -> {id: name}.
        self.names = names or {}
        self.where: dict[str, Any] = {}
        self.text = ""
        self.order_by: str | None = None
        self.descending = False
        self._rows: list[dict[str, Any]] = []
        self._total = 0
        # Set by a view that queries in a worker (the sections); None: here.
        self.requery: Callable[[], None] | None = None
        self.reload()

    # --- loading -----------------------------------------------------------

    def reload(self) -> None:
        self.apply(self.query())

    def query(self, text: str | None = None) -> tuple[str, int, list[dict[str, Any]]]:
        """(text, total, first page) for a filter text; safe in a worker thread."""
        text = self.text if text is None else text
        total = self.services.count(self.record_type, self.where, text, self.text_fields)
        rows = self.services.list(
            self.record_type, where=self.where, order_by=self.order_by, descending=self.descending,
            limit=PAGE, offset=0, text=text, text_fields=self.text_fields,
        )
        return text, total, rows

    def apply(self, result: tuple[str, int, list[dict[str, Any]]]) -> None:
        """Show what :meth:`query` returned (on the GUI thread)."""
        self.beginResetModel()
        self.text, self._total, self._rows = result
        self.endResetModel()

    def _page(self, offset: int) -> list[dict[str, Any]]:
        return self.services.list(
            self.record_type, where=self.where, order_by=self.order_by, descending=self.descending,
            limit=PAGE, offset=offset, text=self.text, text_fields=self.text_fields,
        )

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        more = self._page(len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def set_filter(self, text: str | None = None, where: dict[str, Any] | None = None) -> None:
        if text is not None:
            self.text = text
        if where is not None:
            self.where = where
        self.reload()

    def on_changes(self, changes: ChangeSet) -> None:
        if self.record_type in changes.types():
            self.reload()

    def replace_records(self, records: list[dict[str, Any]]) -> bool:
        """Show saved versions of loaded rows in place (a save's own result: no query).
        False when one of them is not loaded."""
        rows = {r["id"]: i for i, r in enumerate(self._rows) if "id" in r}
        if any(rec.get("id") not in rows for rec in records):
            return False
        for rec in records:
            i = rows[rec["id"]]
            self._rows[i] = rec
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))
        return True

    # --- Qt model API ------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def total(self) -> int:
        return self._total

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        field = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row.get(field)
            if field in self.names:
                return self.names[field].get(value, value or "")
            label = field_value_label(self.record_type, field, value) if isinstance(value, str) else None
            return label if label is not None else display(value, self.tz())
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return field_label(self.record_type, self.columns[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.order_by = self.columns[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self.requery is not None:
            self.requery()
        else:
            self.reload()

    def record_at(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def row_of(self, record_id: str) -> int | None:
        for i, r in enumerate(self._rows):
            if r.get("id") == record_id:
                return i
        return None
