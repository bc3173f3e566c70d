"""The runbook's Drills tab and File → Import runbook…, driven with pytest-qt on a real archive."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kbdesk.storage.archive import Archive

RUNBOOKS = Path(__file__).resolve().parent.parent / "core" / "runbooks"


@pytest.fixture
def archive(tmp_path):
    a = Archive.create(tmp_path / "archive")
    yield a
    a.close()


def _drilled(services):
    rb = services.create("runbook", {"title": "RDS 主备切换恢复", "kind": "recovery"})
    steps = [services.create("runbook_step", {"runbook_id": rb["id"], "position": n, "action": a,
                                              "estimated_minutes": m})
             for n, (a, m) in enumerate((("确认主库故障", 5), ("执行切换", 10)), 1)]
    for day, minutes, status in ((date(2024, 3, 1), (4, 12), ("done", "done")),
                                 (date(2024, 9, 1), (6, 8), ("done", "failed"))):
        drill = services.create("drill", {"runbook_id": rb["id"], "date": day})
        start = datetime(day.year, day.month, day.day, 2, tzinfo=UTC)
        for step, m, st in zip(steps, minutes, status, strict=True):
            services.create("drill_step", {"drill_id": drill["id"], "step_id": step["id"],
                                           "position": step["position"], "started_at": start,
                                           "ended_at": start + timedelta(minutes=m), "status": st,
                                           "ok": st != "failed"})
            start += timedelta(minutes=m)
    return rb


def test_drills_tab_shows_health_chart_and_per_step_minutes(qtbot, make_ctx, archive):
    from kbdesk.ui.sections.runbooks import RunbookSection

    ctx = make_ctx(archive, start=True)
    rb = _drilled(ctx.services)
    section = RunbookSection(ctx)
    qtbot.addWidget(section)
    section.select_record(rb["id"])
    view = section.compare_view
    assert section.tabs.tabText(section.tabs.indexOf(view)) == "Drills"
    qtbot.waitUntil(lambda: view.loaded is not None and view.loaded.runbook_id == rb["id"], timeout=10_000)
    assert "Overdue" in view.health.text() and "2024-09-01" in view.health.text()  # + 12 months < today
    assert view.canvas is not None and view.canvas.figure is view.loaded.figure
    table = view.table
    assert [table.horizontalHeaderItem(c).text() for c in range(1, table.columnCount())] == [
        "2024-03-01", "2024-09-01"]
    assert table.item(1, 2).text() == "8 failed"
    assert table.item(2, 1).text() == "16 / 15" and table.item(2, 2).text() == "14 / 15"
    # A new drill appears without reselecting the runbook (the change broadcast).
    ctx.services.create("drill", {"runbook_id": rb["id"], "date": date(2026, 11, 30)})
    qtbot.waitUntil(lambda: view.table.columnCount() == 4, timeout=10_000)
    assert "Overdue" not in view.health.text()


def test_import_dialog_previews_steps_and_unplaced_then_saves(qtbot, make_ctx, archive, tmp_path):
    from PySide6.QtWidgets import QApplication

    from kbdesk.ui import i18n
    from kbdesk.ui.runbook_import_dialog import RunbookImportDialog

    assert i18n.ensure_built() == []
    i18n.install(QApplication.instance(), "en")  # English plural forms come from the .qm

    odd = tmp_path / "odd.md"
    odd.write_text("# 切换方案\n\n## 实现原理\n\n主备之间通过 binlog 同步。\n\n## 操作步骤\n\n1. 切换 VIP\n", "utf-8")
    empty = tmp_path / "empty.md"
    empty.write_text("# 说明\n\n没有步骤。\n", "utf-8")
    ctx = make_ctx(archive, start=True)
    dialog = RunbookImportDialog(ctx, [str(RUNBOOKS / "pg_pitr_restore.md"), str(odd), str(empty)])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.reads) == 3, timeout=10_000)
    steps = dialog.steps
    assert steps.rowCount() == 6
    assert [steps.item(r, 1).text() for r in range(6)] == ["Restore"] * 4 + ["Verification"] * 2
    assert steps.item(0, 3).text() == "sudo systemctl stop postgresql@15-main"
    assert steps.item(0, 4).text() == "2" and steps.item(2, 4).text() == "5 (default)"
    assert dialog.unplaced.isHidden()
    dialog.files.setCurrentRow(1)
    assert not dialog.unplaced.isHidden()
    assert dialog.unplaced.item(0).text() == "实现原理: 主备之间通过 binlog 同步。"
    dialog.files.setCurrentRow(2)
    assert "No steps found" in dialog.summary.text()
    assert dialog.import_button.text() == "Import 2 runbooks"
    dialog.files.setCurrentRow(0)
    dialog.title.setText("订单库 PITR 恢复")
    dialog.title.textEdited.emit("订单库 PITR 恢复")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(dialog.saved), timeout=10_000)
    titles = sorted(r["title"] for r in ctx.services.list("runbook"))
    assert titles == ["切换方案", "订单库 PITR 恢复"]
    saved = next(r for r in dialog.saved if r["title"] == "订单库 PITR 恢复")
    assert ctx.services.count("runbook_step", where={"runbook_id": saved["id"]}) == 6


def test_plan_settings_keep_the_drill_interval(qtbot, make_ctx, archive):
    from kbdesk.services.plan_store import read_plan
    from kbdesk.ui.plan_settings import PlanSettingsWidget

    ctx = make_ctx(archive)
    widget = PlanSettingsWidget(ctx)
    qtbot.addWidget(widget)
    spin = widget.spins["drill_interval_months"]
    assert spin.value() == 12 and spin.minimum() == 1
    spin.setValue(6)
    widget.save()
    assert read_plan(archive.settings_path).drill_interval_months == 6
