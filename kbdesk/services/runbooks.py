"""Saving a runbook read from Markdown, and reading one back for export."""

from __future__ import annotations

from typing import Any

from ..errors import ValidationError
from ..storage.models import Runbook, RunbookStep
from ..transfer.runbook_markdown import RunbookDraft
from ..transfer.runbook_markdown_export import runbook_to_markdown
from .archive_services import Services
from .changes import ChangeSet
from .fields import clean_record
from .plain import row_to_dict, to_json_dict

DEFAULT_MINUTES = 5  # what a step gets when the text gives no estimate (the form's default too)


def save_runbook_draft(
    services: Services, draft: RunbookDraft, kind: str | None = None, product: str = "",
    customer_id: str | None = None,
) -> dict[str, Any]:
    """Create the runbook and all its steps in one transaction (all or nothing)."""
    if not draft.steps:
        raise ValidationError("runbook", {"steps": f"no steps were found in {draft.source or 'the text'}"})
    runbook_values = _clean("runbook", {
        "title": draft.title[:300], "kind": kind or draft.kind, "product": product, "customer_id": customer_id,
        "summary": draft.summary, "preconditions": draft.preconditions,
    })
    step_values = [
        _clean("runbook_step", {
            "runbook_id": "x", "position": n, "action": step.action or step.phase or f"Step {n}",
            "expected_result": step.expected_result, "rollback": step.rollback,
            "estimated_minutes": step.estimated_minutes if step.estimated_minutes is not None else DEFAULT_MINUTES,
            "phase": step.phase[:200], "commands": list(step.commands),
        }, label=f"step {n}")
        for n, step in enumerate(draft.steps, 1)
    ]
    changes = ChangeSet()
    with services.archive.session() as s:
        values = services.prepare_create(s, "runbook", runbook_values)
        services.check_references(s, "runbook", values)
        runbook = Runbook(**values)
        s.add(runbook)
        s.flush()
        record = row_to_dict(runbook)
        services.record(s, "runbook", record, "create", to_json_dict(record), changes)
        for values in step_values:
            values = services.prepare_create(s, "runbook_step", {**values, "runbook_id": runbook.id})
            step = RunbookStep(**values)
            s.add(step)
            s.flush()
            step_record = row_to_dict(step)
            services.record(s, "runbook_step", step_record, "create", to_json_dict(step_record), changes)
    services.hub.publish(changes)
    return record


def runbook_steps(services: Services, runbook_id: str) -> list[dict[str, Any]]:
    return services.list("runbook_step", where={"runbook_id": runbook_id}, order_by="position", limit=None)


def export_runbook_markdown(services: Services, runbook_id: str) -> str:
    """The runbook as Markdown that :func:`parse_runbook_markdown` reads back to the same steps."""
    runbook = services.get("runbook", runbook_id)
    return runbook_to_markdown(runbook, runbook_steps(services, runbook_id))


def _clean(record_type: str, data: dict, label: str = "") -> dict:
    values, problems = clean_record(record_type, data)
    if problems:
        if label:
            problems = {f"{label} {k}": v for k, v in problems.items()}
        raise ValidationError(record_type, problems)
    return values
