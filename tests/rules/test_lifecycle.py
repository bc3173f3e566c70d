"""Allowed and refused transitions, their stamps, timeline and audit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kbdesk.errors import ValidationError
from kbdesk.rules.lifecycle import TRANSITIONS, allowed_next
from kbdesk.storage.models import AuditEntry, Escalation

from .conftest import cst, verify


def walk(workflow, case_id, *steps):
    for to, at in steps:
        workflow.transition(case_id, to, note=f"to {to}", at=at)
        if to == "recovered":
            verify(workflow, case_id, at)


def test_full_lifecycle_stamps_and_timeline(services, workflow, make_case):
    case = make_case(fault_level="T3")
    walk(workflow, case["id"],
         ("pre_assessment", cst(2025, 3, 3, 10, 5)),
         ("handling", cst(2025, 3, 3, 10, 20)),
         ("recovered", cst(2025, 3, 3, 11)),
         ("postmortem", cst(2025, 3, 4, 10)),
         ("closed", cst(2025, 3, 5, 10)))
    got = services.get("case", case["id"])
    assert got["status"] == "closed"
    assert got["responded_at"] == cst(2025, 3, 3, 10, 5)
    assert got["recovered_at"] == cst(2025, 3, 3, 11)
    assert got["closed_at"] == cst(2025, 3, 5, 10)
    moves = [(t["from_status"], t["to_status"], t["at"]) for t in services.timeline_of(case["id"])
             if t["kind"] == "status_change"]
    assert moves == [
        ("reported", "pre_assessment", cst(2025, 3, 3, 10, 5)),
        ("pre_assessment", "handling", cst(2025, 3, 3, 10, 20)),
        ("handling", "recovered", cst(2025, 3, 3, 11)),
        ("recovered", "postmortem", cst(2025, 3, 4, 10)),
        ("postmortem", "closed", cst(2025, 3, 5, 10)),
    ]


def test_each_transition_is_audited_with_the_timeline_in_one_go(services, workflow, make_case, archive):
    case = make_case()
    seen = []
    services.hub.subscribe(seen.append)
    workflow.transition(case["id"], "pre_assessment", at=cst(2025, 3, 3, 10, 1))
    with archive.read_session() as s:
        audits = s.scalars(select(AuditEntry).where(AuditEntry.action == "update",
                                                    AuditEntry.record_type == "case")).all()
    assert len(audits) == 1
    assert audits[0].changes["status"] == ["reported", "pre_assessment"]
    assert audits[0].actor == "tester"
    assert len(seen) == 1 and seen[0].types() == {"case", "timeline"}


@pytest.mark.parametrize("path, refused, words", [
    ([], "recovered", "allowed next: pre_assessment, handling"),
    ([], "closed", "only a recovered case"),
    (["pre_assessment"], "postmortem", "cannot go from pre_assessment to postmortem"),
    (["handling"], "escalated", "use Escalate"),
    (["handling"], "handling", "already handling"),
    (["handling", "recovered"], "closed", "needs a postmortem"),
    (["handling", "recovered", "postmortem", "closed"], "handling", "open a new case"),
])
def test_refused_transitions_say_what_to_do(workflow, make_case, services, path, refused, words):
    case = make_case(fault_level="T2")
    for i, to in enumerate(path):
        workflow.transition(case["id"], to, at=cst(2025, 3, 3, 11, i))
        if to == "recovered" and path[-1] != to:
            verify(workflow, case["id"], cst(2025, 3, 3, 11, i))
    with pytest.raises(ValidationError) as err:
        workflow.transition(case["id"], refused, at=cst(2025, 3, 3, 12))
    assert words in err.value.problems["status"]
    assert services.get("case", case["id"])["status"] == (path[-1] if path else "reported")


def test_relapse_clears_recovery_and_non_fault_level_case_closes_from_recovered(services, workflow, make_case):
    case = make_case()  # no fault level: no postmortem owed
    walk(workflow, case["id"], ("handling", cst(2025, 3, 3, 10, 5)), ("recovered", cst(2025, 3, 3, 10, 30)),
         ("handling", cst(2025, 3, 3, 11)))
    assert services.get("case", case["id"])["recovered_at"] is None
    walk(workflow, case["id"], ("recovered", cst(2025, 3, 3, 12)), ("closed", cst(2025, 3, 3, 13)))
    got = services.get("case", case["id"])
    assert got["recovered_at"] == cst(2025, 3, 3, 12) and got["closed_at"] == cst(2025, 3, 3, 13)


def test_times_must_not_go_backwards(workflow, make_case):
    case = make_case()
    with pytest.raises(ValidationError, match="before the case was reported"):
        workflow.transition(case["id"], "handling", at=cst(2025, 3, 3, 9))
    workflow.transition(case["id"], "handling", at=cst(2025, 3, 3, 11))
    with pytest.raises(ValidationError, match="before the last status change"):
        workflow.transition(case["id"], "recovered", at=cst(2025, 3, 3, 10, 30))


def test_escalation_creates_record_timeline_and_status(services, workflow, make_case, archive):
    case = make_case(fault_level="T1")
    workflow.transition(case["id"], "handling", at=cst(2025, 3, 3, 10, 3))
    esc = workflow.escalate(case["id"], "duty_lead", "T1 fault", "all branches affected",
                            at=cst(2025, 3, 3, 10, 4))
    assert esc["target"] == "duty_lead" and esc["escalated_by"] == "tester"
    assert services.get("case", case["id"])["status"] == "escalated"
    workflow.escalate(case["id"], "goc", "no progress", at=cst(2025, 3, 3, 11, 10))  # escalated again
    with archive.read_session() as s:
        assert [e.target for e in s.scalars(select(Escalation).order_by(Escalation.at))] == ["duty_lead", "goc"]
    kinds = [(t["kind"], t["to_status"]) for t in services.timeline_of(case["id"])]
    assert kinds == [("status_change", "handling"), ("status_change", "escalated"), ("note", None)]
    workflow.transition(case["id"], "handling", at=cst(2025, 3, 3, 11, 30))  # back to handling


def test_escalation_refused_after_recovery_and_for_unknown_target(workflow, make_case):
    case = make_case()
    walk(workflow, case["id"], ("handling", cst(2025, 3, 3, 10, 5)), ("recovered", cst(2025, 3, 3, 10, 30)))
    with pytest.raises(ValidationError, match="cannot be escalated"):
        workflow.escalate(case["id"], "goc", "late", at=cst(2025, 3, 3, 11))
    with pytest.raises(ValidationError, match="not one of"):
        workflow.escalate(case["id"], "ceo", "why not")


def test_escalation_from_reported_is_not_a_response(services, workflow, make_case):
    case = make_case()
    workflow.escalate(case["id"], "goc", "nobody took it", at=cst(2025, 3, 3, 10, 11))
    assert services.get("case", case["id"])["responded_at"] is None


def test_assign_counts_as_first_response(services, workflow, make_case):
    case = make_case()
    workflow.assign(case["id"], "李强", at=cst(2025, 3, 3, 10, 4))
    workflow.assign(case["id"], "王敏", at=cst(2025, 3, 3, 10, 40))
    got = services.get("case", case["id"])
    assert got["owner"] == "王敏" and got["responded_at"] == cst(2025, 3, 3, 10, 4)


def test_not_a_fault_can_close_from_any_open_status(services, workflow, make_case):
    case = make_case(fault_level="T2")
    workflow.transition(case["id"], "pre_assessment", at=cst(2025, 3, 3, 10, 5))
    with pytest.raises(ValidationError):
        workflow.mark_not_a_fault(case["id"], "  ")
    workflow.mark_not_a_fault(case["id"], "planned change 变更窗口", at=cst(2025, 3, 3, 10, 20))
    assert "closed" in workflow.allowed_next(case["id"])
    workflow.transition(case["id"], "closed", at=cst(2025, 3, 3, 10, 30))
    got = services.get("case", case["id"])
    assert got["not_a_fault"] and got["not_a_fault_reason"] == "planned change 变更窗口"
    assert got["closed_at"] == cst(2025, 3, 3, 10, 30)


def test_table_is_documented_shape():
    # every status appears; closed is final
    assert set(TRANSITIONS) == {"reported", "pre_assessment", "handling", "escalated", "recovered",
                                "postmortem", "closed"}
    assert allowed_next("closed", not_a_fault=True) == []
    assert allowed_next("recovered", fault_level="T4") == ["handling", "postmortem"]
    assert allowed_next("recovered") == ["handling", "postmortem", "closed"]


def test_rectification_actions_tracked_to_closure(services, workflow, make_case):
    from datetime import date

    case = make_case()
    a = workflow.add_action(case["id"], "补充连接数监控", owner="李强", due_date=date(2025, 3, 20))
    b = workflow.add_action(case["id"], "升级规格", due_date=date(2025, 3, 10))
    workflow.set_action_status(a["id"], "in_progress")
    done = workflow.set_action_status(b["id"], "done", at=cst(2025, 3, 9, 15))
    assert done["closed_at"] == cst(2025, 3, 9, 15)
    assert [x["id"] for x in workflow.open_actions(case["id"])] == [a["id"]]
    with pytest.raises(ValidationError, match="allowed: none"):
        workflow.set_action_status(b["id"], "open")
    cancelled = workflow.set_action_status(a["id"], "cancelled", at=cst(2025, 3, 12))
    assert cancelled["status"] == "cancelled" and workflow.open_actions(case["id"]) == []
