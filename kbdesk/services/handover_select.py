"""Which records a handover package (文档移交) holds.

The user chooses customers and/or products and a period:

- cases: of the chosen customers (any, if none chosen), of the chosen
  products (any, if none chosen), reported within the period (plan zone);
- runbooks: the customers' own runbooks, those for the products in scope
  (the chosen products, else the products of the chosen cases) and those
  linked to a chosen case;
- KB articles: for the products in scope, written from a chosen case, or
  linked to a chosen case or runbook;
- drills: of the chosen runbooks, held within the period, for one of the
  chosen customers or for no customer in particular;
- courses: those of the customers' training sessions within the period and
  those linked to a chosen record, each with its material list.

Runbooks, articles and courses are documents valid now, so the period does
not filter them; it filters what happened (cases, drills, sessions).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select, true
from sqlalchemy.orm import Session

from ..errors import KbdeskError, NotFoundError
from ..rules.working_calendar import WorkCalendar
from ..storage.models import (
    Article,
    Case,
    Course,
    Customer,
    Drill,
    DrillStepResult,
    Link,
    Material,
    Runbook,
    RunbookStep,
    TrainingSession,
)
from .plain import row_to_dict


@dataclass
class HandoverScope:
    customer_ids: list[str] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    start: date | None = None
    end: date | None = None


@dataclass
class HandoverContents:
    scope: HandoverScope
    customers: list[dict[str, Any]]
    cases: list[dict[str, Any]]
    articles: list[dict[str, Any]]
    runbooks: list[dict[str, Any]]
    steps: dict[str, list[dict[str, Any]]]  # runbook id → steps in order
    drills: list[dict[str, Any]]
    drill_steps: dict[str, list[dict[str, Any]]]  # drill id → step results
    courses: list[dict[str, Any]]
    materials: dict[str, list[dict[str, Any]]]  # course id → materials
    sessions: dict[str, list[dict[str, Any]]]  # course id → sessions in scope
    customer_names: dict[str, str]

    def record_count(self) -> int:
        return sum(map(len, (self.cases, self.articles, self.runbooks, self.drills, self.courses)))


def resolve_customers(services: Any, names_or_ids: list[str]) -> list[str]:
    """Customer ids for names or ids as typed on the command line."""
    ids = []
    with services.archive.read_session() as s:
        for text in names_or_ids:
            obj = (
                s.get(Customer, text)
                or s.scalars(select(Customer).where(Customer.name == text.strip())).first()
            )
            if obj is None:
                raise NotFoundError("customer", text)
            ids.append(obj.id)
    return list(dict.fromkeys(ids))


def select_contents(services: Any, scope: HandoverScope, cal: WorkCalendar) -> HandoverContents:
    if not scope.customer_ids and not scope.products:
        raise KbdeskError("Choose at least one customer or one product for the handover package.")
    if scope.start and scope.end and scope.start > scope.end:
        raise KbdeskError(f"The period starts ({scope.start}) after it ends ({scope.end}).")
    with services.archive.read_session() as s:
        cases = _cases(s, scope, cal)
        case_ids = {c.id for c in cases}
        products = set(scope.products) or {c.product for c in cases if c.product}
        linked = _linked(s, "case", case_ids)
        runbooks = _runbooks(s, scope, products, linked.get("runbook", set()))
        runbook_ids = {r.id for r in runbooks}
        linked_rb = _linked(s, "runbook", runbook_ids)
        articles = _articles(
            s, products, case_ids, linked.get("article", set()) | linked_rb.get("article", set())
        )
        drills = _drills(s, scope, runbook_ids)
        courses, sessions = _courses(s, scope, linked.get("course", set()) | linked_rb.get("course", set()))
        names = {c.id: c.name for c in s.scalars(select(Customer))}
        return HandoverContents(
            scope=scope,
            customers=[row_to_dict(s.get(Customer, i)) for i in scope.customer_ids],
            cases=[row_to_dict(c) for c in cases],
            articles=[row_to_dict(a) for a in articles],
            runbooks=[row_to_dict(r) for r in runbooks],
            steps=_children(s, RunbookStep, RunbookStep.runbook_id, runbook_ids, RunbookStep.position),
            drills=[row_to_dict(d) for d in drills],
            drill_steps=_children(
                s, DrillStepResult, DrillStepResult.drill_id, {d.id for d in drills}, DrillStepResult.position
            ),
            courses=[row_to_dict(c) for c in courses],
            materials=_children(s, Material, Material.course_id, {c.id for c in courses}, Material.title),
            sessions=sessions,
            customer_names=names,
        )


def _period(cal: WorkCalendar, scope: HandoverScope) -> tuple[datetime | None, datetime | None]:
    """The period's days in the plan's zone as instants (end exclusive)."""
    start = datetime.combine(scope.start, time.min, cal.tz) if scope.start else None
    end = datetime.combine(scope.end + timedelta(days=1), time.min, cal.tz) if scope.end else None
    return start, end


def _cases(s: Session, scope: HandoverScope, cal: WorkCalendar) -> list[Case]:
    stmt = select(Case)
    if scope.customer_ids:
        stmt = stmt.where(Case.customer_id.in_(scope.customer_ids))
    if scope.products:
        stmt = stmt.where(Case.product.in_(scope.products))
    start, end = _period(cal, scope)
    if start:
        stmt = stmt.where(Case.reported_at >= start.astimezone(UTC))
    if end:
        stmt = stmt.where(Case.reported_at < end.astimezone(UTC))
    return list(s.scalars(stmt.order_by(Case.reported_at, Case.number)))


def _linked(s: Session, record_type: str, ids: set[str]) -> dict[str, set[str]]:
    """Records linked to any of ``ids`` (either direction), by type."""
    out: dict[str, set[str]] = {}
    for chunk in _chunks(sorted(ids)):
        rows = s.scalars(
            select(Link).where(
                or_(
                    and_(Link.source_type == record_type, Link.source_id.in_(chunk)),
                    and_(Link.target_type == record_type, Link.target_id.in_(chunk)),
                )
            )
        )
        for link in rows:
            other = (
                (link.target_type, link.target_id)
                if link.source_id in ids and link.source_type == record_type
                else (link.source_type, link.source_id)
            )
            out.setdefault(other[0], set()).add(other[1])
    return out


def _runbooks(s: Session, scope: HandoverScope, products: set[str], linked: set[str]) -> list[Runbook]:
    conditions: list[ColumnElement[bool]] = [Runbook.id.in_(linked)] if linked else []
    if scope.customer_ids:
        conditions.append(Runbook.customer_id.in_(scope.customer_ids))
    if products:
        generic_or_ours = (
            or_(Runbook.customer_id.is_(None), Runbook.customer_id.in_(scope.customer_ids))
            if scope.customer_ids
            else true()
        )
        conditions.append(and_(Runbook.product.in_(products), generic_or_ours))
    if not conditions:
        return []
    return list(s.scalars(select(Runbook).where(or_(*conditions)).order_by(Runbook.title, Runbook.id)))


def _articles(s: Session, products: set[str], case_ids: set[str], linked: set[str]) -> list[Article]:
    conditions = []
    if products:
        conditions.append(Article.product.in_(products))
    if case_ids:
        conditions.append(Article.source_case_id.in_(case_ids))
    if linked:
        conditions.append(Article.id.in_(linked))
    if not conditions:
        return []
    return list(s.scalars(select(Article).where(or_(*conditions)).order_by(Article.title, Article.id)))


def _drills(s: Session, scope: HandoverScope, runbook_ids: set[str]) -> list[Drill]:
    if not runbook_ids:
        return []
    stmt = select(Drill).where(Drill.runbook_id.in_(runbook_ids))
    if scope.customer_ids:
        stmt = stmt.where(or_(Drill.customer_id.is_(None), Drill.customer_id.in_(scope.customer_ids)))
    if scope.start:
        stmt = stmt.where(Drill.date >= scope.start)
    if scope.end:
        stmt = stmt.where(Drill.date <= scope.end)
    return list(s.scalars(stmt.order_by(Drill.date, Drill.id)))


def _courses(
    s: Session, scope: HandoverScope, linked: set[str]
) -> tuple[list[Course], dict[str, list[dict]]]:
    sessions: dict[str, list[dict]] = {}
    if scope.customer_ids:
        stmt = select(TrainingSession).where(TrainingSession.customer_id.in_(scope.customer_ids))
        if scope.start:
            stmt = stmt.where(TrainingSession.planned_date >= scope.start)
        if scope.end:
            stmt = stmt.where(TrainingSession.planned_date <= scope.end)
        for ts in s.scalars(stmt.order_by(TrainingSession.planned_date, TrainingSession.id)):
            sessions.setdefault(ts.course_id, []).append(row_to_dict(ts))
    ids = set(sessions) | linked
    if not ids:
        return [], sessions
    courses = list(s.scalars(select(Course).where(Course.id.in_(ids)).order_by(Course.title, Course.id)))
    return courses, sessions


def _children(s: Session, model, parent_col, parent_ids: set[str], order_col) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for chunk in _chunks(sorted(parent_ids)):
        for obj in s.scalars(select(model).where(parent_col.in_(chunk)).order_by(order_col)):
            out.setdefault(getattr(obj, parent_col.key), []).append(row_to_dict(obj))
    return out


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    # SQLite limits the number of bound parameters in one statement.
    return [items[i : i + size] for i in range(0, len(items), size)]
