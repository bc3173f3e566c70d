"""A report chart on screen (matplotlib's Qt canvas) with export to PNG, SVG or PDF.

The figure is drawn by kbdesk.render.charts from the report's chart spec, so
what the screen shows is what the export writes. Saving runs in a worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QVBoxLayout, QWidget

from ..render.charts import report_figure, save_figure
from ..reports.labels import labeler_for, resolving
from .context import AppContext
from .theme import is_dark


def report_labeler(table: Any):
    """The report words in the UI's language (the same tables the CLI uses)."""
    return resolving(labeler_for(QLocale().name()), table)


class ChartView(QWidget):
    sig_status = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.figure = None
        self.table = None
        self.canvas: FigureCanvasQTAgg | None = None
        self.empty = QLabel(self.tr("No chart for this report."))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.empty)
        self.setMinimumHeight(220)

    def set_table(self, table: Any) -> None:
        """Draw the chart of a report table (None clears it)."""
        if self.canvas is not None:
            self.layout_.removeWidget(self.canvas)
            self.canvas.deleteLater()
            self.canvas = None
        self.figure = None
        self.table = table
        if table is None or table.chart is None:
            self.empty.show()
            return
        app = QApplication.instance()
        dark = bool(app) and is_dark(app)
        self.figure = report_figure(table.chart, report_labeler(table), dark=dark)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("report_chart")
        self.empty.hide()
        self.layout_.addWidget(self.canvas, 1)

    def export(self, path: Path | None = None) -> None:
        """Save the chart; asks for a file when ``path`` is None."""
        if self.figure is None:
            self.sig_status.emit(self.tr("There is no chart to export."))
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export chart"), "chart.png",
                self.tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"))
            if not name:
                return
            path = Path(name)
        if path.suffix.lower() not in (".png", ".svg", ".pdf"):
            path = path.with_suffix(".png")
        # Exports are drawn afresh on white, whatever the theme, from the same table.
        table, label = self.table, report_labeler(self.table)
        self.ctx.tasks.run(lambda: save_figure(report_figure(table.chart, label), path),
                           self._on_saved, self._on_failed)

    def _on_saved(self, path: Path) -> None:
        self.sig_status.emit(self.tr("Chart saved to %1.").replace("%1", str(path)))

    def _on_failed(self, exc: Exception) -> None:
        self.sig_status.emit(self.tr("The chart could not be saved: %1").replace("%1", str(exc)))
