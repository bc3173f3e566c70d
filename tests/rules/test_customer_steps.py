"""The plan's customer-facing steps: telling the customer of a major fault, the recovery
plan / review / approval, both verifications of recovery and the recovery notice."""

from __future__ import annotations

import pytest

from kbdesk.errors import ValidationError
from kbdesk.services.attention import attention_items, case_deadlines
from kbdesk.transfer.jsonl import export_jsonl, import_jsonl

from .conftest import cst, verify


@pytest.fixture
def contact(services, customer):
    services.create("contact", {"customer_id": customer["id"], "name": "李四", "role": "运维"})
    return services.create("contact", {"customer_id": customer["id"], "name": "张伟", "designated": True,
                                       "phone": "13800000000"})


def notify_items(services, now):
    return [d for d in attention_items(services, now) if d.kind == "notify_customer"]


def test_a_major_fault_is_in_attention_until_the_customer_is_told(services, workflow, make_case, contact):
    case = make_case(severity="critical")
    minor = make_case(severity="high", title="不是重大故障")
    items = notify_items(services, cst(2025, 3, 3, 10, 3))
    assert [(d.record_id, d.state) for d in items] == [(case["id"], "due_soon")]
    assert notify_items(services, cst(2025, 3, 3, 10, 20))[0].state == "breached"
    told = workflow.notify_customer(case["id"], "phone", contact_id=contact["id"], note="告知影响范围",
                                    at=cst(2025, 3, 3, 10, 4))
    assert told["contact_name"] == "张伟" and told["notified_by"] == "tester"
    assert notify_items(services, cst(2025, 3, 3, 10, 20)) == []
    mine = [d for d in case_deadlines(services, case["id"], cst(2025, 3, 3, 11)) if d.kind == "notify_customer"]
    assert mine[0].state == "met" and mine[0].done_at == cst(2025, 3, 3, 10, 4)
    assert not [d for d in case_deadlines(services, minor["id"], cst(2025, 3, 3, 11)) if d.kind == "notify_customer"]
    line = [t for t in services.timeline_of(case["id"]) if t["kind"] == "customer_notified"]
    assert len(line) == 1 and "张伟 (phone)" in line[0]["text"] and line[0]["at"] == cst(2025, 3, 3, 10, 4)


def test_a_notification_names_a_contact_of_this_customer_and_a_known_channel(services, workflow, make_case):
    case = make_case(severity="critical")
    other = services.create("customer", {"name": "别的客户"})
    stranger = services.create("contact", {"customer_id": other["id"], "name": "王五"})
    with pytest.raises(ValidationError, match="not a contact of this case's customer"):
        workflow.notify_customer(case["id"], "sms", contact_id=stranger["id"], at=cst(2025, 3, 3, 10, 1))
    with pytest.raises(ValidationError, match="carrier pigeon"):
        workflow.notify_customer(case["id"], "carrier pigeon", contact_name="某人", at=cst(2025, 3, 3, 10, 1))
    with pytest.raises(ValidationError, match="say who was told"):
        workflow.notify_customer(case["id"], "email", at=cst(2025, 3, 3, 10, 1))
    assert services.count("notification") == 0 and services.timeline_of(case["id"]) == []
    workflow.notify_customer(case["id"], "im", contact_name="值班群", at=cst(2025, 3, 3, 10, 2))
    assert services.count("notification") == 1


def test_recovery_cannot_be_completed_without_both_verifications(services, workflow, make_case):
    case = make_case(fault_level="T2")
    workflow.transition(case["id"], "handling", at=cst(2025, 3, 3, 10, 5))
    with pytest.raises(ValidationError, match="follow recovery"):
        workflow.confirm(case["id"], "technical_verification", "工程师", at=cst(2025, 3, 3, 10, 6))
    workflow.confirm(case["id"], "recovery_plan", "工程师甲", "切换到备库", at=cst(2025, 3, 3, 10, 10))
    workflow.confirm(case["id"], "plan_review", "值班长", at=cst(2025, 3, 3, 10, 12))
    workflow.confirm(case["id"], "customer_approval", "张伟", at=cst(2025, 3, 3, 10, 15))
    workflow.transition(case["id"], "recovered", at=cst(2025, 3, 3, 10, 30))  # service restored: not held back
    with pytest.raises(ValidationError, match="technical verification and the business verification"):
        workflow.transition(case["id"], "postmortem", at=cst(2025, 3, 3, 11))
    workflow.confirm(case["id"], "technical_verification", "工程师甲", "指标正常", at=cst(2025, 3, 3, 10, 40))
    workflow.confirm(case["id"], "business_verification", "张伟", "交易失败", passed=False,
                     at=cst(2025, 3, 3, 10, 45))
    with pytest.raises(ValidationError, match="business verification"):
        workflow.transition(case["id"], "postmortem", at=cst(2025, 3, 3, 11))
    with pytest.raises(ValidationError, match="business_verification recorded as passed"):
        workflow.add_recovery_notice(case["id"], at=cst(2025, 3, 3, 11))
    workflow.confirm(case["id"], "business_verification", "张伟", "交易正常", at=cst(2025, 3, 3, 10, 50))
    notice = workflow.add_recovery_notice(case["id"], "zh_CN", follow_up="24 小时内提交故障报告",
                                          at=cst(2025, 3, 3, 10, 55))
    assert notice["kind"] == "recovery_notice" and notice["text"].startswith("【故障恢复通告】")
    assert "客户业务验证：张伟，2025-03-03 10:50" in notice["text"]
    assert "业务恢复时间：2025-03-03 10:30" in notice["text"]
    workflow.transition(case["id"], "postmortem", at=cst(2025, 3, 3, 11))
    kinds = [t["kind"] for t in services.timeline_of(case["id"])]
    assert kinds.count("confirmation") == 6 and "recovery_notice" in kinds


def test_a_relapse_is_allowed_without_verifications_and_not_a_fault_owes_none(services, workflow, make_case):
    case = make_case(fault_level="T3")
    workflow.transition(case["id"], "handling", at=cst(2025, 3, 3, 10, 5))
    workflow.transition(case["id"], "recovered", at=cst(2025, 3, 3, 10, 30))
    workflow.transition(case["id"], "handling", at=cst(2025, 3, 3, 10, 40))  # relapse
    workflow.transition(case["id"], "recovered", at=cst(2025, 3, 3, 11))
    workflow.mark_not_a_fault(case["id"], "计划内变更", at=cst(2025, 3, 3, 11, 5))
    workflow.transition(case["id"], "closed", at=cst(2025, 3, 3, 11, 10))
    assert services.get("case", case["id"])["status"] == "closed"


def test_the_recovery_notice_in_english(services, workflow, make_case):
    case = make_case(severity="critical", root_cause="证书过期")
    workflow.transition(case["id"], "handling", at=cst(2025, 3, 3, 10, 5))
    workflow.transition(case["id"], "recovered", at=cst(2025, 3, 3, 10, 20))
    verify(workflow, case["id"], cst(2025, 3, 3, 10, 25))
    text = workflow.add_recovery_notice(case["id"], "en", at=cst(2025, 3, 3, 10, 30))["text"]
    assert text.startswith("[Fault recovery notice]") and "Cause: 证书过期" in text
    assert "Vendor technical verification: 值班工程师, 2025-03-03 10:25 (Beijing time UTC+8)" in text


def test_export_and_import_round_trip_the_steps(services, workflow, make_case, contact, tmp_path):
    from kbdesk.storage.archive import Archive

    case = make_case(severity="critical")
    workflow.notify_customer(case["id"], "onsite", contact_id=contact["id"], at=cst(2025, 3, 3, 10, 2))
    workflow.transition(case["id"], "handling", at=cst(2025, 3, 3, 10, 5))
    workflow.confirm(case["id"], "recovery_plan", "工程师甲", "重启网关", at=cst(2025, 3, 3, 10, 6))
    export_jsonl(services.archive, tmp_path / "out.jsonl")
    with Archive.create(tmp_path / "copy") as copy:
        import_jsonl(copy, tmp_path / "out.jsonl", actor="tester")
        from kbdesk.services import Services

        other = Services(copy, "tester")
        assert other.list("notification") == services.list("notification")
        assert other.list("confirmation") == services.list("confirmation")


def test_a_closed_case_without_a_record_is_not_shown_as_overdue(services, workflow, make_case):
    """Imported history: a closed major fault with no notification record owes nothing now."""
    case = make_case(severity="critical", status="closed", closed_at=cst(2025, 3, 3, 12))
    assert [d for d in case_deadlines(services, case["id"], cst(2025, 6, 1)) if d.kind == "notify_customer"] == []
    assert notify_items(services, cst(2025, 6, 1)) == []
