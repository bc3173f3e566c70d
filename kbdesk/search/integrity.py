"""`kbdesk check` for the search index: is it intact and does it match the database?

Three looks, cheapest first: the index opens (sizes and mtimes against the
manifest, see manifest.py); every file's SHA-256 against the manifest; the
number of indexed records of each type against the database (skipped while
changes are still queued) plus a re-read of every stored document. Anything
wrong is repaired by a full rebuild, and said.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import query as Q

from . import manifest, sync
from .documents import INDEXED

log = logging.getLogger(__name__)


@dataclass
class IndexCheck:
    problems: list[str] = field(default_factory=list)  # what was wrong (before any repair)
    notes: list[str] = field(default_factory=list)
    repaired: bool = False
    indexed: int = 0  # records in the index after the check (and repair)


def check_index(service, repair: bool = True) -> IndexCheck:
    """Verify ``service``'s index (a :class:`SearchService`); rebuild it when
    damaged or out of step with the database (unless ``repair`` is False)."""
    out = IndexCheck()
    report = service.open()
    if report.rebuilt:  # it did not even open cleanly
        out.problems.append(report.message or "the index could not be opened")
        out.repaired = True
    else:
        if report.message:
            out.notes.append(report.message)
        out.problems += _damage(service)
        if not out.problems:
            out.problems += _counts(service, out)
        if out.problems and repair:
            service.rebuild()
            out.repaired = True
    out.indexed = service.indexed_count()
    if out.repaired:
        log.warning("search index repaired by a rebuild: %s", "; ".join(out.problems))
    return out


def _damage(service) -> list[str]:
    ix = service._ensure()
    problems = manifest.verify(Path(ix.storage.folder), ix.latest_generation(), full=True)
    if problems:
        return problems
    try:
        with ix.searcher() as s:  # a re-read of every stored document
            for _ in s.reader().all_stored_fields():
                pass
    except Exception as exc:
        return [f"the index could not be read back ({type(exc).__name__}: {exc})"]
    return []


def _counts(service, out: IndexCheck) -> list[str]:
    if sync.queue_length(service.source):
        out.notes.append("changes are still queued for the index; record counts not compared")
        return []
    with service.source.reading() as reader:
        in_db = reader.counts()
    in_index: Counter = Counter()
    with service._ensure().searcher() as searcher:
        for rtype in INDEXED:
            in_index[rtype] = sum(1 for _ in searcher.docs_for_query(Q.Term("rtype", rtype)))
    return [
        f"the index holds {in_index[rt]} {rt} record(s), the database {n}"
        for rt, n in in_db.items()
        if in_index[rt] != n
    ]
