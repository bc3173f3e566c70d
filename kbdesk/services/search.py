"""Search for the front ends: the archive's SearchService and the result types it returns."""

from __future__ import annotations

from ..search.results import MatchHit, MatchResult, SearchFilters, SearchResult
from ..search.service import SearchService
from .archives import Archive
from .search_source import ArchiveDocuments, TeamDocuments

__all__ = ["MatchHit", "MatchResult", "SearchFilters", "SearchResult", "SearchService", "open_search"]


def open_search(archive: Archive) -> SearchService:
    """The search service of ``archive``, reading its records through :class:`ArchiveDocuments`.

    The index is not opened here (``SearchService.open`` does the I/O; run it off the GUI thread).
    """
    return SearchService(TeamDocuments(archive) if archive.is_team else ArchiveDocuments(archive))
