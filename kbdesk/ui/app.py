"""The composition root: builds the archive, services and windows, and
rebuilds them when the user opens another archive or switches language."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ..errors import KbdeskError
from ..locate import Located, choose_archive, open_or_create
from ..paths import config_dir, resource_root
from ..settings import AppSettings, default_actor
from ..storage.archive import Archive
from . import fonts, i18n, labels, theme
from .context import AppContext
from .main_window import MainWindow

log = logging.getLogger(__name__)


class DesktopApp:
    def __init__(self, app: QApplication, settings: AppSettings, actor: str):
        self.app = app
        self.settings = settings
        self.settings_path = config_dir() / "settings.json"
        self.actor = actor
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        from .backup_jobs import AutoBackup

        self.auto_backup = AutoBackup()

    def start(self, located: Located) -> None:
        archive = open_or_create(located)
        self._show(archive)
        if located.created_demo:
            self.window.show_status(QCoreApplication.translate("MainWindow",
                "Welcome! This is a demo archive: paste a fault under “Match a fault”, "
                "or press Ctrl+K to search."))

    def _show(self, archive: Archive) -> None:
        self.settings.remember_archive(archive.root)
        self.settings.save(self.settings_path)
        self.ctx = AppContext(archive, self.settings, self.settings_path, self.actor)
        self.ctx.start()
        self._new_window()

    def _new_window(self) -> None:
        old = self.window
        self.window = MainWindow(self.ctx)
        self.window.sig_open_archive.connect(self._on_open_archive)
        self.window.sig_new_archive.connect(self._on_new_archive)
        self.window.sig_language.connect(self._on_language)
        self.window.sig_settings_changed.connect(self._on_settings_changed)
        self.auto_backup.attach(self.window)  # before the old window closes: no backup for that
        if old is not None:
            self.window.restoreGeometry(old.saveGeometry())
            old.close()
            old.deleteLater()
        self.window.show()

    # --- slots ------------------------------------------------------------

    def _on_open_archive(self, path: str) -> None:
        if not path:
            path = QFileDialog.getExistingDirectory(self.window, QCoreApplication.translate("MainWindow", "Open archive"))
            if not path:
                return
        self._switch(lambda: Archive.open(Path(path)))

    def _on_new_archive(self) -> None:
        path = QFileDialog.getExistingDirectory(self.window, QCoreApplication.translate("MainWindow", "Choose an empty folder"))
        if path:
            self._switch(lambda: Archive.create(Path(path)))

    def _switch(self, opener) -> None:
        try:
            archive = opener()
        except KbdeskError as exc:
            QMessageBox.warning(self.window, QCoreApplication.translate("MainWindow", "Cannot open archive"), str(exc))
            return
        old = self.ctx
        self._show(archive)
        if old is not None:
            old.close()

    def _on_settings_changed(self) -> None:
        theme.apply(self.app, self.settings.theme)
        if i18n.choose_language(self.settings.language) != _current_language():
            self._on_language(self.settings.language)

    def _on_language(self, language: str) -> None:
        self.settings.language = language
        self.settings.save(self.settings_path)
        i18n.install(self.app, language)
        labels.clear_cache()
        self._new_window()


def _current_language() -> str:
    from PySide6.QtCore import QLocale

    return QLocale().name() if QLocale().name().startswith("zh") else "en"


def run(archive_option: str | None = None, actor: str | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("kbdesk")
    app.setOrganizationName("kbdesk")
    app.setDesktopFileName("kbdesk")  # Wayland app_id / X11 class: matches kbdesk.desktop
    icon = resource_root() / "resources" / "icons" / "kbdesk.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    fonts.install_ui_fallback(app)  # Chinese shows even where no CJK font is installed
    settings = AppSettings.load(config_dir() / "settings.json")
    for problem in i18n.ensure_built():
        log.warning(problem)
    i18n.install(app, i18n.choose_language(settings.language))
    theme.apply(app, settings.theme)
    desktop = DesktopApp(app, settings, actor or settings.actor or default_actor())
    try:
        desktop.start(choose_archive(archive_option))
    except KbdeskError as exc:
        QMessageBox.critical(None, "kbdesk", str(exc))
        return 1
    quit_after = os.environ.get("KBDESK_QUIT_AFTER_MS", "")
    if quit_after.isdigit():  # smoke tests of installed builds: quit cleanly after start-up
        QTimer.singleShot(int(quit_after), app.quit)
    code = app.exec()
    if desktop.ctx is not None:
        desktop.ctx.close()
    return code
