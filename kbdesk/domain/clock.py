"""Identifiers and the clock: plain Python, used by every layer (storage included)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def new_id() -> str:
    """A new record id (32 hex digits)."""
    return uuid.uuid4().hex


def utcnow() -> datetime:
    """The current time, timezone-aware UTC (kbdesk stores only aware datetimes)."""
    return datetime.now(UTC)
