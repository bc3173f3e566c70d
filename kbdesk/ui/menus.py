"""The main window's menus, kept apart so the window stays thin."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

if TYPE_CHECKING:
    from .main_window import MainWindow


def open_skipped_files(win: MainWindow) -> None:
    """Attached files that gave no text (kbdesk/ui/skipped_files.py)."""
    from .skipped_files import SkippedFilesDialog

    dialog = SkippedFilesDialog(win.ctx, win)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.sig_open_record.connect(win.open_record)
    dialog.show()


def build_menus(win: MainWindow) -> None:
    bar = win.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(
        win.action(QCoreApplication.translate("MainWindow", "New archive…"), win.sig_new_archive.emit)
    )
    file_menu.addAction(
        win.action(
            QCoreApplication.translate("MainWindow", "Open archive…"),
            lambda: win.sig_open_archive.emit(""),
            QKeySequence.StandardKey.Open,
        )
    )
    file_menu.addAction(
        win.action(QCoreApplication.translate("MainWindow", "Connect to team archive…"), win.sig_connect_team.emit)
    )
    recent = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Recent archives"))
    for path in win.ctx.settings.recent_archives:
        recent.addAction(win.action(path, lambda _=False, p=path: win.sig_open_archive.emit(p)))
    recent.setEnabled(bool(win.ctx.settings.recent_archives))
    file_menu.addSeparator()
    importer = win.action(QCoreApplication.translate("MainWindow", "Import…"), lambda: win.run_job("import"))
    importer.setEnabled(not win.ctx.read_only)  # a read-only window changes nothing
    file_menu.addAction(importer)
    file_menu.addAction(
        win.action(
            QCoreApplication.translate("MainWindow", "Import spreadsheet…"),
            lambda: win.run_job("import_spreadsheet"),
        )
    )
    file_menu.addAction(
        win.action(QCoreApplication.translate("MainWindow", "Import runbook…"), lambda: _import_runbook(win))
    )
    file_menu.addAction(
        win.action(QCoreApplication.translate("MainWindow", "Import course folder…"),
                   lambda: win.run_job("import_course"))
    )
    file_menu.addAction(
        win.action(QCoreApplication.translate("MainWindow", "Export…"), lambda: win.run_job("export"))
    )
    from .handover_dialog import start_handover

    file_menu.addAction(
        win.action(QCoreApplication.translate("MainWindow", "Handover package…"), lambda: start_handover(win))
    )
    file_menu.addSeparator()
    from . import backup_jobs

    file_menu.addAction(
        win.action(QCoreApplication.translate("MainWindow", "Back up now…"), lambda: backup_jobs.back_up_now(win))
    )
    file_menu.addAction(
        win.action(QCoreApplication.translate("MainWindow", "Restore…"), lambda: backup_jobs.restore(win))
    )
    file_menu.addSeparator()
    file_menu.addAction(
        win.action(
            QCoreApplication.translate("MainWindow", "Settings…"),
            win.open_settings,
            QKeySequence.StandardKey.Preferences,
        )
    )
    file_menu.addSeparator()
    file_menu.addAction(
        win.action(QCoreApplication.translate("MainWindow", "Quit"), win.close, QKeySequence.StandardKey.Quit)
    )

    tools = bar.addMenu(QCoreApplication.translate("MainWindow", "&Tools"))
    tools.addAction(
        win.action(QCoreApplication.translate("MainWindow", "Search…"), win.open_search, "Ctrl+K")
    )
    tools.addAction(
        win.action(
            QCoreApplication.translate("MainWindow", "Match a fault"),
            lambda: win.show_section("match"),
            "Ctrl+M",
        )
    )
    tools.addAction(
        win.action(QCoreApplication.translate("MainWindow", "Export fault report…"), win.export_fault_report)
    )
    tools.addSeparator()
    tools.addAction(
        win.action(
            QCoreApplication.translate("MainWindow", "Rebuild search index"), lambda: win.run_job("reindex")
        )
    )
    tools.addAction(
        win.action(QCoreApplication.translate("MainWindow", "Check archive"), lambda: win.run_job("check"))
    )
    tools.addAction(
        win.action(QCoreApplication.translate("MainWindow", "Skipped files…"), lambda: open_skipped_files(win))
    )

    view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    lang = view.addMenu(QCoreApplication.translate("MainWindow", "Language"))
    lang.addAction(win.action("简体中文", lambda: win.sig_language.emit("zh_CN")))
    lang.addAction(win.action("English", lambda: win.sig_language.emit("en")))

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(
        win.action(QCoreApplication.translate("MainWindow", "Search syntax"), win.show_search_help)
    )
    help_menu.addAction(win.action(QCoreApplication.translate("MainWindow", "About kbdesk"), win.show_about))


def _import_runbook(win: MainWindow) -> None:
    from .runbook_import_dialog import open_runbook_import

    win.runbook_import = open_runbook_import(win)
