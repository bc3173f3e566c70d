"""A whole drill driven through the widgets: start from the runbook, answer steps with
keys, crash, resume in a fresh window, finish, read the record, export the report."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kbdesk.services import Services
from kbdesk.settings import AppSettings
from kbdesk.storage.archive import Archive
from kbdesk.ui.context import AppContext
from kbdesk.ui.drill_launch import RunbookPicker, StartRunDialog
from kbdesk.ui.main_window import MainWindow

STEPS = [
    ("停止应用写入，确认无新订单", "监控显示 QPS 为 0", "恢复应用写入", 5),
    ("创建恢复实例\n\n```\naliyun rds CloneDBInstance --DBInstanceId rm-1 --RestoreTime 2026-03-12T08:00Z\n```",
     "新实例状态为运行中", "释放恢复实例", 15),
    ("校验订单表行数", "行数与备份一致", "", 10),
    ("切换应用连接到恢复实例", "应用健康检查通过", "切回原实例", 5),
]


@pytest.fixture
def seeded(tmp_path):
    root = tmp_path / "archive"
    with Archive.create(root) as archive:
        services = Services(archive, "seed")
        cust = services.create("customer", {"name": "华东某银行"})
        rb = services.create("runbook", {"title": "RDS 时间点恢复", "kind": "recovery", "customer_id": cust["id"]})
        for pos, (action, expected, rollback, minutes) in enumerate(STEPS, 1):
            services.create("runbook_step", {"runbook_id": rb["id"], "position": pos, "action": action,
                                             "expected_result": expected, "rollback": rollback,
                                             "estimated_minutes": minutes})
        case = services.create("case", {"customer_id": cust["id"], "title": "订单库误删除",
                                        "category": "operation_error", "severity": "critical"})
        services.link(("case", case["id"]), ("runbook", rb["id"]), "solved_by")
    return root, rb["id"], case["id"]


def open_window(qtbot, root):
    ctx = AppContext(Archive.open(root), AppSettings(language="en"), root.parent / "settings.json", "tester")
    ctx.start()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: ctx.index_ready, timeout=20000)
    settle(qtbot, ctx)
    return ctx, win


def settle(qtbot, ctx):
    for _ in range(3):
        ctx.tasks.wait()
        qtbot.wait(30)


def run_window(win):
    assert len(win.runs.run_windows) == 1
    return next(iter(win.runs.run_windows.values()))


def test_a_whole_drill_from_the_runbook(qtbot, seeded, tmp_path):
    root, runbook_id, _case_id = seeded
    ctx, win = open_window(qtbot, root)
    assert win.runs.dialog is None  # nothing unfinished: nothing offered

    # Start from the runbook view, as a drill.
    runbooks = win.show_section("runbooks").sections["runbook"]
    runbooks.select_record(runbook_id)
    qtbot.mouseClick(runbooks.run_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    start = win.runs.dialog
    assert isinstance(start, StartRunDialog) and start.drill_radio.isChecked()
    start.participants.setText("王敏, 李强")
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    run = run_window(win)
    assert run.action.text() == "停止应用写入，确认无新订单"
    assert run.expected.text() == "监控显示 QPS 为 0" and run.rollback.text() == "恢复应用写入"
    assert run.progress.text() == "Step 1 of 4"
    assert not run.note.hasFocus()  # Space must answer the step, not type into the note

    # Three steps by key: done, failed with a note, skipped.
    qtbot.keyClick(run, Qt.Key.Key_Space)
    assert run.action.text() == "创建恢复实例"  # the command block moved to its own box
    assert [b.text() for b in run.copy_buttons] == ["Copy"]
    qtbot.mouseClick(run.copy_buttons[0], Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text().startswith("aliyun rds CloneDBInstance")
    qtbot.keyClick(run, Qt.Key.Key_N)
    assert run.note.hasFocus() or run.focusWidget() is run.note
    qtbot.keyClicks(run.note, "clone too slow, fs full")  # f and s typed in a note do not answer
    qtbot.keyClick(run.note, Qt.Key.Key_Return)
    assert run.progress.text() == "Step 2 of 4"
    qtbot.keyClick(run, Qt.Key.Key_F)
    qtbot.keyClick(run, Qt.Key.Key_S)
    assert run.progress.text() == "Step 4 of 4"
    settle(qtbot, ctx)
    services = ctx.services
    drill = services.list("drill")[0]
    results = services.list("drill_step", where={"drill_id": drill["id"]}, order_by="position")
    assert [(r["position"], r["status"], r["notes"]) for r in results] == [
        (1, "done", ""), (2, "failed", "clone too slow, fs full"), (3, "skipped", "")]
    assert drill["status"] == "running" and drill["participants"] == ["王敏", "李强"]
    assert services.count("audit", where={"record_type": "drill_step"}) == 3

    # A crash: the windows go, the archive is closed, a fresh main window opens on it.
    run.close()
    win.close()
    ctx.close()
    ctx2, win2 = open_window(qtbot, root)
    try:
        offer = win2.runs.dialog
        assert isinstance(offer, QMessageBox) and "step 4 of 4" in offer.text()
        offer.resume_button.click()
        settle(qtbot, ctx2)
        run = run_window(win2)
        assert run.progress.text() == "Step 4 of 4" and run.action.text() == "切换应用连接到恢复实例"
        qtbot.keyClick(run, Qt.Key.Key_Space)
        assert not run.done_button.isEnabled()  # every step answered
        qtbot.mouseClick(run.finish_button, Qt.MouseButton.LeftButton)
        settle(qtbot, ctx2)
        assert win2.runs.run_windows == {}

        # The drill record: outcome derived from the steps, planned against actual per step.
        drills = win2.show_section("runbooks")
        section = drills.sections["drill"]
        assert drills.tabs.currentWidget() is section and section.current["id"] == drill["id"]
        assert ctx2.services.get("drill", drill["id"])["outcome"] == "failed"
        record = section.record_view
        assert section.tabs.currentWidget() is record
        assert "Outcome: <b>Failed</b>" in record.summary.text()
        assert "Planned 35 min" in record.summary.text()
        table = record.table
        assert table.rowCount() == 4
        assert table.item(1, 1).text().startswith("创建恢复实例")
        assert [table.item(r, 2).text() for r in range(4)] == ["Done", "Failed", "Skipped", "Done"]
        assert [table.item(r, 3).text() for r in range(4)] == ["5", "15", "10", "5"]
        assert all(table.item(r, 4).text() != "—" for r in range(4))
        assert table.item(1, 7).text() == "clone too slow, fs full"
        assert record.problems.isHidden()

        # The report, from the drill view.
        dialog = section.export_report()
        out = tmp_path / "reports" / "drill.html"
        dialog.findChild(type(dialog.format_group.buttons()[0]), "format_html").setChecked(True)
        dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
        dialog.path_edit.setText(str(out))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        settle(qtbot, ctx2)
        page = out.read_text("utf-8")
        assert "Drill report: RDS 时间点恢复" in page and "clone too slow, fs full" in page
        assert "<td>Failed</td>" in page
        pdf_dialog = section.export_report()
        pdf = tmp_path / "reports" / "drill.pdf"
        pdf_dialog.path_edit.setText(str(pdf))
        qtbot.mouseClick(pdf_dialog.export_button, Qt.MouseButton.LeftButton)
        settle(qtbot, ctx2)
        assert pdf.read_bytes().startswith(b"%PDF-")
    finally:
        win2.close()
        ctx2.close()


def test_runs_start_from_a_match_hit_and_from_a_case(qtbot, seeded):
    root, runbook_id, case_id = seeded
    ctx, win = open_window(qtbot, root)
    try:
        panel = win.show_section("match")
        panel.knowledge.sig_run_runbook.emit(runbook_id)  # what the card's "Run…" link sends
        settle(qtbot, ctx)
        assert isinstance(win.runs.dialog, StartRunDialog)
        win.runs.dialog.reject()
        from PySide6.QtCore import QUrl

        emitted = []
        panel.knowledge.sig_run_runbook.connect(emitted.append)
        panel.knowledge._on_anchor(QUrl(f"kbdesk:run/runbook/{runbook_id}"))
        assert emitted == [runbook_id]
        settle(qtbot, ctx)
        win.runs.dialog.reject()

        cases = win.show_section("cases")
        cases.select_record(case_id)
        qtbot.mouseClick(cases.run_button, Qt.MouseButton.LeftButton)
        settle(qtbot, ctx)
        picker = win.runs.dialog
        assert isinstance(picker, RunbookPicker)
        assert picker.list.item(0).text().startswith("RDS 时间点恢复") and "linked" in picker.list.item(0).text()
        picker.accept()
        settle(qtbot, ctx)
        start = win.runs.dialog
        assert isinstance(start, StartRunDialog)
        start.real_radio.setChecked(True)
        start.accept()
        settle(qtbot, ctx)
        drill = ctx.services.list("drill")[0]
        assert drill["kind"] == "real"
        assert {lk["target_id"] for lk in ctx.services.links_of("case", case_id)} >= {drill["id"]}
        run = run_window(win)
        run.close()

        # The runbook view offers the unfinished run; Attention lists it.
        runbooks = win.show_section("runbooks").sections["runbook"]
        runbooks.select_record(runbook_id)
        settle(qtbot, ctx)
        assert not runbooks.banner.isHidden()
        attention = win.show_section("attention")
        attention.refresh()
        settle(qtbot, ctx)
        kinds = [d.kind for d in attention.model.items]
        assert "unfinished_run" in kinds
    finally:
        win.close()
        ctx.close()


def test_a_step_result_typed_by_hand_is_checked_against_the_drill_date(qtbot, seeded):
    from datetime import UTC, date, datetime

    from PySide6.QtCore import QDateTime

    root, runbook_id, _ = seeded
    with Archive.open(root) as archive:
        services = Services(archive, "seed")
        drill = services.create("drill", {"runbook_id": runbook_id, "date": date(2026, 3, 12)})
        step = services.list("runbook_step", where={"runbook_id": runbook_id, "position": 1})[0]
        result = services.create("drill_step", {
            "drill_id": drill["id"], "step_id": step["id"], "position": 1, "action": step["action"],
            "started_at": datetime(2026, 3, 12, 2, 0, tzinfo=UTC), "ended_at": datetime(2026, 3, 12, 2, 6, tzinfo=UTC)})
    ctx, win = open_window(qtbot, root)
    try:
        section = win.show_section("runbooks").sections["drill"]
        section.select_record(drill["id"])
        settle(qtbot, ctx)
        steps = section.child_tables[0]
        assert steps.table.item(0, 1).text() == step["action"]  # the action, not only a number
        dialog = steps.edit(result, {})
        when = QDateTime(datetime(2026, 3, 12, 1, 50, tzinfo=UTC))
        dialog.form.editors["ended_at"].setDateTime(when)
        dialog.save()
        settle(qtbot, ctx)
        assert dialog.form.messages["ended_at"].text() == "ends before it starts; check the end time"
        dialog.form.editors["ended_at"].setDateTime(QDateTime(datetime(2026, 3, 12, 2, 9, tzinfo=UTC)))
        dialog.form.editors["started_at"].setDateTime(QDateTime(datetime(2025, 3, 12, 2, 0, tzinfo=UTC)))
        dialog.save()
        settle(qtbot, ctx)
        assert "outside the drill's date" in dialog.form.messages["started_at"].text()
        assert ctx.services.get("drill_step", result["id"])["ended_at"] == datetime(2026, 3, 12, 2, 6, tzinfo=UTC)
    finally:
        win.close()
        ctx.close()
