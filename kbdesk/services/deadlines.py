"""Deadlines of cases (:mod:`kbdesk.rules.deadlines`) and the customer notices
their workflow writes (:mod:`kbdesk.rules.notices`), as the UI shows them."""

from __future__ import annotations

from ..rules.deadlines import Deadline, DeadlineKind, DeadlineState
from ..rules.notices import NoticeFields, render_notice

__all__ = ["Deadline", "DeadlineKind", "DeadlineState", "NoticeFields", "render_notice"]
