"""The fault lifecycle: which status may follow which, and why not.

reported → pre_assessment → handling ⇄ escalated → recovered → postmortem → closed

- ``escalated`` is entered only through an escalation (target and reason
  recorded), from reported, pre_assessment, handling or escalated again.
- recovered → handling is a relapse (the fix did not hold).
- recovered → closed only when no postmortem is owed (no fault level, or
  marked not a fault); a case with a fault level closes from postmortem.
- A case marked not a fault may close from any open status.
- closed is final: open a new case and link it instead of reopening.
"""

from __future__ import annotations

from ..domain.enums import CaseStatus as S

TRANSITIONS: dict[str, frozenset[str]] = {
    S.REPORTED: frozenset({S.PRE_ASSESSMENT, S.HANDLING, S.ESCALATED}),
    S.PRE_ASSESSMENT: frozenset({S.HANDLING, S.ESCALATED}),
    S.HANDLING: frozenset({S.ESCALATED, S.RECOVERED}),
    S.ESCALATED: frozenset({S.ESCALATED, S.HANDLING, S.RECOVERED}),
    S.RECOVERED: frozenset({S.HANDLING, S.POSTMORTEM, S.CLOSED}),
    S.POSTMORTEM: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
}

ESCALATABLE = frozenset({S.REPORTED, S.PRE_ASSESSMENT, S.HANDLING, S.ESCALATED})


def allowed_next(status: str, not_a_fault: bool = False, fault_level: str | None = None) -> list[str]:
    """Statuses a case may move to next, in lifecycle order."""
    nxt = set(TRANSITIONS.get(status, ()))
    if not_a_fault and status != S.CLOSED:
        nxt.add(S.CLOSED)
    elif status == S.RECOVERED and fault_level:
        nxt.discard(S.CLOSED)
    return [s for s in S if s in nxt]


def refusal(
    status: str, to_status: str, not_a_fault: bool = False, fault_level: str | None = None,
) -> str | None:
    """None when the move is allowed, else a sentence saying what to do instead."""
    if to_status not in {s.value for s in S}:
        return f"{to_status!r} is not a case status"
    if to_status in allowed_next(status, not_a_fault, fault_level):
        if to_status == S.ESCALATED:
            return "use Escalate: an escalation needs a target and a reason"
        return None
    if status == S.CLOSED:
        return "the case is closed; open a new case and link it to this one instead of reopening"
    if status == to_status:
        return f"the case is already {status}"
    if status == S.RECOVERED and to_status == S.CLOSED:
        return (f"a fault of level {fault_level} needs a postmortem before closing; "
                "move it to postmortem first (or mark it not a fault)")
    if to_status == S.CLOSED:
        return ("only a recovered case or one in postmortem can be closed "
                "(or one marked not a fault)")
    nxt = ", ".join(allowed_next(status, not_a_fault, fault_level)) or "none"
    return f"a case cannot go from {status} to {to_status}; allowed next: {nxt}"
