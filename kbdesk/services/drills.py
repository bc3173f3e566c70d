"""Drill timing rules and runbook health (:mod:`kbdesk.rules.drills`,
:mod:`kbdesk.rules.drill_health`) for the UI: problem codes and their
sentences, minute arithmetic and its formatting."""

from __future__ import annotations

from ..rules.drill_health import RunbookHealth
from ..rules.drills import (
    ENDS_BEFORE_START,
    ENDS_OUTSIDE,
    PROBLEM_SENTENCES,
    STARTS_OUTSIDE,
    clock_text,
    format_minutes,
    minutes_between,
)

__all__ = [
    "ENDS_BEFORE_START",
    "ENDS_OUTSIDE",
    "PROBLEM_SENTENCES",
    "STARTS_OUTSIDE",
    "RunbookHealth",
    "clock_text",
    "format_minutes",
    "minutes_between",
]
