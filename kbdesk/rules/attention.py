"""Everything due or overdue across the archive, and one case's deadlines.

Only cases that can still owe something are read (status other than
``closed``), with one grouped query per kind of fact, so the cost follows the
number of open cases, not the size of the archive.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from ..domain.enums import CaseStatus
from ..errors import NotFoundError
from ..storage.archive import Archive
from ..storage.models import (
    AppliedMigration,
    Case,
    Customer,
    CustomerNotification,
    Drill,
    Escalation,
    RectificationAction,
    Runbook,
    RunbookStep,
    ServiceRecord,
    TimelineEntry,
    TrainingSession,
)
from .deadlines import CaseFacts, Deadline, DeadlineKind, DeadlineState, evaluate_case, judge
from .drill_health import drill_deadlines
from .plan import ServicePlan
from .quotas import CONSULTATION_KINDS, customer_quotas, quarter_of, year_of
from .working_calendar import WorkCalendar

OPEN_CASE_STATUSES = tuple(s.value for s in CaseStatus if s != CaseStatus.CLOSED)
OPEN_STATES = frozenset({DeadlineState.DUE_SOON, DeadlineState.BREACHED})
_CASE_COLUMNS = (
    Case.id, Case.number, Case.title, Customer.name, Case.status, Case.severity, Case.fault_level,
    Case.not_a_fault, Case.reported_at, Case.occurred_at, Case.responded_at, Case.recovered_at,
    Case.closed_at,
)


def archive_of(source: Any) -> Archive:
    """Accept a Services object or an Archive."""
    return source if isinstance(source, Archive) else source.archive


def load_plan(source: Any) -> ServicePlan:
    return ServicePlan.load(archive_of(source).settings_path)


def attention_items(
    source: Any, now: datetime, plan: ServicePlan | None = None, include_ok: bool = False,
) -> list[Deadline]:
    """Open deadlines (due soon or breached; with ``include_ok`` also those not yet
    pressing) of open cases, open rectification actions and customer quotas,
    most urgent first."""
    archive = archive_of(source)
    plan = plan or load_plan(archive)
    cal = WorkCalendar(plan)
    wanted = OPEN_STATES | ({DeadlineState.OK} if include_ok else set())
    items: list[Deadline] = []
    with archive.read_session() as s:
        for facts in _open_case_facts(s):
            items += [d for d in evaluate_case(facts, now, plan, cal) if d.done_at is None]
        items += _action_deadlines(s, now, plan, cal)
        items += [d for d in notification_deadlines(s, now, plan) if d.done_at is None]
        items += _quota_deadlines(s, now, plan, cal)
        items += drill_deadlines(s, now, plan, cal)
        items += _unfinished_runs(s, now)
    items += [d for d in [backup_deadline(archive, now)] if d is not None]
    items = [d for d in items if d.state in wanted]
    items.sort(key=lambda d: (d.remaining, d.kind, d.label))
    return items


def case_deadlines(
    source: Any, case_id: str, now: datetime, plan: ServicePlan | None = None,
) -> list[Deadline]:
    """All deadlines of one case, met and breached ones included, plus its actions."""
    archive = archive_of(source)
    plan = plan or load_plan(archive)
    cal = WorkCalendar(plan)
    with archive.read_session() as s:
        row = s.execute(_case_query().where(Case.id == case_id)).first()
        if row is None:
            raise NotFoundError("case", case_id)
        facts = _facts(row)
        _add_details(s, {facts.id: facts}, select(Case.id).where(Case.id == case_id), full=True)
        out = evaluate_case(facts, now, plan, cal)
        out += _action_deadlines(s, now, plan, cal, case_id=case_id)
        out += notification_deadlines(s, now, plan, case_id=case_id)
    return out


# --- cases -------------------------------------------------------------------


def _case_query() -> Select:
    return select(*_CASE_COLUMNS).join(Customer, Customer.id == Case.customer_id)


def _facts(row) -> CaseFacts:
    return CaseFacts(*row)


def _open_case_facts(s: Session) -> list[CaseFacts]:
    # IN (…) rather than != 'closed' so SQLite uses the status index.
    is_open = Case.status.in_(OPEN_CASE_STATUSES)
    open_ids = select(Case.id).where(is_open)
    by_id = {r.id: _facts(r) for r in s.execute(_case_query().where(is_open))}
    if by_id:
        _add_details(s, by_id, open_ids, full=False)
    return list(by_id.values())


def _add_details(s: Session, by_id: dict[str, CaseFacts], ids: Select, full: bool) -> None:
    """Progress instants, first escalation per target, first postmortem entry.

    ``full`` loads every progress instant (one case); otherwise only the
    latest, which is all an open case's stall rule needs.
    """
    ids_sub = ids.scalar_subquery()
    if full:
        rows = s.execute(select(TimelineEntry.case_id, TimelineEntry.at).where(TimelineEntry.case_id.in_(ids_sub)))
    else:
        rows = s.execute(
            select(TimelineEntry.case_id, func.max(TimelineEntry.at))
            .where(TimelineEntry.case_id.in_(ids_sub)).group_by(TimelineEntry.case_id)
        )
    for case_id, at in rows:
        by_id[case_id].activity.append(_aware(at))
    for case_id, target, at in s.execute(
        select(Escalation.case_id, Escalation.target, func.min(Escalation.at))
        .where(Escalation.case_id.in_(ids_sub)).group_by(Escalation.case_id, Escalation.target)
    ):
        by_id[case_id].escalated[target] = _aware(at)
        by_id[case_id].activity.append(_aware(at))
    for case_id, at in s.execute(
        select(TimelineEntry.case_id, func.min(TimelineEntry.at))
        .where(TimelineEntry.case_id.in_(ids_sub), TimelineEntry.kind == "status_change",
               TimelineEntry.to_status == "postmortem")
        .group_by(TimelineEntry.case_id)
    ):
        by_id[case_id].postmortem_started_at = _aware(at)


def _aware(value):
    # Aggregates may bypass the column type: SQLite hands back naive UTC text.
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# --- rectification actions ---------------------------------------------------


def _action_deadlines(
    s: Session, now: datetime, plan: ServicePlan, cal: WorkCalendar, case_id: str | None = None,
) -> list[Deadline]:
    """Open actions with a due date; with ``case_id`` every action of that case."""
    stmt = (
        select(RectificationAction.id, RectificationAction.case_id, RectificationAction.title,
               RectificationAction.due_date, RectificationAction.status, RectificationAction.closed_at,
               Case.number, Customer.name, Runbook.title, Drill.date)
        .outerjoin(Case, Case.id == RectificationAction.case_id)
        .outerjoin(Customer, Customer.id == Case.customer_id)
        .outerjoin(Drill, Drill.id == RectificationAction.drill_id)
        .outerjoin(Runbook, Runbook.id == Drill.runbook_id)
        .where(RectificationAction.due_date.is_not(None))
    )
    if case_id is None:
        stmt = stmt.where(RectificationAction.status.in_(("open", "in_progress")))
    else:
        stmt = stmt.where(RectificationAction.case_id == case_id,
                          RectificationAction.status != "cancelled")
    out = []
    for action_id, action_case, title, due_date, status, closed_at, number, customer, runbook, drill_date \
            in s.execute(stmt):
        # Due at the end of the due date: overdue from the next midnight.
        assert due_date is not None  # the query keeps actions with a due date only
        due = datetime.combine(due_date + timedelta(days=1), time(0), tzinfo=cal.tz)
        done = closed_at if status == "done" else None
        soon = timedelta(days=plan.action_due_soon_days)
        state, remaining = judge(due - soon / plan.due_soon_fraction if plan.due_soon_fraction else due,
                                 due, done, now, plan)
        label = number or (f"{runbook} {drill_date.isoformat()}" if runbook else "")
        out.append(Deadline(
            kind=DeadlineKind.ACTION, record_type="action", record_id=action_id, label=label,
            title=title, customer=customer or "", due_at=due, state=state,
            remaining=remaining, done_at=done, case_id=action_case,
        ))
    return out


# --- telling the customer of a major fault -----------------------------------


def notification_deadlines(
    s: Session, now: datetime, plan: ServicePlan, case_id: str | None = None,
) -> list[Deadline]:
    """Major faults whose customer must be told "at once": pressing from the report,
    overdue after the first-response window (response_minutes_working); met by the
    first recorded notification. Without ``case_id``: open cases only."""
    first = (select(CustomerNotification.case_id, func.min(CustomerNotification.at).label("at"))
             .group_by(CustomerNotification.case_id).subquery())
    stmt = (select(Case.id, Case.number, Case.title, Case.reported_at, Case.status, Case.fault_level,
                   Customer.name, first.c.at)
            .join(Customer, Customer.id == Case.customer_id)
            .outerjoin(first, first.c.case_id == Case.id)
            .where(Case.not_a_fault.is_(False))
            .where(or_(Case.severity.in_(plan.major_severities), Case.fault_level.in_(plan.major_fault_levels))))
    stmt = stmt.where(Case.id == case_id) if case_id else stmt.where(Case.status != CaseStatus.CLOSED)
    out = []
    for cid, number, title, reported, status, _level, customer, told in s.execute(stmt):
        if status == CaseStatus.CLOSED and told is None:
            continue  # closed without a record (imported history): as evaluate_case does
        reported, told = _aware(reported), _aware(told) if told else None
        due = reported + timedelta(minutes=plan.response_minutes_working)
        # "At once": due soon from the first minute, so it tops the list until done.
        state, remaining = judge(due, due, told, now, plan)
        if state == DeadlineState.OK:
            state = DeadlineState.DUE_SOON
        out.append(Deadline(kind=DeadlineKind.NOTIFY_CUSTOMER, record_type="case", record_id=cid, label=number,
                            title=title, customer=customer, due_at=due, state=state, remaining=remaining,
                            done_at=told, case_id=cid))
    return out


# --- unfinished runs -------------------------------------------------------


def _unfinished_runs(s: Session, now: datetime) -> list[Deadline]:
    """Runs left under way (a crash, a closed laptop): due when the runbook's plan runs out."""
    planned = (select(RunbookStep.runbook_id, func.sum(RunbookStep.estimated_minutes).label("minutes"))
               .group_by(RunbookStep.runbook_id).subquery())
    stmt = (
        select(Drill.id, Drill.date, Drill.started_at, Runbook.title, Customer.name, planned.c.minutes)
        .join(Runbook, Runbook.id == Drill.runbook_id)
        .outerjoin(Customer, Customer.id == Drill.customer_id)
        .outerjoin(planned, planned.c.runbook_id == Drill.runbook_id)
        .where(Drill.status == "running")
    )
    out = []
    for drill_id, day, started_at, title, customer, minutes in s.execute(stmt):
        start = _aware(started_at) if started_at else datetime.combine(day, time(0), tzinfo=UTC)
        due = start + timedelta(minutes=minutes or 0)
        out.append(Deadline(
            kind=DeadlineKind.UNFINISHED_RUN, record_type="drill", record_id=drill_id,
            label=f"{title} {day.isoformat()}", title=title, customer=customer or "", due_at=due,
            state=DeadlineState.BREACHED if now > due else DeadlineState.DUE_SOON, remaining=due - now,
        ))
    return out


# --- customer quotas ---------------------------------------------------------


def _quota_deadlines(s: Session, now: datetime, plan: ServicePlan, cal: WorkCalendar) -> list[Deadline]:
    today = cal.local(now).date()
    quarter, year = quarter_of(today), year_of(today)
    consult = _dates_by_customer(s.execute(
        select(ServiceRecord.customer_id, ServiceRecord.date).where(
            ServiceRecord.kind.in_(CONSULTATION_KINDS),
            ServiceRecord.date >= quarter.start, ServiceRecord.date < quarter.end)
    ))
    day = func.coalesce(TrainingSession.held_date, TrainingSession.planned_date)
    train = _dates_by_customer(s.execute(
        select(TrainingSession.customer_id, day).where(
            and_(TrainingSession.onsite.is_(True), TrainingSession.status == "held",
                 TrainingSession.customer_id.is_not(None), day >= year.start, day < year.end))
    ))
    out = []
    for cid, name in s.execute(select(Customer.id, Customer.name).order_by(Customer.name)):
        out += customer_quotas(cid, name, consult.get(cid, ()), train.get(cid, ()), now, plan, cal, today)
    return out


def backup_deadline(archive: Archive, now: datetime) -> Deadline | None:
    """Due N days (backup settings, default 7) after the last backup, or after
    the archive was created when it never had one; None when switched off (N ≤ 0)."""
    from ..backup.config import BackupConfig

    config = BackupConfig.load(archive.root)
    if config.warn_after_days <= 0:
        return None
    # A failed attempt keeps the time of the last good backup: that is what counts.
    since = config.last.when or _archive_created(archive)
    if since is None:
        return None
    since = since if since.tzinfo else since.replace(tzinfo=UTC)
    due = since + timedelta(days=config.warn_after_days)
    remaining = due - now
    soon = remaining <= timedelta(days=1)
    state = DeadlineState.BREACHED if remaining < timedelta(0) else (
        DeadlineState.DUE_SOON if soon else DeadlineState.OK)
    return Deadline(kind=DeadlineKind.BACKUP, record_type="archive", record_id=str(archive.root),
                    label=archive.root.name, title="", customer="", due_at=due, state=state,
                    remaining=remaining)


def _archive_created(archive: Archive) -> datetime | None:
    with archive.read_session() as s:
        first = s.scalar(select(func.min(AppliedMigration.applied_at)))
    return first if isinstance(first, datetime) else None


def _dates_by_customer(rows: Iterable) -> dict[str, list[date]]:
    out: dict[str, list[date]] = defaultdict(list)
    for cid, day in rows:
        out[cid].append(day if isinstance(day, date) else date.fromisoformat(day))
    return out
