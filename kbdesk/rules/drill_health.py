"""Runbook health: when each runbook was last drilled and when the next drill is due.

The plan's ``drill_interval_months`` (default 12: once a year) applies unless
the runbook sets its own ``drill_interval_months``, or else its customer does. A drill or a real
execution counts once it is finished (a run still under way does not). A
runbook never drilled is due one interval after it was written.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from .deadlines import Deadline, DeadlineKind, DeadlineState, judge
from .plan import ServicePlan
from .working_calendar import WorkCalendar


@dataclass(frozen=True)
class RunbookHealth:
    runbook_id: str
    title: str
    customer: str
    interval_months: int
    last_drilled: date | None
    since: date  # the last drill, or the day the runbook was written
    next_due: date
    state: str  # DeadlineState: ok | due_soon | breached

    @property
    def overdue(self) -> bool:
        return self.state == DeadlineState.BREACHED


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the 31st becomes the month's last day."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class RunbookDrillFacts:
    """A runbook, its customer, the intervals that may apply and its last finished drill."""

    runbook_id: str
    title: str
    customer: str | None
    own_interval: int | None
    customer_interval: int | None
    created_at: Any  # datetime | date | ISO text | None
    last_drilled: Any  # the day of the last finished drill or real run (None: never)


def runbook_health(runbooks: Iterable[RunbookDrillFacts], today: date, plan: ServicePlan) -> list[RunbookHealth]:
    """The health of each runbook, most overdue first."""
    out = []
    for r in runbooks:
        interval = r.own_interval or r.customer_interval or plan.drill_interval_months
        last_day = _as_date(r.last_drilled)
        start = last_day or _as_date(r.created_at) or today
        due = add_months(start, interval)
        state = _state(start, due, today, plan)
        out.append(RunbookHealth(r.runbook_id, r.title, r.customer or "", interval, last_day, start, due, state))
    out.sort(key=lambda h: (h.next_due, h.title))
    return out


def drill_deadlines(
    runbooks: Iterable[RunbookDrillFacts], now: datetime, plan: ServicePlan, cal: WorkCalendar,
) -> list[Deadline]:
    """Attention rows: a runbook's next drill, due at the end of its due date."""
    out = []
    for h in runbook_health(runbooks, cal.local(now).date(), plan):
        start = datetime.combine(h.since, time(0), tzinfo=cal.tz)
        due = datetime.combine(h.next_due + timedelta(days=1), time(0), tzinfo=cal.tz)
        state, remaining = judge(start, due, None, now, plan)
        out.append(Deadline(
            kind=DeadlineKind.DRILL, record_type="runbook", record_id=h.runbook_id, label="",
            title=h.title, customer=h.customer, due_at=due, state=state, remaining=remaining,
        ))
    return out


def _state(start: date, due: date, today: date, plan: ServicePlan) -> str:
    if today > due:
        return DeadlineState.BREACHED
    if (due - today) <= (due - start) * plan.due_soon_fraction:
        return DeadlineState.DUE_SOON
    return DeadlineState.OK


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        return date.fromisoformat(value[:10])
    return None
