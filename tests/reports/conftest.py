"""A tiny archive whose report figures are worked out by hand in the tests.

Built through the services (real SQLite in tmp_path). Times are Beijing time;
2026-03-02 … 04-03 are working days, 10:00 is inside working hours.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

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
