"""Per-customer quotas: a consultation or briefing each quarter, on-site trainings each year.

Counting rules (docs/service-plan.md):
- consultation: service records of kind ``consultation`` or ``briefing``
  dated in the quarter (any channel);
- training: training sessions with ``onsite`` true and status ``held``,
  dated by ``held_date`` (``planned_date`` when no held date was entered).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from .deadlines import Deadline, DeadlineKind, DeadlineState
from .plan import ServicePlan
from .working_calendar import WorkCalendar

CONSULTATION_KINDS = ("consultation", "briefing")


@dataclass(frozen=True)
class Period:
    start: date  # first day
    end: date  # first day of the next period (exclusive)

    def contains(self, day: date) -> bool:
        return self.start <= day < self.end


def quarter_of(day: date) -> Period:
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    end = date(day.year + 1, 1, 1) if first_month == 10 else date(day.year, first_month + 3, 1)
    return Period(start, end)


def year_of(day: date) -> Period:
    return Period(date(day.year, 1, 1), date(day.year + 1, 1, 1))


def quota_deadline(
    kind: str, customer_id: str, customer: str, dates: Iterable[date], period: Period,
    required: int, now: datetime, plan: ServicePlan, cal: WorkCalendar,
) -> Deadline:
    """One customer's quota for one period.

    Met once ``required`` records fall in the period; otherwise due soon when
    behind the pro-rata plan (e.g. 1 of 5 trainings by end of March is not
    behind, 1 by July is) or in the last ``due_soon_fraction`` of the period;
    breached once the period is over.
    """
    inside = sorted(d for d in dates if period.contains(d))
    start = datetime.combine(period.start, time(0), tzinfo=cal.tz)
    due = datetime.combine(period.end, time(0), tzinfo=cal.tz)
    done = None
    if required <= 0 or len(inside) >= required:
        done = start if required <= 0 else datetime.combine(inside[required - 1], time(0), tzinfo=cal.tz)
        state, remaining = DeadlineState.MET, due - done
    else:
        remaining = due - now
        elapsed = min(max((now - start) / (due - start), 0.0), 1.0)
        behind = len(inside) < int(required * elapsed)
        if remaining < timedelta(0):
            state = DeadlineState.BREACHED
        elif behind or remaining <= (due - start) * plan.due_soon_fraction:
            state = DeadlineState.DUE_SOON
        else:
            state = DeadlineState.OK
    return Deadline(
        kind=kind, record_type="customer", record_id=customer_id, label=customer, title="",
        customer=customer, due_at=due, state=state, remaining=remaining, done_at=done,
        progress=(len(inside), required),
    )


def customer_quotas(
    customer_id: str, customer: str, consultations: Iterable[date], trainings: Iterable[date],
    now: datetime, plan: ServicePlan, cal: WorkCalendar, on: date | None = None,
) -> list[Deadline]:
    """The consultation quarter and training year containing ``on`` (default: today)."""
    day = on or cal.local(now).date()
    return [
        quota_deadline(DeadlineKind.CONSULTATION, customer_id, customer, consultations,
                       quarter_of(day), plan.consultations_per_quarter, now, plan, cal),
        quota_deadline(DeadlineKind.TRAINING, customer_id, customer, trainings,
                       year_of(day), plan.onsite_trainings_per_year, now, plan, cal),
    ]
