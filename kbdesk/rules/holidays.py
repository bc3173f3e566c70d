"""Which years' official holidays are known, and the imported days of the others.

The State Council publishes next year's holidays around November; the
installed chinesecalendar only knows the years it was released with. From
December the app says when next year is still unknown, and the user imports
the published list (kbdesk.transfer.holidays reads the files).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from .plan import ServicePlan
from .working_calendar import WorkCalendar

# From this month on, next year's calendar is expected to be known.
NOTICE_FROM_MONTH = 12


@dataclass(frozen=True)
class CalendarDay:
    day: date
    working: bool
    source: str  # official | imported | extra | weekday (Mon–Fri assumed)


def unknown_years(plan: ServicePlan, today: date) -> list[int]:
    """Years whose official holidays the app should have but does not: this year
    always, next year from December. Empty when the plan does not use the
    official calendar."""
    if not plan.use_official_calendar:
        return []
    cal = WorkCalendar(plan)
    wanted = [today.year] + ([today.year + 1] if today.month >= NOTICE_FROM_MONTH else [])
    return [y for y in wanted if not cal.knows_year(y)]


def merge_imported(plan: ServicePlan, holidays: set[date], workdays: set[date]) -> ServicePlan:
    """The plan with these imported days; a year in the new list replaces what was
    imported for that year before (so a corrected list can be imported again)."""
    years = {d.year for d in holidays | workdays}

    def keep(days: list[str]) -> set[str]:
        return {d for d in days if date.fromisoformat(d).year not in years}

    new_h = keep(plan.imported_holidays) | {d.isoformat() for d in holidays}
    new_w = keep(plan.imported_workdays) | {d.isoformat() for d in workdays}
    return replace(plan, imported_holidays=sorted(new_h), imported_workdays=sorted(new_w))


def special_days(plan: ServicePlan, year: int) -> list[CalendarDay]:
    """The days of ``year`` that differ from Monday–Friday: holidays on weekdays and
    working weekend days, each with where the answer comes from."""
    cal = WorkCalendar(plan)
    out = []
    day = date(year, 1, 1)
    while day.year == year:
        working = cal.is_workday(day)
        if working != (day.weekday() < 5):
            out.append(CalendarDay(day, working, _source(cal, day)))
        day += timedelta(days=1)
    return out


def _source(cal: WorkCalendar, day: date) -> str:
    if day in cal.extra_workdays or day in cal.extra_holidays:
        return "extra"
    if day.year in cal.imported_years:
        return "imported"
    return "weekday" if cal.is_estimated(day) else "official"


def builtin_years() -> tuple[int, int]:
    """First and last year the installed chinesecalendar knows."""
    from chinese_calendar import constants

    years = [d.year for d in constants.holidays] + [d.year for d in constants.workdays]
    return min(years), max(years)


def imported_summary(plan: ServicePlan) -> dict[int, tuple[int, int]]:
    """Imported years -> (holidays, make-up working days)."""
    out: dict[int, list[int]] = {}
    for days, i in ((plan.imported_holidays, 0), (plan.imported_workdays, 1)):
        for d in days:
            out.setdefault(int(d[:4]), [0, 0])[i] += 1
    return {y: (h, w) for y, (h, w) in sorted(out.items())}
