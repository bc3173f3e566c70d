"""Global search, one keystroke away (Ctrl+K): results as you type."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..services.search import SearchFilters, SearchResult
from .context import AppContext
from .labels import facet_label, type_label

DEBOUNCE_MS = 250
TYPES = ["case", "article", "runbook", "drill", "material", "course", "service_record", "complaint"]


class SearchDialog(QDialog):
    sig_open_record = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Search"))
        self.resize(900, 620)
        self.type_filter: str | None = None
        self.query = QLineEdit()
        self.query.setObjectName("search_query")
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(self.tr(
            'Search everything: words, "a phrase", ORA-12170, type:case, -exclude, date:2026-03…'))
        self.query.textChanged.connect(self._on_query_changed)
        self.query.returnPressed.connect(self._on_enter)
        self.query.installEventFilter(self)
        self.facet_row = QHBoxLayout()
        self.count_row = QHBoxLayout()  # severity and status counts: a line of their own, not cut
        self.notice = QLabel()
        self.notice.setObjectName("search_notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.linkActivated.connect(self._on_suggestion)
        self.results = QListWidget()
        self.results.setObjectName("search_results")
        self.results.setAlternatingRowColors(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemActivated.connect(self._on_item_activated)
        self.count = QLabel()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addLayout(self.facet_row)
        layout.addLayout(self.count_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        self.last: SearchResult | None = None

    def open_fresh(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()

    # --- searching -----------------------------------------------------------

    def _on_query_changed(self, _text: str) -> None:
        self.timer.start()

    def run_search(self) -> None:
        self.timer.stop()
        text = self.query.text()
        if not text.strip():
            self.results.clear()
            self.notice.clear()
            self.count.clear()
            self._show_facets({})
            return
        filters = SearchFilters(types=[self.type_filter] if self.type_filter else [])
        self.ctx.tasks.run(lambda: self.ctx.search.search(text, filters, limit=50),
                           self._on_result, self._on_failed, key="search")

    def _on_result(self, result: SearchResult) -> None:
        self.last = result
        self.results.clear()
        for hit in result.hits:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, (hit.record_type, hit.record_id))
            label = QLabel(f"<b>{escape(hit.title)}</b> &nbsp;<span style='color:#607d8b'>"
                           f"{escape(type_label(hit.record_type))}</span><br>"
                           f"{self._source(hit.attachment)}"
                           f"<span style='color:#37474f'>{hit.snippet}</span>")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(6, 4, 6, 4)
            # leave room for the vertical scroll bar the items will bring
            width = self.results.viewport().width() - self.results.verticalScrollBar().sizeHint().width() - 4
            label.setFixedWidth(width)
            item.setSizeHint(QSize(width, label.heightForWidth(width)))
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        if self.results.count():
            self.results.setCurrentRow(0)
        notes = []
        if result.suggestion:
            notes.append(self.tr("Did you mean %1?").replace(
                "%1", f"<a href='{escape(result.suggestion)}'>{escape(result.suggestion)}</a>"))
        if result.notice:
            notes.append(escape(self._translated(result.notice)))
        self.notice.setText(" ".join(notes))
        self.notice.setVisible(bool(notes))
        self.count.setText(self.tr("%1 of %2 results").replace("%1", str(len(result.hits)))
                           .replace("%2", str(result.total)))
        self._show_facets(result.facets)

    def _source(self, attachment: str) -> str:
        """"in attachment slow_query.log" before a snippet taken from an attached file."""
        if not attachment:
            return ""
        words = self.tr("in attachment %1:").replace("%1", attachment)
        return f"<i>{escape(words)}</i>&nbsp;"

    def _translated(self, notice: str) -> str:
        """The search layer's fixed sentences in the UI language (others as they are)."""
        fixed = {
            "No record contains all the words; showing records with any of them.":
                self.tr("No record contains all the words; showing records with any of them."),
            "An unmatched quote was closed at the end of the query.":
                self.tr("An unmatched quote was closed at the end of the query."),
            "Parentheses are not supported and were ignored.":
                self.tr("Parentheses are not supported and were ignored."),
            "Only exclusions given: searched every record except those.":
                self.tr("Only exclusions given: searched every record except those."),
        }
        for english, words in fixed.items():
            notice = notice.replace(english, words)
        return notice

    def _on_failed(self, exc: Exception) -> None:
        self.notice.setText(escape(self.tr("Search failed: %1").replace("%1", str(exc))))
        self.notice.show()

    def _show_facets(self, facets: dict) -> None:
        for row in (self.facet_row, self.count_row):
            while row.count():
                item = row.takeAt(0)
                if item.widget():
                    item.widget().deleteLater()
        by_type = facets.get("type", {}) if facets else {}
        if not by_type and not self.type_filter:
            return
        all_button = QPushButton(self.tr("All"))
        all_button.setCheckable(True)
        all_button.setChecked(self.type_filter is None)
        all_button.clicked.connect(lambda: self._on_type_filter(None))
        self.facet_row.addWidget(all_button)
        for rtype in TYPES:
            n = by_type.get(rtype, 0)
            if not n and rtype != self.type_filter:
                continue
            button = QPushButton(f"{type_label(rtype)} ({n})")
            button.setObjectName(f"facet_{rtype}")
            button.setCheckable(True)
            button.setChecked(rtype == self.type_filter)
            button.clicked.connect(lambda _=False, t=rtype: self._on_type_filter(t))
            self.facet_row.addWidget(button)
        for name in ("severity", "status"):
            values = facets.get(name) or {}
            if values:
                text = ", ".join(f"{facet_label(name, k, self.type_filter)} {v}"
                                 for k, v in list(values.items())[:5])
                label = QLabel(f"<span style='color:#607d8b'>{escape(text)}</span>")
                label.setObjectName(f"facet_{name}")
                label.setToolTip(text)
                # Counts never widen the dialog: what does not fit is cut, the tooltip has it all.
                label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                self.count_row.addWidget(label, 1)
        self.facet_row.addStretch(1)

    def _on_type_filter(self, rtype: str | None) -> None:
        self.type_filter = rtype
        self.run_search()

    def _on_suggestion(self, text: str) -> None:
        self.query.setText(text)

    # --- opening -------------------------------------------------------------

    def _on_enter(self) -> None:
        if self.timer.isActive():
            self.run_search()
            return
        item = self.results.currentItem()
        if item is not None:
            self._on_item_activated(item)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        rtype, rid = item.data(Qt.ItemDataRole.UserRole)
        self.sig_open_record.emit(rtype, rid)
        self.hide()

    def eventFilter(self, obj, event) -> bool:
        # Up/Down move through the results while typing continues in the box.
        if obj is self.query and event.type() == event.Type.KeyPress and event.key() in (
                Qt.Key.Key_Down, Qt.Key.Key_Up):
            row = self.results.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.results.count():
                self.results.setCurrentRow(row)
            return True
        return super().eventFilter(obj, event)


def show_syntax_help(parent: QWidget) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("SearchDialog", "Search syntax"), QCoreApplication.translate("SearchDialog",
        "words — all must occur (Chinese needs no spaces)\n"
        "\"a phrase\" — the exact phrase\n"
        "ORA-12170, 0x8007000E, 10.0.0.12 — exact codes and addresses\n"
        "a OR b — either word\n"
        "-word, -type:drill — exclude\n"
        "type:case, customer:…, product:…, severity:high, status:closed, tag:…\n"
        "date:2026-03, date:2026-01-01..2026-03-31, date:>2026-06-01\n"
        "solved:yes — solved cases only\n"
        "A query that cannot be read is never an error: kbdesk searches what it can and says so."))
