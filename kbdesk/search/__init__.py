"""Search owns Whoosh: analysis, the index, keyword search and fault matching.

Public API (Qt-free; results are plain dataclasses)::

    from kbdesk.search import SearchService, SearchFilters
    svc = SearchService(ArchiveDocuments(archive))  # kbdesk.services.search_source
    svc.open()                       # opens, rebuilds or repairs the index
    svc.search("ORA-12170 -test", SearchFilters(types=["case"]))
    svc.match(text="...pasted fault...", solved_only=True)
    svc.sync()                       # after saving records
    svc.rebuild(progress=..., cancel=threading.Event())

Importing this package loads neither jieba nor the index.
"""

from .index import Cancelled
from .matching import MatchParams
from .results import (
    MatchHit,
    MatchResult,
    SearchFilters,
    SearchHit,
    SearchResult,
    SyncReport,
)
from .service import SearchService

__all__ = [
    "Cancelled",
    "MatchHit",
    "MatchParams",
    "MatchResult",
    "SearchFilters",
    "SearchHit",
    "SearchResult",
    "SearchService",
    "SyncReport",
]
