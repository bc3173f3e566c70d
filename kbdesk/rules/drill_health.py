"""Runbook health: when each runbook was last drilled and when the next drill is due.

The plan's ``drill_interval_months`` (default 12: once a year) applies unless
the runbook sets its own ``drill_interval_months``, or else its customer does. A drill or a real
execution counts once it is finished (a run still under way does not). A
runbook never drilled is due one interval after it was written.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..storage.models import Customer, Drill, Runbook
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


def health_rows(
    s: Session, today: date, plan: ServicePlan, runbook_id: str | None = None,
) -> list[RunbookHealth]:
    """Every runbook (or the one given), most overdue first."""
    finished = Drill.status != "running"
    last_q = select(Drill.runbook_id, func.max(Drill.date)).where(finished).group_by(Drill.runbook_id)
    runbook_q = (
        select(Runbook.id, Runbook.title, Customer.name, Runbook.drill_interval_months,
               Customer.drill_interval_months, Runbook.created_at)
        .outerjoin(Customer, Customer.id == Runbook.customer_id)
    )
    if runbook_id is not None:
        last_q = last_q.where(Drill.runbook_id == runbook_id)
        runbook_q = runbook_q.where(Runbook.id == runbook_id)
    last = dict(s.execute(last_q).all())
    rows = s.execute(runbook_q)
    out = []
    for rid, title, customer, own_interval, customer_interval, created_at in rows:
        interval = own_interval or customer_interval or plan.drill_interval_months
        last_day = _as_date(last.get(rid))
        start = last_day or _as_date(created_at) or today
        due = add_months(start, interval)
        state = _state(start, due, today, plan)
        out.append(RunbookHealth(rid, title, customer or "", interval, last_day, start, due, state))
    out.sort(key=lambda h: (h.next_due, h.title))
    return out


def drill_deadlines(s: Session, now: datetime, plan: ServicePlan, cal: WorkCalendar) -> list[Deadline]:
    """Attention rows: a runbook's next drill, due at the end of its due date."""
    out = []
    for h in health_rows(s, cal.local(now).date(), plan):
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
