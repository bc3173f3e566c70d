"""Reading one JSON Lines line safely: whatever a line holds, it becomes a
value or a reason, never an exception (deep nesting, huge numbers, lone
surrogates, NaN)."""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 64  # far beyond any kbdesk record; keeps later code off deep recursion
# A \uD800–\uDFFF escape: the only way a JSON text can carry a lone surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def load_line(raw: str) -> tuple[Any, str | None]:
    """(value, None) for a good line, (None, reason) for a bad one."""
    try:
        value = json.loads(raw, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON: {exc.msg} at column {exc.colno}"
    except RecursionError:
        return None, "not readable JSON: brackets nested too deeply"
    except ValueError as exc:  # e.g. an integer of more than 4300 digits, NaN
        return None, f"not valid JSON: {exc}"
    # Cheap tests first: only a line that could hold a problem is walked.
    if raw.count("[") + raw.count("{") > MAX_DEPTH or _SURROGATE_ESCAPE.search(raw):
        why = _walk(value)
        if why is not None:
            return None, why
    return value, None


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


def _walk(value: Any) -> str | None:
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            if not _encodable(item):
                return "text with a lone UTF-16 surrogate escape (e.g. \\ud800): not valid Unicode"
            continue
        if not isinstance(item, dict | list):
            continue
        if depth > MAX_DEPTH:
            return f"values nested more than {MAX_DEPTH} levels deep"
        children = [*item.keys(), *item.values()] if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children)
    return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
