"""The attention view: deadlines across the archive, sorting, filtering, opening."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from kbdesk.settings import AppSettings
from kbdesk.storage.archive import Archive
from kbdesk.ui.context import AppContext
from kbdesk.ui.sections.attention import AttentionModel, AttentionView, duration_text

CST = timezone(timedelta(hours=8))
NOW = datetime(2025, 3, 4, 15, 0, tzinfo=CST)  # a Tuesday afternoon
COL = {name: i for i, name in enumerate(AttentionModel.COLUMNS)}


@pytest.fixture
def ctx(tmp_path, qtbot):
    c = AppContext(Archive.create(tmp_path / "a"), AppSettings(), tmp_path / "s.json", "tester")
    yield c
    c.tasks.wait()
    c.close()


@pytest.fixture
def cases(ctx):
    s = ctx.services
    bank = s.create("customer", {"name": "华东某银行"})
    shop = s.create("customer", {"name": "Sunrise Retail"})
    fresh = s.create("case", {
        "customer_id": bank["id"], "title": "RDS 连接数打满 ERROR 1040", "category": "operation_error",
        "severity": "critical", "reported_at": NOW - timedelta(hours=2)})
    calm = s.create("case", {
        "customer_id": shop["id"], "title": "OSS 403 AccessDenied", "category": "configuration_error",
        "severity": "medium", "reported_at": NOW - timedelta(minutes=4)})
    s.create("action", {"case_id": calm["id"], "title": "Rotate the access keys",
                        "due_date": date(2025, 3, 4)})
    return fresh, calm


class Clock:
    def __init__(self):
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def view(ctx, cases, clock, qtbot):
    v = AttentionView(ctx, now=clock)
    qtbot.addWidget(v)
    v.resize(1300, 800)
    v.show()
    qtbot.waitUntil(lambda: bool(v.model.items), timeout=5000)
    return v


def shown(view, column: str) -> list[str]:
    proxy = view.proxy
    return [proxy.index(r, COL[column]).data() for r in range(proxy.rowCount())]


def test_a_fresh_critical_case_shows_a_breached_response(view, cases):
    fresh, _ = cases
    rows = [view.deadline_at(r) for r in range(view.proxy.rowCount())]
    response = [d for d in rows if d.kind == "response" and d.record_id == fresh["id"]]
    assert len(response) == 1
    assert response[0].state == "breached"
    row = rows.index(response[0])
    assert view.proxy.index(row, COL["label"]).data() == fresh["number"]
    assert view.proxy.index(row, COL["customer"]).data() == "华东某银行"
    # Reported 13:00 inside working hours: due 13:10, so 1 h 50 min overdue.
    assert view.proxy.index(row, COL["remaining"]).data() == "1 h 50 min overdue"
    assert view.proxy.index(row, COL["state"]).data() == "Breached"
    assert view.proxy.index(row, COL["state"]).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "breached" in view.summary.text()


def test_remaining_times_tick_and_states_follow(view, cases, clock, qtbot):
    _, calm = cases
    view.state_combo.setCurrentIndex(4)  # everything open

    def calm_response():
        for r in range(view.proxy.rowCount()):
            d = view.deadline_at(r)
            if d.record_id == calm["id"] and d.kind == "response":
                return d, view.proxy.index(r, COL["remaining"]).data()
        return None, None

    d, text = calm_response()
    assert d.state == "ok" and text == "6 min left"  # reported 14:56, due 15:06
    clock.now = NOW + timedelta(minutes=5)
    view._on_timer()  # what the one-minute timer does
    assert calm_response()[1] == "1 min left"
    qtbot.waitUntil(lambda: calm_response()[0].state == "due_soon", timeout=5000)


def test_sorting_by_due_time_and_state(view):
    view.table.sortByColumn(COL["due_at"], Qt.SortOrder.AscendingOrder)
    dues = [view.deadline_at(r).due_at for r in range(view.proxy.rowCount())]
    assert dues == sorted(dues) and len(dues) >= 3
    view.table.sortByColumn(COL["due_at"], Qt.SortOrder.DescendingOrder)
    assert [view.deadline_at(r).due_at for r in range(view.proxy.rowCount())] == sorted(dues, reverse=True)
    view.table.sortByColumn(COL["state"], Qt.SortOrder.AscendingOrder)
    states = [view.deadline_at(r).state for r in range(view.proxy.rowCount())]
    assert states == sorted(states, key=["breached", "due_soon", "ok"].index)


def test_filters_by_kind_state_and_text(view, cases):
    fresh, calm = cases
    pressing = view.proxy.rowCount()  # default: breached or due soon
    view.state_combo.setCurrentIndex(4)  # everything open
    total = view.proxy.rowCount()
    assert total > pressing
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("response"))
    assert set(shown(view, "kind")) == {"First response"}
    assert sorted(shown(view, "label")) == [fresh["number"], calm["number"]]
    view.state_combo.setCurrentIndex(1)  # breached only
    assert shown(view, "label") == [fresh["number"]]
    view.kind_combo.setCurrentIndex(0)
    view.state_combo.setCurrentIndex(4)
    assert view.proxy.rowCount() == total
    view.filter_edit.setText("sunrise")
    assert set(shown(view, "customer")) == {"Sunrise Retail"}
    view.filter_edit.setText("access keys")
    assert shown(view, "kind") == ["Rectification action"]
    view.filter_edit.clear()
    assert view.proxy.rowCount() == total


def test_double_click_and_enter_open_the_record(view, qtbot, cases):
    fresh, _ = cases
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("response"))
    view.state_combo.setCurrentIndex(1)
    index = view.proxy.index(0, COL["title"])
    rect = view.table.visualRect(index)
    # Qt's item views want the press before the double click, as a real mouse sends.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.sig_open_record) as blocker:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["case", fresh["id"]]

    view.kind_combo.setCurrentIndex(view.kind_combo.findData("action"))
    view.state_combo.setCurrentIndex(4)  # everything open
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    with qtbot.waitSignal(view.sig_open_record) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args[0] == "action"


def test_a_write_recomputes_the_list(view, ctx, cases, qtbot):
    fresh, _ = cases
    ctx.services.update("case", fresh["id"], {"responded_at": NOW - timedelta(hours=1)})
    qtbot.waitUntil(lambda: not any(
        d.kind == "response" and d.record_id == fresh["id"] for d in view.model.items), timeout=5000)


def test_duration_words():
    assert duration_text(timedelta(minutes=25)) == "25 min"
    assert duration_text(timedelta(hours=-3, minutes=-10)) == "3 h 10 min"
    assert duration_text(timedelta(days=2, hours=5)) == "2 d 5 h"


# --- the service plan form (its figures drive this view) ---------------------------


def test_saving_the_plan_recomputes_the_deadlines(view, ctx, cases, qtbot):
    import json

    from kbdesk.services.plan_store import read_plan
    from kbdesk.ui.plan_settings import PlanSettingsWidget

    fresh, _ = cases
    path = ctx.archive.settings_path
    path.write_text(json.dumps({"other": 1}), "utf-8")
    form = PlanSettingsWidget(ctx)
    qtbot.addWidget(form)
    assert form.spins["response_minutes_working"].value() == 10
    assert form.timezone.currentText() == "Asia/Shanghai"
    form.spins["response_minutes_working"].setValue(180)
    form.holidays.setPlainText("2025-12-31\n2025-12-30")
    with qtbot.waitSignal(form.sig_saved):
        assert form.save()
    saved = json.loads(path.read_text("utf-8"))
    assert saved["other"] == 1
    plan = read_plan(path)
    assert plan.response_minutes_working == 180
    assert plan.extra_holidays == ["2025-12-30", "2025-12-31"]
    # Reported two hours ago with three hours allowed: no longer breached.
    qtbot.waitUntil(lambda: not any(
        d.kind == "response" and d.record_id == fresh["id"] and d.state == "breached"
        for d in view.model.items), timeout=5000)


def test_the_plan_form_refuses_what_it_cannot_save(ctx, qtbot):
    from PySide6.QtCore import QTime

    from kbdesk.rules.plan import ServicePlan
    from kbdesk.services.plan_store import read_plan
    from kbdesk.ui.plan_settings import PlanSettingsWidget

    form = PlanSettingsWidget(ctx)
    qtbot.addWidget(form)
    form.work_start.setTime(QTime(18, 0))
    form.work_end.setTime(QTime(9, 0))
    form.timezone.setCurrentText("Mars/Olympus")
    form.workdays.setPlainText("next saturday")
    assert not form.save()
    text = form.problems.text()
    assert "end after they start" in text and "Mars/Olympus" in text and "next saturday" in text
    assert not ctx.archive.settings_path.exists() or read_plan(ctx.archive.settings_path) == ServicePlan()
