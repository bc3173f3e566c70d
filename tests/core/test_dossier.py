"""The dossier service: paging, filters, deadlines met or missed, summary — no Qt."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from kbdesk.errors import NotFoundError
from kbdesk.services.dossier import dossier_page, dossier_summary

CST = timezone(timedelta(hours=8))
NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)


@pytest.fixture
def customer(services):
    cid = services.create("customer", {"name": "甲银行", "service_manager": "王敏", "technical_manager": "李强"})["id"]
    other = services.create("customer", {"name": "乙公司"})["id"]
    services.create("contact", {"customer_id": cid, "name": "张伟", "designated": True})
    same = datetime(2026, 3, 2, 10, 0, tzinfo=CST)  # many cases at one instant: ties must page right
    for i in range(12):
        case = services.create("case", {
            "customer_id": cid, "title": f"故障 {i}", "severity": "critical" if i == 0 else "low",
            "category": "os_problem", "reported_at": same if i < 6 else same + timedelta(days=i),
            "status": "closed", "responded_at": same + timedelta(days=i if i >= 6 else 0, minutes=5),
            "recovered_at": same + timedelta(days=i if i >= 6 else 0, minutes=20),
            "closed_at": same + timedelta(days=i + 1)})
        if i == 0:
            services.create("escalation", {"case_id": case["id"], "target": "duty_lead", "at": same})
    services.create("case", {"customer_id": other, "title": "别人的", "severity": "low", "category": "os_problem"})
    services.create("service_record", {"customer_id": cid, "date": date(2026, 3, 2), "engineer": "赵六",
                                       "channel": "onsite", "kind": "consultation"})
    services.create("complaint", {"customer_id": cid, "received_at": same, "channel": "phone", "subject": "慢"})
    services.create("survey", {"customer_id": cid, "date": date(2026, 4, 1), "attitude": 5, "business": 4,
                               "technical": 3})
    return cid


def walk(archive, cid, limit, **kw):
    items, cursor = [], None
    while True:
        page = dossier_page(archive, cid, cursor=cursor, limit=limit, now=NOW, **kw)
        items += page.items
        if not page.has_more:
            return items
        cursor = page.cursor


def test_pages_add_up_to_the_whole_timeline(archive, customer):
    whole = dossier_page(archive, customer, limit=10_000, now=NOW)
    assert not whole.has_more
    for limit in (1, 2, 5):
        paged = walk(archive, customer, limit)
        assert sorted(i.order for i in paged) == sorted(i.order for i in whole.items)
    kinds = [i.kind for i in whole.items]
    assert kinds.count("case") == 12 and kinds.count("escalation") == 1
    assert {"service_record", "complaint", "survey"} <= set(kinds)
    assert "别人的" not in {i.title for i in whole.items}


def test_deadlines_met_and_missed_are_items(archive, customer):
    items = dossier_page(archive, customer, kinds=["deadline"], limit=10_000, now=NOW).items
    assert {i.kind for i in items} == {"deadline"}
    critical = [i for i in items if i.severity == "critical"]
    by_kind = {i.detail: i.state for i in critical}
    # Responded after 5 min (met), restored after 20 (met), escalated to the duty lead at once (met).
    assert by_kind["response"] == "met" and by_kind["restore"] == "met" and by_kind["duty_lead"] == "met"
    # Each item opens its case.
    assert all(i.record_type == "case" for i in items)


def test_filters_by_kind_and_period(archive, customer):
    only = dossier_page(archive, customer, kinds=["complaint", "survey"], now=NOW).items
    assert sorted(i.kind for i in only) == ["complaint", "survey"]
    april = dossier_page(archive, customer, start=date(2026, 4, 1), end=date(2026, 4, 30), now=NOW).items
    assert {i.kind for i in april} == {"survey"}
    march = dossier_page(archive, customer, kinds=["case"], start=date(2026, 3, 1), end=date(2026, 3, 10),
                         now=NOW).items
    assert len(march) == 9  # six at 03-02, then 03-08, 03-09 and 03-10 (the end is inclusive)


def test_summary(archive, customer):
    s = dossier_summary(archive, customer, now=datetime(2026, 3, 20, 2, 0, tzinfo=UTC))
    assert (s.name, s.service_manager, s.technical_manager) == ("甲银行", "王敏", "李强")
    assert [(c.name, c.designated) for c in s.contacts] == [("张伟", True)]
    consult, training = s.quotas
    assert consult.progress == (1, 1) and consult.state == "met"
    assert training.progress == (0, 5)
    assert s.counts["case"] == 12 and s.counts["escalation"] == 1
    assert (s.open_cases, s.open_complaints) == (0, 1)


def test_unknown_customer(archive):
    with pytest.raises(NotFoundError):
        dossier_page(archive, "nobody")


import pytest as _both_engines_pytest  # noqa: E402

pytestmark = _both_engines_pytest.mark.both_engines
