"""Print HTML to an A4 PDF with Qt's own writer (QTextDocument → QPdfWriter).

Shared by the fault-report dialog, ``kbdesk fault-report --format pdf`` and the
handover package. The text is set in a CJK font (kbdesk.ui.fonts: a system
font, else the bundled one, which the PDF then embeds). Works without a
running app: a QGuiApplication on the offscreen platform is created when
there is none, so the CLI can print without a display.
"""

from __future__ import annotations

import base64
import html as html_lib
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..domain.text import display_width
from .fonts import cjk_font

_app: QGuiApplication | None = None

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


def ensure_gui_app() -> None:
    """Qt's fonts and painting need a QGuiApplication; a CLI run has none."""
    global _app
    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["kbdesk"])


def html_to_pdf(html: str, path: Path, title: str = "") -> Path:
    """Print self-contained report HTML to an A4 PDF at ``path``.

    Screenshots embedded as data: URIs are handed to the document as
    resources, so they print without touching disk or network.
    """
    ensure_gui_app()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = _document()
    doc.setHtml(_qt_html(doc, html))
    writer = _pdf_writer(path, title or doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    doc.print_(writer)
    del writer  # the file is finished when the writer goes
    return _check_written(path)


def sections_to_pdf(sections: Sequence[Any], path: Path, title: str, toc_heading: str) -> list[int]:
    """Print sections (objects with ``title`` and an HTML fragment ``html``) as one PDF
    that opens with a table of contents.

    The document is paginated at the printer's page size before printing, so the
    layout measured here is the layout printed: each section starts on a new page
    and the contents page lists the page Qt's layout puts its heading on. Two passes:
    lay out with placeholder numbers, read each heading's page, lay out again with
    the numbers (same width, so nothing moves). Page numbers count the contents
    page(s) as pages 1…. Returns the page of each section.
    """
    ensure_gui_app()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = _pdf_writer(path, title)
    rect = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    dpi = _source_dpi()
    page_size = QSizeF(rect.width() * dpi / 72, rect.height() * dpi / 72)
    pages = ["000"] * len(sections)
    doc = _toc_document(sections, title, toc_heading, pages, page_size)
    numbers = _heading_pages(doc, len(sections), page_size.height())
    doc = _toc_document(sections, title, toc_heading, [str(n) for n in numbers], page_size)
    doc.print_(writer)
    del writer
    _check_written(path)
    return numbers


def _document() -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(cjk_font(10.5))  # a system CJK font, else the bundled one (embedded)
    doc.setDefaultStyleSheet(_QT_CSS)
    return doc


def _pdf_writer(path: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("kbdesk")
    return writer


def _check_written(path: Path) -> Path:
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write {path} (is the folder writable?)")
    return path


def _source_dpi() -> float:
    # QTextDocument lays out in the screen's logical dpi when it has no paint device.
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchY() if screen else 96.0


_FIRST_H1 = re.compile(r"<h1>(.*?)</h1>", re.S)


def _toc_document(
    sections: Sequence[Any], title: str, toc_heading: str, pages: list[str], page_size: QSizeF
) -> QTextDocument:
    doc = _document()
    doc.setPageSize(page_size)  # paginated: print_ uses this very layout
    rows = "".join(
        f'<tr><td>{html_lib.escape(sec.title)}</td><td align="right" width="12%">{pages[i]}</td></tr>'
        for i, sec in enumerate(sections)
    )
    parts = [
        f"<h1>{html_lib.escape(title)}</h1><h2>{html_lib.escape(toc_heading)}</h2>"
        f'<table width="100%" cellspacing="0">{rows}</table>'
    ]
    for i, sec in enumerate(sections):
        body = sec.html if _FIRST_H1.search(sec.html) else f"<h1>{html_lib.escape(sec.title)}</h1>{sec.html}"
        parts.append(
            _FIRST_H1.sub(
                lambda m, i=i: (
                    f'<h1 style="page-break-before: always"><a name="kbdesk-sec-{i}">{m.group(1)}</a></h1>'
                ),
                body,
                count=1,
            )
        )
    doc.setHtml(_qt_html(doc, "\n".join(parts)))
    return doc


def _heading_pages(doc: QTextDocument, count: int, page_height: float) -> list[int]:
    """The 1-based page each section's anchored heading is laid out on."""
    found: dict[int, int] = {}
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid() and len(found) < count:
        it = block.begin()
        while not it.atEnd():
            for name in it.fragment().charFormat().anchorNames():
                if name.startswith("kbdesk-sec-"):
                    top = layout.blockBoundingRect(block).top()
                    found.setdefault(int(name.rsplit("-", 1)[1]), int(top // page_height) + 1)
            it += 1
        block = block.next()
    return [found.get(i, 0) for i in range(count)]


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
    first = _CELL.sub(
        lambda c: f'<t{c.group(1)}{c.group(2)} width="{next(col, rest)}%">{c.group(3)}</t{c.group(1)}>',
        head.group(0),
    )
    return table[: head.start()] + first + table[head.end() :]


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
