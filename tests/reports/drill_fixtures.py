"""Times of the hand-timed drills in conftest.drilled_runbook."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta


def at_minute(day: date, minute: int) -> datetime:
    return datetime(day.year, day.month, day.day, 2, 0, tzinfo=UTC) + timedelta(minutes=minute)
