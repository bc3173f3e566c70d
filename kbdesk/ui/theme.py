"""Follow the system's light or dark scheme, with one small style sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ..paths import resource_root


def is_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


SCHEMES = {"system": Qt.ColorScheme.Unknown, "light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def apply(app: QApplication, mode: str = "system") -> None:
    app.setStyle("Fusion")  # the same look on every OS, dark palette included
    app.styleHints().setColorScheme(SCHEMES.get(mode, Qt.ColorScheme.Unknown))
    apply_sheet(app)
    if not getattr(app, "_kbdesk_theme_hooked", False):
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_sheet(app))
        app._kbdesk_theme_hooked = True


def apply_sheet(app: QApplication) -> None:
    sheet = resource_root() / "resources" / "styles" / ("dark.qss" if is_dark(app) else "light.qss")
    app.setStyleSheet(sheet.read_text("utf-8") if sheet.is_file() else "")
