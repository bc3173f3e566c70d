"""The reads the reports make, as plain typed records.

``kbdesk.reports`` computes and renders; it never sees a session, a model or
a statement. Each function here runs one report's queries with the filters
the report chose and returns immutable rows (named tuples: typed, and as
cheap to build as the database rows they copy). The per-case queries stream
their rows while the caller iterates, in one read session, so a report over
100,000 cases never holds them all at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Select, func, or_, select

from ..errors import NotFoundError
from ..storage.archive import Archive
from ..storage.models import (
    Attendance,
    Case,
    Category,
    Complaint,
    Customer,
    Drill,
    DrillStepResult,
    Runbook,
    RunbookStep,
    Survey,
    TrainingSession,
)


def archive_of(source: Any) -> Archive:
    """Accept a Services object or an Archive."""
    return source if isinstance(source, Archive) else source.archive


def attachment_bytes(source: Any, sha256: str) -> bytes:
    """An attached file's content, as the documents embed it (OSError or ArchiveError when it is gone;
    a hash that could name a file outside attachments/ is refused)."""
    return archive_of(source).blobs.read(sha256)


@dataclass(frozen=True)
class CaseScope:
    """Which cases a report counts: of one customer (id), of one product, reported in [start, end)."""

    customer: str | None = None
    product: str | None = None
    reported_from: datetime | None = None
    reported_before: datetime | None = None


def _scoped(stmt: Select, scope: CaseScope) -> Select:
    if scope.customer:
        stmt = stmt.where(Case.customer_id == scope.customer)
    if scope.product:
        stmt = stmt.where(Case.product == scope.product)
    if scope.reported_from:
        stmt = stmt.where(Case.reported_at >= scope.reported_from)
    if scope.reported_before:
        stmt = stmt.where(Case.reported_at < scope.reported_before)
    return stmt


# --- cases, times, SLA ----------------------------------------------------------


class CaseCountRow(NamedTuple):
    category: str
    product: str | None
    customer: str  # the customer's name
    reported_at: datetime
    severity: str
    status: str
    not_a_fault: bool


def case_count_rows(source: Any, scope: CaseScope) -> Iterator[CaseCountRow]:
    """Every case in scope, with what the cases report groups and splits by."""
    stmt = _scoped(
        select(
            Case.category, Case.product, Customer.name, Case.reported_at, Case.severity, Case.status,
            Case.not_a_fault,
        ).join(Customer, Customer.id == Case.customer_id),
        scope,
    )
    yield from _stream(source, stmt, CaseCountRow)


def category_names(source: Any) -> dict[str, tuple[str, str]]:
    """The archive's own categories: code → (Chinese name, English name)."""
    with archive_of(source).read_session() as s:
        return {
            code: (zh, en)
            for code, zh, en in s.execute(select(Category.code, Category.name_zh, Category.name_en))
        }


class CaseTimesRow(NamedTuple):
    severity: str
    reported_at: datetime
    responded_at: datetime | None
    recovered_at: datetime | None


def case_times_rows(source: Any, scope: CaseScope) -> Iterator[CaseTimesRow]:
    """The stamps of the cases in scope that are faults (not marked not a fault)."""
    stmt = _scoped(
        select(Case.severity, Case.reported_at, Case.responded_at, Case.recovered_at).where(
            Case.not_a_fault.is_(False)
        ),
        scope,
    )
    yield from _stream(source, stmt, CaseTimesRow)


class SlaCaseRow(NamedTuple):
    customer: str  # the customer's name
    severity: str
    fault_level: str | None
    status: str
    reported_at: datetime
    responded_at: datetime | None
    recovered_at: datetime | None
    closed_at: datetime | None


def sla_case_rows(source: Any, scope: CaseScope) -> Iterator[SlaCaseRow]:
    """What the SLA figures judge, for the cases in scope that are faults."""
    stmt = _scoped(
        select(
            Customer.name, Case.severity, Case.fault_level, Case.status, Case.reported_at, Case.responded_at,
            Case.recovered_at, Case.closed_at,
        )
        .join(Customer, Customer.id == Case.customer_id)
        .where(Case.not_a_fault.is_(False)),
        scope,
    )
    yield from _stream(source, stmt, SlaCaseRow)


# --- complaints and surveys -------------------------------------------------------


class ComplaintRow(NamedTuple):
    received_at: datetime
    subject: str
    closed_at: datetime | None


def complaint_rows(
    source: Any, customer: str | None = None, product: str | None = None,
    received_from: datetime | None = None, received_before: datetime | None = None,
) -> Iterator[ComplaintRow]:
    """Complaints of a customer (id), about a product (through their case), received in [from, before)."""
    stmt = select(Complaint.received_at, Complaint.subject, Complaint.closed_at)
    if customer:
        stmt = stmt.where(Complaint.customer_id == customer)
    if product:  # a complaint is about a product through its case
        stmt = stmt.join(Case, Case.id == Complaint.case_id).where(Case.product == product)
    if received_from:
        stmt = stmt.where(Complaint.received_at >= received_from)
    if received_before:
        stmt = stmt.where(Complaint.received_at < received_before)
    yield from _stream(source, stmt, ComplaintRow)


class SurveyRow(NamedTuple):
    date: date
    customer: str  # the customer's name
    owner: str | None  # the owner of the surveyed case, if any
    product: str | None
    attitude: int
    business: int
    technical: int


def survey_rows(
    source: Any, customer: str | None = None, product: str | None = None,
    start: date | None = None, end: date | None = None,
) -> Iterator[SurveyRow]:
    """Surveys dated in [start, end] (both inclusive), of a customer (id), about a product's case."""
    stmt = (
        select(
            Survey.date, Customer.name, Case.owner, Case.product, Survey.attitude, Survey.business,
            Survey.technical,
        )
        .join(Customer, Customer.id == Survey.customer_id)
        .outerjoin(Case, Case.id == Survey.case_id)
    )
    if start:
        stmt = stmt.where(Survey.date >= start)
    if end:
        stmt = stmt.where(Survey.date <= end)
    if customer:
        stmt = stmt.where(Survey.customer_id == customer)
    if product:
        stmt = stmt.where(Case.product == product)
    yield from _stream(source, stmt, SurveyRow)


# --- training -----------------------------------------------------------------


class OnsiteSessionRow(NamedTuple):
    """A customer with one of its on-site sessions; a customer without any comes once, with Nones."""

    customer_id: str
    customer: str
    status: str | None
    planned_date: date | None
    day: date | str | None  # the held date, else the planned date (SQLite may hand back text)


def onsite_session_rows(source: Any, customer: str | None = None) -> Iterator[OnsiteSessionRow]:
    day = func.coalesce(TrainingSession.held_date, TrainingSession.planned_date)
    stmt = select(Customer.id, Customer.name, TrainingSession.status, TrainingSession.planned_date, day).join(
        TrainingSession,
        (TrainingSession.customer_id == Customer.id) & TrainingSession.onsite.is_(True),
        isouter=True,
    )
    if customer:
        stmt = stmt.where(Customer.id == customer)
    yield from _stream(source, stmt, OnsiteSessionRow)


@dataclass(frozen=True)
class TrainingRecords:
    customers: list[dict[str, Any]]
    sessions: list[dict[str, Any]]  # training-session rows (every column)
    attendance: list[dict[str, Any]]  # attendance rows of those sessions


def training_records(services: Any, year: int, customer: str | None = None) -> TrainingRecords:
    """Customers (one by exact name, or all), their sessions planned or held in ``year``, and the
    attendance lists of those sessions."""
    where = {"name": customer} if customer is not None else None
    customers = services.list("customer", where=where, order_by="name")
    wanted = {c["id"] for c in customers}
    # Plain rows, not ORM objects: an archive holds tens of thousands of attendance lines.
    with archive_of(services).read_session() as s:
        sessions = [dict(r._mapping) for r in s.execute(select(TrainingSession.__table__))
                    if r.customer_id in wanted and year in (r.planned_date.year, (r.held_date or r.planned_date).year)]
        ids = [r["id"] for r in sessions]
        attendance = []
        for chunk in _chunks(ids):
            q = select(Attendance.__table__).where(Attendance.session_id.in_(chunk))
            attendance += [dict(r._mapping) for r in s.execute(q)]
    return TrainingRecords(customers, sessions, attendance)


# --- drills -------------------------------------------------------------------


class RunbookRow(NamedTuple):
    id: str
    title: str
    kind: str


class DrillRow(NamedTuple):
    runbook_id: str
    kind: str
    outcome: str
    date: date


@dataclass(frozen=True)
class DrillPlanRecords:
    runbooks: list[RunbookRow]
    drills: list[DrillRow]


def drill_plan_records(
    source: Any, start: date, end: date, customer: str | None = None, product: str | None = None
) -> DrillPlanRecords:
    """Runbooks of a product, of a customer (or drilled for it), and their drills dated in [start, end]."""
    runbooks = select(Runbook.id, Runbook.title, Runbook.kind)
    if product:
        runbooks = runbooks.where(Runbook.product == product)
    if customer:
        drilled_for = select(Drill.runbook_id).where(Drill.customer_id == customer)
        runbooks = runbooks.where(or_(Runbook.customer_id == customer, Runbook.id.in_(drilled_for)))
    drills = select(Drill.runbook_id, Drill.kind, Drill.outcome, Drill.date).where(
        Drill.date >= start, Drill.date <= end
    )
    if customer:
        drills = drills.where(Drill.customer_id == customer)
    with archive_of(source).read_session() as s:
        return DrillPlanRecords(
            list(map(RunbookRow._make, s.execute(runbooks))), list(map(DrillRow._make, s.execute(drills)))
        )


class StepRecord(NamedTuple):
    id: str
    position: int
    action: str
    estimated_minutes: int


class DrillRecord(NamedTuple):
    id: str
    date: date
    kind: str
    outcome: str


class StepResultRecord(NamedTuple):
    step_id: str | None
    position: int
    action: str
    status: str | None  # done | failed | skipped
    ok: bool
    started_at: datetime | None
    ended_at: datetime | None
    planned_minutes: int | None  # the step's estimate when the result was recorded


@dataclass(frozen=True)
class DrillHistory:
    runbook_id: str
    title: str
    steps: list[StepRecord]  # in order
    drills: list[DrillRecord]  # oldest first; runs still under way left out
    results: dict[str, list[StepResultRecord]]  # drill id → its step results by position


def drill_history(source: Any, runbook_id: str) -> DrillHistory:
    """One runbook's steps and its finished drills with their step results."""
    with archive_of(source).read_session() as s:
        title = s.scalar(select(Runbook.title).where(Runbook.id == runbook_id))
        if title is None:
            raise NotFoundError("runbook", runbook_id)
        steps = list(map(StepRecord._make, s.execute(
            select(RunbookStep.id, RunbookStep.position, RunbookStep.action, RunbookStep.estimated_minutes)
            .where(RunbookStep.runbook_id == runbook_id).order_by(RunbookStep.position))))
        drills = list(map(DrillRecord._make, s.execute(
            select(Drill.id, Drill.date, Drill.kind, Drill.outcome)
            .where(Drill.runbook_id == runbook_id, Drill.status != "running")  # not compared while under way
            .order_by(Drill.date, Drill.id))))
        results: dict[str, list[StepResultRecord]] = {d.id: [] for d in drills}
        for chunk in _chunks(list(results)):
            rows = s.execute(
                select(DrillStepResult.drill_id, DrillStepResult.step_id, DrillStepResult.position,
                       DrillStepResult.action, DrillStepResult.status, DrillStepResult.ok,
                       DrillStepResult.started_at, DrillStepResult.ended_at, DrillStepResult.planned_minutes)
                .where(DrillStepResult.drill_id.in_(chunk)).order_by(DrillStepResult.position))
            for drill_id, step_id, position, action, status, ok, started, ended, planned in rows:
                results[drill_id].append(
                    StepResultRecord(step_id, position, action, status, ok, started, ended, planned))
    return DrillHistory(runbook_id, title, steps, drills, results)


def _stream(source: Any, stmt: Select, record: Any) -> Iterator[Any]:
    """The rows of ``stmt`` as ``record``s while the caller iterates (the read session closes with
    the iteration): a report over 100,000 cases never holds them all, nor makes the garbage
    collector walk them."""
    with archive_of(source).read_session() as s:
        yield from map(record._make, s.execute(stmt))


def _chunks(items: Iterable[str], size: int = 500) -> list[list[str]]:
    # SQLite limits the number of bound parameters in one statement.
    items = list(items)
    return [items[i : i + size] for i in range(0, len(items), size)]
