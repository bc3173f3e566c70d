"""The runbook's "Drills" tab: its health, the comparison chart and the numbers behind it.

The numbers and the figure are built in a worker (kbdesk.reports.drill_compare,
Qt-free); only the canvas is made on the GUI thread.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.clock import utcnow
from ..services.attention import health_rows
from ..services.drills import RunbookHealth
from ..services.plan import WorkCalendar
from ..services.reporting import DrillComparison, comparison_figure, drill_comparison
from .context import AppContext

CELL_TINT = {"failed": QColor(214, 39, 40, 70), "skipped": QColor(127, 127, 127, 60)}


@dataclass
class _Loaded:
    runbook_id: str
    comparison: DrillComparison
    health: RunbookHealth | None
    figure: Any


class DrillCompareView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.runbook_id: str | None = None
        self.loaded: _Loaded | None = None
        self._key = f"drill-compare-{id(self)}"
        self.health = QLabel()
        self.health.setObjectName("runbook_health")
        self.health.setWordWrap(True)
        self.health.setTextFormat(Qt.TextFormat.RichText)
        self.canvas_holder = QWidget()
        self.canvas_layout = QVBoxLayout(self.canvas_holder)
        self.canvas_layout.setContentsMargins(0, 0, 0, 0)
        self.canvas: FigureCanvasQTAgg | None = None
        self.table = QTableWidget()
        self.table.setObjectName("drill_compare_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.canvas_holder)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([620, 240])
        layout = QVBoxLayout(self)
        layout.addWidget(self.health)
        layout.addWidget(splitter, 1)
        ctx.sig_changed.connect(self._on_changed)

    def texts(self) -> dict[str, str]:
        return {
            "steps_title": self.tr("Actual minutes per step"),
            "totals_title": self.tr("Total duration per drill: planned against actual"),
            "minutes": self.tr("minutes"), "planned": self.tr("planned"), "actual": self.tr("actual"),
            "failed": self.tr("failed"), "skipped": self.tr("skipped"),
            "no_drills": self.tr("No drill of this runbook has been recorded yet."),
            "step": self.tr("Step %1"), "real": self.tr("real"), "within_plan": self.tr("within plan"),
            "over_plan": self.tr("over plan"), "with_failures": self.tr("with failures"),
        }

    def set_runbook(self, runbook_id: str | None) -> None:
        self.runbook_id = runbook_id
        if runbook_id is None:
            self.loaded = None
            self._show(None)
            return
        services, plan, texts = self.ctx.services, self.ctx.plan(), self.texts()

        def work() -> _Loaded:
            cmp = drill_comparison(services, runbook_id)
            today = WorkCalendar(plan).local(utcnow()).date()
            rows = health_rows(services, today, plan, runbook_id=runbook_id)
            return _Loaded(runbook_id, cmp, rows[0] if rows else None, comparison_figure(cmp, texts))

        self.ctx.tasks.run(work, self._on_loaded, self._on_failed, key=self._key)

    def _on_loaded(self, loaded: _Loaded) -> None:
        if loaded.runbook_id != self.runbook_id:
            return
        self.loaded = loaded
        self._show(loaded)

    def _on_failed(self, exc: Exception) -> None:
        self.health.setText(self.tr("The drills could not be compared: %1").replace("%1", str(exc)))

    def _on_changed(self, changes: Any) -> None:
        if self.runbook_id and {"drill", "drill_step", "runbook", "runbook_step", "service_plan"} & changes.types():
            self.set_runbook(self.runbook_id)

    # --- showing -------------------------------------------------------------

    def _show(self, loaded: _Loaded | None) -> None:
        if self.canvas is not None:
            self.canvas_layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
            self.canvas = None
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        if loaded is None:
            self.health.setText("")
            return
        self.health.setText(self._health_text(loaded.health))
        self.canvas = FigureCanvasQTAgg(loaded.figure)
        self.canvas.setObjectName("drill_compare_chart")
        self.canvas.setMinimumSize(480, 460)  # smaller, matplotlib cannot lay the figure out
        self.canvas_layout.addWidget(self.canvas)
        # Without drills the figure says so; an empty table would only add noise.
        self.table.setVisible(bool(loaded.comparison.drills))
        self._fill_table(loaded.comparison)

    def _health_text(self, h: RunbookHealth | None) -> str:
        if h is None:
            return ""
        last = h.last_drilled.isoformat() if h.last_drilled else self.tr("never")
        due = h.next_due.isoformat()
        text = self.tr("Last drilled: %1 · next drill due: %2 (every %n month(s))", "", h.interval_months)
        text = text.replace("%1", last).replace("%2", due)
        if h.overdue:
            word, colour = self.tr("Overdue"), "#c62828"
        elif h.state == "due_soon":
            word, colour = self.tr("Due soon"), "#af6900"
        else:
            return html.escape(text)
        return f"<b style='color:{colour}'>{html.escape(word)}</b> — {html.escape(text)}"

    def _fill_table(self, cmp: DrillComparison) -> None:
        words = {"done": "", "failed": self.tr("failed"), "skipped": self.tr("skipped"),
                 "not_run": self.tr("not run")}
        self.table.setColumnCount(len(cmp.drills) + 1)
        self.table.setRowCount(len(cmp.steps) + 1)
        headers = [self.tr("Step (planned min)")] + [
            d.date.isoformat() + (" " + self.tr("(real)") if d.kind == "real" else "") for d in cmp.drills]
        self.table.setHorizontalHeaderLabels(headers)
        for row, step in enumerate(cmp.steps):
            first = (step.action or "").strip().split("\n", 1)[0]
            name = first if len(first) <= 36 else first[:35] + "…"
            item = QTableWidgetItem(f"{step.position}. {name} ({step.planned_minutes})")
            item.setToolTip(first)
            self.table.setItem(row, 0, item)
            for col, drill in enumerate(cmp.drills, 1):
                cell = drill.cells[row]
                minutes = "" if cell.minutes is None else f"{cell.minutes:g}"
                item = QTableWidgetItem(" ".join(t for t in (minutes, words[cell.status]) if t) or "—")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if cell.status in CELL_TINT:
                    item.setBackground(QBrush(CELL_TINT[cell.status]))
                self.table.setItem(row, col, item)
        total_row = len(cmp.steps)
        self.table.setItem(total_row, 0, QTableWidgetItem(self.tr("Total: actual / planned")))
        for col, drill in enumerate(cmp.drills, 1):
            actual = "—" if drill.actual_total is None else f"{drill.actual_total:g}"
            item = QTableWidgetItem(f"{actual} / {drill.planned_total}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.table.setItem(total_row, col, item)
        self.table.verticalHeader().hide()
