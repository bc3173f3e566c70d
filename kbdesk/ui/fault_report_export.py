"""Export a case's fault report (故障报告) as Markdown, HTML or PDF.

The report itself comes from :func:`kbdesk.reports.fault_report.build_fault_report`;
this module only chooses language, format and file, and prints the HTML to
PDF with Qt's own writer (QTextDocument → QPdfWriter, A4, a CJK font: kbdesk.ui.fonts), so no
external tool is needed. Building and writing run in a worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QWidget,
)

from ..errors import KbdeskError
from ..services.reporting import FaultReport, build_fault_report, write_fault_report
from .context import AppContext
from .pdf import html_to_pdf
from .report_export_form import ReportExportDialog, build_export_form

# Kept under its old name: tests and callers print a report's HTML with it.
write_fault_report_pdf = html_to_pdf

FORMATS = {"md": ".md", "html": ".html", "pdf": ".pdf"}


def write_report(report: FaultReport, fmt: str, path: Path, title: str = "") -> list[Path]:
    """Write one format; Markdown takes its screenshots along in images/ beside it."""
    if fmt == "pdf":
        return [html_to_pdf(report.html, path, title or report.title)]
    return write_fault_report(report, fmt, path)


class FaultReportDialog(ReportExportDialog):
    """Language, format and file; the export runs in a worker."""

    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Export fault report"))
        build_export_form(self, self._on_browse, self.export)
        self.format_group.buttonToggled.connect(self._on_format_changed)
        self.path_edit.textChanged.connect(self._on_path_changed)
        self._suggest_path()

    def export(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Choose a file to write."))
            return
        path = Path(text).with_suffix(FORMATS[self.fmt()])
        services, case_id, lang, fmt = self.ctx.services, self.case_id, self.lang.currentData(), self.fmt()
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing %1…").replace("%1", str(path)))
        self.ctx.tasks.run(lambda: _export(services, case_id, lang, fmt, path), self._on_done, self._on_failed)

    def _on_done(self, result: tuple[list[Path], list[str]]) -> None:
        self.written, missing = result
        text = self.tr("Written: %1").replace("%1", str(self.written[0]))
        if missing:
            text += "\n" + self.tr("Screenshots whose file is missing: %1").replace("%1", ", ".join(missing))
        self.status.setText(text)
        self.export_button.setEnabled(True)
        if not missing:
            self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Export failed: %1").replace("%1", str(exc)))
        self.status.setStyleSheet("color: #c62828;")
        self.export_button.setEnabled(True)

    def _suggest_path(self) -> None:
        try:
            number = self.ctx.services.get("case", self.case_id)["number"]
        except KbdeskError:
            number = "case"
        folder = Path.home() / "Documents"
        folder = folder if folder.is_dir() else Path.home()
        self.path_edit.setText(str(folder / f"{number}-fault-report{FORMATS[self.fmt()]}"))

    def _on_format_changed(self, _button, checked: bool) -> None:
        text = self.path_edit.text().strip()
        if checked and text:
            self.path_edit.setText(str(Path(text).with_suffix(FORMATS[self.fmt()])))

    def _on_path_changed(self, text: str) -> None:
        self.export_button.setEnabled(bool(text.strip()))

    def _on_browse(self) -> None:
        filters = {"pdf": self.tr("PDF (*.pdf)"), "html": self.tr("HTML (*.html)"),
                   "md": self.tr("Markdown (*.md)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save fault report"), self.path_edit.text(),
                                              filters[self.fmt()])
        if path:
            self.path_edit.setText(path)


def _export(services: Any, case_id: str, lang: str, fmt: str, path: Path) -> tuple[list[Path], list[str]]:
    report = build_fault_report(services, case_id, lang)
    number = services.get("case", case_id)["number"]
    title = ("故障报告 " if lang == "zh_CN" else "Fault report ") + number
    return write_report(report, fmt, path, title), report.missing


def export_fault_report(parent: QWidget | None, ctx: AppContext, case_id: str) -> FaultReportDialog:
    """Open the export dialog (window-modal, non-blocking) and return it."""
    dialog = FaultReportDialog(ctx, case_id, parent)
    dialog.open()
    return dialog
