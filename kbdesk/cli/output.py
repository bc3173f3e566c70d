"""Plain-text rendering of records for the terminal."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from ..domain.text import display_width
from ..rules.plan_time import format_plan_time
from ..services.plain import to_json_dict, to_json_value

# Columns `kbdesk list` shows by type; other types show their first columns.
SUMMARY = {
    "case": ["number", "status", "severity", "product", "title"],
    "customer": ["id", "name", "plan_level", "service_manager"],
    "article": ["id", "version", "product", "title"],
    "runbook": ["id", "kind", "product", "title"],
    "drill": ["id", "date", "kind", "outcome", "runbook_id"],
    "course": ["id", "trainer", "title"],
    "training_session": ["id", "planned_date", "status", "onsite", "customer_id"],
    "service_record": ["id", "date", "kind", "engineer", "customer_id"],
    "complaint": ["id", "received_at", "channel", "subject"],
    "survey": ["id", "date", "attitude", "business", "technical"],
    "audit": ["at", "actor", "action", "record_type", "record_id"],
    "category": ["code", "name_zh", "name_en", "builtin"],
}


width = display_width  # terminal columns: CJK characters take two


def clip(text: str, limit: int) -> str:
    out, used = "", 0
    for ch in text:
        w = width(ch)
        if used + w > limit:
            return out + "…"
        out += ch
        used += w
    return out


def table(rows: list[dict[str, Any]], columns: list[str], max_col: int = 60, zone_name: str | None = None) -> str:
    """Rows as aligned columns; instants in ``zone_name`` (the plan's zone) without a label."""
    cells = [[clip(_cell(r.get(c), zone_name), max_col) for c in columns] for r in rows]
    widths = [max([width(c)] + [width(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(_pad(c, w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines += ["  ".join(_pad(v, w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


def record_text(record: dict[str, Any], zone_name: str | None = None) -> str:
    """One field a line; instants in ``zone_name`` (the plan's zone), labelled."""
    lines = []
    for key, raw in record.items():
        value = to_json_value(raw)
        if isinstance(raw, datetime) and zone_name:
            value = format_plan_time(raw, zone_name)
        text = json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else str(value)
        if "\n" in text:
            lines.append(f"{key}:")
            lines += [f"    {ln}" for ln in text.splitlines()]
        else:
            lines.append(f"{key}: {text}")
    return "\n".join(lines)


def _cell(value: Any, zone_name: str | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime) and zone_name:
        return format_plan_time(value, zone_name, labelled=False)
    if isinstance(value, list):
        return ",".join(value)
    text = to_json_dict({"v": value})["v"]
    return str(text).replace("\n", " ")


def _pad(text: str, w: int) -> str:
    return text + " " * (w - width(text))
