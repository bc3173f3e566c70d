"""The plan's customer-facing steps of a fault (docs/service-plan.md, "Customer-facing steps").

- A major fault: the customer's designated contact is told at once; who was
  told, when and how (phone / SMS / email / IM / on site) is recorded.
- Handling: the recovery plan, its review and the customer's approval.
- Recovery: the vendor's technical verification and the customer's business
  verification, then the recovery notice (故障恢复通告).

Each step is an ordinary record (``notification``, ``confirmation``) written in
the same transaction as a timeline entry, so the case timeline, the customer
dossier, the fault report and export/import all see it.

Enforced here: the recovery notice needs both verifications passed, and a
recovered case cannot move on (to postmortem or closed) without them
(:func:`recovery_incomplete`, used by CaseWorkflow.transition). Entering
``recovered`` itself is not held back: its time is when service was restored,
which the 30-minute restore deadline measures; the verifications follow it.
A case marked not a fault owes none of this.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.clock import new_id
from ..domain.enums import ConfirmationKind, NotifyChannel, TimelineKind
from ..errors import ValidationError
from ..rules.notices import RecoveryNoticeFields, render_recovery_notice
from ..rules.plan import ServicePlan
from ..storage.models import Case, CaseConfirmation, Contact, Customer, CustomerNotification
from .plan_store import load_plan
from .unit_of_work import UnitOfWork

VERIFICATIONS = (ConfirmationKind.TECHNICAL_VERIFICATION, ConfirmationKind.BUSINESS_VERIFICATION)
CONFIRMATION_WORDS = {
    "recovery_plan": ("恢复方案", "Recovery plan"),
    "plan_review": ("方案评审", "Plan review"),
    "customer_approval": ("客户批准", "Customer approval"),
    "technical_verification": ("厂商技术验证", "Vendor technical verification"),
    "business_verification": ("客户业务验证", "Customer business verification"),
}
CHANNEL_WORDS = {
    "phone": ("电话", "phone"), "sms": ("短信", "SMS"), "email": ("邮件", "email"),
    "im": ("即时通讯", "IM"), "onsite": ("现场", "on site"),
}


def word(table: dict[str, tuple[str, str]], code: str, lang: str) -> str:
    zh, en = table.get(code, (code, code))
    return zh if lang == "zh_CN" else en


def designated_contacts(s: Session, customer_id: str) -> list[Contact]:
    """The customer's major-fault contacts (``designated``), else all its contacts."""
    contacts = list(s.scalars(select(Contact).where(Contact.customer_id == customer_id).order_by(Contact.name)))
    marked = [c for c in contacts if c.designated]
    return marked or contacts


def recovery_incomplete(s: Session, case: Case) -> list[str]:
    """The verification kinds a recovered case still lacks (passed ones count)."""
    if case.not_a_fault:
        return []
    done = set(s.scalars(select(CaseConfirmation.kind).where(
        CaseConfirmation.case_id == case.id, CaseConfirmation.passed.is_(True))))
    return [k.value for k in VERIFICATIONS if k.value not in done]


def needs_notification(case: Case, plan: ServicePlan) -> bool:
    return plan.is_major(case.severity, case.fault_level) and not case.not_a_fault


class CustomerSteps:
    """Writes the steps through CaseWorkflow's transaction machinery."""

    def __init__(self, workflow: Any):
        self.wf = workflow

    def notify_customer(self, case_id: str, channel: str, contact_id: str | None = None,
                        contact_name: str = "", note: str = "", at: datetime | None = None) -> dict[str, Any]:
        """Record that the customer's contact was told (a contact of the case's customer, or a name)."""
        if channel not in {c.value for c in NotifyChannel}:
            raise ValidationError("notification", {"channel": f"{channel!r} is not one of "
                                                   + ", ".join(c.value for c in NotifyChannel)})
        made: dict[str, Any] = {}

        def apply(uow: UnitOfWork, case: Case, when: datetime) -> None:
            s = uow.session
            name = contact_name.strip()
            if contact_id:
                contact = s.get(Contact, contact_id)
                if contact is None or contact.customer_id != case.customer_id:
                    raise ValidationError("notification", {"contact_id": "is not a contact of this case's customer"})
                name = name or contact.name
            if not name:
                raise ValidationError("notification", {"contact_name": "say who was told"})
            row = CustomerNotification(id=new_id(), case_id=case.id, contact_id=contact_id or None,
                                       contact_name=name[:100], channel=channel, at=when,
                                       notified_by=self.wf.services.actor, note=note.strip())
            made.update(uow.add("notification", row))
            text = f"{name} ({channel})" + (f": {note.strip()}" if note.strip() else "")
            self.wf._timeline(uow, case, TimelineKind.CUSTOMER_NOTIFIED, text, when)

        self.wf._write(case_id, at, apply)
        return made

    def confirm(self, case_id: str, kind: str, person: str, text: str = "", passed: bool = True,
                at: datetime | None = None) -> dict[str, Any]:
        """Record the recovery plan, its review, the approval or a verification."""
        if kind not in {k.value for k in ConfirmationKind}:
            raise ValidationError("confirmation", {"kind": f"{kind!r} is not one of "
                                                   + ", ".join(k.value for k in ConfirmationKind)})
        if not person.strip():
            raise ValidationError("confirmation", {"person": "say who wrote, reviewed, approved or verified it"})
        if kind == ConfirmationKind.RECOVERY_PLAN and not text.strip():
            raise ValidationError("confirmation", {"text": "write the recovery plan"})
        made: dict[str, Any] = {}

        def apply(uow: UnitOfWork, case: Case, when: datetime) -> None:
            if kind in VERIFICATIONS and case.status not in ("recovered", "postmortem", "closed"):
                raise ValidationError("confirmation", {"kind": (
                    "verifications follow recovery: move the case to recovered when service is restored, "
                    "then record the verifications")})
            row = CaseConfirmation(id=new_id(), case_id=case.id, kind=kind, at=when, person=person.strip()[:100],
                                   passed=bool(passed), text=text.strip())
            made.update(uow.add("confirmation", row))
            line = f"{kind}: {person.strip()}" + ("" if passed else " (not passed)")
            if text.strip():
                line += f" — {text.strip()}"
            self.wf._timeline(uow, case, TimelineKind.CONFIRMATION, line, when)

        self.wf._write(case_id, at, apply)
        return made

    def add_recovery_notice(self, case_id: str, lang: str = "zh_CN", follow_up: str = "",
                            at: datetime | None = None) -> dict[str, Any]:
        """Render the recovery notice into the timeline; needs both verifications passed."""
        made: dict[str, Any] = {}

        def apply(uow: UnitOfWork, case: Case, when: datetime) -> None:
            s = uow.session
            if case.recovered_at is None:
                raise ValidationError("case", {"status": "the case is not recovered yet; "
                                               "the recovery notice follows recovery"})
            missing = recovery_incomplete(s, case)
            if missing:
                raise ValidationError("case", {"status": "the recovery notice needs " + " and ".join(missing)
                                               + " recorded as passed first"})
            latest = {}
            for row in s.scalars(select(CaseConfirmation).where(
                    CaseConfirmation.case_id == case.id, CaseConfirmation.passed.is_(True))
                    .order_by(CaseConfirmation.at)):
                latest[row.kind] = (row.person, row.at)
            customer = s.get(Customer, case.customer_id)
            plan = load_plan(self.wf.services)
            notice = RecoveryNoticeFields(
                case_number=case.number, title=case.title, customer=customer.name if customer else "",
                occurred_at=case.occurred_at or case.reported_at, recovered_at=case.recovered_at,
                cause=case.root_cause, resolution=case.resolution or case.workaround,
                technical=latest.get("technical_verification"), business=latest.get("business_verification"),
                follow_up=follow_up)
            text = render_recovery_notice(notice, lang, plan.timezone)
            made.update(self.wf._timeline(uow, case, TimelineKind.RECOVERY_NOTICE, text, when))

        self.wf._write(case_id, at, apply)
        return made


def steps_of(services: Any, case_id: str) -> dict[str, list[dict[str, Any]]]:
    """A case's notifications and confirmations in time order (for the panel and the report)."""
    return {
        "notifications": services.list("notification", where={"case_id": case_id}, order_by="at"),
        "confirmations": services.list("confirmation", where={"case_id": case_id}, order_by="at"),
    }
