"""A tiny archive whose report figures are worked out by hand in the tests.

Built through the services (real SQLite in tmp_path). Times are Beijing time;
2026-03-02 … 04-03 are working days, 10:00 is inside working hours.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from .drill_fixtures import at_minute

CST = timezone(timedelta(hours=8))


def at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=CST)


# (customer, severity, product, category, reported, response min, recovery min, status, not a fault)
CASES = [
    ("A", "critical", "ECS", "os_problem", at(3, 2), 5, 25, "closed", False),
    ("A", "critical", "ECS", "os_problem", at(3, 3), 20, 90, "closed", False),
    ("A", "high", "RDS", "configuration_error", at(3, 4), 8, 300, "recovered", False),
    ("B", "high", "RDS", "configuration_error", at(4, 1), 45, None, "handling", False),
    ("B", "low", "OSS", "operation_error", at(4, 2), 2, 1500, "closed", False),
    ("B", "medium", "ECS", "os_problem", at(4, 3), 3, None, "closed", True),
]


@pytest.fixture
def small(services):
    """The archive and the ids of what it holds."""
    ids = {}
    ids["A"] = services.create("customer", {"name": "甲银行"})["id"]
    ids["B"] = services.create("customer", {"name": "乙公司"})["id"]
    cases = []
    for cust, sev, product, category, reported, resp, recov, status, naf in CASES:
        values = {"customer_id": ids[cust], "title": f"{product} 故障", "severity": sev, "product": product,
                  "category": category, "reported_at": reported, "status": status, "owner": "王工",
                  "responded_at": reported + timedelta(minutes=resp), "not_a_fault": naf}
        if recov is not None:
            values["recovered_at"] = reported + timedelta(minutes=recov)
        if status == "closed":
            values["closed_at"] = reported + timedelta(days=2)
        cases.append(services.create("case", values)["id"])
    ids["cases"] = cases
    services.create("complaint", {"customer_id": ids["A"], "received_at": at(3, 5), "channel": "phone",
                                  "subject": "响应慢", "closed_at": at(3, 7), "case_id": cases[0]})
    services.create("complaint", {"customer_id": ids["B"], "received_at": at(4, 10), "channel": "email",
                                  "subject": " 响应慢 "})
    for cust, case, day, scores in (("A", cases[0], date(2026, 3, 10), (5, 4, 3)),
                                    ("A", cases[2], date(2026, 3, 20), (3, 4, 5)),
                                    ("B", None, date(2026, 4, 15), (2, 3, 5))):
        services.create("survey", {"customer_id": ids[cust], "case_id": case, "date": day,
                                   "attitude": scores[0], "business": scores[1], "technical": scores[2]})
    course = services.create("course", {"title": "云数据库运维"})["id"]
    for planned, held, status, onsite in ((date(2026, 2, 1), date(2026, 2, 2), "held", True),
                                          (date(2026, 5, 1), None, "planned", True),
                                          (date(2026, 6, 1), None, "cancelled", True),
                                          (date(2026, 3, 1), date(2026, 3, 1), "held", False)):
        services.create("training_session", {"course_id": course, "customer_id": ids["A"],
                                             "planned_date": planned, "held_date": held, "status": status,
                                             "onsite": onsite})
    r1 = services.create("runbook", {"title": "R1 数据库恢复", "kind": "recovery", "customer_id": ids["A"]})["id"]
    r2 = services.create("runbook", {"title": "R2 网络切换", "kind": "emergency"})["id"]
    for rb, cust, day, kind, outcome in ((r1, "A", date(2026, 3, 15), "drill", "success"),
                                         (r1, "A", date(2026, 6, 15), "drill", "failed"),
                                         (r1, "A", date(2026, 7, 1), "real", "success"),
                                         (r2, "B", date(2026, 4, 1), "drill", "partial")):
        services.create("drill", {"runbook_id": rb, "customer_id": ids[cust], "date": day, "kind": kind,
                                  "outcome": outcome})
    ids["r1"], ids["r2"] = r1, r2
    return ids


@pytest.fixture
def drilled_runbook(services):
    """A three-step runbook (5 + 10 + 15 planned) and three drills, hand-timed:

    2025-03-01: 4, 12, 20 minutes, all done                → actual 36
    2025-09-01: 6, failed after 8, step 3 never run         → actual 14
    2026-03-01 (real): 5, 9, 14                            → actual 28
    """
    rb = services.create("runbook", {"title": "RDS 主备切换恢复", "kind": "recovery"})
    steps = [services.create("runbook_step", {"runbook_id": rb["id"], "position": n, "action": action,
                                              "estimated_minutes": est})
             for n, (action, est) in enumerate((("确认主库故障", 5), ("执行切换 failover", 10),
                                                 ("验证业务读写", 15)), 1)]
    plan = [
        (date(2025, 3, 1), "drill", [(0, 4, True), (4, 16, True), (16, 36, True)]),
        (date(2025, 9, 1), "drill", [(0, 6, True), (6, 14, False), None]),
        (date(2026, 3, 1), "real", [(0, 5, True), (5, 14, True), (14, 28, True)]),
    ]
    drills = []
    for day, kind, times in plan:
        drill = services.create("drill", {"runbook_id": rb["id"], "date": day, "kind": kind})
        drills.append(drill)
        for step, t in zip(steps, times, strict=True):
            if t is None:
                continue
            services.create("drill_step", {
                "drill_id": drill["id"], "step_id": step["id"], "position": step["position"],
                "started_at": at_minute(day, t[0]), "ended_at": at_minute(day, t[1]), "ok": t[2]})
    return rb, steps, drills
