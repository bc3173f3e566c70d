"""SLA compliance (SLA 达成): the figures of :func:`kbdesk.reports.sla.sla_stats`
as a table and a bar chart, grouped by severity, customer, month or quarter.

Computed in a worker; recomputed when cases change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import utcnow
from ...services.reporting import TOTAL, Distribution, Ratio, SlaRow, sla_stats
from ..context import AppContext
from ..formatting import zone_label
from ..labels import code_label
from .attention import duration_text

Index = QModelIndex | QPersistentModelIndex
# Response, restore, postmortem: the three measures in table and chart.
MEASURE_COLOURS = (QColor(46, 125, 200), QColor(224, 122, 36), QColor(67, 160, 71))
CASE_TYPES = {"case", "timeline", "escalation"}


def group_label(by: str, group: str) -> str:
    if group == TOTAL:
        return QCoreApplication.translate("SlaView", "Total")
    return code_label("severity", group) if by == "severity" else group



def ratio_text(r: Ratio) -> str:
    return "—" if r.percent is None else f"{r.percent:.1f}% ({r.met}/{r.total})"


def dist_text(d: Distribution, which: str) -> str:
    value = getattr(d, which)
    return "—" if value is None else duration_text(value)


class SlaModel(QAbstractTableModel):
    COLUMNS = ("group", "cases", "major", "response", "restore", "postmortem",
               "response_p50", "response_p90", "recovery_p50", "recovery_p90")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[SlaRow] = []
        self.by = "severity"

    def set_rows(self, by: str, rows: list[SlaRow]) -> None:
        self.beginResetModel()
        self.by, self.rows = by, list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "group": {"severity": self.tr("Severity"), "customer": self.tr("Customer"),
                      "month": self.tr("Month"), "quarter": self.tr("Quarter")}[self.by],
            "cases": self.tr("Cases"), "major": self.tr("Major"),
            "response": self.tr("Response met"), "restore": self.tr("Restore met (major)"),
            "postmortem": self.tr("Postmortem on time"),
            "response_p50": self.tr("Response p50"), "response_p90": self.tr("Response p90"),
            "recovery_p50": self.tr("Recovery p50"), "recovery_p90": self.tr("Recovery p90"),
        }[self.COLUMNS[section]]

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != "group":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.group == TOTAL:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    def _text(self, row: SlaRow, col: str) -> str:
        if col == "group":
            return group_label(self.by, row.group)
        if col in ("cases", "major"):
            return str(getattr(row, col))
        if col in ("response", "restore", "postmortem"):
            return ratio_text(getattr(row, col))
        measure, which = col.split("_")
        return dist_text(row.response_time if measure == "response" else row.recovery_time, which)


class ComplianceChart(QWidget):
    """Grouped horizontal bars: response / restore / postmortem % per group."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[SlaRow] = []
        self.by = "severity"
        self.setMinimumHeight(160)

    def set_rows(self, by: str, rows: list[SlaRow]) -> None:
        self.by, self.rows = by, list(rows)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, 320)

    def measures(self) -> list[tuple[str, str]]:
        return [("response", self.tr("Response met")), ("restore", self.tr("Restore met (major)")),
                ("postmortem", self.tr("Postmortem on time"))]

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        fm = p.fontMetrics()
        line = fm.height()
        self._legend(p, ink, line)
        if not self.rows:
            p.setPen(ink)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No cases in this period"))
            return
        names = [group_label(self.by, r.group) for r in self.rows]
        left, right, top = fm.horizontalAdvance("100%") + 14, self.width() - 10, line + 20
        slot = (right - left) / len(self.rows)
        widest = max(fm.horizontalAdvance(n) for n in names)
        # Labels lie flat when they fit under their group, else they slant.
        slanted = widest > slot - 6
        label_h = min(widest * 0.6 + line, self.height() / 3) if slanted else line + 4
        bottom = self.height() - label_h - 8
        self._grid(p, ink, line, left, right, top, bottom)
        bar = max(1.0, min(22.0, (slot - 6) / 3))
        for i, (row, name) in enumerate(zip(self.rows, names, strict=True)):
            x0 = left + i * slot + (slot - 3 * bar) / 2
            for j, ((key, _title), colour) in enumerate(zip(self.measures(), MEASURE_COLOURS, strict=True)):
                pct = getattr(row, key).percent
                if pct is not None:
                    h = (bottom - top) * pct / 100
                    p.fillRect(QRectF(x0 + j * bar, bottom - h, bar - 1, h), colour)
            font = p.font()
            font.setBold(row.group == TOTAL)
            p.setFont(font)
            p.setPen(ink)
            cx = left + (i + 0.5) * slot
            if slanted:
                p.save()
                p.translate(cx + line / 3, bottom + 6)
                p.rotate(-35)
                text = fm.elidedText(name, Qt.TextElideMode.ElideRight, int(label_h / 0.6))
                p.drawText(QRectF(-fm.horizontalAdvance(text) - 4, -line, fm.horizontalAdvance(text) + 4, line),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
                p.restore()
            else:
                p.drawText(QRectF(cx - slot / 2, bottom + 4, slot, line), Qt.AlignmentFlag.AlignHCenter, name)
        p.end()

    def _legend(self, p: QPainter, ink: QColor, line: int) -> None:
        x = 8.0
        fm = p.fontMetrics()
        for (_key, name), colour in zip(self.measures(), MEASURE_COLOURS, strict=True):
            p.fillRect(QRectF(x, 6, 12, 12), colour)
            p.setPen(ink)
            p.drawText(QRectF(x + 16, 0, 400, line + 8), Qt.AlignmentFlag.AlignVCenter, name)
            x += 16 + fm.horizontalAdvance(name) + 24

    def _grid(self, p: QPainter, ink: QColor, line: int, left: float, right: float, top: float,
              bottom: float) -> None:
        grid = QColor(ink)
        grid.setAlpha(50)
        for pct in (0, 25, 50, 75, 100):
            gy = bottom - (bottom - top) * pct / 100
            p.setPen(QPen(grid, 1, Qt.PenStyle.DashLine if pct else Qt.PenStyle.SolidLine))
            p.drawLine(int(left), int(gy), int(right), int(gy))
            p.setPen(ink)
            p.drawText(QRectF(0, gy - line / 2, left - 6, line),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{pct}%")


class SlaView(QWidget):
    sig_status = Signal(str)

    PERIODS = ("all", "this_year", "last_year", "last_12_months", "custom")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 now: Callable[[], datetime] = utcnow):
        super().__init__(parent)
        self.ctx = ctx
        self._now = now
        self._key = f"sla-{id(self)}"
        self.model = SlaModel(self)
        self.chart = ComplianceChart()
        self.chart.setObjectName("sla_chart")
        self._build()
        self._debounce = QTimer(self, singleShot=True, interval=500)
        self._debounce.timeout.connect(self.refresh)
        ctx.sig_changed.connect(self._on_changed)
        self.refresh()

    def _build(self) -> None:
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("sla_group")
        for code, text in (("severity", self.tr("Severity")), ("customer", self.tr("Customer")),
                           ("month", self.tr("Month")), ("quarter", self.tr("Quarter"))):
            self.group_combo.addItem(text, code)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("sla_period")
        for code, text in zip(self.PERIODS, (self.tr("All time"), self.tr("This year"), self.tr("Last year"),
                                             self.tr("Last 12 months"), self.tr("Custom")), strict=True):
            self.period_combo.addItem(text, code)
        today = self._now().astimezone(self.ctx.plan_tz()).date()
        self.start_edit = QDateEdit(QDate(today.year, 1, 1))
        self.end_edit = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._on_dates_changed)
        self.note = QLabel(self.tr("Cases marked not a fault are left out; measures not yet due are "
                                   "left out of their percentage.") + " " +
                           self.tr("Dates and months are counted in %1.").replace(
                               "%1", zone_label(self.ctx.plan_zone_name, self._now())))
        self.note.setObjectName("sla_note")
        self.note.setWordWrap(True)
        self.group_combo.currentIndexChanged.connect(self._on_options_changed)
        self.period_combo.currentIndexChanged.connect(self._on_options_changed)

        self.table = QTableView()
        self.table.setObjectName("sla_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        bar = QHBoxLayout()
        self.date_labels = []
        for text, widget in ((self.tr("Group by:"), self.group_combo), (self.tr("Period:"), self.period_combo),
                             (self.tr("From:"), self.start_edit), (self.tr("To:"), self.end_edit)):
            label = QLabel(text)
            bar.addWidget(label)
            bar.addWidget(widget)
            if widget in (self.start_edit, self.end_edit):
                self.date_labels.append(label)
        bar.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setSizes([400, 360])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        self._sync_dates()

    # --- computing ----------------------------------------------------------

    def span(self) -> tuple[date | None, date | None]:
        """The reported-date range chosen, both ends inclusive; None = open."""
        period = self.period_combo.currentData()
        today = self._now().astimezone(self.ctx.plan_tz()).date()
        if period == "this_year":
            return date(today.year, 1, 1), today
        if period == "last_year":
            return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        if period == "last_12_months":
            return today - timedelta(days=365), today
        if period == "custom":
            return self.start_edit.date().toPython(), self.end_edit.date().toPython()
        return None, None

    def refresh(self) -> None:
        by = self.group_combo.currentData()
        start, end = self.span()
        archive, now = self.ctx.archive, self._now()
        self.ctx.tasks.run(lambda: (by, sla_stats(archive, by, start, end, now)),
                           self._on_rows, self._on_failed, key=self._key)

    def _on_rows(self, result: tuple[str, list[SlaRow]]) -> None:
        by, rows = result
        self.model.set_rows(by, rows)
        shown = [r for r in rows if r.cases] if len(rows) > 1 else []
        self.chart.set_rows(by, shown)

    def _on_failed(self, exc: Exception) -> None:
        self.sig_status.emit(self.tr("Could not compute the SLA figures: %1").replace("%1", str(exc)))

    # --- slots ----------------------------------------------------------------

    def _sync_dates(self) -> None:
        custom = self.period_combo.currentData() == "custom"
        start, end = self.span()
        for label in self.date_labels:
            label.setVisible(start is not None)
        for edit, value in ((self.start_edit, start), (self.end_edit, end)):
            edit.setEnabled(custom)
            edit.setVisible(start is not None)
            if value is not None and not custom:
                edit.blockSignals(True)
                edit.setDate(QDate(value.year, value.month, value.day))
                edit.blockSignals(False)

    def _on_options_changed(self, *_args) -> None:
        self._sync_dates()
        self.refresh()

    def _on_dates_changed(self, *_args) -> None:
        if self.period_combo.currentData() == "custom":
            self.refresh()

    def _on_changed(self, changes: Any) -> None:
        if changes.types() & CASE_TYPES:
            self._debounce.start()
