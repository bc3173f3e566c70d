"""Every deadline rule on a frozen clock (``now`` passed explicitly)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kbdesk.services.attention import case_deadlines

from .conftest import cst, verify


def dl(services, case, now, kind):
    found = [d for d in case_deadlines(services, case["id"], now) if d.kind == kind]
    return found[0] if found else None


def kinds(services, case, now):
    return [d.kind for d in case_deadlines(services, case["id"], now)]


# --- first response --------------------------------------------------------


@pytest.mark.parametrize("now, state, remaining", [
    (cst(2025, 3, 3, 10, 5), "ok", timedelta(minutes=5)),
    (cst(2025, 3, 3, 10, 8), "due_soon", timedelta(minutes=2)),
    (cst(2025, 3, 3, 10, 15), "breached", timedelta(minutes=-5)),
])
def test_response_in_working_hours(services, make_case, now, state, remaining):
    case = make_case(reported_at=cst(2025, 3, 3, 10))  # Monday 10:00
    d = dl(services, case, now, "response")
    assert (d.due_at, d.state, d.remaining) == (cst(2025, 3, 3, 10, 10), state, remaining)
    assert d.overdue == max(timedelta(0), -remaining)


def test_response_met_and_late(services, workflow, make_case):
    on_time = make_case(reported_at=cst(2025, 3, 3, 10))
    workflow.transition(on_time["id"], "pre_assessment", at=cst(2025, 3, 3, 10, 9))
    late = make_case(reported_at=cst(2025, 3, 3, 10))
    workflow.transition(late["id"], "handling", at=cst(2025, 3, 3, 10, 12))
    now = cst(2025, 3, 4)
    assert dl(services, on_time, now, "response").state == "met"
    d = dl(services, late, now, "response")
    assert d.state == "breached" and d.overdue == timedelta(minutes=2) and d.done_at == cst(2025, 3, 3, 10, 12)


@pytest.mark.parametrize("reported, due", [
    (cst(2025, 2, 1, 10), cst(2025, 2, 1, 11)),  # Saturday inside the Spring Festival
    (cst(2025, 2, 8, 10), cst(2025, 2, 8, 10, 10)),  # make-up Saturday: working hours
    (cst(2025, 10, 3, 14), cst(2025, 10, 3, 15)),  # National Day
    (cst(2025, 9, 28, 17, 59), cst(2025, 9, 28, 18, 9)),  # make-up Sunday, last working minute
    (cst(2025, 3, 3, 20), cst(2025, 3, 3, 21)),  # Monday evening
])
def test_response_across_the_calendar(services, make_case, reported, due):
    case = make_case(reported_at=reported)
    assert dl(services, case, reported, "response").due_at == due


# --- major faults ----------------------------------------------------------


def test_major_fault_restore_and_analysis(services, workflow, make_case):
    case = make_case(severity="critical", reported_at=cst(2025, 3, 3, 10), occurred_at=cst(2025, 3, 3, 9, 50))
    now = cst(2025, 3, 3, 10, 25)
    restore = dl(services, case, now, "restore")
    assert restore.due_at == cst(2025, 3, 3, 10, 30) and restore.state == "due_soon"
    analysis = dl(services, case, now, "analysis")
    assert analysis.due_at == cst(2025, 3, 4, 9, 50) and analysis.state == "ok"  # 24 h from occurrence
    workflow.transition(case["id"], "handling", at=cst(2025, 3, 3, 10, 2))
    workflow.transition(case["id"], "recovered", at=cst(2025, 3, 3, 10, 40))
    verify(workflow, case["id"], cst(2025, 3, 3, 11))
    later = cst(2025, 3, 4, 12)
    restore = dl(services, case, later, "restore")
    assert restore.state == "breached" and restore.remaining == timedelta(minutes=-10)
    assert dl(services, case, later, "analysis").state == "breached"
    workflow.transition(case["id"], "postmortem", at=cst(2025, 3, 4, 13))
    assert dl(services, case, later, "analysis").done_at == cst(2025, 3, 4, 13)


def test_fault_level_one_is_major_and_level_two_is_not(services, make_case):
    now = cst(2025, 3, 3, 10, 1)
    assert "restore" in kinds(services, make_case(fault_level="C1", severity="low"), now)
    assert "restore" not in kinds(services, make_case(fault_level="T2", severity="urgent"), now)


# --- escalation ------------------------------------------------------------


def test_duty_lead_escalation_for_t2(services, workflow, make_case):
    late = make_case(fault_level="T2")
    on_time = make_case(fault_level="C2")
    workflow.escalate(on_time["id"], "duty_lead", "C2 fault", at=cst(2025, 3, 3, 10, 5))
    now = cst(2025, 3, 3, 10, 20)
    assert dl(services, on_time, now, "duty_lead").state == "met"
    d = dl(services, late, now, "duty_lead")
    assert d.state == "breached" and d.due_at == cst(2025, 3, 3, 10, 10)
    assert "duty_lead" not in kinds(services, make_case(fault_level="T3"), now)


def test_goc_when_nobody_takes_the_fault(services, workflow, make_case):
    taken = make_case(fault_level="T1")
    workflow.assign(taken["id"], "李强", at=cst(2025, 3, 3, 10, 6))
    untaken = make_case(fault_level="T1")
    now = cst(2025, 3, 3, 10, 11)
    assert dl(services, taken, now, "goc_unattended").state == "met"
    d = dl(services, untaken, now, "goc_unattended")
    assert d.state == "breached" and d.due_at == cst(2025, 3, 3, 10, 10)
    workflow.escalate(untaken["id"], "goc", "nobody took it", at=cst(2025, 3, 3, 10, 12))
    d = dl(services, untaken, cst(2025, 3, 3, 10, 30), "goc_unattended")
    assert d.state == "breached" and d.done_at == cst(2025, 3, 3, 10, 12)


def test_goc_when_no_progress_for_an_hour(services, workflow, make_case):
    case = make_case(fault_level="T2")
    workflow.transition(case["id"], "handling", at=cst(2025, 3, 3, 10, 3))
    workflow.add_progress_notice(case["id"], {"actions_taken": "扩容"}, at=cst(2025, 3, 3, 10, 30))
    d = dl(services, case, cst(2025, 3, 3, 11, 20), "goc_stalled")
    assert d.due_at == cst(2025, 3, 3, 11, 30) and d.state == "due_soon"
    assert dl(services, case, cst(2025, 3, 3, 11, 31), "goc_stalled").state == "breached"
    workflow.escalate(case["id"], "goc", "no progress for an hour", at=cst(2025, 3, 3, 11, 35))
    d = dl(services, case, cst(2025, 3, 3, 12), "goc_stalled")
    assert d.state == "breached" and d.done_at == cst(2025, 3, 3, 11, 35) and d.due_at == cst(2025, 3, 3, 11, 30)


def test_stall_rule_stops_once_recovered(services, workflow, make_case):
    case = make_case(fault_level="T2")
    workflow.transition(case["id"], "handling", at=cst(2025, 3, 3, 10, 3))
    workflow.transition(case["id"], "recovered", at=cst(2025, 3, 3, 10, 9))
    ks = kinds(services, case, cst(2025, 3, 3, 13))
    assert "goc_stalled" not in ks
    assert dl(services, case, cst(2025, 3, 3, 13), "duty_lead").state == "met"  # recovered in time


# --- postmortem -----------------------------------------------------------


@pytest.mark.parametrize("level, due", [
    # Recovered Mon Sep 29 2025. Working days after: Sep 30, Oct 9, 10, 11 (make-up Sat), 13, …
    ("T2", cst(2025, 10, 13, 18)),
    ("C4", cst(2025, 10, 20, 18)),  # … 14, 15, 16, 17, 20
])
def test_postmortem_spans_national_day(services, workflow, make_case, level, due):
    case = make_case(fault_level=level, reported_at=cst(2025, 9, 29, 14))
    workflow.transition(case["id"], "handling", at=cst(2025, 9, 29, 14, 5))
    workflow.transition(case["id"], "recovered", at=cst(2025, 9, 29, 15))
    verify(workflow, case["id"], cst(2025, 9, 29, 16))
    d = dl(services, case, cst(2025, 10, 8, 12), "postmortem")
    assert d.due_at == due and d.state == "ok" and not d.estimated
    workflow.transition(case["id"], "postmortem", at=cst(2025, 10, 10, 10))
    workflow.transition(case["id"], "closed", at=cst(2025, 10, 13, 17))
    assert dl(services, case, cst(2025, 10, 30), "postmortem").state == "met"


def test_postmortem_over_the_spring_festival_breached(services, workflow, make_case):
    case = make_case(fault_level="T1", severity="high", reported_at=cst(2025, 1, 27, 10))
    workflow.transition(case["id"], "handling", at=cst(2025, 1, 27, 10, 5))
    workflow.transition(case["id"], "recovered", at=cst(2025, 1, 27, 10, 20))
    d = dl(services, case, cst(2025, 2, 11, 9), "postmortem")
    # Feb 5, 6, 7, 8 (make-up Saturday), 10
    assert d.due_at == cst(2025, 2, 10, 18) and d.state == "breached"
    assert d.overdue == timedelta(hours=15)


def test_postmortem_beyond_the_calendar_is_flagged_estimated(services, workflow, make_case):
    case = make_case(fault_level="T3", reported_at=cst(2026, 12, 28, 10))
    workflow.transition(case["id"], "handling", at=cst(2026, 12, 28, 10, 5))
    workflow.transition(case["id"], "recovered", at=cst(2026, 12, 28, 11))
    d = dl(services, case, cst(2026, 12, 29), "postmortem")
    assert d.estimated and d.due_at == cst(2027, 1, 11, 18)  # Mon–Fri assumed in 2027


# --- exclusions -----------------------------------------------------------


def test_not_a_fault_owes_only_the_response(services, workflow, make_case):
    case = make_case(severity="critical", fault_level="T1")
    workflow.mark_not_a_fault(case["id"], "用户自行变更", at=cst(2025, 3, 3, 10, 1))
    assert kinds(services, case, cst(2025, 3, 3, 12)) == ["response"]


def test_closed_case_without_stamps_is_not_judged(services, make_case):
    case = make_case(fault_level="T2", status="closed", closed_at=cst(2025, 3, 4))
    assert kinds(services, case, cst(2025, 3, 5)) == []
