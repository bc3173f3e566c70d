"""Every report's numbers on the hand-computed archive of conftest.py."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kbdesk.reports.catalog import REPORTS, build_report
from kbdesk.reports.table import ReportFilters

NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
YEAR = ReportFilters(date(2026, 1, 1), date(2026, 12, 31))


def row(table, *first):
    """The row starting with these cells."""
    n = len(first)
    found = [r for r in table.rows if tuple(r[:n]) == first]
    assert len(found) == 1, (first, table.rows)
    return dict(zip([c.key for c in table.columns], found[0], strict=True))


def test_times_per_severity(archive, small):
    t = build_report(archive, "times", now=NOW)
    crit = row(t, "response", "critical")
    # 5 and 20 minutes: p50 by nearest rank is the first, p90 the second.
    assert (crit["cases"], crit["p50"], crit["p90"], crit["max"]) == (2, 5.0, 20.0, 20.0)
    assert (crit["lt_10m"], crit["10_30m"], crit["30_60m"]) == (1, 1, 0)
    high = row(t, "response", "high")
    assert (high["cases"], high["p50"], high["p90"], high["lt_10m"], high["30_60m"]) == (2, 8.0, 45.0, 1, 1)
    # The medium case is not a fault: left out.
    assert row(t, "response", "medium")["cases"] == 0
    rec = row(t, "recovery", "critical")
    assert (rec["cases"], rec["10_30m"], rec["1_4h"]) == (2, 1, 1)
    assert row(t, "recovery", "high")["4_24h"] == 1  # 300 min; the other high case is not recovered
    assert row(t, "recovery", "low")["ge_24h"] == 1  # 1500 min
    response_panel = t.chart.panels[0]
    critical = next(s for s in response_panel.series if s.key == "critical")
    assert critical.values == [1.0, 1.0, 0.0, 0.0, 0.0, 0.0]


def test_cases_by_category_month_and_customer(archive, small):
    t = build_report(archive, "cases", by="category", now=NOW)
    os_ = row(t, "os_problem")
    assert (os_["cases"], os_["critical"], os_["medium"], os_["open"], os_["not_a_fault"]) == (3, 2, 1, 0, 1)
    conf = row(t, "configuration_error")
    assert (conf["cases"], conf["high"], conf["open"]) == (2, 2, 2)
    assert t.column("category") == ["os_problem", "configuration_error", "operation_error"]
    by_month = build_report(archive, "cases", by="month", now=NOW)
    assert [(r[0], r[1]) for r in by_month.rows] == [("2026-03", 3), ("2026-04", 3)]
    rds = build_report(archive, "cases", ReportFilters(product="RDS"), by="customer", now=NOW)
    assert sorted((r[0], r[1]) for r in rds.rows) == [("乙公司", 1), ("甲银行", 1)]
    # The chart stacks exactly the table's severity counts.
    critical = next(s for s in t.chart.panels[0].series if s.key == "critical")
    assert critical.values == [2.0, 0.0, 0.0]


def test_cases_period_filter(archive, small):
    march = build_report(archive, "cases", ReportFilters(date(2026, 3, 1), date(2026, 3, 31)), "month", NOW)
    assert march.rows == [["2026-03", 3, 2, 0, 1, 0, 0, 1, 0]]


def test_complaints(archive, services, small):
    t = build_report(archive, "complaints", by="month", now=NOW)
    assert row(t, "2026-03") == {"month": "2026-03", "received": 1, "closed": 1, "open": 0, "days_to_close": 2.0}
    assert row(t, "2026-04") == {"month": "2026-04", "received": 1, "closed": 0, "open": 1, "days_to_close": None}
    services.create("complaint", {"customer_id": small["B"], "channel": "phone", "subject": "其他",
                                  "received_at": datetime(2026, 6, 2, 2, 0, tzinfo=UTC)})
    series = build_report(archive, "complaints", by="month", now=NOW)
    # A time series: May, without complaints, is there as zero.
    assert series.column("month") == ["2026-03", "2026-04", "2026-05", "2026-06"]
    assert series.column("received") == [1, 1, 0, 1]
    by_subject = build_report(archive, "complaints", by="subject", now=NOW)
    assert by_subject.rows[0] == ["响应慢", 2, 1, 1, 2.0]  # surrounding spaces do not split a subject
    ecs = build_report(archive, "complaints", ReportFilters(product="ECS"), "month", NOW)
    assert ecs.rows == [["2026-03", 1, 1, 0, 2.0]]  # only the complaint about an ECS case


def test_satisfaction_by_quarter_engineer_customer(archive, small):
    q = build_report(archive, "satisfaction", by="quarter", now=NOW)
    assert row(q, "2026-Q1") == {"quarter": "2026-Q1", "surveys": 2, "attitude": 4.0, "business": 4.0,
                                 "technical": 4.0, "overall": 4.0}
    q2 = row(q, "2026-Q2")
    assert (q2["attitude"], q2["business"], q2["technical"]) == (2.0, 3.0, 5.0)
    assert q2["overall"] == pytest.approx(10 / 3)
    e = build_report(archive, "satisfaction", by="engineer", now=NOW)
    assert [(r[0], r[1]) for r in e.rows] == [("王工", 2), ("—", 1)]
    c = build_report(archive, "satisfaction", by="customer", now=NOW)
    assert row(c, "甲银行")["surveys"] == 2 and row(c, "乙公司")["technical"] == 5.0
    line = q.chart.panels[0]
    assert line.kind == "line" and line.series[0].values == [4.0, 2.0]


def test_training_progress(archive, small):
    t = build_report(archive, "training", YEAR, now=NOW)
    a = row(t, "甲银行")
    # Held on site: 1 (the remote one does not count); planned: held + planned, not the cancelled one.
    assert (a["required"], a["planned"], a["held"], a["cancelled"], a["remaining"], a["progress"]) == \
        (5, 2, 1, 1, 4, 20.0)
    b = row(t, "乙公司")
    assert (b["required"], b["held"], b["remaining"], b["progress"]) == (5, 0, 5, 0.0)
    two_years = build_report(archive, "training", ReportFilters(date(2025, 1, 1), date(2026, 12, 31)), now=NOW)
    assert row(two_years, "甲银行")["required"] == 10


def test_drills_done_against_plan(archive, small):
    t = build_report(archive, "drills", YEAR, now=NOW)
    r1 = row(t, "R1 数据库恢复")
    assert (r1["planned"], r1["done"], r1["success"], r1["failed"], r1["real"], r1["behind"]) == (1, 2, 1, 1, 1, 0)
    assert r1["last_drill"] == date(2026, 6, 15)
    r2 = row(t, "R2 网络切换")
    assert (r2["done"], r2["partial"]) == (1, 1)
    only_a = build_report(archive, "drills", ReportFilters(date(2026, 1, 1), date(2026, 12, 31), small["A"]),
                          now=NOW)
    assert only_a.column("runbook") == ["R1 数据库恢复"]
    only_b = build_report(archive, "drills", ReportFilters(date(2026, 1, 1), date(2026, 12, 31), small["B"]),
                          now=NOW)
    assert only_b.column("runbook") == ["R2 网络切换"]


def test_sla_with_customer_filter(archive, small):
    t = build_report(archive, "sla", now=NOW)
    crit = row(t, "critical")
    # Responses 5 and 20 min against 10 min in working hours; restores 25 and 90 min against 30.
    assert (crit["cases"], crit["major"], crit["response_met"], crit["restore_met"]) == (2, 2, 50.0, 50.0)
    assert row(t, "total")["cases"] == 5  # the not-a-fault case is left out
    b = build_report(archive, "sla", ReportFilters(customer=small["B"]), now=NOW)
    assert [r[0] for r in b.rows] == ["high", "low", "total"]
    assert row(b, "high")["response_met"] == 0.0  # 45 minutes


def test_every_report_and_grouping_builds_on_an_empty_archive(archive):
    for name, info in REPORTS.items():
        for by in info.groupings or (None,):
            table = build_report(archive, name, by=by, now=NOW)
            assert table.name == name and table.chart is not None


def test_bad_grouping_is_a_clear_error(archive):
    with pytest.raises(ValueError, match="groups by"):
        build_report(archive, "cases", by="colour")
