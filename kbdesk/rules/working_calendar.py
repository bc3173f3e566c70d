"""The mainland China working calendar: statutory holidays, make-up days, hours.

Official holidays and make-up working days (调休) come from ``chinese_calendar``;
the user's extra holidays and workdays from the service plan override them.
For a year the library does not cover, the official days the user imported
(see kbdesk.transfer.holidays) stand in; without them days fall back to
Monday–Friday and :meth:`WorkCalendar.is_estimated` says so — the calendar
never raises.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import chinese_calendar

from .plan import ServicePlan

# China has no DST; a fixed offset is exact when the tz database is missing
# (Windows without the tzdata package).
CHINA_FIXED = timezone(timedelta(hours=8), "CST")


def zone(name: str, strict: bool = False) -> tzinfo | None:
    """The named zone; Asia/Shanghai falls back to UTC+8 without a tz database."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        if name in ("Asia/Shanghai", "Asia/Chongqing", "PRC"):
            return CHINA_FIXED
        return None if strict else CHINA_FIXED


@lru_cache(maxsize=4096)
def _official(day: date) -> bool | None:
    """Official working day or not; None when the library has no data for the year."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


class WorkCalendar:
    """Working days and hours of one service plan."""

    def __init__(self, plan: ServicePlan | None = None):
        plan = plan or ServicePlan()
        self.tz: tzinfo = zone(plan.timezone) or CHINA_FIXED
        self.start: time = plan.start_time
        self.end: time = plan.end_time
        self.use_official = plan.use_official_calendar
        self.extra_holidays = {date.fromisoformat(d) for d in plan.extra_holidays}
        self.extra_workdays = {date.fromisoformat(d) for d in plan.extra_workdays}
        self.imported_holidays = {date.fromisoformat(d) for d in plan.imported_holidays}
        self.imported_workdays = {date.fromisoformat(d) for d in plan.imported_workdays}
        self.imported_years = {d.year for d in self.imported_holidays | self.imported_workdays}
        self._added: dict[tuple[date, int], date] = {}  # reports ask the same sums over and over

    # --- days ---------------------------------------------------------------

    def is_workday(self, day: date) -> bool:
        if day in self.extra_workdays:
            return True
        if day in self.extra_holidays:
            return False
        official = self.official_workday(day) if self.use_official else None
        return day.weekday() < 5 if official is None else official

    def official_workday(self, day: date) -> bool | None:
        """The official answer for ``day``: imported days first (they are newer
        than the installed library), then the library; None when neither knows."""
        if day.year in self.imported_years:
            if day in self.imported_workdays:
                return True
            return False if day in self.imported_holidays else day.weekday() < 5
        return _official(day)

    def knows_year(self, year: int) -> bool:
        """True when the official holidays of ``year`` are known (library or imported)."""
        return year in self.imported_years or _official(date(year, 7, 1)) is not None

    def is_estimated(self, day: date) -> bool:
        """True when the official calendar does not cover ``day`` (Mon–Fri assumed)."""
        return self.use_official and self.official_workday(day) is None

    def add_working_days(self, day: date, n: int) -> date:
        """The n-th working day after ``day`` (``day`` itself not counted); n=0 gives ``day``."""
        key = (day, n)
        if key not in self._added:
            step = 1 if n >= 0 else -1
            left = abs(n)
            while left:
                day += timedelta(days=step)
                if self.is_workday(day):
                    left -= 1
            self._added[key] = day
        return self._added[key]

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]; negative when end is before start."""
        if end < start:
            return -self.working_days_between(end, start)
        return sum(self.is_workday(start + timedelta(days=i)) for i in range(1, (end - start).days + 1))

    # --- times --------------------------------------------------------------

    def local(self, dt: datetime) -> datetime:
        return dt.astimezone(self.tz)

    def is_working_time(self, dt: datetime) -> bool:
        """Inside working hours [start, end) of a working day, in the plan's zone."""
        loc = self.local(dt)
        return self.is_workday(loc.date()) and self.start <= loc.time() < self.end

    def end_of_working_day(self, day: date) -> datetime:
        """Closing time of ``day`` in the plan's zone (whether or not it is a working day)."""
        return datetime.combine(day, self.end, tzinfo=self.tz)

    def working_days_deadline(self, start: datetime, n: int) -> datetime:
        """End of the n-th working day after the local date of ``start``."""
        return self.end_of_working_day(self.add_working_days(self.local(start).date(), n))

    def spans_estimate(self, start: datetime, end: datetime) -> bool:
        """True when any day between the two instants falls back to Mon–Fri."""
        a, b = self.local(start).date(), self.local(end).date()
        years = range(min(a, b).year, max(a, b).year + 1)
        return any(self.is_estimated(date(y, 7, 1)) for y in years)
