"""Saving a runbook read from Markdown, and reading one back for export."""

from __future__ import annotations

from typing import Any

from ..errors import ValidationError
from ..transfer.runbook_markdown import RunbookDraft
from ..transfer.runbook_markdown_export import runbook_to_markdown
from .archive_services import Services
from .fields import clean_record

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
    with services.unit_of_work() as uow:
        record = uow.create("runbook", runbook_values)
        for values in step_values:
            uow.create("runbook_step", {**values, "runbook_id": record["id"]})
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
