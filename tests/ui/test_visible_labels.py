"""Walk the whole window in Chinese: no label may fall back to English.

The main window runs on a real demo archive; every section, tab, new-record
form, child-table editor, dialog and search facet is opened and every label
it shows is read back (see visible_text.py for what counts as a label).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from kbdesk.locate import create_demo
from kbdesk.ui import i18n, labels
from kbdesk.ui.link_picker import LinkPickerDialog
from kbdesk.ui.main_window import MainWindow
from kbdesk.ui.sections.record_section import RecordSection
from kbdesk.ui.sections.tabbed import TabbedSections

from .visible_text import latin_only, untranslated

# The search dialog's record types and queries that bring up each one's state facet.
FACET_QUERIES = ["ERROR", "数据库", "备份", "演练", "培训", "投诉", "type:material", "type:service_record",
                 "type:complaint", "type:drill", "type:runbook", "type:case"]


def test_latin_only_spots_english_and_spares_codes():
    assert latin_only("Position")
    assert latin_only("Started at")
    assert latin_only("status: docx")
    assert not latin_only("序号")
    assert not latin_only("ECS")
    assert not latin_only("ORA-12170")
    assert not latin_only("搜索 type:case")
    assert not latin_only("SLA")
    assert not latin_only("Asia/Shanghai")
    assert latin_only("remote_session 27")
    assert latin_only("<span style='color:#607d8b'>slides 4, pptx 3</span>")
    assert not latin_only("<span style='color:#607d8b'>幻灯片 4, PowerPoint 3</span>")


class Walk:
    """Opens screens and keeps what each one shows in English."""

    def __init__(self, qtbot, window: MainWindow):
        self.qtbot = qtbot
        self.window = window
        self.found: dict[tuple[str, str], str] = {}  # (where, text) -> screen
        # Data, not labels: the archive's path, the user's name (the actor placeholder).
        self.strip = (str(window.ctx.archive.root), window.ctx.services.actor)

    def settle(self) -> None:
        self.window.ctx.tasks.wait()
        self.qtbot.wait(10)
        self.window.ctx.tasks.wait()

    def check(self, screen: str, widget: QWidget) -> None:
        self.settle()
        for where, text in untranslated(widget, self.strip):
            self.found.setdefault((where, text), screen)

    def dialogs(self) -> list[QDialog]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]

    def check_dialog(self, screen: str, dialog: QDialog) -> None:
        self.check(screen, dialog)
        dialog.reject()
        self.settle()

    def report(self) -> list[str]:
        return sorted(f"{screen}: {where}: {text!r}" for (where, text), screen in self.found.items())


@pytest.fixture
def chinese_window(qtbot, tmp_path, make_ctx):
    assert i18n.ensure_built() == []
    app = QApplication.instance()
    i18n.install(app, "zh_CN")
    labels.clear_cache()
    ctx = make_ctx(create_demo(tmp_path / "demo"), language="zh_CN", start=True)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: ctx.index_ready, timeout=30000)
    yield window
    window.close()
    i18n.install(app, "en")
    labels.clear_cache()


def walk_record_section(walk: Walk, name: str, section: RecordSection) -> None:
    walk.check(f"{name} (new)", section)
    if section.model.total():
        section.select_record(section.model.record_at(0)["id"])
        walk.settle()
    for i in range(section.tabs.count()):
        section.tabs.setCurrentIndex(i)
        walk.check(f"{name} tab {i}", section)
    for table in section.child_tables:
        if table.parent_id is not None:
            walk.check_dialog(f"{name} add {table.child_type}", table.edit(None, {}))
    links = section.links_tab or getattr(section, "links", None)
    if links is not None and links.record_id is not None:
        links._on_add()
        # Only the picker: a background job's progress dialog may be showing too.
        pickers = [d for d in walk.dialogs() if isinstance(d, LinkPickerDialog)]
        assert pickers, f"{name}: the link picker did not open"
        for dialog in pickers:
            dialog.query.setText("数据库")
            dialog.run_search()
            walk.check_dialog(f"{name} link picker", dialog)
    section.start_new()
    walk.check(f"{name} new form", section)


def walk_case_workflow(walk: Walk, cases) -> None:
    panel = cases.workflow
    cases.tabs.setCurrentWidget(panel)
    walk.qtbot.waitUntil(lambda: panel.state is not None, timeout=10000)
    for opener in (panel.open_escalate_dialog, panel.open_notice_dialog, panel.open_not_a_fault_dialog,
                   panel.open_action_dialog):
        walk.check_dialog(f"case workflow {opener.__name__}", opener())


def walk_search(walk: Walk) -> None:
    walk.window.open_search()
    dialog = walk.window._search_dialog
    for query in FACET_QUERIES:
        dialog.last = None
        dialog.query.setText(query)
        dialog.run_search()
        walk.qtbot.waitUntil(lambda: dialog.last is not None, timeout=10000)
        walk.check(f"search {query!r}", dialog)
    dialog.hide()


def test_no_label_falls_back_to_english_in_chinese(qtbot, chinese_window, monkeypatch):
    window = chinese_window
    walk = Walk(qtbot, window)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "about", lambda _p, title, text: shown.append((title, text)))

    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        key = window.nav.item(row).data(0x0100)
        widget = window.section(key)
        walk.check(f"section {key}", window)
        if isinstance(widget, TabbedSections):
            for rtype, section in widget.sections.items():
                widget.tabs.setCurrentWidget(section)
                walk_record_section(walk, rtype, section)
        elif isinstance(widget, RecordSection):
            walk_record_section(walk, key, widget)
            if key == "cases":
                widget.select_record(widget.model.record_at(0)["id"])
                walk_case_workflow(walk, widget)
            if key == "kb" and widget.model.total():
                from kbdesk.ui.versions_dialog import VersionsDialog

                article = widget.model.record_at(0)
                dialog = VersionsDialog(window.ctx, article["id"], article["title"], window)
                dialog.show()
                walk.check_dialog("article versions", dialog)
    match = window.show_section("match")
    match.fill_example() if hasattr(match, "fill_example") else match.example_button.click()
    match.run_match()
    qtbot.waitUntil(lambda: match.results.result is not None, timeout=10000)
    walk.check("match panel", match)

    walk_search(walk)

    from kbdesk.ui.settings_dialog import SettingsDialog

    settings = SettingsDialog(window.ctx, window)
    settings.show()
    for i in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(i)
        walk.check(f"settings tab {i}", settings)
    settings.reject()

    from kbdesk.ui.job_dialog import JobDialog

    job = JobDialog("检查档案", window.ctx.archive.root, ["check"], window)
    job.show()
    walk.check_dialog("job dialog", job)

    window.show_search_help()
    window.show_about()
    for title, text in shown:
        for line in [title, *text.splitlines()]:
            if latin_only(line.replace(str(window.ctx.archive.root), "")):
                walk.found.setdefault(("message box", line), title)

    problems = walk.report()
    assert not problems, "untranslated labels in zh_CN:\n" + "\n".join(problems)
