"""A read-only view of a Markdown text, rendered safely and offline.

The HTML comes from ``kbdesk.render.render_markdown`` (already sanitised);
this view adds the second guard: it loads no resource but ``data:`` images
and the archive's own attachments, and opens a link only after the user has
said yes.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from ..services.rendering import ATTACHMENT_SCHEME, LINK_SCHEMES, render_markdown

# Chinese first where the system has it, then the Latin fallbacks.
SANS = ('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '
        '"WenQuanYi Micro Hei", "Segoe UI", "Helvetica Neue", Arial, sans-serif')
MONO = ('"Cascadia Mono", Consolas, "DejaVu Sans Mono", "Menlo", '
        '"Noto Sans Mono CJK SC", "Sarasa Mono SC", monospace')

# attachment id -> the file's bytes; raises (any KbdeskError/OSError) when unreadable.
AttachmentLoader = Callable[[str], bytes]


class MarkdownView(QTextBrowser):
    """Shows Markdown; ``confirm`` and ``open_url`` are replaceable (tests drive them)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("markdown_view")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.attachment_loader: AttachmentLoader | None = None
        self.confirm: Callable[[QUrl], bool] = self._ask_to_open
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.refused: list[str] = []  # resources asked for and not loaded (for tests and debugging)
        self._markdown = ""
        self.document().setDocumentMargin(12)

    # --- content -------------------------------------------------------------

    def set_markdown(self, text: str) -> None:
        self._markdown = text or ""
        # Qt would show the newline that ends every code block as an empty last line.
        self.setHtml(render_markdown(self._markdown).replace("\n</code></pre>", "</code></pre>"))

    def markdown(self) -> str:
        return self._markdown

    def setHtml(self, html: str) -> None:
        # The style follows the palette (light or dark) at the time of showing.
        self.document().setDefaultStyleSheet(style_sheet(self.palette()))
        super().setHtml(html)

    # --- resources -------------------------------------------------------------

    def loadResource(self, kind: int, name: QUrl):
        scheme = name.scheme().lower()
        if kind != QTextDocument.ResourceType.ImageResource.value or scheme not in ("data", ATTACHMENT_SCHEME):
            self.refused.append(name.toString())
            return None
        data = _data_url_bytes(name.toString()) if scheme == "data" else self._attachment_bytes(name.path())
        if not data:
            return None
        image = QImage.fromData(data)
        if image.isNull():
            return None
        # Wide screenshots fit the view; a hidden view has no width yet, so use a usual one.
        width = max(self.viewport().width() - 40, 200) if self.isVisible() else 640
        if image.width() > width:
            image = image.scaledToWidth(width)
        return image

    def _attachment_bytes(self, attachment_id: str) -> bytes | None:
        if self.attachment_loader is None or not attachment_id:
            return None
        try:
            return self.attachment_loader(attachment_id)
        except Exception:  # a missing attachment shows as a missing image, never a crash
            return None

    # --- links -------------------------------------------------------------------

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme().lower() not in LINK_SCHEMES:
            return
        if self.confirm(url):
            self.open_url(url)

    def _ask_to_open(self, url: QUrl) -> bool:
        shown = url.toDisplayString()
        if url.scheme().lower() == "mailto":
            question = self.tr("Write to %1 in your e-mail program?").replace("%1", url.path())
        else:
            question = self.tr("Open %1 in your web browser?").replace("%1", shown)
        answer = QMessageBox.question(self, self.tr("Open link"), question)
        return answer == QMessageBox.StandardButton.Yes


def _data_url_bytes(url: str) -> bytes | None:
    head, sep, payload = url.partition(",")
    if not sep or not head.lower().startswith("data:image/"):
        return None
    try:
        if head.lower().endswith(";base64"):
            return base64.b64decode(unquote_to_bytes(payload), validate=False)
        return unquote_to_bytes(payload)
    except (binascii.Error, ValueError):
        return None


def style_sheet(palette: QPalette) -> str:
    """CSS for rendered Markdown, in the colours of the given palette."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    link = palette.color(QPalette.ColorRole.Link)
    code_bg = _mix(base, text, 0.06).name()
    rule = _mix(base, text, 0.22).name()
    muted = _mix(text, base, 0.35).name()
    return f"""
body {{ font-family: {SANS}; line-height: 150%; }}
h1 {{ font-size: 20px; margin-top: 4px; margin-bottom: 10px; }}
h2 {{ font-size: 17px; margin-top: 16px; margin-bottom: 8px; }}
h3 {{ font-size: 15px; margin-top: 14px; margin-bottom: 6px; }}
h4, h5, h6 {{ font-size: 14px; margin-top: 12px; margin-bottom: 4px; }}
p {{ margin-top: 0px; margin-bottom: 10px; }}
a {{ color: {link.name()}; }}
pre {{ font-family: {MONO}; font-size: 12px; background-color: {code_bg};
       margin-top: 4px; margin-bottom: 10px; padding: 8px; white-space: pre-wrap; }}
code {{ font-family: {MONO}; background-color: {code_bg}; }}
blockquote {{ color: {muted}; margin-left: 12px; margin-right: 0px; }}
table {{ border-collapse: collapse; margin-bottom: 10px; }}
th {{ background-color: {code_bg}; font-weight: 600; border: 1px solid {rule}; padding: 4px 8px; }}
td {{ border: 1px solid {rule}; padding: 4px 8px; }}
hr {{ color: {rule}; }}
.blocked-image {{ color: {muted}; }}
"""


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` of the way towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )
