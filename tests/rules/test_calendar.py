"""The China working calendar across real holiday boundaries."""

from __future__ import annotations

from datetime import date

import pytest

from kbdesk.rules.deadlines import response_deadline
from kbdesk.rules.plan import ServicePlan
from kbdesk.rules.working_calendar import WorkCalendar

from .conftest import cst


@pytest.fixture
def cal():
    return WorkCalendar(ServicePlan())


@pytest.mark.parametrize("day, working", [
    (date(2025, 1, 24), True),   # Friday before the Spring Festival
    (date(2025, 1, 25), False),  # ordinary Saturday
    (date(2025, 1, 26), True),   # make-up Sunday (调休)
    (date(2025, 1, 27), True),   # Monday, still a working day
    (date(2025, 1, 28), False),  # Spring Festival eve: holiday
    (date(2025, 1, 31), False),
    (date(2025, 2, 3), False),   # Monday inside the holiday
    (date(2025, 2, 4), False),   # last holiday day
    (date(2025, 2, 5), True),
    (date(2025, 2, 8), True),    # make-up Saturday
    (date(2025, 9, 28), True),   # make-up Sunday before National Day
    (date(2025, 10, 1), False),
    (date(2025, 10, 8), False),  # last day of the 2025 National Day holiday
    (date(2025, 10, 9), True),
    (date(2025, 10, 11), True),  # make-up Saturday
    (date(2025, 10, 12), False),
])
def test_official_days(cal, day, working):
    assert cal.is_workday(day) is working
    assert not cal.is_estimated(day)


def test_working_time_on_a_make_up_saturday(cal):
    assert cal.is_working_time(cst(2025, 2, 8, 10))
    assert not cal.is_working_time(cst(2025, 2, 8, 18))  # end is exclusive
    assert cal.is_working_time(cst(2025, 2, 8, 9))  # start is inclusive
    assert not cal.is_working_time(cst(2025, 2, 1, 10))  # holiday Saturday


def test_working_time_uses_the_plan_zone(cal):
    # 01:30 UTC is 09:30 in Shanghai.
    from datetime import UTC, datetime

    assert cal.is_working_time(datetime(2025, 3, 3, 1, 30, tzinfo=UTC))
    assert not cal.is_working_time(datetime(2025, 3, 3, 0, 30, tzinfo=UTC))


def test_add_working_days_skips_the_spring_festival(cal):
    assert cal.add_working_days(date(2025, 1, 27), 1) == date(2025, 2, 5)
    # Jan 24 (Fri) + 5: Jan 26 (make-up Sun), 27, Feb 5, 6, 7.
    assert cal.add_working_days(date(2025, 1, 24), 5) == date(2025, 2, 7)
    assert cal.add_working_days(date(2025, 1, 24), 6) == date(2025, 2, 8)  # make-up Saturday counts
    assert cal.add_working_days(date(2025, 2, 5), -1) == date(2025, 1, 27)
    assert cal.add_working_days(date(2025, 1, 30), 0) == date(2025, 1, 30)


def test_add_working_days_over_national_day(cal):
    # Sep 26 (Fri) + 10: 28 (make-up), 29, 30, Oct 9, 10, 11 (make-up), 13, 14, 15, 16.
    assert cal.add_working_days(date(2025, 9, 26), 10) == date(2025, 10, 16)
    assert cal.working_days_between(date(2025, 9, 26), date(2025, 10, 16)) == 10


def test_working_days_deadline_ends_at_closing_time(cal):
    due = cal.working_days_deadline(cst(2025, 1, 27, 20), 5)
    assert due == cst(2025, 2, 10, 18)  # Feb 5,6,7,8(Sat make-up),10


def test_extra_days_from_the_plan_override_the_official_calendar():
    plan = ServicePlan(extra_holidays=["2025-03-03"], extra_workdays=["2025-02-01"])
    cal = WorkCalendar(plan)
    assert not cal.is_workday(date(2025, 3, 3))
    assert cal.is_workday(date(2025, 2, 1))


def test_years_outside_the_library_fall_back_to_monday_to_friday(cal):
    assert cal.is_estimated(date(2031, 1, 1))
    assert cal.is_workday(date(2031, 1, 1))  # a Wednesday; no holiday data
    assert not cal.is_workday(date(2031, 1, 4))  # Saturday
    assert cal.add_working_days(date(2031, 1, 3), 1) == date(2031, 1, 6)
    assert cal.spans_estimate(cst(2026, 12, 30, 10), cst(2027, 1, 8, 18))
    assert not cal.spans_estimate(cst(2025, 12, 30, 10), cst(2026, 1, 8, 18))


def test_official_calendar_can_be_switched_off():
    cal = WorkCalendar(ServicePlan(use_official_calendar=False))
    assert cal.is_workday(date(2025, 10, 1))  # Wednesday, plain Mon–Fri
    assert not cal.is_workday(date(2025, 10, 11))
    assert not cal.is_estimated(date(2031, 1, 1))


@pytest.mark.parametrize("reported, minutes", [
    (cst(2025, 2, 8, 17, 55), 10),  # make-up Saturday, in hours
    (cst(2025, 2, 8, 18, 0), 60),  # closing time
    (cst(2025, 1, 29, 10), 60),  # Spring Festival weekday
    (cst(2025, 10, 9, 8, 59), 60),  # a minute before opening
    (cst(2025, 10, 11, 9, 0), 10),  # make-up Saturday after National Day
])
def test_response_deadline_inside_and_outside_working_hours(cal, reported, minutes):
    due = response_deadline(reported, ServicePlan(), cal)
    assert (due - reported).total_seconds() == minutes * 60
