"""Rules every drill step result obeys, however it is written (run screen,
record editor, CLI): status and the older ``ok`` flag agree, and its times
fit the drill's date and run forwards."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from ..domain.enums import DrillStatus, StepStatus
from ..errors import ValidationError
from ..rules.drills import PROBLEM_SENTENCES, time_problems
from ..rules.working_calendar import WorkCalendar
from ..storage.archive import Archive
from ..storage.models import Drill, RunbookStep
from .plan_store import load_plan


def sync_step_status(values: dict[str, Any], before: dict[str, Any]) -> None:
    """``status`` decides ``ok``; a caller that only sets ``ok`` (older files) moves the status."""
    if "status" in values:
        values["ok"] = values["status"] != StepStatus.FAILED
    elif "ok" in values:
        if not values["ok"]:
            values["status"] = StepStatus.FAILED.value
        elif before.get("status", StepStatus.FAILED) == StepStatus.FAILED:
            values["status"] = StepStatus.DONE.value


def fill_from_step(s: Session, values: dict[str, Any]) -> None:
    """A new result that names its runbook step keeps the step's action and estimate."""
    step = s.get(RunbookStep, values["step_id"]) if values.get("step_id") else None
    if step is None:
        return
    if not values.get("action"):
        values["action"] = step.action
    if values.get("planned_minutes") is None:
        values["planned_minutes"] = step.estimated_minutes


def complete_imported_steps(s: Session) -> None:
    """Results from files written before runs existed name their step but carry neither its
    action nor its estimate: copy them, as migration 0003 does for an upgraded archive."""
    s.execute(text(
        "UPDATE drill_step_results SET action = COALESCE((SELECT action FROM runbook_steps"
        " WHERE runbook_steps.id = drill_step_results.step_id), '') WHERE action = '' AND step_id IS NOT NULL"))
    s.execute(text(
        "UPDATE drill_step_results SET planned_minutes = (SELECT estimated_minutes FROM runbook_steps"
        " WHERE runbook_steps.id = drill_step_results.step_id) WHERE planned_minutes IS NULL AND step_id IS NOT NULL"))


def check_step_times(s: Session, archive: Archive, values: dict[str, Any]) -> None:
    """End before start, or a time outside the drill's day and the night after, is refused.

    While the run is under way the clock stamps the times, so only their order is checked.
    """
    drill = s.get(Drill, values.get("drill_id"))
    started, ended = values.get("started_at"), values.get("ended_at")
    if drill is None or (started is None and ended is None):
        return
    running = drill.status == DrillStatus.RUNNING
    tz = WorkCalendar(load_plan(archive)).tz
    problems = time_problems(drill.date, tz, started, ended, check_window=not running)
    if problems:
        where = {code: ("ended_at" if code.startswith("ends") else "started_at")
                 for code in problems}
        raise ValidationError("drill_step", {where[c]: PROBLEM_SENTENCES[c] for c in problems})
