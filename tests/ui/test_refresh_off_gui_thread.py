"""After a change the views reload in workers, once per event-loop turn."""

import threading
from datetime import date

import pytest
from core.sample import fill
from PySide6.QtCore import Qt

from kbdesk.services import Services
from kbdesk.storage.archive import Archive
from kbdesk.ui.sections.audit import AuditView
from kbdesk.ui.sections.catalog import CONFIGS
from kbdesk.ui.sections.record_section import RecordSection


@pytest.fixture
def ctx(tmp_path, make_ctx):
    archive = Archive.create(tmp_path / "archive")
    ctx = make_ctx(archive)
    ctx.ids = fill(Services(archive, "seed"), tmp_path)
    return ctx


def settle(qtbot, ctx):
    for _ in range(4):
        ctx.tasks.wait()
        qtbot.wait(20)


@pytest.fixture
def drills(qtbot, ctx):
    section = RecordSection(ctx, CONFIGS["drill"])
    qtbot.addWidget(section)
    section.select_record(ctx.ids["drill"])
    settle(qtbot, ctx)
    return section


def new_drill(ctx, findings="复盘发现"):
    return {"runbook_id": ctx.ids["runbook"], "date": date(2026, 5, 1), "findings": findings}


def test_a_burst_of_writes_is_broadcast_once(qtbot, ctx):
    received = []
    ctx.sig_changed.connect(received.append)
    for i in range(3):
        ctx.services.create("drill", new_drill(ctx, f"第 {i} 次"))
    assert received == []  # not inside the write: on the next loop turn
    qtbot.waitUntil(lambda: bool(received), timeout=2000)
    qtbot.wait(50)
    assert len(received) == 1
    assert [c.kind for c in received[0].changes if c.record_type == "drill"] == ["created"] * 3


def test_writes_from_a_worker_arrive_complete(qtbot, ctx):
    received = []
    ctx.sig_changed.connect(received.append)
    for i in range(5):
        ctx.tasks.run(lambda i=i: ctx.services.create("drill", new_drill(ctx, str(i))), write=True)
    settle(qtbot, ctx)
    drills = [c for cs in received for c in cs.changes if c.record_type == "drill"]
    assert len(drills) == 5 and 1 <= len(received) <= 5


def spy_on_gui_thread_queries(services, monkeypatch) -> list:
    """Record every list/count query made on the GUI thread (the real ones run)."""
    on_gui_thread = []
    for name in ("list", "count"):
        real = getattr(services, name)

        def spy(*args, _real=real, _name=name, **kwargs):
            if threading.current_thread() is threading.main_thread():
                on_gui_thread.append((_name, args[0]))
            return _real(*args, **kwargs)

        monkeypatch.setattr(services, name, spy)
    return on_gui_thread


def test_after_a_change_the_list_and_child_tables_query_in_workers(qtbot, ctx, drills, monkeypatch):
    drills.filter_edit.setText("复盘")
    qtbot.waitUntil(lambda: drills.model.text == "复盘", timeout=3000)
    services = ctx.services
    on_gui_thread = spy_on_gui_thread_queries(services, monkeypatch)
    steps = next(t for t in drills.child_tables if t.child_type == "drill_step")
    before = drills.model.total()
    ctx.tasks.run(lambda: services.create("drill", new_drill(ctx)), write=True)
    ctx.tasks.run(lambda: services.create("drill_step", {"drill_id": ctx.ids["drill"], "position": 2}),
                  write=True)
    qtbot.waitUntil(lambda: drills.model.total() == before + 1 and steps.table.rowCount() == 2, timeout=5000)
    assert on_gui_thread == []


def test_a_reload_after_a_change_keeps_the_filter_being_typed(qtbot, ctx, drills):
    drills.filter_edit.setText("没有这样的发现")  # the filter's timer has not fired yet
    ctx.services.create("drill", new_drill(ctx))
    qtbot.waitUntil(lambda: drills.model.text == "没有这样的发现", timeout=3000)
    settle(qtbot, ctx)
    assert drills.model.total() == 0


def test_a_reload_keeps_the_selection_and_the_unsaved_edit(qtbot, ctx, drills):
    row = drills.model.row_of(ctx.ids["drill"])
    drills.table.selectRow(row)
    drills.form.editors["findings"].setPlainText("尚未保存的发现")
    ctx.tasks.run(lambda: ctx.services.create("drill", new_drill(ctx)), write=True)
    qtbot.waitUntil(lambda: drills.model.total() == 2, timeout=5000)
    settle(qtbot, ctx)
    assert drills.current["id"] == ctx.ids["drill"]
    assert drills.form.editors["findings"].toPlainText() == "尚未保存的发现"
    current = drills.table.currentIndex()
    assert current.isValid() and drills.model.record_at(current.row())["id"] == ctx.ids["drill"]
    assert drills.save_button.isEnabled()


def test_sorting_by_a_column_queries_in_a_worker(qtbot, ctx, drills, monkeypatch):
    ctx.services.create("drill", new_drill(ctx))
    settle(qtbot, ctx)
    on_gui_thread = spy_on_gui_thread_queries(ctx.services, monkeypatch)
    drills.table.sortByColumn(drills.config.columns.index("date"), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: drills.model.record_at(0)["date"] == date(2026, 3, 10), timeout=3000)
    assert on_gui_thread == []


def test_the_audit_trail_reloads_in_a_worker(qtbot, ctx, monkeypatch):
    view = AuditView(ctx)
    qtbot.addWidget(view)
    before = view.model.total()
    on_gui_thread = spy_on_gui_thread_queries(ctx.services, monkeypatch)
    ctx.tasks.run(lambda: ctx.services.create("drill", new_drill(ctx)), write=True)
    qtbot.waitUntil(lambda: view.model.total() == before + 1, timeout=5000)
    assert on_gui_thread == []


def test_a_list_opens_in_its_configured_order(qtbot, ctx):
    ctx.services.create("drill", new_drill(ctx))  # newer than the sample's drill
    section = RecordSection(ctx, CONFIGS["drill"])  # newest first
    qtbot.addWidget(section)
    settle(qtbot, ctx)
    assert (section.model.order_by, section.model.descending) == ("date", True)
    assert [section.model.record_at(i)["date"] for i in range(2)] == [date(2026, 5, 1), date(2026, 3, 10)]
