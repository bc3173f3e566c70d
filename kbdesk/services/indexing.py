"""Which changes the search index must hear about (see IndexQueueItem)."""

from __future__ import annotations

from typing import Any

INDEXED_TYPES = frozenset(
    {"case", "article", "runbook", "drill", "material", "course", "service_record", "complaint"}
)

# A child's change makes its parent's index entry stale.
PARENT_FIELD = {
    "timeline": ("case", "case_id"),
    "escalation": ("case", "case_id"),
    "runbook_step": ("runbook", "runbook_id"),
    "drill_step": ("drill", "drill_id"),
}


def index_entries(record_type: str, record: dict[str, Any], action: str) -> list[tuple[str, str, str]]:
    """(record_type, record_id, op) rows to queue for one change: the record's own
    document, or the document of the parent that shows it (a case's timeline).
    A type whose owner is named differently says so in its policy (attachments)."""
    if record_type in INDEXED_TYPES:
        op = "delete" if action == "delete" else "upsert"
        return [(record_type, record["id"], op)]
    parent = PARENT_FIELD.get(record_type)
    if parent and record.get(parent[1]):
        return [(parent[0], record[parent[1]], "upsert")]
    return []
