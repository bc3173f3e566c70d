"""Export a drill's report (演练报告) as PDF, HTML or Markdown.

The content comes from :func:`kbdesk.reports.drill_report.build_drill_report`;
PDF is printed with the fault report's Qt writer (A4, CJK font). Building
and writing run in a worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QWidget,
)

from ..errors import KbdeskError
from ..services.reporting import build_drill_report
from .context import AppContext
from .fault_report_export import FORMATS, write_fault_report_pdf
from .report_export_form import ReportExportDialog, build_export_form


def export_drill_report(services: Any, drill_id: str, lang: str, fmt: str, path: Path) -> Path:
    report = build_drill_report(services, drill_id, lang)
    if fmt == "pdf":
        return write_fault_report_pdf(report.html, path, report.title)
    return report.write(fmt, path)


_APP = None


def write_pdf_without_window(html: str, path: Path, title: str) -> Path:
    """For the CLI: Qt's text layout needs an application object (never a window).

    A full QApplication, kept for the process, so widgets made later in the
    same process (tests) still work."""
    from PySide6.QtWidgets import QApplication

    global _APP
    _APP = QApplication.instance() or QApplication(["kbdesk"])
    return write_fault_report_pdf(html, path, title)


class DrillReportDialog(ReportExportDialog):
    def __init__(self, ctx: AppContext, drill_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.drill_id = drill_id
        self.written: Path | None = None
        self.setObjectName("drill_report_dialog")
        self.setWindowTitle(self.tr("Export drill report"))
        build_export_form(self, self._on_browse, self.export)
        self.format_group.buttonToggled.connect(self._on_format_changed)
        self._suggest_path()

    def export(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Choose a file to write."))
            return
        path = Path(text).with_suffix(FORMATS[self.fmt()])
        services, drill_id, lang, fmt = self.ctx.services, self.drill_id, self.lang.currentData(), self.fmt()
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing %1…").replace("%1", str(path)))
        self.ctx.tasks.run(lambda: export_drill_report(services, drill_id, lang, fmt, path),
                           self._on_done, self._on_failed)

    def _on_done(self, path: Path) -> None:
        self.written = path
        self.status.setText(self.tr("Written: %1").replace("%1", str(path)))
        self.export_button.setEnabled(True)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Export failed: %1").replace("%1", str(exc)))
        self.status.setStyleSheet("color: #c62828;")
        self.export_button.setEnabled(True)

    def _suggest_path(self) -> None:
        try:
            drill = self.ctx.services.get("drill", self.drill_id)
            stem = f"drill-{drill['date'].isoformat()}"
        except KbdeskError:
            stem = "drill"
        folder = Path.home() / "Documents"
        folder = folder if folder.is_dir() else Path.home()
        self.path_edit.setText(str(folder / f"{stem}-report{FORMATS[self.fmt()]}"))

    def _on_format_changed(self, _button, checked: bool) -> None:
        text = self.path_edit.text().strip()
        if checked and text:
            self.path_edit.setText(str(Path(text).with_suffix(FORMATS[self.fmt()])))

    def _on_browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save drill report"), self.path_edit.text())
        if path:
            self.path_edit.setText(path)
