"""The rules of the attention list: what is due or overdue, judged from plain facts.

The facts are read by :mod:`kbdesk.services.attention` (one grouped query per
kind of fact, open cases only, so the cost follows the number of open cases,
not the size of the archive); everything here is pure and reads no database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from ..domain.enums import CaseStatus
from .deadlines import Deadline, DeadlineKind, DeadlineState, judge
from .plan import ServicePlan
from .quotas import customer_quotas
from .working_calendar import WorkCalendar

OPEN_CASE_STATUSES = tuple(s.value for s in CaseStatus if s != CaseStatus.CLOSED)
OPEN_STATES = frozenset({DeadlineState.DUE_SOON, DeadlineState.BREACHED})


def archive_of(source: Any) -> Any:
    """Accept a Services object (anything with ``.archive``) or an archive."""
    return getattr(source, "archive", source)


def aware(value):
    """A timezone-aware datetime (aggregates may bypass the column type: SQLite
    hands back naive UTC text)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# --- rectification actions ---------------------------------------------------


@dataclass(frozen=True)
class ActionFacts:
    """A rectification action with a due date, and what it belongs to."""

    id: str
    case_id: str | None
    title: str
    due_date: date
    status: str
    closed_at: datetime | None
    case_number: str | None
    customer: str | None
    runbook: str | None  # the runbook title of the drill it came from
    drill_date: date | None


def action_deadlines(
    actions: Iterable[ActionFacts], now: datetime, plan: ServicePlan, cal: WorkCalendar,
) -> list[Deadline]:
    out = []
    for a in actions:
        # Due at the end of the due date: overdue from the next midnight.
        due = datetime.combine(a.due_date + timedelta(days=1), time(0), tzinfo=cal.tz)
        done = a.closed_at if a.status == "done" else None
        soon = timedelta(days=plan.action_due_soon_days)
        state, remaining = judge(due - soon / plan.due_soon_fraction if plan.due_soon_fraction else due,
                                 due, done, now, plan)
        label = a.case_number or (f"{a.runbook} {a.drill_date.isoformat()}" if a.runbook and a.drill_date
                                  else "")
        out.append(Deadline(
            kind=DeadlineKind.ACTION, record_type="action", record_id=a.id, label=label,
            title=a.title, customer=a.customer or "", due_at=due, state=state,
            remaining=remaining, done_at=done, case_id=a.case_id,
        ))
    return out


# --- telling the customer of a major fault -----------------------------------


@dataclass(frozen=True)
class NotificationFacts:
    """A major fault and the first time its customer was told (None: not yet)."""

    case_id: str
    number: str
    title: str
    reported_at: datetime
    status: str
    customer: str
    told_at: datetime | None


def notification_deadlines(
    cases: Iterable[NotificationFacts], now: datetime, plan: ServicePlan,
) -> list[Deadline]:
    """Major faults whose customer must be told "at once": pressing from the report,
    overdue after the first-response window (response_minutes_working); met by the
    first recorded notification."""
    out = []
    for c in cases:
        if c.status == CaseStatus.CLOSED and c.told_at is None:
            continue  # closed without a record (imported history): as evaluate_case does
        reported, told = aware(c.reported_at), aware(c.told_at) if c.told_at else None
        due = reported + timedelta(minutes=plan.response_minutes_working)
        # "At once": due soon from the first minute, so it tops the list until done.
        state, remaining = judge(due, due, told, now, plan)
        if state == DeadlineState.OK:
            state = DeadlineState.DUE_SOON
        out.append(Deadline(kind=DeadlineKind.NOTIFY_CUSTOMER, record_type="case", record_id=c.case_id,
                            label=c.number, title=c.title, customer=c.customer, due_at=due, state=state,
                            remaining=remaining, done_at=told, case_id=c.case_id))
    return out


# --- unfinished runs -------------------------------------------------------


@dataclass(frozen=True)
class RunFacts:
    """A run (drill or real execution) still under way."""

    drill_id: str
    day: date
    started_at: datetime | None
    runbook: str
    customer: str | None
    planned_minutes: int | None  # the sum of the runbook's step estimates


def unfinished_runs(runs: Iterable[RunFacts], now: datetime) -> list[Deadline]:
    """Runs left under way (a crash, a closed laptop): due when the runbook's plan runs out."""
    out = []
    for r in runs:
        start = aware(r.started_at) if r.started_at else datetime.combine(r.day, time(0), tzinfo=UTC)
        due = start + timedelta(minutes=r.planned_minutes or 0)
        out.append(Deadline(
            kind=DeadlineKind.UNFINISHED_RUN, record_type="drill", record_id=r.drill_id,
            label=f"{r.runbook} {r.day.isoformat()}", title=r.runbook, customer=r.customer or "", due_at=due,
            state=DeadlineState.BREACHED if now > due else DeadlineState.DUE_SOON, remaining=due - now,
        ))
    return out


# --- customer quotas ---------------------------------------------------------


def quota_deadlines(
    customers: Iterable[tuple[str, str]], consultations: Iterable[tuple[str, Any]],
    trainings: Iterable[tuple[str, Any]], now: datetime, plan: ServicePlan, cal: WorkCalendar, today: date,
) -> list[Deadline]:
    """Quotas of each (id, name) customer (by name), from (customer id, day) of the
    quarter's consultations and the year's on-site trainings."""
    consult, train = dates_by_customer(consultations), dates_by_customer(trainings)
    out = []
    for cid, name in customers:
        out += customer_quotas(cid, name, consult.get(cid, ()), train.get(cid, ()), now, plan, cal, today)
    return out


def dates_by_customer(rows: Iterable) -> dict[str, list[date]]:
    out: dict[str, list[date]] = defaultdict(list)
    for cid, day in rows:
        out[cid].append(day if isinstance(day, date) else date.fromisoformat(day))
    return out


# --- backups -----------------------------------------------------------------


def backup_due(archive_id: str, archive_name: str, warn_after_days: int, last_backup: datetime | None,
               created: datetime | None, now: datetime) -> Deadline | None:
    """Due ``warn_after_days`` (backup settings, default 7) after the ``last_backup``, or after
    the archive was ``created`` when it never had one; None when switched off (N ≤ 0)."""
    if warn_after_days <= 0:
        return None
    # A failed attempt keeps the time of the last good backup: that is what counts.
    since = last_backup or created
    if since is None:
        return None
    since = since if since.tzinfo else since.replace(tzinfo=UTC)
    due = since + timedelta(days=warn_after_days)
    remaining = due - now
    soon = remaining <= timedelta(days=1)
    state = DeadlineState.BREACHED if remaining < timedelta(0) else (
        DeadlineState.DUE_SOON if soon else DeadlineState.OK)
    return Deadline(kind=DeadlineKind.BACKUP, record_type="archive", record_id=archive_id,
                    label=archive_name, title="", customer="", due_at=due, state=state,
                    remaining=remaining)
