"""The archive-wide attention list and customer quotas."""

from __future__ import annotations

from datetime import date, timedelta

from kbdesk.rules.plan import ServicePlan
from kbdesk.rules.quotas import quarter_of, quota_deadline, year_of
from kbdesk.rules.working_calendar import WorkCalendar
from kbdesk.services.attention import attention_items

from .conftest import cst


def test_attention_lists_open_items_most_urgent_first(services, workflow, make_case, customer):
    now = cst(2025, 3, 3, 10, 20)
    breached = make_case(fault_level="T2", reported_at=cst(2025, 3, 3, 10))  # response + escalations
    soon = make_case(reported_at=cst(2025, 3, 3, 10, 12))  # response due 10:22
    fine = make_case(reported_at=cst(2025, 3, 3, 10, 19))
    workflow.transition(fine["id"], "handling", at=cst(2025, 3, 3, 10, 19))
    make_case(status="closed", reported_at=cst(2025, 3, 1, 10), closed_at=cst(2025, 3, 2))
    workflow.add_action(breached["id"], "补监控", due_date=date(2025, 3, 2))
    items = attention_items(services, now)
    got = [(d.kind, d.label, d.state) for d in items if d.record_type != "customer"]
    assert got == [
        ("action", breached["number"], "breached"),
        ("duty_lead", breached["number"], "breached"),
        ("goc_unattended", breached["number"], "breached"),
        ("response", breached["number"], "breached"),
        ("response", soon["number"], "due_soon"),
    ]
    assert items[0].remaining == -(now - cst(2025, 3, 3))
    assert all(d.customer == customer["name"] for d in items)
    # Everything open, not only what presses.
    every = attention_items(services.archive, now, include_ok=True)
    assert ("goc_stalled", breached["number"], "ok") in [(d.kind, d.label, d.state) for d in every]


def test_quotas_behind_plan(services, customer):
    other = services.create("customer", {"name": "西南某券商"})
    course = services.create("course", {"title": "云数据库运维"})
    for m in (1, 2, 4):  # three on-site sessions held by May; one remote; one only planned
        services.create("training_session", {"course_id": course["id"], "customer_id": customer["id"],
                                             "planned_date": date(2025, m, 10), "held_date": date(2025, m, 12),
                                             "status": "held"})
    services.create("training_session", {"course_id": course["id"], "customer_id": customer["id"],
                                         "planned_date": date(2025, 5, 1), "status": "held", "onsite": False})
    services.create("training_session", {"course_id": course["id"], "customer_id": customer["id"],
                                         "planned_date": date(2025, 5, 2)})
    services.create("service_record", {"customer_id": customer["id"], "date": date(2025, 4, 3),
                                       "engineer": "赵六", "channel": "remote", "kind": "briefing"})
    services.create("service_record", {"customer_id": other["id"], "date": date(2025, 3, 30),
                                       "engineer": "赵六", "channel": "onsite", "kind": "consultation"})
    now = cst(2025, 6, 20, 12)  # 47% into the year: 2 trainings expected; Q2 ends in 11 days
    every = {(d.label, d.kind): d for d in attention_items(services, now, include_ok=True)
             if d.record_type == "customer"}
    mine = every[(customer["name"], "training")]
    assert mine.progress == (3, 5) and mine.state == "ok"
    assert mine.due_at == cst(2026, 1, 1)
    theirs = every[(other["name"], "training")]
    assert theirs.progress == (0, 5) and theirs.state == "due_soon"  # behind the pro-rata plan
    assert (customer["name"], "consultation") not in every  # met this quarter: not open
    c = every[(other["name"], "consultation")]
    assert c.progress == (0, 1) and c.state == "due_soon" and c.due_at == cst(2025, 7, 1)  # Q1 one does not count


def test_quota_states_over_a_period():
    plan, cal = ServicePlan(), WorkCalendar(ServicePlan())
    q = quarter_of(date(2025, 11, 5))
    assert (q.start, q.end) == (date(2025, 10, 1), date(2026, 1, 1))
    assert year_of(date(2025, 11, 5)).end == date(2026, 1, 1)
    early = quota_deadline("consultation", "c", "C", [], q, 1, cst(2025, 10, 10), plan, cal)
    assert early.state == "ok"
    missed = quota_deadline("consultation", "c", "C", [date(2025, 9, 30)], q, 1, cst(2026, 1, 2), plan, cal)
    assert missed.state == "breached" and missed.overdue == timedelta(days=1)
    met = quota_deadline("consultation", "c", "C", [date(2025, 11, 1)], q, 1, cst(2025, 10, 10), plan, cal)
    assert met.state == "met" and met.done_at == cst(2025, 11, 1)


def test_action_due_soon_and_done(services, workflow, make_case):
    case = make_case()
    soon = workflow.add_action(case["id"], "复核参数", due_date=date(2025, 3, 10))
    later = workflow.add_action(case["id"], "演练", due_date=date(2025, 3, 30))
    done = workflow.add_action(case["id"], "扩容", due_date=date(2025, 3, 5))
    workflow.set_action_status(done["id"], "done", at=cst(2025, 3, 4))
    workflow.transition(case["id"], "handling", at=cst(2025, 3, 3, 10, 5))
    items = {d.record_id: d for d in attention_items(services, cst(2025, 3, 10, 9), include_ok=True)
             if d.kind == "action"}
    assert items[soon["id"]].state == "due_soon" and items[soon["id"]].due_at == cst(2025, 3, 11)
    assert items[later["id"]].state == "ok"
    assert done["id"] not in items
