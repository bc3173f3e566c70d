"""The CJK font kbdesk ships (resources/fonts), registered with Qt.

Registering it makes Chinese readable in the UI and in fault-report PDFs on
a machine without any CJK font. A complete system CJK font is still preferred
when there is one: the bundled font is a subset (GB 2312 and kbdesk's own
text), so it comes last, as the fallback.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from ..paths import resource_root

log = logging.getLogger(__name__)

BUNDLED_FONT_FILES = ("NotoSansSC-kbdesk-Regular.otf",)
SYSTEM_CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
                       "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "SimSun")
_registered: list[str] | None = None


def fonts_dir() -> Path:
    return resource_root() / "resources" / "fonts"


def register_bundled_fonts() -> list[str]:
    """Add the bundled fonts to Qt's font database once; returns their family names."""
    global _registered
    if _registered is None:
        families: list[str] = []
        for name in BUNDLED_FONT_FILES:
            path = fonts_dir() / name
            font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
            if font_id == -1:
                log.warning("The bundled font %s could not be loaded: Chinese may not show", path)
                continue
            families += QFontDatabase.applicationFontFamilies(font_id)
        _registered = families
    return list(_registered)


def cjk_families() -> list[str]:
    """Installed complete CJK fonts first, then the bundled subset."""
    bundled = register_bundled_fonts()
    installed = set(QFontDatabase.families())
    return [f for f in SYSTEM_CJK_FAMILIES if f in installed and f not in bundled] + bundled


def cjk_font(point_size: float | None = None) -> QFont:
    """A font that shows Simplified Chinese, falling back family by family."""
    families = cjk_families()
    font = QFont()
    if families:
        font.setFamilies(families)
    if point_size:
        font.setPointSizeF(point_size)
    return font


def install_ui_fallback(app: QGuiApplication) -> None:
    """Keep the platform's UI font and add the CJK families behind it for Chinese glyphs."""
    font = app.font()
    font.setFamilies([*font.families(), *[f for f in cjk_families() if f not in font.families()]])
    app.setFont(font)
