"""Pick any case, article or runbook by searching, to link it to a record."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.search import SearchFilters
from .context import AppContext
from .labels import type_label

LINKABLE = ["case", "article", "runbook", "drill", "course", "material"]


class LinkPickerDialog(QDialog):
    def __init__(self, ctx: AppContext, exclude: tuple[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.exclude = exclude
        self.chosen: tuple[str, str] | None = None
        self.setWindowTitle(self.tr("Link to…"))
        self.resize(620, 420)
        self.query = QLineEdit()
        self.query.setObjectName("link_query")
        self.query.setPlaceholderText(self.tr("Search cases, articles and runbooks to link…"))
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.results = QListWidget()
        self.results.itemActivated.connect(lambda _i: self._on_accept())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.run_search)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)

    def run_search(self) -> None:
        text = self.query.text()
        if not text.strip():
            self.results.clear()
            return
        filters = SearchFilters(types=LINKABLE)
        self.ctx.tasks.run(lambda: self.ctx.search.search(text, filters, limit=30, snippets=False),
                           self._on_result, key="link-picker")

    def _on_result(self, result) -> None:
        self.results.clear()
        for hit in result.hits:
            if (hit.record_type, hit.record_id) == self.exclude:
                continue
            item = QListWidgetItem(f"{type_label(hit.record_type)} · {hit.title}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.record_type, hit.record_id))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _on_accept(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
            self.accept()
