"""Plain result objects: they cross threads and carry no Whoosh or ORM state."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass
class SearchFilters:
    """Filters ANDed with a keyword query. Empty lists mean "any"."""

    types: list[str] = field(default_factory=list)  # record types: case, article, …
    customers: list[str] = field(default_factory=list)  # customer names
    products: list[str] = field(default_factory=list)
    severities: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    date_from: date | datetime | None = None
    date_to: date | datetime | None = None  # inclusive
    solved_only: bool = False


@dataclass
class SearchHit:
    record_type: str
    record_id: str
    title: str
    snippet: str  # HTML: matched terms in <b class="match">, the rest escaped
    score: float
    attachment: str = ""  # file name when the snippet comes from an attached file's text


@dataclass
class SearchResult:
    query: str
    hits: list[SearchHit]
    total: int  # number of matching records (all pages)
    facets: dict[str, dict[str, int]]  # facet name → value → count
    corrections: dict[str, str] = field(default_factory=dict)  # misspelled → suggestion
    suggestion: str | None = None  # the whole query with the corrections applied
    notice: str | None = None  # what was repaired / relaxed, for the user
    interpreted: str = ""  # the query as understood (for debugging / tooltips)


@dataclass
class MatchHit:
    record_type: str
    record_id: str
    title: str
    score: float
    reasons: list[dict[str, Any]]  # {"kind": "shared_terms", "terms": [...]}, …
    status: str = ""
    product: str = ""
    customer: str = ""
    resolution: str = ""  # cases: root cause / resolution / workaround; articles: solution
    solved: bool = False
    snippet: str = ""  # HTML: the hit's text around what it shares, that in <b class="match">
    # one answer per solution: the lower-ranked hits grouped under this one (best first)
    similar: list[MatchHit] = field(default_factory=list)
    like: str = ""  # in ``similar``: why it is the same answer ("same_resolution" / "near_identical")


@dataclass
class MatchResult:
    cases: list[MatchHit]
    articles: list[MatchHit]
    runbooks: list[MatchHit]
    key_terms: list[str]  # the terms the text was reduced to, most important first
    codes: list[str]  # error codes found in the text
    notice: str | None = None


@dataclass
class SyncReport:
    upserted: int = 0
    deleted: int = 0
    last_seq: int = 0
    rebuilt: bool = False
    message: str | None = None  # e.g. why the index was rebuilt
    behind: bool = False  # changes stay queued: the index is busy elsewhere or read-only
