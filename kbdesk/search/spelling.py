""""Did you mean": better-known index terms for typed words found nowhere.

Whoosh's ``reader.terms_within`` merges the vocabulary of every segment in
Python and computes each edit distance in Python: ≈0.1–4 s for one unknown
identifier on the 30k apache set (every term with the same first letter).
Here the candidates sharing the first letter are read once per segment
(segments never change) and kept, least recently used out first, and the
distances are computed by rapidfuzz's optimal-string-alignment distance, the
Damerau–Levenshtein variant Whoosh implements (same candidates).
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .analysis import stem

MAX_SPELLED_CHARS = 30  # longer words get no spelling suggestion
MAX_SPELLED_WORDS = 8  # typed words looked at per query
CACHE_TERMS = 600_000  # vocabulary strings kept (≈40 MB at most)
FIELDS = ("title", "body")


class Vocabulary:
    """Terms of a field by first character, per segment (segments are immutable)."""

    def __init__(self, max_terms: int = CACHE_TERMS) -> None:
        self.max_terms = max_terms
        self._buckets: OrderedDict[tuple, list[str]] = OrderedDict()
        self._total = 0
        self._lock = threading.Lock()

    def bucket(self, reader, field: str, prefix: str) -> list[str]:
        """The terms of ``field`` in one segment reader that start with ``prefix``."""
        seg = getattr(reader, "_segment", None)
        key = (seg.segment_id(), field, prefix) if seg is not None else None
        if key is not None:
            with self._lock:
                hit = self._buckets.get(key)
                if hit is not None:
                    self._buckets.move_to_end(key)
                    return hit
        try:
            fieldobj = reader.schema[field]
            terms = [fieldobj.from_bytes(b) for b in reader.expand_prefix(field, prefix)]
        except Exception:  # a field this segment does not have
            terms = []
        if key is not None:
            with self._lock:
                if key not in self._buckets:
                    self._buckets[key] = terms
                    self._total += len(terms)
                while self._total > self.max_terms and len(self._buckets) > 1:
                    _, old = self._buckets.popitem(last=False)
                    self._total -= len(old)
        return terms

    def within(self, searcher, field: str, term: str, maxdist: int, prefix: int = 1) -> list[str]:
        """Sorted terms of ``field`` within ``maxdist`` edits of ``term`` sharing
        its first ``prefix`` characters (as Whoosh's ``terms_within``)."""
        found: set[str] = set()
        for reader, _ in searcher.reader().leaf_readers():
            bucket = self.bucket(reader, field, term[:prefix])
            for cand, _, _ in process.extract(
                term, bucket, scorer=OSA.distance, score_cutoff=maxdist, limit=None
            ):
                found.add(cand)
        return sorted(found)


def corrections(searcher, vocab: Vocabulary, words: list[str]) -> dict[str, str]:
    """Suggest a better-known word for typed words that occur in no record."""
    out: dict[str, str] = {}

    def df(term: str) -> int:
        return sum(searcher.doc_frequency(f, term) for f in FIELDS)

    for word in words[:MAX_SPELLED_WORDS]:
        low = word.lower()
        if not low.isascii() or not low.isalpha() or not 4 <= len(low) <= MAX_SPELLED_CHARS:
            continue
        term = stem(low)
        # an identifier (``testCedeActive``) is indexed whole, unstemmed
        if df(term) > 0 or (low != term and df(low) > 0):
            continue
        best, best_df = None, 0
        for fieldname in FIELDS:
            for cand in vocab.within(searcher, fieldname, term, 2 if len(term) > 6 else 1):
                n = searcher.doc_frequency(fieldname, cand)
                if n > best_df and cand.isalpha():
                    best, best_df = cand, n
        if best:
            out[word] = best
    return out
