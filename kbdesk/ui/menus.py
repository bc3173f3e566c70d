"""The main window's menus, kept apart so the window stays thin."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

if TYPE_CHECKING:
    from .main_window import MainWindow


def build_menus(win: MainWindow) -> None:
    bar = win.menuBar()
    file_menu = bar.addMenu(win.tr("&File"))
    file_menu.addAction(win.action(win.tr("New archive…"), win.sig_new_archive.emit))
    file_menu.addAction(win.action(win.tr("Open archive…"), lambda: win.sig_open_archive.emit(""),
                                   QKeySequence.StandardKey.Open))
    recent = file_menu.addMenu(win.tr("Recent archives"))
    for path in win.ctx.settings.recent_archives:
        recent.addAction(win.action(path, lambda _=False, p=path: win.sig_open_archive.emit(p)))
    recent.setEnabled(bool(win.ctx.settings.recent_archives))
    file_menu.addSeparator()
    file_menu.addAction(win.action(win.tr("Import…"), lambda: win.run_job("import")))
    file_menu.addAction(win.action(win.tr("Export…"), lambda: win.run_job("export")))
    file_menu.addSeparator()
    file_menu.addAction(win.action(win.tr("Settings…"), win.open_settings, QKeySequence.StandardKey.Preferences))
    file_menu.addSeparator()
    file_menu.addAction(win.action(win.tr("Quit"), win.close, QKeySequence.StandardKey.Quit))

    tools = bar.addMenu(win.tr("&Tools"))
    tools.addAction(win.action(win.tr("Search…"), win.open_search, "Ctrl+K"))
    tools.addAction(win.action(win.tr("Match a fault"), lambda: win.show_section("match"), "Ctrl+M"))
    tools.addAction(win.action(win.tr("Export fault report…"), win.export_fault_report))
    tools.addSeparator()
    tools.addAction(win.action(win.tr("Rebuild search index"), lambda: win.run_job("reindex")))
    tools.addAction(win.action(win.tr("Check archive"), lambda: win.run_job("check")))

    view = bar.addMenu(win.tr("&View"))
    lang = view.addMenu(win.tr("Language"))
    lang.addAction(win.action("简体中文", lambda: win.sig_language.emit("zh_CN")))
    lang.addAction(win.action("English", lambda: win.sig_language.emit("en")))

    help_menu = bar.addMenu(win.tr("&Help"))
    help_menu.addAction(win.action(win.tr("Search syntax"), win.show_search_help))
    help_menu.addAction(win.action(win.tr("About kbdesk"), win.show_about))
