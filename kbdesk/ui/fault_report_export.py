"""Export a case's fault report (故障报告) as Markdown, HTML or PDF.

The report itself comes from :func:`kbdesk.reports.fault_report.build_fault_report`;
this module only chooses language, format and file, and prints the HTML to
PDF with Qt's own writer (QTextDocument → QPdfWriter, A4, a CJK font: kbdesk.ui.fonts), so no
external tool is needed. Building and writing run in a worker.
"""

from __future__ import annotations

import base64
import html as html_lib
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.text import display_width
from ..errors import KbdeskError
from ..reports.fault_report import FaultReport, build_fault_report
from .context import AppContext
from .fonts import cjk_font

FORMATS = {"md": ".md", "html": ".html", "pdf": ".pdf"}
_DATA_IMG = re.compile(r'src="data:(image/[\w.+-]+);base64,([A-Za-z0-9+/=\s]+)"')
# The page's own CSS is written for browsers; Qt's rich-text subset gets this instead.
_QT_CSS = """
h1 { font-size: 17pt; margin-bottom: 8px; }
h2 { font-size: 13pt; margin-top: 16px; margin-bottom: 4px; color: #333; }
p { margin-top: 2px; margin-bottom: 6px; }
table { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }
th, td { border: 1px solid #999; padding: 3px 6px; }
th { background-color: #eeeeee; font-weight: bold; }
pre { background-color: #f5f5f5; font-size: 9pt; white-space: pre-wrap; }
"""
_STYLE = re.compile(r"<style>.*?</style>", re.S)
_TABLE = re.compile(r"<table(?=[\s>])")
_TABLE_BODY = re.compile(r"<table\b.*?</table>", re.S)
_ROW = re.compile(r"<tr\b.*?</tr>", re.S)
_CELL = re.compile(r"<t([hd])(\b[^>]*)>(.*?)</t\1>", re.S)
_TAG = re.compile(r"<[^>]+>")
SHORT_CELL = 28  # display width (CJK counted double) up to which a column is short


def write_fault_report_pdf(html: str, path: Path, title: str = "") -> Path:
    """Print self-contained report HTML to an A4 PDF at ``path``.

    Screenshots embedded as data: URIs are handed to the document as
    resources, so they print without touching disk or network.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = QTextDocument()
    doc.setDefaultFont(cjk_font(10.5))  # a system CJK font, else the bundled one (embedded)
    doc.setDefaultStyleSheet(_QT_CSS)
    doc.setHtml(_qt_html(doc, html))
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title or doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("kbdesk")
    doc.print_(writer)
    del writer  # the file is finished when the writer goes
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write {path} (is the folder writable?)")
    return path


def _qt_html(doc: QTextDocument, html: str) -> str:
    """The page as Qt prints it best: its own stylesheet, full-width tables, images as resources."""
    html = _TABLE_BODY.sub(_column_widths, _STYLE.sub("", html))
    html = _TABLE.sub('<table width="100%" cellspacing="0"', html)
    return _embed_images(doc, html)


def _text_width(text: str) -> int:
    """Characters as they take space on paper: a CJK character counts double."""
    return display_width(html_lib.unescape(text))


def _column_widths(match: re.Match) -> str:
    """Qt shares a table's width equally: size short columns (times, kinds, names) to
    their text and give the rest to the long-text columns (the timeline's text)."""
    table = match.group(0)
    rows = [_CELL.findall(row) for row in _ROW.findall(table)]
    if not rows or not rows[0]:
        return table
    n = len(rows[0])
    longest = [0] * n
    for cells in rows:
        for i, (_kind, _attrs, body) in enumerate(cells[:n]):
            longest[i] = max(longest[i], _text_width(_TAG.sub("", body)))
    short = [w <= SHORT_CELL for w in longest]
    if all(short) or not any(short):
        return table
    # ~84 half-em units (with cell padding) fit across the A4 text column at 10.5 pt; short columns
    # get up to two lines' worth, the long ones share what is left.
    widths = [round((min(w, 12) + 3) * 100 / 84) if s else 0 for w, s in zip(longest, short, strict=True)]
    rest = max(100 - sum(widths), 20) // (n - sum(short))
    widths = [w or rest for w in widths]
    head = _ROW.search(table)
    col = iter(widths)
    first = _CELL.sub(lambda c: f'<t{c.group(1)}{c.group(2)} width="{next(col, rest)}%">{c.group(3)}</t{c.group(1)}>',
                      head.group(0))
    return table[:head.start()] + first + table[head.end():]


def _embed_images(doc: QTextDocument, html: str) -> str:
    count = 0

    def replace(match: re.Match) -> str:
        nonlocal count
        image = QImage.fromData(QByteArray(base64.b64decode(match.group(2))))
        if image.isNull():
            return 'src=""'
        count += 1
        name = f"kbdesk-image-{count}"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        # Keep wide screenshots inside the text column (A4 minus margins ≈ 600 px at 96 dpi).
        width = min(image.width(), 600)
        return f'src="{name}" width="{width}"'

    return _DATA_IMG.sub(replace, html)


def write_report(report: FaultReport, fmt: str, path: Path, title: str = "") -> list[Path]:
    """Write one format; Markdown takes its screenshots along in images/ beside it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "pdf":
        return [write_fault_report_pdf(report.html, path, title)]
    if fmt == "html":
        path.write_text(report.html, "utf-8")
        return [path]
    path.write_text(report.markdown, "utf-8")
    written = [path]
    for rel, blob in report.images.items():
        target = path.parent / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(blob)
        written.append(target)
    return written


class FaultReportDialog(QDialog):
    """Language, format and file; the export runs in a worker."""

    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Export fault report"))
        self.setMinimumWidth(560)
        self.lang = QComboBox()
        self.lang.addItem("简体中文", "zh_CN")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if QLocale().name().startswith("zh") else 1)  # the UI's language
        self.format_group = QButtonGroup(self)
        formats = QHBoxLayout()
        for code, text in (("pdf", "PDF"), ("html", "HTML"), ("md", "Markdown")):
            radio = QRadioButton(text)
            radio.setProperty("format", code)
            self.format_group.addButton(radio)
            formats.addWidget(radio)
            radio.setChecked(code == "pdf")
        formats.addStretch(1)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("report_path")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.lang)
        form.addRow(self.tr("Format:"), formats)
        form.addRow(self.tr("File:"), file_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.format_group.buttonToggled.connect(self._on_format_changed)
        self.path_edit.textChanged.connect(self._on_path_changed)
        self._suggest_path()

    def fmt(self) -> str:
        return self.format_group.checkedButton().property("format")

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
