"""The case workflow tab: deadlines, status moves, refusals, escalation, notices, actions."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kbdesk.settings import AppSettings
from kbdesk.storage.archive import Archive
from kbdesk.ui.case_workflow_panel import CaseWorkflowPanel
from kbdesk.ui.context import AppContext

CST = timezone(timedelta(hours=8))
NOW = datetime(2025, 3, 4, 15, 0, tzinfo=CST)


@pytest.fixture
def ctx(tmp_path, qtbot):
    c = AppContext(Archive.create(tmp_path / "a"), AppSettings(), tmp_path / "s.json", "tester")
    yield c
    c.tasks.wait()
    c.close()


@pytest.fixture
def case(ctx):
    bank = ctx.services.create("customer", {"name": "华东某银行"})
    return ctx.services.create("case", {
        "customer_id": bank["id"], "title": "RDS 连接数打满 ERROR 1040", "category": "operation_error",
        "severity": "critical", "fault_level": "T1", "reported_at": NOW - timedelta(hours=2),
        "business_impact": "手机银行转账失败"})


@pytest.fixture
def panel(ctx, case, qtbot):
    p = CaseWorkflowPanel(ctx, now=lambda: NOW)
    qtbot.addWidget(p)
    p.resize(1100, 800)
    p.show()
    p.set_case(case["id"])
    qtbot.waitUntil(lambda: p.state is not None, timeout=5000)
    return p


def timeline(ctx, case_id):
    return ctx.services.list("timeline", where={"case_id": case_id}, order_by="at")


def cells(table, col):
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_shows_the_case_deadlines_and_next_statuses(panel, case):
    assert case["number"] in panel.heading.text()
    kinds = cells(panel.deadlines, 0)
    assert kinds[:2] == ["First response", "Restore service"]
    assert "Escalate to duty lead" in kinds
    assert cells(panel.deadlines, 3)[0] == "Breached"
    assert cells(panel.deadlines, 2)[0] == "1 h 50 min overdue"
    assert sorted(panel.status_buttons) == ["handling", "pre_assessment"]
    assert panel.escalate_button.isEnabled()


def test_moving_to_pre_assessment_writes_the_timeline(panel, ctx, case, qtbot):
    panel.note_edit.setText("影响 3 个分行，初判 T1")
    qtbot.mouseClick(panel.status_buttons["pre_assessment"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.state["case"]["status"] == "pre_assessment", timeout=5000)
    entries = timeline(ctx, case["id"])
    assert [(e["kind"], e["from_status"], e["to_status"], e["text"]) for e in entries] == [
        ("status_change", "reported", "pre_assessment", "影响 3 个分行，初判 T1")]
    assert entries[0]["author"] == "tester"
    assert ctx.services.get("case", case["id"])["responded_at"] == NOW
    assert sorted(panel.status_buttons) == ["handling"]
    assert panel.message.text() == "Moved to Pre-assessment."
    # Responded two hours after the report: the response deadline stays breached, now done late.
    assert (cells(panel.deadlines, 2)[0], cells(panel.deadlines, 3)[0]) == ("done 1 h 50 min late", "Breached")


def test_a_refused_transition_is_shown_in_words(panel, ctx, case, qtbot):
    panel.move_to("closed")
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=5000)
    assert "only a recovered case or one in postmortem can be closed" in panel.message.text()
    assert ctx.services.get("case", case["id"])["status"] == "reported"
    assert timeline(ctx, case["id"]) == []


def test_escalate_to_goc(panel, ctx, case, qtbot):
    dialog = panel.open_escalate_dialog()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.target.setCurrentIndex(dialog.target.findData("goc"))
    dialog.reason.setPlainText("30 分钟未恢复")
    dialog.impact.setPlainText("扩大到 5 个分行")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.state["case"]["status"] == "escalated", timeout=5000)
    esc = ctx.services.list("escalation", where={"case_id": case["id"]})
    assert [(e["target"], e["reason"], e["impact_reassessment"]) for e in esc] == [
        ("goc", "30 分钟未恢复", "扩大到 5 个分行")]


def test_progress_notice_is_previewed_and_saved(panel, ctx, case, qtbot):
    dialog = panel.open_notice_dialog()
    assert dialog.impact.toPlainText() == "手机银行转账失败"
    dialog.actions_taken.setPlainText("已扩容连接池")
    assert "【故障修复进展通告】" in dialog.preview.toPlainText()
    assert "已扩容连接池" in dialog.preview.toPlainText()
    assert "下次通告时间：2025-03-04 15:30" in dialog.preview.toPlainText()
    dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
    assert "Actions taken: 已扩容连接池" in dialog.preview.toPlainText()
    dialog.accept()
    qtbot.waitUntil(lambda: bool(timeline(ctx, case["id"])), timeout=5000)
    entry = timeline(ctx, case["id"])[0]
    assert entry["kind"] == "progress_notice"
    assert entry["text"].startswith("[Fault repair progress notice]\nCase number: " + case["number"])
    assert "Next update: 2025-03-04 15:30" in entry["text"]


def test_not_a_fault_and_back(panel, ctx, case, qtbot):
    dialog = panel.open_not_a_fault_dialog()
    dialog.reason_box.setEditText("计划内变更")
    dialog.accept()
    qtbot.waitUntil(lambda: panel.state["case"]["not_a_fault"], timeout=5000)
    assert "计划内变更" in panel.heading.text()
    assert cells(panel.deadlines, 0) == ["First response"]
    assert panel.naf_button.text() == "Count as a fault again"
    qtbot.mouseClick(panel.naf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.state["case"]["not_a_fault"], timeout=5000)


def test_rectification_actions(panel, ctx, case, qtbot):
    dialog = panel.open_action_dialog()
    dialog.title.setText("连接数监控告警")
    dialog.owner.setText("王敏")
    dialog.accept()
    qtbot.waitUntil(lambda: panel.actions.rowCount() == 1, timeout=5000)
    assert cells(panel.actions, 0) == ["连接数监控告警"]
    assert cells(panel.actions, 3) == ["Open"]
    assert cells(panel.actions, 2) == ["2025-03-18"]
    panel.actions.selectRow(0)
    assert panel.action_buttons["in_progress"].isEnabled()
    assert not panel.action_buttons["open"].isEnabled()
    qtbot.mouseClick(panel.action_buttons["done"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cells(panel.actions, 3) == ["Done"], timeout=5000)
    assert ctx.services.list("action", where={"case_id": case["id"]})[0]["closed_at"] == NOW


def test_no_case(ctx, qtbot):
    p = CaseWorkflowPanel(ctx, now=lambda: NOW)
    qtbot.addWidget(p)
    p.set_case(None)
    assert p.heading.text() == "No case selected."
    assert not p.escalate_button.isEnabled()
