"""Screens show times in the plan's zone whatever the machine's zone, and the notice that
next year's holidays are unknown (Attention, Settings) until they are imported (frozen clock)."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from kbdesk.rules.holidays import builtin_years
from kbdesk.rules.plan import ServicePlan
from kbdesk.services.plan_store import read_plan, write_plan
from kbdesk.settings import AppSettings
from kbdesk.storage.archive import Archive
from kbdesk.ui.case_tabs import TimelineTab
from kbdesk.ui.case_workflow_panel import CaseWorkflowPanel
from kbdesk.ui.context import AppContext
from kbdesk.ui.plan_settings import PlanSettingsWidget
from kbdesk.ui.sections.attention import AttentionModel, AttentionView
from kbdesk.ui.sections.catalog import CONFIGS
from kbdesk.ui.sections.record_section import RecordSection

LAST = builtin_years()[1]
NEXT = LAST + 1
NOW = datetime(LAST, 12, 2, 6, 30, tzinfo=UTC)  # 14:30 Beijing, a Wednesday in 2026
REPORTED = NOW - timedelta(minutes=5)  # 14:25 Beijing: first response due 14:35
COL = {name: i for i, name in enumerate(AttentionModel.COLUMNS)}


@pytest.fixture(params=["UTC", "America/New_York"])
def machine_zone(request):
    """Run the test as on a machine set to this zone."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture
def ctx(tmp_path, qtbot):
    c = AppContext(Archive.create(tmp_path / "a"), AppSettings(), tmp_path / "s.json", "tester")
    yield c
    c.tasks.wait()
    c.close()


@pytest.fixture
def case(ctx):
    bank = ctx.services.create("customer", {"name": "华东某银行"})
    case = ctx.services.create("case", {
        "customer_id": bank["id"], "title": "RDS 连接数打满 ERROR 1040", "category": "operation_error",
        "severity": "high", "reported_at": REPORTED})
    ctx.services.add_timeline(case["id"], "note", "已联系客户 DBA")
    return case


def _attention(ctx, qtbot):
    view = AttentionView(ctx, now=lambda: NOW)
    qtbot.addWidget(view)
    view.state_combo.setCurrentIndex(4)  # everything open
    qtbot.waitUntil(lambda: bool(view.model.items), timeout=5000)
    return view


def test_attention_due_times_in_plan_zone(machine_zone, ctx, case, qtbot):
    view = _attention(ctx, qtbot)
    row = next(r for r in range(view.proxy.rowCount()) if view.deadline_at(r).kind == "response")
    assert view.proxy.index(row, COL["due_at"]).data() == f"{LAST}-12-02 14:35"
    header = view.model.headerData(COL["due_at"], Qt.Orientation.Horizontal)
    assert header == "Due at (Beijing time UTC+8)"
    assert "times in Beijing time UTC+8" in view.summary.text()


def test_workflow_tab_and_timeline_in_plan_zone(machine_zone, ctx, case, qtbot):
    panel = CaseWorkflowPanel(ctx, now=lambda: NOW)
    qtbot.addWidget(panel)
    panel.set_case(case["id"])
    qtbot.waitUntil(lambda: panel.state is not None, timeout=5000)
    kinds = [panel.deadlines.item(r, 0).text() for r in range(panel.deadlines.rowCount())]
    row = kinds.index("First response")
    assert panel.deadlines.item(row, 1).text() == f"{LAST}-12-02 14:35"
    assert panel.deadlines.horizontalHeaderItem(1).text() == "Due at (Beijing time UTC+8)"
    tab = TimelineTab(ctx)
    qtbot.addWidget(tab)
    tab.set_case(case["id"])  # loads in a worker
    qtbot.waitUntil(lambda: "(Beijing time UTC+8)" in tab.view.toPlainText(), timeout=5000)


def test_record_tables_follow_the_plan_zone_setting(machine_zone, ctx, case, qtbot):
    section = RecordSection(ctx, CONFIGS["case"])
    qtbot.addWidget(section)
    col = section.model.columns.index("reported_at")
    assert section.model.index(0, col).data() == f"{LAST}-12-02 14:25"
    write_plan(ServicePlan(timezone="Asia/Tokyo"), ctx.archive.settings_path)
    form = PlanSettingsWidget(ctx, now=lambda: NOW)
    qtbot.addWidget(form)
    assert form.save()  # broadcasts the change: the zone is re-read
    assert section.model.index(0, col).data() == f"{LAST}-12-02 15:25"


def test_attention_notice_until_next_year_is_imported(ctx, case, qtbot, tmp_path):
    view = _attention(ctx, qtbot)
    view.show()
    assert view.calendar_notice.isVisible()
    assert str(NEXT) in view.calendar_notice.text.text()
    form = PlanSettingsWidget(ctx, now=lambda: NOW)
    qtbot.addWidget(form)
    form.show()
    assert form.notice.isVisible() and str(NEXT) in form.notice.text.text()
    assert f"Built in: 2004–{LAST}." in form.official_box.status.text()
    (tmp_path / "h.txt").write_text(f"{NEXT}-01-01 holiday 元旦\n{NEXT}-02-14 班\n", "utf-8")
    with qtbot.waitSignal(form.official_box.sig_imported, timeout=5000):
        form.official_box.import_file(str(tmp_path / "h.txt"))
    assert "holidays: 1, make-up working days: 1" in form.official_box.result.text()
    assert not form.notice.isVisible()
    assert f"Imported: {NEXT}" in form.official_box.status.text()
    qtbot.waitUntil(lambda: not view.calendar_notice.isVisible(), timeout=5000)
    # Saving the form afterwards keeps the imported days (it used to hold the old plan).
    assert form.save()
    assert read_plan(ctx.archive.settings_path).imported_holidays == [f"{NEXT}-01-01"]


def test_a_bad_holiday_file_changes_nothing(ctx, qtbot, tmp_path):
    form = PlanSettingsWidget(ctx, now=lambda: NOW)
    qtbot.addWidget(form)
    (tmp_path / "h.txt").write_text(f"{NEXT}-01-01\n", "utf-8")
    form.official_box.import_file(str(tmp_path / "h.txt"))
    qtbot.waitUntil(lambda: form.official_box.result.isVisibleTo(form), timeout=5000)
    assert "Nothing was imported" in form.official_box.result.text()
    assert "line 1" in form.official_box.result.text()
    assert read_plan(ctx.archive.settings_path).imported_holidays == []


def test_estimated_deadlines_are_marked(ctx, qtbot):
    bank = ctx.services.create("customer", {"name": "华东某银行"})
    ctx.services.create("case", {
        "customer_id": bank["id"], "title": "跨年工单", "category": "operation_error", "severity": "low",
        "reported_at": datetime(NEXT, 1, 4, 2, 0, tzinfo=UTC)})
    view = AttentionView(ctx, now=lambda: datetime(NEXT, 1, 4, 2, 1, tzinfo=UTC))
    qtbot.addWidget(view)
    view.state_combo.setCurrentIndex(4)
    qtbot.waitUntil(lambda: bool(view.model.items), timeout=5000)
    row = next(r for r in range(view.proxy.rowCount()) if view.deadline_at(r).kind == "response")
    assert view.proxy.index(row, COL["due_at"]).data().endswith("(estimated)")


def test_record_form_edits_times_in_plan_zone(machine_zone, ctx, case, qtbot):
    from PySide6.QtCore import QDateTime

    section = RecordSection(ctx, CONFIGS["case"])
    qtbot.addWidget(section)
    section.form.set_record(ctx.services.get("case", case["id"]))
    editor = section.form.editors["reported_at"]
    assert editor.dateTime().toString("yyyy-MM-dd HH:mm") == f"{LAST}-12-02 14:25"
    assert "reported_at" not in section.form.values()  # shown as it is: not an edit
    editor.setDateTime(QDateTime.fromString(f"{LAST}-12-02 15:00", "yyyy-MM-dd HH:mm"))
    assert section.form.values()["reported_at"] == datetime(LAST, 12, 2, 7, 0, tzinfo=UTC)
