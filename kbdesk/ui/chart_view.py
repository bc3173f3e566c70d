"""A report chart on screen, drawn by matplotlib in a worker, with export to PNG, SVG or PDF.

The figure comes from kbdesk.render.charts and the report's chart spec, so
what the screen shows is what the export writes. Drawing a two-panel chart
takes matplotlib a few hundred milliseconds, too long for the GUI thread:
a worker renders it with the Agg backend at the widget's size and the GUI
thread only shows the picture (again after a resize, debounced). Saving runs
in a worker too.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..services.reporting import labeler_for, report_figure, resolving, save_figure
from .context import AppContext
from .theme import is_dark

# matplotlib's font and text caches are shared: one render at a time.
_RENDER_LOCK = threading.Lock()


def report_labeler(table: Any):
    """The report words in the UI's language (the same tables the CLI uses)."""
    return resolving(labeler_for(QLocale().name()), table)


def render_chart(spec: Any, label: Any, width_px: int, height_px: int, dpi: float, dark: bool):
    """Worker side: the figure and its RGBA pixels at this size."""
    with _RENDER_LOCK:
        fig = report_figure(spec, label, width=width_px / dpi, height=height_px / dpi, dark=dark)
        fig.set_dpi(dpi)
        canvas = FigureCanvasAgg(fig)
        canvas.draw()
        w, h = canvas.get_width_height()
        return fig, w, h, bytes(canvas.buffer_rgba())


class ChartView(QWidget):
    sig_status = Signal(str)
    sig_rendered = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.figure = None
        self.table = None
        self.image: QImage | None = None  # what is shown (QLabel.pixmap() is not asked: PySide6 refcount bug)
        self._key = f"chart-{id(self)}"
        self._size = (0, 0)
        self.picture = QLabel(self.tr("No chart for this report."))
        self.picture.setObjectName("report_chart")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        self.setMinimumHeight(220)
        self._resize_timer = QTimer(self, singleShot=True, interval=250)
        self._resize_timer.timeout.connect(self._render)

    def set_table(self, table: Any) -> None:
        """Draw the chart of a report table (None clears it)."""
        self.table = table
        self.figure = None
        self.image = None
        if table is None or table.chart is None:
            self.picture.setPixmap(QPixmap())
            self.picture.setText(self.tr("No chart for this report."))
            return
        self._render()

    def _render(self) -> None:
        if self.table is None or self.table.chart is None:
            return
        ratio = self.devicePixelRatioF()
        w, h = max(self.width(), 480), max(self.height(), 260)
        self._size = (w, h)
        app = QApplication.instance()
        dark = bool(app) and is_dark(app)
        spec, label, dpi = self.table.chart, report_labeler(self.table), 96.0 * ratio
        self.ctx.tasks.run(lambda: render_chart(spec, label, int(w * ratio), int(h * ratio), dpi, dark),
                           self._on_rendered, self._on_render_failed, key=self._key)

    def _on_rendered(self, result) -> None:
        fig, w, h, pixels = result
        self.figure = fig
        image = QImage(pixels, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self.image = image
        self.picture.setText("")
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.sig_rendered.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.table is not None and abs(self.width() - self._size[0]) + abs(self.height() - self._size[1]) > 8:
            self._resize_timer.start()

    def export(self, path: Path | None = None) -> None:
        """Save the chart; asks for a file when ``path`` is None."""
        if self.table is None or self.table.chart is None:
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

        def work() -> Path:
            with _RENDER_LOCK:
                return save_figure(report_figure(table.chart, label), path)

        self.ctx.tasks.run(work, self._on_saved, self._on_failed)

    def _on_render_failed(self, exc: Exception) -> None:
        self.picture.setText(self.tr("The chart could not be drawn: %1").replace("%1", str(exc)))

    def _on_saved(self, path: Path) -> None:
        self.sig_status.emit(self.tr("Chart saved to %1.").replace("%1", str(path)))

    def _on_failed(self, exc: Exception) -> None:
        self.sig_status.emit(self.tr("The chart could not be saved: %1").replace("%1", str(exc)))
