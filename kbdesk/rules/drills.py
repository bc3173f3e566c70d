"""Rules of a drill run over plain data: derived outcome, step times, clocks.

No database here: the run service, the drill record view and the report
share these, so they never disagree about what a drill's steps mean.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, tzinfo

from ..domain.enums import DrillOutcome, StepStatus

# Codes for problems with a step result's times; the UI and the report turn them into sentences.
ENDS_BEFORE_START = "ends_before_start"
STARTS_OUTSIDE = "starts_outside_drill_days"
ENDS_OUTSIDE = "ends_outside_drill_days"

# A drill may run past midnight: its results may fall on its date or the day after.
DRILL_DAYS = 2

# English sentences for ValidationError (the services' language); the UI has its own words.
PROBLEM_SENTENCES = {
    ENDS_BEFORE_START: "ends before it starts; check the end time",
    STARTS_OUTSIDE: "starts outside the drill's date (the drill day or the night after); check the date",
    ENDS_OUTSIDE: "ends outside the drill's date (the drill day or the night after); check the date",
}


def derive_outcome(statuses: Iterable[str | None]) -> str:
    """The outcome the steps say, one status per runbook step (None = never reached).

    Any failed step makes the drill failed; with no failure it succeeded when
    every step was done or deliberately skipped, and is partial when steps
    were never reached (the run was finished early).
    """
    statuses = list(statuses)
    if any(s == StepStatus.FAILED for s in statuses):
        return DrillOutcome.FAILED.value
    if any(s is None for s in statuses):
        return DrillOutcome.PARTIAL.value
    return DrillOutcome.SUCCESS.value


def drill_window(day: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """[start, end) in which a drill dated ``day`` may record step times."""
    start = datetime.combine(day, time(0), tzinfo=tz)
    return start, start + timedelta(days=DRILL_DAYS)


def time_problems(
    day: date | None, tz: tzinfo, started: datetime | None, ended: datetime | None,
    check_window: bool = True,
) -> list[str]:
    """Codes of what is wrong with one step result's times (empty when nothing is)."""
    problems = []
    if started is not None and ended is not None and ended < started:
        problems.append(ENDS_BEFORE_START)
    if check_window and day is not None:
        lo, hi = drill_window(day, tz)
        if started is not None and not lo <= started < hi:
            problems.append(STARTS_OUTSIDE)
        if ended is not None and not lo <= ended < hi:
            problems.append(ENDS_OUTSIDE)
    return problems


def minutes_between(started: datetime | None, ended: datetime | None) -> float | None:
    """Actual minutes of a step; None when a time is missing or the order is wrong."""
    if started is None or ended is None or ended < started:
        return None
    return (ended - started).total_seconds() / 60


def format_minutes(minutes: float | None) -> str:
    """"4.5", "12", "—": minutes as a report shows them."""
    if minutes is None:
        return "—"
    rounded = round(minutes, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"


def clock_text(span: timedelta) -> str:
    """"07:05" or "1:02:09": a running clock, never negative."""
    seconds = max(0, int(span.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
