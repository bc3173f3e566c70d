"""A customer's dossier (客户档案): one timeline of everything, and what stands beside it.

:func:`dossier_page` returns the timeline newest first, a page at a time
(the most recent ``limit`` items before a cursor), so the biggest customer's
dossier costs a few indexed queries, not a scan of its history.
:func:`dossier_summary` returns the quota status, open items, contacts and
managers. Both return plain dataclasses: safe to hand to the GUI thread.

Deadlines met or missed are items of their own, dated when they were met
(or fell due, when missed); they are worked out for the cases on the page,
so a deadline is listed with the page that holds its case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select

from ..domain.clock import utcnow
from ..errors import NotFoundError
from ..rules.attention import OPEN_CASE_STATUSES, archive_of
from ..rules.deadlines import Deadline, DeadlineState, evaluate_case
from ..rules.plan import ServicePlan
from ..rules.quotas import CONSULTATION_KINDS, customer_quotas, quarter_of, year_of
from ..rules.working_calendar import WorkCalendar
from ..storage.models import (
    Case,
    Complaint,
    Contact,
    Course,
    Customer,
    Drill,
    Escalation,
    RectificationAction,
    Runbook,
    ServiceRecord,
    Survey,
    TrainingSession,
)
from .attention import add_details, case_facts, case_query
from .plan_store import load_plan

KINDS = ("case", "escalation", "deadline", "service_record", "complaint", "survey", "drill", "training")
PAGE = 500
OPEN_CASES_WITH_DEADLINES = 200  # open items: deadlines of the most recent open cases


@dataclass
class DossierItem:
    at: datetime  # aware; a date-only record is at midnight in the plan's zone
    kind: str  # one of KINDS
    record_type: str  # what opens when the item is opened
    record_id: str
    title: str
    number: str = ""  # the case number, for case-related items
    severity: str = ""
    state: str = ""  # case status, complaint open/closed, session status, drill outcome, met/breached
    detail: str = ""  # escalation target, service kind, deadline kind, survey scores "5/4/4", …
    row_id: str = ""  # the item's own row when it opens another record (an escalation opens its case)

    @property
    def own_id(self) -> str:
        return self.row_id or self.record_id

    @property
    def order(self) -> tuple[datetime, str, str, str]:
        return (self.at, self.kind, self.own_id, self.detail)


@dataclass
class Cursor:
    """Where the next page starts: items strictly older than this one."""

    at: datetime
    kind: str
    record_id: str


@dataclass
class DossierPage:
    items: list[DossierItem]
    has_more: bool
    cursor: Cursor | None  # pass to the next call for "load more"


@dataclass
class ContactInfo:
    name: str
    role: str
    phone: str
    email: str
    designated: bool  # notified at once of a major fault


@dataclass
class DossierSummary:
    customer_id: str
    name: str
    organisation: str
    plan_level: str
    service_manager: str
    technical_manager: str
    contacts: list[ContactInfo]
    quotas: list[Deadline]  # consultation this quarter, on-site trainings this year
    counts: dict[str, int]  # records per kind
    open_cases: int
    open_complaints: int
    open_actions: int
    open_deadlines: list[Deadline]  # due soon or breached, of the most recent open cases
    deadlines_checked_cases: int = 0
    notes: list[str] = field(default_factory=list)


# --- the timeline ---------------------------------------------------------------


class _Span:
    """Period filter and cursor as SQL conditions, for instant and date columns."""

    def __init__(self, cal: WorkCalendar, start: date | None, end: date | None, cursor: Cursor | None):
        self.cal, self.start, self.end, self.cursor = cal, start, end, cursor

    def instant(self, column, kind: str, id_column) -> list:
        out = []
        if self.start:
            out.append(column >= datetime.combine(self.start, time(0), tzinfo=self.cal.tz))
        if self.end:
            out.append(column < datetime.combine(self.end + timedelta(days=1), time(0), tzinfo=self.cal.tz))
        c = self.cursor
        if c is not None:
            if kind < c.kind:
                out.append(column <= c.at)
            elif kind == c.kind:
                out.append(or_(column < c.at, and_(column == c.at, id_column < c.record_id)))
            else:
                out.append(column < c.at)
        return out

    def day(self, column, kind: str, id_column) -> list:
        out = [column >= self.start] if self.start else []
        if self.end:
            out.append(column <= self.end)
        c = self.cursor
        if c is not None:
            local = c.at.astimezone(self.cal.tz)
            c_day, midnight = local.date(), local.timetz().replace(tzinfo=None) == time(0)
            before = column < c_day if midnight else column <= c_day  # "at < cursor"
            if not midnight or kind > c.kind:
                out.append(before)
            elif kind < c.kind:
                out.append(column <= c_day)
            else:
                out.append(or_(before, and_(column == c_day, id_column < c.record_id)))
        return out


def dossier_page(
    source: Any, customer_id: str, kinds: tuple[str, ...] | list[str] | None = None,
    start: date | None = None, end: date | None = None, cursor: Cursor | None = None,
    limit: int = PAGE, now: datetime | None = None, plan: ServicePlan | None = None,
) -> DossierPage:
    """The customer's most recent ``limit`` timeline items of ``kinds`` (all by default)
    dated in [start, end], older than ``cursor``; newest first."""
    archive = archive_of(source)
    plan = plan or load_plan(archive)
    cal = WorkCalendar(plan)
    now = now or utcnow()
    wanted = set(kinds or KINDS)
    span = _Span(cal, start, end, cursor)
    fetch = limit + 1
    items: list[DossierItem] = []
    with archive.read_session() as s:
        if s.get(Customer, customer_id) is None:
            raise NotFoundError("customer", customer_id)
        page_cases: list[str] = []
        if wanted & {"case", "deadline"}:
            rows = s.execute(
                select(Case.id, Case.reported_at, Case.title, Case.number, Case.severity, Case.status)
                .where(Case.customer_id == customer_id, *span.instant(Case.reported_at, "case", Case.id))
                .order_by(Case.reported_at.desc(), Case.id.desc()).limit(fetch))
            cases = [DossierItem(_aware(at), "case", "case", cid, title, number, sev, status)
                     for cid, at, title, number, sev, status in rows]
            page_cases = [c.record_id for c in cases]
            if "case" in wanted:
                items += cases
        if "escalation" in wanted:
            escalations = s.execute(
                select(Escalation.id, Escalation.at, Escalation.target, Case.id, Case.title, Case.number,
                       Case.severity)
                .join(Case, Case.id == Escalation.case_id)
                # coalesce(): walk escalations newest first (ix_escalations_at) and stop at the
                # limit, rather than look up every one of a big customer's cases.
                .where(func.coalesce(Case.customer_id, "") == customer_id,
                       *span.instant(Escalation.at, "escalation", Escalation.id))
                .order_by(Escalation.at.desc(), Escalation.id.desc()).limit(fetch))
            items += [DossierItem(_aware(at), "escalation", "case", case_id, title, number, sev, detail=target,
                                  row_id=eid) for eid, at, target, case_id, title, number, sev in escalations]
        items += _dated_items(s, customer_id, wanted, span, fetch, cal)
        items.sort(key=lambda i: i.order, reverse=True)
        has_more = len(items) > limit
        items = items[:limit]
        if "deadline" in wanted and page_cases:
            if has_more and "case" not in wanted:
                page_cases = page_cases[:limit]
            shown = {i.record_id for i in items if i.kind == "case"} if "case" in wanted else set(page_cases)
            items += _deadline_items(s, [c for c in page_cases if c in shown], now, plan, cal)
            items.sort(key=lambda i: i.order, reverse=True)
    base = [i for i in items if i.kind != "deadline"]
    last = base[-1] if base else None
    next_cursor = Cursor(last.at, last.kind, last.own_id) if (has_more and last) else None
    return DossierPage(items, has_more and next_cursor is not None, next_cursor)


def _dated_items(s, customer_id: str, wanted: set[str], span: _Span, fetch: int,
                 cal: WorkCalendar) -> list[DossierItem]:
    out: list[DossierItem] = []

    def midnight(day: date) -> datetime:
        return datetime.combine(day, time(0), tzinfo=cal.tz)

    if "service_record" in wanted:
        rows = s.execute(
            select(ServiceRecord.id, ServiceRecord.date, ServiceRecord.kind, ServiceRecord.channel,
                   ServiceRecord.engineer, ServiceRecord.content)
            .where(ServiceRecord.customer_id == customer_id,
                   *span.day(ServiceRecord.date, "service_record", ServiceRecord.id))
            .order_by(ServiceRecord.date.desc(), ServiceRecord.id.desc()).limit(fetch))
        out += [DossierItem(midnight(d), "service_record", "service_record", rid,
                            _first_line(content) or engineer, state=channel, detail=kind)
                for rid, d, kind, channel, engineer, content in rows]
    if "complaint" in wanted:
        rows = s.execute(
            select(Complaint.id, Complaint.received_at, Complaint.subject, Complaint.closed_at)
            .where(Complaint.customer_id == customer_id,
                   *span.instant(Complaint.received_at, "complaint", Complaint.id))
            .order_by(Complaint.received_at.desc(), Complaint.id.desc()).limit(fetch))
        out += [DossierItem(_aware(at), "complaint", "complaint", rid, subject,
                            state="closed" if closed else "open") for rid, at, subject, closed in rows]
    if "survey" in wanted:
        rows = s.execute(
            select(Survey.id, Survey.date, Survey.attitude, Survey.business, Survey.technical, Survey.comment)
            .where(Survey.customer_id == customer_id, *span.day(Survey.date, "survey", Survey.id))
            .order_by(Survey.date.desc(), Survey.id.desc()).limit(fetch))
        out += [DossierItem(midnight(d), "survey", "survey", rid, _first_line(comment),
                            detail=f"{a}/{b}/{t}") for rid, d, a, b, t, comment in rows]
    if "drill" in wanted:
        rows = s.execute(
            select(Drill.id, Drill.date, Drill.kind, Drill.outcome, Runbook.title)
            .join(Runbook, Runbook.id == Drill.runbook_id)
            .where(Drill.customer_id == customer_id, *span.day(Drill.date, "drill", Drill.id))
            .order_by(Drill.date.desc(), Drill.id.desc()).limit(fetch))
        out += [DossierItem(midnight(d), "drill", "drill", rid, title, state=outcome, detail=kind)
                for rid, d, kind, outcome, title in rows]
    if "training" in wanted:
        day = func.coalesce(TrainingSession.held_date, TrainingSession.planned_date)
        rows = s.execute(
            select(TrainingSession.id, day, TrainingSession.status, TrainingSession.onsite, Course.title)
            .join(Course, Course.id == TrainingSession.course_id)
            .where(TrainingSession.customer_id == customer_id,
                   *span.day(day, "training", TrainingSession.id))
            .order_by(day.desc(), TrainingSession.id.desc()).limit(fetch))
        out += [DossierItem(midnight(_as_date(d)), "training", "training_session", rid, title, state=status,
                            detail="onsite" if onsite else "remote") for rid, d, status, onsite, title in rows]
    return out


def _deadline_items(s, case_ids: list[str], now: datetime, plan: ServicePlan,
                    cal: WorkCalendar) -> list[DossierItem]:
    """Deadlines met or missed of these cases, each dated when it was met or fell due."""
    if not case_ids:
        return []
    by_id = {r.id: case_facts(r) for r in s.execute(case_query().where(Case.id.in_(case_ids)))}
    add_details(s, by_id, select(Case.id).where(Case.id.in_(case_ids)), full=False)
    out = []
    for facts in by_id.values():
        for d in evaluate_case(facts, now, plan, cal):
            if d.state == DeadlineState.MET:
                at = d.done_at
            elif d.state == DeadlineState.BREACHED:
                at = min(d.due_at, d.done_at) if d.done_at else d.due_at
            else:
                continue  # not due yet: an open item, not an event
            assert at is not None  # judge() calls a deadline met only when it is done
            out.append(DossierItem(_aware(at), "deadline", "case", facts.id, facts.title, facts.number,
                                   facts.severity, state=d.state, detail=d.kind))
    return out


# --- beside the timeline ----------------------------------------------------------


def dossier_summary(source: Any, customer_id: str, now: datetime | None = None,
                    plan: ServicePlan | None = None) -> DossierSummary:
    archive = archive_of(source)
    plan = plan or load_plan(archive)
    cal = WorkCalendar(plan)
    now = now or utcnow()
    today = cal.local(now).date()
    with archive.read_session() as s:
        cust = s.get(Customer, customer_id)
        if cust is None:
            raise NotFoundError("customer", customer_id)
        contacts = [ContactInfo(c.name, c.role, c.phone, c.email, c.designated) for c in s.scalars(
            select(Contact).where(Contact.customer_id == customer_id)
            .order_by(Contact.designated.desc(), Contact.name))]
        quarter, year = quarter_of(today), year_of(today)
        consult = list(s.scalars(select(ServiceRecord.date).where(
            ServiceRecord.customer_id == customer_id, ServiceRecord.kind.in_(CONSULTATION_KINDS),
            ServiceRecord.date >= quarter.start, ServiceRecord.date < quarter.end)))
        day = func.coalesce(TrainingSession.held_date, TrainingSession.planned_date)
        trained = [_as_date(d) for d in s.scalars(select(day).where(
            TrainingSession.customer_id == customer_id, TrainingSession.onsite.is_(True),
            TrainingSession.status == "held", day >= year.start, day < year.end))]
        quotas = customer_quotas(customer_id, cust.name, consult, trained, now, plan, cal, today)
        counts = _counts(s, customer_id)
        is_open = (Case.customer_id == customer_id, Case.status.in_(OPEN_CASE_STATUSES))
        open_cases = s.scalar(select(func.count()).where(*is_open)) or 0
        checked = list(s.scalars(select(Case.id).where(*is_open).order_by(Case.reported_at.desc())
                                 .limit(OPEN_CASES_WITH_DEADLINES)))
        open_complaints = s.scalar(select(func.count()).where(
            Complaint.customer_id == customer_id, Complaint.closed_at.is_(None))) or 0
        open_actions = s.scalar(
            select(func.count()).select_from(RectificationAction)
            .outerjoin(Case, Case.id == RectificationAction.case_id)
            .outerjoin(Drill, Drill.id == RectificationAction.drill_id)
            .where(or_(Case.customer_id == customer_id, Drill.customer_id == customer_id),
                   RectificationAction.status.in_(("open", "in_progress")))) or 0
        open_deadlines: list[Deadline] = []
        if checked:
            by_id = {r.id: case_facts(r) for r in s.execute(case_query().where(Case.id.in_(checked)))}
            add_details(s, by_id, select(Case.id).where(Case.id.in_(checked)), full=False)
            for facts in by_id.values():
                open_deadlines += [d for d in evaluate_case(facts, now, plan, cal)
                                   if d.done_at is None and d.state in (DeadlineState.DUE_SOON,
                                                                         DeadlineState.BREACHED)]
        open_deadlines.sort(key=lambda d: d.remaining)
        return DossierSummary(
            customer_id, cust.name, cust.organisation, cust.plan_level, cust.service_manager,
            cust.technical_manager, contacts, quotas, counts, open_cases, open_complaints, open_actions,
            open_deadlines, len(checked))


def _counts(s, customer_id: str) -> dict[str, int]:
    def n(stmt) -> int:
        return s.scalar(stmt) or 0

    return {
        "case": n(select(func.count()).where(Case.customer_id == customer_id)),
        # coalesce(): go through the escalations (few) rather than all of a big customer's cases.
        "escalation": n(select(func.count()).select_from(Escalation).join(Case, Case.id == Escalation.case_id)
                        .where(func.coalesce(Case.customer_id, "") == customer_id)),
        "service_record": n(select(func.count()).where(ServiceRecord.customer_id == customer_id)),
        "complaint": n(select(func.count()).where(Complaint.customer_id == customer_id)),
        "survey": n(select(func.count()).where(Survey.customer_id == customer_id)),
        "drill": n(select(func.count()).where(Drill.customer_id == customer_id)),
        "training": n(select(func.count()).where(TrainingSession.customer_id == customer_id)),
    }


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _first_line(text: str, limit: int = 120) -> str:
    line = (text or "").strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"
