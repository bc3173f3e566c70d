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
    """(record_type, record_id, op) rows to queue for one change."""
    if record_type in INDEXED_TYPES:
        op = "delete" if action == "delete" else "upsert"
        return [(record_type, record["id"], op)]
    if record_type == "attachment" and record.get("owner_type") in INDEXED_TYPES:
        # the owner's document carries the file's text
        return [(record["owner_type"], record["owner_id"], "upsert")]
    parent = PARENT_FIELD.get(record_type)
    if parent and record.get(parent[1]):
        return [(parent[0], record[parent[1]], "upsert")]
    return []
