"""Running a runbook step by step, as a drill or for real.

Each operator action is one small write through :class:`Services` (so it is
audited, indexed and broadcast like any other change) stamped with the time
of the click: starting a run creates a ``running`` drill, each step marked
done, failed or skipped creates its step result at once, finishing stamps
the end and the outcome the steps say. Nothing is kept only in memory, so a
run interrupted by a crash or a closed laptop resumes at the first step
without a result.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Any

from ..domain.clock import utcnow
from ..domain.enums import DrillKind, DrillStatus, StepStatus
from ..errors import ValidationError
from ..rules.drills import derive_outcome, minutes_between, time_problems
from ..rules.working_calendar import WorkCalendar
from .archive_services import Services
from .plan_store import load_plan

_FENCE = re.compile(r"```[^\n]*\n(.*?)```", re.S)
_INLINE = re.compile(r"`([^`\n]{3,})`")


def commands_of(step: dict[str, Any]) -> list[str]:
    """Commands to copy for a step: its ``commands`` field where the archive
    has one, else the code written in its action (fenced blocks, then `code`)."""
    own = (step.get("commands") or "").strip()
    if own:
        return [own]
    action = step.get("action") or ""
    blocks = [b.strip("\n") for b in _FENCE.findall(action) if b.strip()]
    if blocks:
        return blocks
    return [c.strip() for c in _INLINE.findall(_FENCE.sub("", action)) if c.strip()]


@dataclass
class RunStep:
    """One runbook step with the result the run recorded for it, if any."""

    step: dict[str, Any]
    result: dict[str, Any] | None = None

    @property
    def status(self) -> str | None:
        return self.result["status"] if self.result else None

    @property
    def planned_minutes(self) -> int:
        if self.result and self.result.get("planned_minutes") is not None:
            return self.result["planned_minutes"]
        return self.step.get("estimated_minutes") or 0

    @property
    def actual_minutes(self) -> float | None:
        return minutes_between(self.result["started_at"], self.result["ended_at"]) if self.result else None


@dataclass
class RunState:
    """A drill with its runbook's steps: where the run stands, plain data."""

    drill: dict[str, Any]
    runbook: dict[str, Any]
    steps: list[RunStep] = field(default_factory=list)

    @property
    def running(self) -> bool:
        return self.drill["status"] == DrillStatus.RUNNING

    @property
    def current_index(self) -> int | None:
        """The first step without a result; None once every step has one."""
        return next((i for i, rs in enumerate(self.steps) if rs.result is None), None)

    @property
    def current(self) -> RunStep | None:
        i = self.current_index
        return None if i is None else self.steps[i]

    @property
    def marked(self) -> int:
        return sum(rs.result is not None for rs in self.steps)

    def current_started_at(self) -> datetime:
        """When the current step began: the end of the last result, else the run's start."""
        ends = [rs.result["ended_at"] for rs in self.steps if rs.result and rs.result["ended_at"]]
        return max(ends, default=None) or self.drill["started_at"] or utcnow()

    def planned_total(self) -> int:
        return sum(rs.planned_minutes for rs in self.steps)

    def planned_through_current(self) -> int:
        """Minutes the runbook plans up to and including the current step."""
        i = self.current_index
        upto = len(self.steps) if i is None else i + 1
        return sum(rs.planned_minutes for rs in self.steps[:upto])

    def overall_elapsed(self, now: datetime) -> timedelta:
        start = self.drill["started_at"]
        end = self.drill["ended_at"] or now
        return end - start if start else timedelta(0)

    def step_elapsed(self, now: datetime) -> timedelta:
        return now - self.current_started_at() if self.current is not None else timedelta(0)

    def derived_outcome(self) -> str:
        return derive_outcome(rs.status for rs in self.steps)

    def last_marked(self) -> RunStep | None:
        def latest(rs: RunStep) -> tuple[float, Any]:
            ended = rs.result["ended_at"] if rs.result is not None else None
            return (ended.timestamp() if ended else 0, rs.step["position"])

        return max((rs for rs in self.steps if rs.result is not None), key=latest, default=None)


class DrillRuns:
    """Start, resume, mark and finish runs; ``now`` is injectable for tests."""

    def __init__(self, services: Services, now: Callable[[], datetime] = utcnow):
        self.services = services
        self._now = now
        self._tz: tzinfo | None = None

    @property
    def tz(self) -> tzinfo:
        if self._tz is None:  # the plan's zone decides which day a run belongs to
            self._tz = WorkCalendar(load_plan(self.services)).tz
        return self._tz

    # --- reading --------------------------------------------------------------

    def state(self, drill_id: str) -> RunState:
        drill = self.services.get("drill", drill_id)
        runbook = self.services.get("runbook", drill["runbook_id"])
        steps = self.services.list("runbook_step", where={"runbook_id": runbook["id"]}, order_by="position")
        results = self.services.list("drill_step", where={"drill_id": drill_id}, order_by="position")
        by_step = {r["step_id"]: r for r in results if r["step_id"]}
        by_position = {r["position"]: r for r in results if not r["step_id"]}
        run = [RunStep(s, by_step.pop(s["id"], None) or by_position.pop(s["position"], None)) for s in steps]
        # Results whose runbook step was deleted since keep their place in the record.
        run += [RunStep(_orphan_step(r), r) for r in [*by_step.values(), *by_position.values()]]
        run.sort(key=lambda rs: rs.step["position"])
        return RunState(drill, runbook, run)

    def unfinished(self, runbook_id: str | None = None) -> list[dict[str, Any]]:
        """Runs not finished yet, newest first (of one runbook, or all)."""
        where: dict[str, Any] = {"status": DrillStatus.RUNNING.value}
        if runbook_id:
            where["runbook_id"] = runbook_id
        return self.services.list("drill", where=where, order_by="started_at", descending=True)

    # --- writing --------------------------------------------------------------

    def start(
        self, runbook_id: str, kind: str = DrillKind.DRILL, participants: Iterable[str] = (),
        customer_id: str | None = None, case_id: str | None = None, at: datetime | None = None,
    ) -> RunState:
        """A new running drill of the runbook (linked to the case it was started from)."""
        runbook = self.services.get("runbook", runbook_id)
        if not self.services.count("runbook_step", where={"runbook_id": runbook_id}):
            raise ValidationError("drill", {"runbook_id": "the runbook has no steps to run; add its steps first"})
        when = at or self._now()
        names = _names(participants)
        drill = self.services.create("drill", {
            "runbook_id": runbook_id, "kind": str(kind), "participants": names,
            "customer_id": customer_id if customer_id is not None else runbook["customer_id"],
            "date": when.astimezone(self.tz).date(), "status": DrillStatus.RUNNING.value,
            "started_at": when, "outcome": "success",
        })
        if case_id:
            self.services.link(("case", case_id), ("drill", drill["id"]))
        return self.state(drill["id"])

    def mark(self, drill_id: str, step_id: str, status: str, note: str = "",
             at: datetime | None = None) -> RunState:
        """Record the step's result, stamped ``at`` (the click); marking it again replaces it."""
        if status not in {s.value for s in StepStatus}:
            raise ValidationError("drill_step", {"status": f"{status!r} is not one of done, failed, skipped"})
        state = self._running(drill_id)
        target = next((rs for rs in state.steps if rs.step["id"] == step_id), None)
        if target is None:
            raise ValidationError("drill_step", {"step_id": "that step is not part of this drill's runbook"})
        when = at or self._now()
        values = {"status": status, "ok": status != StepStatus.FAILED, "notes": note.strip(), "ended_at": when}
        if target.result is None:
            started = state.current_started_at() if target is state.current else when
            self.services.create("drill_step", {
                **values, "drill_id": drill_id, "step_id": step_id, "position": target.step["position"],
                "started_at": min(started, when), "planned_minutes": target.step.get("estimated_minutes"),
                "action": target.step.get("action") or "",
            })
        else:
            self.services.update("drill_step", target.result["id"], values)
        return self.state(drill_id)

    def undo_last(self, drill_id: str) -> RunState:
        """Take back the most recent result (a wrong key in a tense moment)."""
        state = self._running(drill_id)
        last = state.last_marked()
        if last is not None and last.result is not None:  # last_marked: a step with a result
            self.services.delete("drill_step", last.result["id"])
        return self.state(drill_id)

    def set_participants(self, drill_id: str, names: Iterable[str]) -> RunState:
        self.services.update("drill", drill_id, {"participants": _names(names)})
        return self.state(drill_id)

    def add_deviation(self, drill_id: str, text: str, at: datetime | None = None) -> RunState:
        """Append a time-stamped line to the drill's deviations."""
        text = text.strip()
        if not text:
            raise ValidationError("drill", {"deviations": "write what deviated from the runbook"})
        drill = self.services.get("drill", drill_id)
        stamp = (at or self._now()).astimezone(self.tz).strftime("%H:%M")
        lines = [line for line in (drill["deviations"] or "").splitlines() if line.strip()]
        self.services.update("drill", drill_id, {"deviations": "\n".join([*lines, f"{stamp} {text}"])})
        return self.state(drill_id)

    def finish(self, drill_id: str, at: datetime | None = None) -> RunState:
        """Stamp the end and the outcome the steps say (editable afterwards in the record)."""
        state = self._running(drill_id)
        self.services.update("drill", drill_id, {
            "status": DrillStatus.FINISHED.value, "ended_at": at or self._now(),
            "outcome": state.derived_outcome(),
        })
        return self.state(drill_id)

    def _running(self, drill_id: str) -> RunState:
        state = self.state(drill_id)
        if not state.running:
            raise ValidationError("drill", {"status": "this drill is already finished; edit its record instead"})
        return state


# --- the record -----------------------------------------------------------------


@dataclass
class StepRow:
    """One line of a drill record: planned against actual, with any time problem."""

    position: int
    action: str
    status: str | None
    planned_minutes: int | None
    actual_minutes: float | None
    started_at: datetime | None
    ended_at: datetime | None
    notes: str
    problems: list[str] = field(default_factory=list)


def step_rows(state: RunState, tz: tzinfo) -> list[StepRow]:
    """The record's table: every runbook step, reached or not, with its times checked."""
    rows = []
    check = not state.running
    for rs in state.steps:
        r = rs.result or {}
        started, ended = r.get("started_at"), r.get("ended_at")
        rows.append(StepRow(
            position=rs.step["position"], action=(r.get("action") or rs.step.get("action") or "").strip(),
            status=rs.status, planned_minutes=rs.planned_minutes, actual_minutes=rs.actual_minutes,
            started_at=started, ended_at=ended, notes=r.get("notes") or "",
            problems=time_problems(state.drill["date"], tz, started, ended, check_window=check),
        ))
    return rows


def _orphan_step(result: dict[str, Any]) -> dict[str, Any]:
    return {"id": result["step_id"] or f"result-{result['id']}", "position": result["position"],
            "action": result.get("action") or "", "expected_result": "", "rollback": "",
            "estimated_minutes": result.get("planned_minutes") or 0}


def _names(names: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for name in names:
        name = name.strip()
        if name and name.casefold() not in {n.casefold() for n in seen}:
            seen[name] = None
    return list(seen)
