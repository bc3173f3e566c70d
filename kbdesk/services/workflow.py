"""Case lifecycle operations: each one a single transaction with its audit.

Status changes, escalations, not-a-fault marks and progress notices go
through here, so the case row, its timeline entry and the audit trail are
written together and the change is broadcast once. The allowed moves are in
:mod:`kbdesk.rules.lifecycle`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select

from ..domain.clock import new_id, utcnow
from ..domain.enums import CaseStatus, EscalationTarget, TimelineKind
from ..errors import NotFoundError, ValidationError
from ..rules.lifecycle import ESCALATABLE, allowed_next, refusal
from ..rules.notices import NoticeFields, render_notice
from ..rules.working_calendar import WorkCalendar
from ..storage.models import Case, Customer, Escalation, TimelineEntry
from .archive_services import Services
from .customer_steps import CustomerSteps, recovery_incomplete
from .plain import row_to_dict
from .plan_store import load_plan
from .unit_of_work import UnitOfWork

ACTION_MOVES: dict[str, frozenset[str]] = {
    "open": frozenset({"in_progress", "done", "cancelled"}),
    "in_progress": frozenset({"open", "done", "cancelled"}),
    "done": frozenset(),
    "cancelled": frozenset(),
}


class CaseWorkflow:
    """Lifecycle operations on cases; ``now`` is injectable for tests."""

    def __init__(self, services: Services, now: Callable[[], datetime] = utcnow):
        self.services = services
        self._now = now

    # --- status -------------------------------------------------------------

    def allowed_next(self, case_id: str) -> list[str]:
        case = self.services.get("case", case_id)
        return allowed_next(case["status"], case["not_a_fault"], case["fault_level"])

    def transition(self, case_id: str, to_status: str, note: str = "", at: datetime | None = None) -> dict[str, Any]:
        """Move a case to ``to_status``, stamping responded/recovered/closed times."""

        def apply(uow: UnitOfWork, case: Case, when: datetime) -> None:
            why = refusal(case.status, to_status, case.not_a_fault, case.fault_level)
            if why:
                raise ValidationError("case", {"status": why})
            if case.status == CaseStatus.RECOVERED and to_status != CaseStatus.HANDLING:
                missing = recovery_incomplete(uow.session, case)
                if missing:
                    raise ValidationError("case", {"status": (
                        "recovery is not complete: record the " + " and the ".join(m.replace("_", " ")
                                                                                   for m in missing)
                        + " (passed) before moving on")})
            self._move(uow, case, to_status, when, note)

        return self._write(case_id, at, apply)

    def assign(self, case_id: str, owner: str, note: str = "", at: datetime | None = None) -> dict[str, Any]:
        """Give the case an owner; taking a fault counts as its first response."""
        if not owner.strip():
            raise ValidationError("case", {"owner": "name the person who takes the case"})

        def apply(uow: UnitOfWork, case: Case, when: datetime) -> None:
            values: dict[str, Any] = {"owner": owner.strip()}
            if case.responded_at is None:
                values["responded_at"] = when
            self._update_case(uow, case, values)
            self._timeline(uow, case, TimelineKind.ASSIGNMENT, note or owner.strip(), when)

        return self._write(case_id, at, apply)

    def mark_not_a_fault(self, case_id: str, reason: str, at: datetime | None = None) -> dict[str, Any]:
        """Planned change or the user's own use: the case leaves the fault statistics."""
        reason = reason.strip()
        if not reason:
            raise ValidationError("case", {"not_a_fault_reason": "say why it is not a fault (planned change, user's own use, …)"})
        if len(reason) > 200:
            raise ValidationError("case", {"not_a_fault_reason": "is longer than 200 characters"})

        def apply(uow: UnitOfWork, case: Case, when: datetime) -> None:
            self._update_case(uow, case, {"not_a_fault": True, "not_a_fault_reason": reason})
            self._timeline(uow, case, TimelineKind.NOTE, f"not a fault: {reason}", when)

        return self._write(case_id, at, apply)

    def clear_not_a_fault(self, case_id: str, note: str = "", at: datetime | None = None) -> dict[str, Any]:
        def apply(uow: UnitOfWork, case: Case, when: datetime) -> None:
            self._update_case(uow, case, {"not_a_fault": False, "not_a_fault_reason": ""})
            self._timeline(uow, case, TimelineKind.NOTE, note or "counted as a fault again", when)

        return self._write(case_id, at, apply)

    def escalate(
        self, case_id: str, target: str, reason: str, impact_reassessment: str = "",
        at: datetime | None = None,
    ) -> dict[str, Any]:
        """Record an escalation and put the case in ``escalated``; returns the escalation."""
        if target not in {t.value for t in EscalationTarget}:
            raise ValidationError("escalation", {"target": f"{target!r} is not one of duty_lead, goc"})
        if not reason.strip():
            raise ValidationError("escalation", {"reason": "say why the fault is escalated"})
        made: dict[str, Any] = {}

        def apply(uow: UnitOfWork, case: Case, when: datetime) -> None:
            if case.status not in ESCALATABLE:
                raise ValidationError("case", {"status": (
                    f"a {case.status} case cannot be escalated; escalation is for faults "
                    "not yet recovered (reopen it as handling first if it relapsed)")})
            esc = Escalation(id=new_id(), case_id=case.id, at=when, target=target, reason=reason.strip(),
                             escalated_by=self.services.actor, impact_reassessment=impact_reassessment.strip())
            made.update(uow.add("escalation", esc))
            text = f"→ {target}: {reason.strip()}"
            if case.status == CaseStatus.ESCALATED:
                self._timeline(uow, case, TimelineKind.NOTE, text, when)
            else:
                self._move(uow, case, CaseStatus.ESCALATED, when, text)

        self._write(case_id, at, apply)
        return made

    # --- progress notices ---------------------------------------------------

    def add_progress_notice(
        self, case_id: str, template_fields: dict[str, Any] | None = None, lang: str = "zh_CN",
        at: datetime | None = None,
    ) -> dict[str, Any]:
        """Render a progress notice (impact, actions_taken, next_update_at, …) into the timeline."""
        fields = dict(template_fields or {})
        made: dict[str, Any] = {}

        def apply(uow: UnitOfWork, case: Case, when: datetime) -> None:
            customer = uow.session.get(Customer, case.customer_id)
            notice = NoticeFields(
                case_number=case.number, title=case.title, customer=customer.name if customer else "",
                status=case.status, impact=case.business_impact,
            )
            for key, value in fields.items():
                if not hasattr(notice, key):
                    raise ValidationError("timeline", {key: "is not a notice field"})
                setattr(notice, key, _as_datetime(value) if key == "next_update_at" else value)
            plan = load_plan(self.services)
            text = render_notice(notice, lang, WorkCalendar(plan).tz, plan.timezone)
            made.update(self._timeline(uow, case, TimelineKind.PROGRESS_NOTICE, text, when))

        self._write(case_id, at, apply)
        return made

    # --- customer-facing steps (kbdesk.services.customer_steps) --------------

    def notify_customer(self, case_id: str, channel: str, contact_id: str | None = None,
                        contact_name: str = "", note: str = "", at: datetime | None = None) -> dict[str, Any]:
        return CustomerSteps(self).notify_customer(case_id, channel, contact_id, contact_name, note, at)

    def confirm(self, case_id: str, kind: str, person: str, text: str = "", passed: bool = True,
                at: datetime | None = None) -> dict[str, Any]:
        return CustomerSteps(self).confirm(case_id, kind, person, text, passed, at)

    def add_recovery_notice(self, case_id: str, lang: str = "zh_CN", follow_up: str = "",
                            at: datetime | None = None) -> dict[str, Any]:
        return CustomerSteps(self).add_recovery_notice(case_id, lang, follow_up, at)

    # --- rectification actions ---------------------------------------------

    def add_action(
        self, case_id: str, title: str, owner: str = "", due_date: date | None = None, notes: str = "",
    ) -> dict[str, Any]:
        return self.services.create("action", {
            "case_id": case_id, "title": title, "owner": owner, "due_date": due_date, "notes": notes,
        })

    def set_action_status(self, action_id: str, status: str, at: datetime | None = None) -> dict[str, Any]:
        """open ⇄ in_progress → done | cancelled; done and cancelled are final and stamped."""
        action = self.services.get("action", action_id)
        if status not in ACTION_MOVES:
            raise ValidationError("action", {"status": f"{status!r} is not one of {', '.join(ACTION_MOVES)}"})
        if status not in ACTION_MOVES[action["status"]]:
            allowed = ", ".join(sorted(ACTION_MOVES[action["status"]])) or "none (it is closed)"
            raise ValidationError("action", {"status": (
                f"an action cannot go from {action['status']} to {status}; allowed: {allowed}")})
        values: dict[str, Any] = {"status": status}
        if status in ("done", "cancelled"):
            values["closed_at"] = self._when(at)
        return self.services.update("action", action_id, values)

    def open_actions(self, case_id: str) -> list[dict[str, Any]]:
        actions = self.services.list("action", where={"case_id": case_id}, order_by="due_date")
        return [a for a in actions if a["status"] in ("open", "in_progress")]

    # --- machinery ------------------------------------------------------------

    def _when(self, at: datetime | None) -> datetime:
        when = at or self._now()
        if when.tzinfo is None:
            raise ValidationError("case", {"at": "give the time with its time zone, e.g. +08:00"})
        return when

    def _write(self, case_id: str, at: datetime | None, apply) -> dict[str, Any]:
        when = self._when(at)
        with self.services.unit_of_work() as uow:
            case = uow.session.get(Case, case_id)
            if case is None:
                raise NotFoundError("case", case_id)
            if when < case.reported_at:
                raise ValidationError("case", {"at": (
                    f"{when.isoformat()} is before the case was reported ({case.reported_at.isoformat()})")})
            apply(uow, case, when)
            result = row_to_dict(case)
        return result

    def _move(self, uow: UnitOfWork, case: Case, to_status: str, when: datetime, note: str) -> None:
        values: dict[str, Any] = {"status": to_status}
        if case.status == CaseStatus.REPORTED and to_status in (CaseStatus.PRE_ASSESSMENT, CaseStatus.HANDLING):
            if case.responded_at is None:
                values["responded_at"] = when
        if to_status == CaseStatus.RECOVERED:
            values["recovered_at"] = when
        if case.status == CaseStatus.RECOVERED and to_status == CaseStatus.HANDLING:
            values["recovered_at"] = None  # relapse: service is not restored after all
        if to_status == CaseStatus.CLOSED:
            values["closed_at"] = when
        last = uow.session.scalar(select(func.max(TimelineEntry.at)).where(
            TimelineEntry.case_id == case.id, TimelineEntry.kind == TimelineKind.STATUS_CHANGE))
        if last is not None and when < _utc(last):
            raise ValidationError("case", {"at": (
                f"{when.isoformat()} is before the last status change ({_utc(last).isoformat()}); "
                "status changes are kept in time order")})
        from_status = case.status
        self._update_case(uow, case, values)
        self._timeline(uow, case, TimelineKind.STATUS_CHANGE, note, when,
                       from_status=from_status, to_status=to_status)

    def _update_case(self, uow: UnitOfWork, case: Case, values: dict[str, Any]) -> None:
        # The workflow's own move: its fields are allowed, and it is recorded even when
        # nothing but the time changes (the timeline entry says what happened).
        uow.update("case", case, values, lifecycle=True, skip_unchanged=False)

    def _timeline(self, uow: UnitOfWork, case: Case, kind: str, text: str, when: datetime,
                  **extra: Any) -> dict[str, Any]:
        return uow.add("timeline", TimelineEntry(id=new_id(), case_id=case.id, at=when, kind=kind, text=text,
                                                 author=self.services.actor, **extra))


def _utc(value: datetime) -> datetime:
    # max() over the column comes back naive from SQLite; stored values are UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _as_datetime(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    try:
        dt = datetime.fromisoformat(str(value))
    except ValueError:
        raise ValidationError("timeline", {"next_update_at": f"{value!r} is not a date-time"}) from None
    if dt.tzinfo is None:
        raise ValidationError("timeline", {"next_update_at": "give the time with its time zone, e.g. +08:00"})
    return dt

