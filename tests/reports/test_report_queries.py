"""The reads behind the reports (kbdesk.services.report_queries): plain typed rows, the filters
applied in the query, one read session that ends with the iteration."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from kbdesk.services.report_queries import (
    CaseCountRow,
    CaseScope,
    case_count_rows,
    category_names,
    complaint_rows,
    survey_rows,
)

CST = timezone(timedelta(hours=8))


def test_case_rows_are_plain_named_rows_with_the_customer_name(services, small):
    rows = list(case_count_rows(services.archive, CaseScope()))
    assert len(rows) == 6 and all(type(r) is CaseCountRow for r in rows)
    first = min(rows, key=lambda r: r.reported_at)
    assert (first.customer, first.severity, first.product, first.status) == ("甲银行", "critical", "ECS", "closed")
    assert first.reported_at.tzinfo is not None  # aware UTC, as storage hands it out


def test_the_scope_filters_in_the_query(services, small):
    a = small["A"]
    assert {r.customer for r in case_count_rows(services, CaseScope(customer=a))} == {"甲银行"}
    assert {r.product for r in case_count_rows(services, CaseScope(product="RDS"))} == {"RDS"}
    # [2026-04-01 00:00, 2026-04-03 00:00) Beijing time: the cases of 1 and 2 April.
    april = CaseScope(reported_from=datetime(2026, 4, 1, tzinfo=CST), reported_before=datetime(2026, 4, 3, tzinfo=CST))
    assert sorted(r.reported_at.astimezone(CST).day for r in case_count_rows(services, april)) == [1, 2]
    assert [r.subject for r in complaint_rows(services, customer=a)] == ["响应慢"]
    assert len(list(complaint_rows(services, product="ECS"))) == 1  # through the complaint's case
    assert [s.date for s in survey_rows(services, start=date(2026, 3, 15), end=date(2026, 3, 31))] == [
        date(2026, 3, 20)
    ]
    assert [s.owner for s in survey_rows(services, customer=small["B"])] == [None]  # no case surveyed


def test_the_read_session_ends_with_the_iteration(services, small):
    pool = services.archive.engine.pool
    idle = pool.checkedout()
    rows = case_count_rows(services, CaseScope())
    next(rows)
    assert pool.checkedout() == idle + 1  # the rows stream from one open read
    rows.close()  # a report that stops early ends its read at once
    assert pool.checkedout() == idle
    assert len(list(case_count_rows(services, CaseScope()))) == 6 and pool.checkedout() == idle
    assert "os_problem" in category_names(services)
