"""Everything due or overdue across the archive, and one case's deadlines.

The reads behind :mod:`kbdesk.rules.attention` and :mod:`kbdesk.rules.drill_health`:
only cases that can still owe something are read (status other than
``closed``), with one grouped query per kind of fact, so the cost follows the
number of open cases, not the size of the archive. The rules judge the facts.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from ..backup.config import BackupConfig
from ..domain.enums import CaseStatus
from ..errors import NotFoundError
from ..rules.attention import (
    OPEN_CASE_STATUSES,
    OPEN_STATES,
    ActionFacts,
    NotificationFacts,
    RunFacts,
    action_deadlines,
    archive_of,
    aware,
    backup_due,
    quota_deadlines,
    unfinished_runs,
)
from ..rules.attention import notification_deadlines as judge_notifications
from ..rules.deadlines import CaseFacts, Deadline, DeadlineState, evaluate_case
from ..rules.drill_health import RunbookDrillFacts, RunbookHealth, drill_deadlines, runbook_health
from ..rules.plan import ServicePlan
from ..rules.quotas import CONSULTATION_KINDS, quarter_of, year_of
from ..rules.working_calendar import WorkCalendar
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
from .plan_store import load_plan

__all__ = [
    "OPEN_CASE_STATUSES", "attention_items", "backup_deadline", "case_deadlines", "health_rows",
    "load_plan", "notification_deadlines",
]

_CASE_COLUMNS = (
    Case.id, Case.number, Case.title, Customer.name, Case.status, Case.severity, Case.fault_level,
    Case.not_a_fault, Case.reported_at, Case.occurred_at, Case.responded_at, Case.recovered_at,
    Case.closed_at,
)


def attention_items(
    source: Any, now: datetime, plan: ServicePlan | None = None, include_ok: bool = False,
) -> list[Deadline]:
    """Open deadlines (due soon or breached; with ``include_ok`` also those not yet
    pressing) of open cases, open rectification actions and customer quotas,
    most urgent first. ``source``: a Services object or an archive."""
    archive = archive_of(source)
    plan = plan or load_plan(archive)
    cal = WorkCalendar(plan)
    wanted = OPEN_STATES | ({DeadlineState.OK} if include_ok else set())
    items: list[Deadline] = []
    with archive.read_session() as s:
        for facts in _open_case_facts(s):
            items += [d for d in evaluate_case(facts, now, plan, cal) if d.done_at is None]
        items += action_deadlines(_actions(s), now, plan, cal)
        items += [d for d in notification_deadlines(s, now, plan) if d.done_at is None]
        items += _quota_deadlines(s, now, plan, cal)
        items += drill_deadlines(_runbook_facts(s), now, plan, cal)
        items += unfinished_runs(_unfinished_runs(s), now)
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
        row = s.execute(case_query().where(Case.id == case_id)).first()
        if row is None:
            raise NotFoundError("case", case_id)
        facts = case_facts(row)
        add_details(s, {facts.id: facts}, select(Case.id).where(Case.id == case_id), full=True)
        out = evaluate_case(facts, now, plan, cal)
        out += action_deadlines(_actions(s, case_id=case_id), now, plan, cal)
        out += notification_deadlines(s, now, plan, case_id=case_id)
    return out


def health_rows(source: Any, today: date, plan: ServicePlan, runbook_id: str | None = None) -> list[RunbookHealth]:
    """Every runbook's (or the one given) drill health, most overdue first."""
    with archive_of(source).read_session() as s:
        return runbook_health(_runbook_facts(s, runbook_id), today, plan)


def backup_deadline(source: Any, now: datetime) -> Deadline | None:
    """The backup reminder of the archive (see :func:`kbdesk.rules.attention.backup_due`)."""
    archive = archive_of(source)
    config = BackupConfig.load(archive.root)
    return backup_due(str(archive.root), archive.root.name, config.warn_after_days, config.last.when,
                      _archive_created(archive), now)


# --- cases -------------------------------------------------------------------


def case_query() -> Select:
    """The columns of :class:`CaseFacts`, one row per case."""
    return select(*_CASE_COLUMNS).join(Customer, Customer.id == Case.customer_id)


def case_facts(row) -> CaseFacts:
    return CaseFacts(*row)


def _open_case_facts(s: Session) -> list[CaseFacts]:
    # IN (…) rather than != 'closed' so SQLite uses the status index.
    is_open = Case.status.in_(OPEN_CASE_STATUSES)
    open_ids = select(Case.id).where(is_open)
    by_id = {r.id: case_facts(r) for r in s.execute(case_query().where(is_open))}
    if by_id:
        add_details(s, by_id, open_ids, full=False)
    return list(by_id.values())


def add_details(s: Session, by_id: dict[str, CaseFacts], ids: Select, full: bool) -> None:
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
        by_id[case_id].activity.append(aware(at))
    for case_id, target, at in s.execute(
        select(Escalation.case_id, Escalation.target, func.min(Escalation.at))
        .where(Escalation.case_id.in_(ids_sub)).group_by(Escalation.case_id, Escalation.target)
    ):
        by_id[case_id].escalated[target] = aware(at)
        by_id[case_id].activity.append(aware(at))
    for case_id, at in s.execute(
        select(TimelineEntry.case_id, func.min(TimelineEntry.at))
        .where(TimelineEntry.case_id.in_(ids_sub), TimelineEntry.kind == "status_change",
               TimelineEntry.to_status == "postmortem")
        .group_by(TimelineEntry.case_id)
    ):
        by_id[case_id].postmortem_started_at = aware(at)


# --- rectification actions ---------------------------------------------------


def _actions(s: Session, case_id: str | None = None) -> list[ActionFacts]:
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
    for aid, cid, title, due, status, closed, number, customer, runbook, drill_date in s.execute(stmt):
        assert due is not None  # the query keeps actions with a due date
        out.append(ActionFacts(aid, cid, title, due, status, closed, number, customer, runbook, drill_date))
    return out


# --- telling the customer of a major fault -----------------------------------


def notification_deadlines(
    s: Session, now: datetime, plan: ServicePlan, case_id: str | None = None,
) -> list[Deadline]:
    """Major faults whose customer must be told "at once" (see
    :func:`kbdesk.rules.attention.notification_deadlines`). Without ``case_id``: open cases only."""
    first = (select(CustomerNotification.case_id, func.min(CustomerNotification.at).label("at"))
             .group_by(CustomerNotification.case_id).subquery())
    stmt = (select(Case.id, Case.number, Case.title, Case.reported_at, Case.status, Customer.name, first.c.at)
            .join(Customer, Customer.id == Case.customer_id)
            .outerjoin(first, first.c.case_id == Case.id)
            .where(Case.not_a_fault.is_(False))
            .where(or_(Case.severity.in_(plan.major_severities), Case.fault_level.in_(plan.major_fault_levels))))
    stmt = stmt.where(Case.id == case_id) if case_id else stmt.where(Case.status != CaseStatus.CLOSED)
    return judge_notifications([NotificationFacts(*row) for row in s.execute(stmt)], now, plan)


# --- unfinished runs and runbook health ----------------------------------------


def _unfinished_runs(s: Session) -> list[RunFacts]:
    planned = (select(RunbookStep.runbook_id, func.sum(RunbookStep.estimated_minutes).label("minutes"))
               .group_by(RunbookStep.runbook_id).subquery())
    stmt = (
        select(Drill.id, Drill.date, Drill.started_at, Runbook.title, Customer.name, planned.c.minutes)
        .join(Runbook, Runbook.id == Drill.runbook_id)
        .outerjoin(Customer, Customer.id == Drill.customer_id)
        .outerjoin(planned, planned.c.runbook_id == Drill.runbook_id)
        .where(Drill.status == "running")
    )
    return [RunFacts(*row) for row in s.execute(stmt)]


def _runbook_facts(s: Session, runbook_id: str | None = None) -> list[RunbookDrillFacts]:
    last_q = select(Drill.runbook_id, func.max(Drill.date)).where(Drill.status != "running").group_by(Drill.runbook_id)
    runbook_q = (
        select(Runbook.id, Runbook.title, Customer.name, Runbook.drill_interval_months,
               Customer.drill_interval_months, Runbook.created_at)
        .outerjoin(Customer, Customer.id == Runbook.customer_id)
    )
    if runbook_id is not None:
        last_q = last_q.where(Drill.runbook_id == runbook_id)
        runbook_q = runbook_q.where(Runbook.id == runbook_id)
    last = dict(s.execute(last_q).all())
    return [RunbookDrillFacts(*row, last.get(row[0])) for row in s.execute(runbook_q)]


# --- customer quotas ---------------------------------------------------------


def _quota_deadlines(s: Session, now: datetime, plan: ServicePlan, cal: WorkCalendar) -> list[Deadline]:
    today = cal.local(now).date()
    quarter, year = quarter_of(today), year_of(today)
    consult = s.execute(
        select(ServiceRecord.customer_id, ServiceRecord.date).where(
            ServiceRecord.kind.in_(CONSULTATION_KINDS),
            ServiceRecord.date >= quarter.start, ServiceRecord.date < quarter.end)
    ).all()
    day = func.coalesce(TrainingSession.held_date, TrainingSession.planned_date)
    train = [
        (cid, held) for cid, held in s.execute(
            select(TrainingSession.customer_id, day).where(
                and_(TrainingSession.onsite.is_(True), TrainingSession.status == "held",
                     TrainingSession.customer_id.is_not(None), day >= year.start, day < year.end)))
        if cid is not None  # the query keeps sessions of a customer: this narrows the type
    ]
    customers = s.execute(select(Customer.id, Customer.name).order_by(Customer.name)).all()
    return quota_deadlines(customers, consult, train, now, plan, cal, today)


def _archive_created(archive) -> datetime | None:
    with archive.read_session() as s:
        first = s.scalar(select(func.min(AppliedMigration.applied_at)))
    return first if isinstance(first, datetime) else None
