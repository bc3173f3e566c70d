"""Switching language rebuilds the window in that language, no restart."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kbdesk.locate import Located
from kbdesk.settings import AppSettings
from kbdesk.storage.archive import Archive
from kbdesk.ui import i18n
from kbdesk.ui.app import DesktopApp


@pytest.fixture
def desktop(qtbot, tmp_path):
    assert i18n.ensure_built() == []
    app = QApplication.instance()
    i18n.install(app, "en")
    Archive.create(tmp_path / "arch").close()
    desk = DesktopApp(app, AppSettings(language="en"), "tester")
    desk.start(Located(tmp_path / "arch", "option"))
    yield desk
    desk.window.close()
    desk.ctx.close()
    i18n.install(app, "en")


def nav_texts(window):
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_switch_to_chinese_and_back(desktop):
    assert nav_texts(desktop.window)[0] == "Match a fault"
    desktop.window.sig_language.emit("zh_CN")
    window = desktop.window
    assert nav_texts(window)[:2] == ["故障匹配", "工单"]
    assert window.menuBar().actions()[0].text().startswith("文件")
    cases = window.show_section("cases")
    assert cases.model.headerData(1, Qt.Orientation.Horizontal) == "严重性"
    desktop.window.sig_language.emit("en")
    assert nav_texts(desktop.window)[0] == "Match a fault"
    assert AppSettings.load(desktop.settings_path).language == "en"


def test_settings_dialog_changes_language_and_theme(qtbot, desktop):
    from kbdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(desktop.ctx, desktop.window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog._on_accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    desktop.window.sig_settings_changed.emit()
    assert nav_texts(desktop.window)[0] == "故障匹配"
    saved = AppSettings.load(desktop.settings_path)
    assert (saved.language, saved.theme) == ("zh_CN", "dark")


def test_user_defined_case_category(qtbot, desktop):
    from kbdesk.ui.categories_widget import CategoriesWidget

    cases = desktop.window.show_section("cases")  # built before the category exists
    assert cases.form.editors["category"].findData("network") < 0
    widget = CategoriesWidget(desktop.ctx)
    qtbot.addWidget(widget)
    assert widget.table.rowCount() == 4  # the service plan's own
    widget.code.setText("network")
    widget.name_zh.setText("网络问题")
    widget.name_en.setText("Network")
    widget.add_category()
    assert widget.table.rowCount() == 5
    widget.code.setText("network")
    widget.name_zh.setText("重复")
    widget.name_en.setText("Again")
    widget.add_category()
    assert "already" in widget.message.text()
    qtbot.waitUntil(lambda: cases.form.editors["category"].findData("network") >= 0, timeout=3000)
    # The open case editor's picker learns the new category from the change broadcast.
    assert cases.form.editors["category"].findData("network") >= 0
