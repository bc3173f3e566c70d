"""Which archive a front end opens at start, and opening it (:mod:`kbdesk.locate`)."""

from __future__ import annotations

from ..locate import Located, choose_archive, open_or_create

__all__ = ["Located", "choose_archive", "open_or_create"]
