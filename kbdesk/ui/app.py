"""The composition root: builds the archive, services and windows, and
rebuilds them when the user opens another archive or switches language."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from ..errors import KbdeskError
from ..paths import config_dir, resource_root
from ..services.archives import Archive, InstanceLock
from ..services.startup import Located, choose_archive, open_or_create
from ..services.team_access import is_team_url
from ..settings import AppSettings, default_actor
from . import fonts, i18n, labels, theme
from .context import AppContext
from .instance import InstanceServer, claim_archive
from .main_window import MainWindow

log = logging.getLogger(__name__)


class DesktopApp:
    def __init__(self, app: QApplication, settings: AppSettings, actor: str, read_only: bool = False):
        self.app = app
        self.settings = settings
        self.settings_path = config_dir() / "settings.json"
        self.actor = actor
        self.read_only_requested = read_only
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.lock: InstanceLock | None = None
        self.server: InstanceServer | None = None
        from .backup_jobs import AutoBackup

        self.auto_backup = AutoBackup()

    def start(self, located: Located) -> bool:
        """Open the archive and show the window; False when the user chose not
        to (switched to the window that already has it, or cancelled)."""
        archive = open_or_create(located)
        if not self._show(archive):
            return False
        if located.created_demo:
            self.window.show_status(QCoreApplication.translate("MainWindow",
                "Welcome! This is a demo archive: paste a fault under “Match a fault”, "
                "or press Ctrl+K to search."))
        return True

    def _show(self, archive: Archive) -> bool:
        claim = claim_archive(archive.root, self.window, self.read_only_requested)
        if not claim.proceed:
            archive.close()
            return False
        self._release_instance()
        self.lock = claim.lock
        if self.lock is not None:
            self.server = InstanceServer(archive.root)
            self.server.sig_raise_requested.connect(self._on_raise_requested)
        else:
            log.info("%s opened read-only", archive.root)
        self.settings.remember_archive(archive.url or archive.root)  # a team archive by its URL, no password
        self.settings.save(self.settings_path)
        self.ctx = AppContext(archive, self.settings, self.settings_path, self.actor,
                              read_only=claim.read_only)
        self.ctx.start()
        self._new_window()
        return True

    def _release_instance(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def close(self) -> None:
        if self.ctx is not None:
            self.ctx.close()
        self._release_instance()

    def _on_raise_requested(self) -> None:
        if self.window is not None:
            if self.window.isMinimized():
                self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def _new_window(self) -> None:
        old = self.window
        self.window = MainWindow(self.ctx)
        self.window.sig_open_archive.connect(self._on_open_archive)
        self.window.sig_new_archive.connect(self._on_new_archive)
        self.window.sig_connect_team.connect(self._on_connect_team)
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
        if is_team_url(path):  # a team archive from the recent list
            self._on_connect_team(path, connect_now=True)
            return
        if not path:
            path = QFileDialog.getExistingDirectory(self.window, QCoreApplication.translate("MainWindow", "Open archive"))
            if not path:
                return
        self._switch(lambda: Archive.open(Path(path)))

    def _on_connect_team(self, url: str = "", connect_now: bool = False) -> None:
        from .team_connect import TeamConnectDialog

        dialog = TeamConnectDialog(self.window, url)
        if connect_now:
            QTimer.singleShot(0, dialog._connect)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.archive is not None:
            archive = dialog.archive
            self._switch(lambda: archive)

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
        if old is not None and old.archive.root == archive.root:
            archive.close()  # already open here; locking it again would refuse ourselves
            self.window.show_status(QCoreApplication.translate("MainWindow", "This archive is already open."))
            return
        if self._show(archive) and old is not None:
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


def run(archive_option: str | None = None, actor: str | None = None, read_only: bool = False) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv)
    # Armed before anything can show a modal dialog, so a smoke test always ends.
    _arm_quit_timer(app)
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
    desktop = DesktopApp(app, settings, actor or settings.actor or default_actor(), read_only)
    try:
        started = desktop.start(choose_archive(archive_option))
    except KbdeskError as exc:
        log.error("%s", exc)
        QMessageBox.critical(None, "kbdesk", str(exc))
        return 1
    if not started or app.property("kbdesk_quitting"):
        desktop.close()
        return 0
    code = app.exec()
    desktop.close()
    return code


def _arm_quit_timer(app: QApplication) -> None:
    """KBDESK_QUIT_AFTER_MS (smoke tests of installed builds): quit cleanly
    after that long, closing any modal dialog that is open by then."""
    quit_after = os.environ.get("KBDESK_QUIT_AFTER_MS", "")
    if not quit_after.isdigit():
        return

    def quit_now() -> None:
        app.setProperty("kbdesk_quitting", True)
        for _ in range(20):  # nested modals close innermost first
            modal = app.activeModalWidget()
            if not isinstance(modal, QDialog):
                break
            log.info("quit timer: closing the dialog %r", modal.windowTitle())
            modal.done(0)
        app.quit()

    QTimer.singleShot(int(quit_after), quit_now)
