"""SLA statistics and the CLI table."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kbdesk.reports.sla import Distribution, format_duration, sla_command_output, sla_stats

from .conftest import cst

NOW = cst(2025, 6, 1)


@pytest.fixture
def history(services, make_case, customer):
    other = services.create("customer", {"name": "西南某券商"})

    def case(minutes_to_respond, minutes_to_recover, **kw):
        rep = kw.pop("reported_at", cst(2025, 3, 3, 10))  # Monday, working hours
        data = {"reported_at": rep, "status": "recovered"}
        if minutes_to_respond is not None:
            data["responded_at"] = rep + timedelta(minutes=minutes_to_respond)
        if minutes_to_recover is not None:
            data["recovered_at"] = rep + timedelta(minutes=minutes_to_recover)
        data.update(kw)
        return make_case(**data)

    case(5, 20, severity="critical")  # response met, restore met
    case(12, 45, severity="critical", customer_id=other["id"])  # both missed
    case(8, 300, severity="high", fault_level="T3", status="closed",
         closed_at=cst(2025, 3, 14, 17))  # postmortem on time (10 working days → Mar 17)
    case(8, 300, severity="high", fault_level="T2", status="closed",
         closed_at=cst(2025, 3, 14, 17))  # postmortem late (5 working days → Mar 10)
    case(50, 90, severity="low", reported_at=cst(2025, 4, 5, 20))  # Saturday evening: 60 min allowed
    case(None, None, severity="low", status="handling", reported_at=cst(2025, 4, 7, 10))  # missed, unrecovered
    case(1, 5, severity="critical", not_a_fault=True)  # excluded
    case(None, None, severity="medium", status="closed", closed_at=cst(2025, 3, 4))  # no stamps: not judged
    return other


def rows_by_group(rows):
    return {r.group: r for r in rows}


def test_by_severity(services, history):
    rows = rows_by_group(sla_stats(services, "severity", now=NOW))
    assert list(rows) == ["critical", "high", "medium", "low", "total"]
    crit = rows["critical"]
    assert crit.cases == 2 and crit.major == 2
    assert (crit.response.met, crit.response.total) == (1, 2)
    assert (crit.restore.met, crit.restore.total) == (1, 2) and crit.restore.percent == 50.0
    high = rows["high"]
    assert (high.postmortem.met, high.postmortem.total) == (1, 2)
    assert high.restore.total == 0 and high.restore.percent is None
    low = rows["low"]
    assert (low.response.met, low.response.total) == (1, 2)
    assert rows["medium"].response.total == 0 and rows["medium"].cases == 1
    total = rows["total"]
    assert total.cases == 7  # the not-a-fault case is left out
    assert (total.response.met, total.response.total) == (4, 6)


def test_distributions(services, history):
    total = rows_by_group(sla_stats(services, "severity", now=NOW))["total"]
    m = timedelta(minutes=1)
    # response minutes: 5, 8, 8, 12, 50 (nearest rank)
    assert total.response_time == Distribution(5, 8 * m, 50 * m, 50 * m)
    # recovery minutes: 20, 45, 90, 300, 300
    assert total.recovery_time == Distribution(5, 90 * m, 300 * m, 300 * m)


def test_by_customer_month_quarter_and_range(services, history, customer):
    by_customer = rows_by_group(sla_stats(services, "customer", now=NOW))
    assert by_customer[history["name"]].cases == 1 and by_customer[customer["name"]].cases == 6
    by_month = rows_by_group(sla_stats(services, "month", now=NOW))
    assert [g for g in by_month] == ["2025-03", "2025-04", "total"]
    assert by_month["2025-04"].cases == 2
    assert list(rows_by_group(sla_stats(services, "quarter", now=NOW))) == ["2025-Q1", "2025-Q2", "total"]
    april = rows_by_group(sla_stats(services, "severity", date(2025, 4, 1), date(2025, 4, 5), now=NOW))
    assert april["total"].cases == 1  # the end date is inclusive (Apr 5 20:00 local)


def test_pending_measures_are_left_out(services, make_case):
    make_case(reported_at=cst(2025, 3, 3, 10), severity="critical")
    row = sla_stats(services, now=cst(2025, 3, 3, 10, 5))[-1]
    assert row.response.total == 0 and row.restore.total == 0
    row = sla_stats(services, now=cst(2025, 3, 3, 10, 11))[-1]
    assert (row.response.met, row.response.total) == (0, 1) and row.restore.total == 0


def test_cli_output(services, history):
    out = sla_command_output(services, "severity", date(2025, 3, 1), date(2025, 3, 31), now=NOW)
    lines = out.splitlines()
    assert lines[0].startswith("SLA compliance by severity, cases reported 2025-03-01 … 2025-03-31")
    assert "50.0% (1/2)" in out and "critical" in out
    assert lines[-1].split()[0] == "total"
    with pytest.raises(ValueError, match="cannot group by"):
        sla_stats(services, "colour")


def test_format_duration():
    assert [format_duration(timedelta(minutes=m)) for m in (0, 9, 65, 60 * 24 * 2 + 180)] == \
        ["0m", "9m", "1h05m", "2d03h"]
    assert format_duration(None) == "—"
