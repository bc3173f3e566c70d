"""The text extractor of attached files for the front ends (:mod:`kbdesk.extract`,
a child process); what to extract and storing the result is
:mod:`kbdesk.services.attachment_text`."""

from __future__ import annotations

from ..extract import ExtractRunner
from .archives import Archive
from .attachment_text import limits_for

__all__ = ["ExtractRunner", "runner_for"]


def runner_for(archive: Archive) -> ExtractRunner:
    """An extractor held to ``archive``'s limits (the child process starts on first use)."""
    return ExtractRunner(limits_for(archive))
