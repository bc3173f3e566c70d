"""The case workflow tab's customer box and File → Handover package…: the major-fault prompt,
recording who was told and the verifications through the dialogs, and the handover job's
arguments."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kbdesk.locate import create_demo
from kbdesk.settings import AppSettings
from kbdesk.storage.archive import Archive
from kbdesk.ui.case_workflow_panel import CaseWorkflowPanel
from kbdesk.ui.context import AppContext
from kbdesk.ui.handover_dialog import HandoverDialog

CST = timezone(timedelta(hours=8))
NOW = datetime(2025, 3, 4, 15, 0, tzinfo=CST)
SHOTS = Path(os.environ.get("KBDESK_SHOTS", "/tmp/handover-shots"))


@pytest.fixture
def ctx(tmp_path, qtbot):
    c = AppContext(Archive.create(tmp_path / "a"), AppSettings(), tmp_path / "s.json", "tester")
    yield c
    c.tasks.wait()
    c.close()


@pytest.fixture
def case(ctx):
    bank = ctx.services.create("customer", {"name": "华东某银行"})
    ctx.services.create("contact", {"customer_id": bank["id"], "name": "李四"})
    ctx.services.create("contact", {"customer_id": bank["id"], "name": "张伟", "designated": True,
                                    "phone": "13800000000"})
    return ctx.services.create("case", {
        "customer_id": bank["id"], "title": "RDS 连接数打满 ERROR 1040", "category": "operation_error",
        "severity": "critical", "fault_level": "T1", "reported_at": NOW - timedelta(hours=2)})


@pytest.fixture
def panel(ctx, case, qtbot):
    p = CaseWorkflowPanel(ctx, now=lambda: NOW)
    qtbot.addWidget(p)
    p.resize(1100, 900)
    p.show()
    p.set_case(case["id"])
    qtbot.waitUntil(lambda: p.state is not None, timeout=5000)
    return p


def ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_major_fault_prompts_to_tell_the_designated_contact_until_recorded(panel, ctx, case, qtbot):
    box = panel.customer_box
    assert box.prompt.isVisible() and "张伟 13800000000" in box.prompt.text()
    dialog = box.open_notify_dialog()
    assert dialog.contact.currentData() is not None and "★" in dialog.contact.currentText()  # designated first
    dialog.channel.setCurrentIndex(dialog.channel.findData("sms"))
    dialog.note.setText("已短信告知影响")
    ok(dialog)
    qtbot.waitUntil(lambda: ctx.services.count("notification") == 1, timeout=5000)
    qtbot.waitUntil(lambda: not box.prompt.isVisible(), timeout=5000)
    told = ctx.services.list("notification")[0]
    assert (told["contact_name"], told["channel"]) == ("张伟", "sms")
    assert box.table.rowCount() == 1 and box.table.item(0, 2).text() == "张伟"
    SHOTS.mkdir(parents=True, exist_ok=True)
    panel.grab().save(str(SHOTS / "workflow-customer-box-en.png"))


def test_verifications_through_the_dialog_and_the_refusal_is_shown(panel, ctx, case, qtbot):
    from kbdesk.services.workflow import CaseWorkflow

    wf = CaseWorkflow(ctx.services)
    wf.transition(case["id"], "handling", at=NOW - timedelta(hours=1, minutes=50))
    wf.transition(case["id"], "recovered", at=NOW - timedelta(hours=1))
    qtbot.waitUntil(lambda: panel.state["case"]["status"] == "recovered", timeout=5000)
    panel.move_to("postmortem")
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=5000)
    assert "technical verification" in panel.message.text()
    for kind in ("technical_verification", "business_verification"):
        dialog = panel.customer_box.open_confirm_dialog()
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.person.setText("张伟")
        ok(dialog)
        qtbot.waitUntil(lambda k=kind: any(c["kind"] == k for c in ctx.services.list("confirmation")), timeout=5000)
    dialog = panel.customer_box.open_recovery_dialog()
    ok(dialog)
    qtbot.waitUntil(lambda: any(t["kind"] == "recovery_notice" for t in ctx.services.timeline_of(case["id"])),
                    timeout=5000)
    panel.move_to("postmortem")
    qtbot.waitUntil(lambda: ctx.services.get("case", case["id"])["status"] == "postmortem", timeout=5000)


def test_the_handover_dialog_builds_the_job_arguments(tmp_path, qtbot):
    c = AppContext(create_demo(tmp_path / "demo"), AppSettings(), tmp_path / "s.json", "tester")
    try:
        dialog = HandoverDialog(c)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.customers.count() == 12 and dialog.products.count() > 3, timeout=10000)
        dialog.customers.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.use_period.setChecked(True)
        dialog.folder.setText(str(tmp_path / "pkg"))
        args = dialog.job_args()
        cid = dialog.customers.item(0).data(Qt.ItemDataRole.UserRole)
        assert args[:3] == ["handover", "--customer", cid] and "--from" in args and "--to" in args
        assert args[-4:-2] == ["--out", str(tmp_path / "pkg")]
        (tmp_path / "busy").mkdir()
        (tmp_path / "busy" / "x").write_text("x")
        dialog.folder.setText(str(tmp_path / "busy"))
        dialog._on_accept()
        assert "not empty" in dialog.status.text() and dialog.result() == 0
        dialog.resize(720, 560)
        dialog.show()
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "handover-dialog-en.png"))
    finally:
        c.tasks.wait()
        c.close()
