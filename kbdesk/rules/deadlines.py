"""What a case owes and by when: pure rules over plain facts.

:func:`evaluate_case` turns one case's facts into :class:`Deadline` rows; it
reads no database, so the attention list (many cases) and the case view (one
case) share it. docs/service-plan.md states each rule in words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from .plan import ServicePlan
from .working_calendar import WorkCalendar

ACTIVE_STATUSES = frozenset({"reported", "pre_assessment", "handling", "escalated"})


class DeadlineKind(StrEnum):
    RESPONSE = "response"  # first response
    RESTORE = "restore"  # major fault: service restored
    ANALYSIS = "analysis"  # major fault: analysis and solution delivered
    DUTY_LEAD = "duty_lead"  # T1/T2/C1/C2: escalated to the duty lead
    GOC_UNATTENDED = "goc_unattended"  # nobody took it: GOC
    GOC_STALLED = "goc_stalled"  # no progress: GOC
    POSTMORTEM = "postmortem"
    ACTION = "action"  # rectification action due date
    CONSULTATION = "consultation"  # per customer per quarter
    TRAINING = "training"  # on-site trainings per customer per year
    DRILL = "drill"  # a runbook's next drill (plan interval, default yearly)
    UNFINISHED_RUN = "unfinished_run"  # a runbook run not finished: due when its plan runs out
    BACKUP = "backup"  # the archive has not been backed up for N days
    NOTIFY_CUSTOMER = "notify_customer"  # major fault: tell the customer's designated contact at once


class DeadlineState(StrEnum):
    OK = "ok"
    DUE_SOON = "due_soon"
    BREACHED = "breached"  # overdue and not done, or done late
    MET = "met"  # done on time


@dataclass
class Deadline:
    """One row of the attention table; plain data, safe to hand to the GUI thread."""

    kind: str
    record_type: str  # case | action | customer | drill
    record_id: str
    label: str  # case number, or customer name for quotas
    title: str  # case or action title; "" for quotas
    customer: str
    due_at: datetime
    state: str
    # due_at − (done_at or now): negative means overdue (or done late).
    remaining: timedelta
    done_at: datetime | None = None
    # (done so far, required) for quotas.
    progress: tuple[int, int] | None = None
    # The calendar fell back to Mon–Fri for part of the span.
    estimated: bool = False
    case_id: str | None = None

    @property
    def overdue(self) -> timedelta:
        return max(timedelta(0), -self.remaining)

    @property
    def is_open(self) -> bool:
        return self.done_at is None and self.state != DeadlineState.MET


@dataclass
class CaseFacts:
    """What the rules need to know about one case."""

    id: str
    number: str
    title: str
    customer: str
    status: str
    severity: str
    fault_level: str | None
    not_a_fault: bool
    reported_at: datetime
    occurred_at: datetime | None = None
    responded_at: datetime | None = None
    recovered_at: datetime | None = None
    closed_at: datetime | None = None
    # Timeline and escalation instants (progress), any order.
    activity: list[datetime] = field(default_factory=list)
    # First escalation instant per target code.
    escalated: dict[str, datetime] = field(default_factory=dict)
    # First entry into postmortem status: the analysis counts as delivered.
    postmortem_started_at: datetime | None = None


def response_deadline(reported_at: datetime, plan: ServicePlan, cal: WorkCalendar) -> datetime:
    """Reported inside working hours: +10 min; outside: +60 min (wall clock)."""
    minutes = (
        plan.response_minutes_working if cal.is_working_time(reported_at) else plan.response_minutes_outside
    )
    return reported_at + timedelta(minutes=minutes)


def judge(
    start: datetime, due: datetime, done: datetime | None, now: datetime, plan: ServicePlan
) -> tuple[str, timedelta]:
    """State and remaining time of one deadline."""
    if done is not None:
        return (DeadlineState.MET if done <= due else DeadlineState.BREACHED), due - done
    remaining = due - now
    if remaining < timedelta(0):
        return DeadlineState.BREACHED, remaining
    if remaining <= (due - start) * plan.due_soon_fraction:
        return DeadlineState.DUE_SOON, remaining
    return DeadlineState.OK, remaining


def evaluate_case(facts: CaseFacts, now: datetime, plan: ServicePlan, cal: WorkCalendar) -> list[Deadline]:
    """Every deadline of one case, met ones included, in rule order."""
    out: list[Deadline] = []
    closed = facts.status == "closed"

    def add(kind: str, start: datetime, due: datetime, done: datetime | None, estimated: bool = False) -> None:
        if closed and done is None:
            return  # closed without the stamp: nothing to chase, nothing to judge
        state, remaining = judge(start, due, done, now, plan)
        out.append(Deadline(
            kind=kind, record_type="case", record_id=facts.id, label=facts.number,
            title=facts.title, customer=facts.customer, due_at=due, state=state,
            remaining=remaining, done_at=done, estimated=estimated, case_id=facts.id,
        ))

    rep = facts.reported_at
    add(DeadlineKind.RESPONSE, rep, response_deadline(rep, plan, cal), facts.responded_at,
        cal.is_estimated(cal.local(rep).date()))
    if facts.not_a_fault:
        return out  # not a fault: only the response was owed
    if plan.is_major(facts.severity, facts.fault_level):
        add(DeadlineKind.RESTORE, rep, rep + timedelta(minutes=plan.restore_minutes_major), facts.recovered_at)
        event = facts.occurred_at or rep
        add(DeadlineKind.ANALYSIS, event, event + timedelta(hours=plan.analysis_hours_major),
            _first(facts.postmortem_started_at, facts.closed_at))
    if plan.needs_escalation(facts.severity, facts.fault_level):
        _escalation_deadlines(facts, plan, add)
    days = plan.postmortem_days(facts.fault_level)
    if days is not None and facts.recovered_at is not None:
        due = cal.working_days_deadline(facts.recovered_at, days)
        add(DeadlineKind.POSTMORTEM, facts.recovered_at, due, facts.closed_at,
            cal.spans_estimate(facts.recovered_at, due))
    return out


def _escalation_deadlines(facts: CaseFacts, plan: ServicePlan, add) -> None:
    rep = facts.reported_at
    goc = facts.escalated.get("goc")
    # Recovered before escalation was due: nothing left to escalate.
    add(DeadlineKind.DUTY_LEAD, rep, rep + timedelta(minutes=plan.duty_lead_minutes),
        _first(facts.escalated.get("duty_lead"), goc, facts.recovered_at))
    add(DeadlineKind.GOC_UNATTENDED, rep, rep + timedelta(minutes=plan.goc_unattended_minutes),
        _first(facts.responded_at, goc, facts.recovered_at))
    if goc is None and facts.status not in ACTIVE_STATUSES:
        return  # stalls are chased while the fault is open, not afterwards
    before = [t for t in facts.activity if goc is None or t < goc]
    last = max([rep, *before, *([facts.responded_at] if facts.responded_at else [])])
    if goc is not None:
        last = min(last, goc)
    add(DeadlineKind.GOC_STALLED, last, last + timedelta(minutes=plan.goc_no_progress_minutes), goc)


def _first(*stamps: datetime | None) -> datetime | None:
    present = [s for s in stamps if s is not None]
    return min(present) if present else None
