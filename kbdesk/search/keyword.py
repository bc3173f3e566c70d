"""Keyword search: parse, filter, rank, facet, highlight, "did you mean"."""

from __future__ import annotations

import html
import logging
from collections import Counter
from datetime import UTC, date, datetime
from typing import Any

from whoosh import highlight
from whoosh import query as Q

from .analysis import ExactSpanTokenizer, GramTokenizer
from .docsets import matching_docs, rank
from .documents import split_uid
from .querylang import Parser
from .results import SearchFilters, SearchHit, SearchResult
from .spelling import Vocabulary, corrections

log = logging.getLogger(__name__)

FACETS = {
    "type": "rtype",
    "severity": "severity",
    "status": "status",
    "customer": "customer",
    "product": "product",
}
_FORMATTER = highlight.HtmlFormatter(tagname="b", classname="match", termclass="t")
_FRAGMENTER = highlight.ContextFragmenter(maxchars=160, surround=40)
_WORDS = ExactSpanTokenizer()
_GRAMS = GramTokenizer()


def _naive(d):
    if d is None:
        return None
    if isinstance(d, datetime):
        return d.astimezone(UTC).replace(tzinfo=None) if d.tzinfo else d
    if isinstance(d, date):
        return datetime(d.year, d.month, d.day)
    return None


def filter_query(f: SearchFilters) -> Q.Query | None:
    """The filters as one Whoosh query (None: no filter)."""
    parts: list[Q.Query] = []
    for values, fieldname, lower in (
        (f.types, "rtype", False),
        (f.customers, "customer", False),
        (f.products, "product", False),
        (f.severities, "severity", False),
        (f.statuses, "status", False),
        (f.tags, "tags", True),
    ):
        if values:
            terms = [Q.Term(fieldname, v.lower() if lower else v) for v in values]
            parts.append(terms[0] if len(terms) == 1 else Q.Or(terms))
    if f.date_from or f.date_to:
        end = f.date_to
        if isinstance(end, date) and not isinstance(end, datetime):
            end = datetime(end.year, end.month, end.day, 23, 59, 59, 999999)
        parts.append(Q.DateRange("date", _naive(f.date_from), _naive(end)))
    if f.solved_only:
        parts.append(Q.Term("solved", "1"))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else Q.And(parts)


def _filter_key(f: SearchFilters) -> tuple:
    return (
        tuple(f.types),
        tuple(f.customers),
        tuple(f.products),
        tuple(f.severities),
        tuple(f.statuses),
        tuple(f.tags),
        str(f.date_from),
        str(f.date_to),
        f.solved_only,
    )


def run(
    service, searcher, text: str, filters: SearchFilters, limit: int, offset: int, snippets: bool = True
) -> SearchResult:
    """One keyword search (the service holds the read lock)."""
    reader = searcher.reader()

    def lexicon(fieldname: str) -> list[str]:
        try:
            return [t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.lexicon(fieldname)]
        except Exception:
            return []

    parsed = Parser(lexicon).parse(text)
    notices = list(parsed.notices)
    fq = filter_query(filters)
    allowed = _filter_docs(service, searcher, filters, fq)
    q = parsed.query
    if q is None:
        if fq is None:
            return SearchResult(text, [], 0, {}, notice=" ".join(notices) or None)
        q = Q.Every()
    scorer = service.scorer()
    matched = _docs(scorer, q, allowed)
    if not matched and parsed.positive_words > 1 and not parsed.has_or and parsed.any_words is not None:
        relaxed = parsed.any_words
        negs = [p for p in getattr(q, "subqueries", []) if isinstance(p, Q.Not)]
        if negs:
            relaxed = Q.And([relaxed, *negs])
        matched = _docs(scorer, relaxed, allowed)
        if matched:
            q = relaxed
            notices.append("No record contains all the words; showing records with any of them.")
    corrections = _corrections(service, searcher, parsed.words) if len(matched) < 3 else {}
    suggestion = None
    if corrections:
        suggestion = text
        for wrong, right in corrections.items():
            suggestion = suggestion.replace(wrong, right)
    hits: list[SearchHit] = []
    if matched:
        try:
            ranked = rank(scorer, q, matched, offset + limit, boosts=parsed.boosts)[offset:]
        except Exception as exc:
            log.exception("search failed for %r", text)
            notices.append(f"The query could not be ranked ({type(exc).__name__}); showing unranked results.")
            ranked = [(d, 0.0) for d in sorted(matched)][offset : offset + limit]
        hits = _hits(service, searcher, ranked, parsed.terms, snippets, parsed.words)
    facets = _facets(service, matched)
    return SearchResult(
        query=text,
        hits=hits,
        total=len(matched),
        facets=facets,
        corrections=corrections,
        suggestion=suggestion,
        notice=" ".join(notices) or None,
        interpreted=str(q),
    )


def _docs(scorer, q, allowed: set[int] | None) -> set[int]:
    try:
        docs = matching_docs(scorer, q)
    except Exception:
        log.exception("query failed: %s", q)
        return set()
    return docs & allowed if allowed is not None else docs


def _filter_docs(service, searcher, filters: SearchFilters, fq) -> set[int] | None:
    if fq is None:
        return None
    cache: tuple[Any, dict[tuple, set[int]]] | None = getattr(service, "_filter_cache", None)
    if cache is None or cache[0] is not searcher:
        cache = service._filter_cache = (searcher, {})
    key = _filter_key(filters)
    if key not in cache[1]:
        cache[1][key] = set(searcher.docs_for_query(fq))
    return cache[1][key]


class FacetColumns:
    """The facet values of every document as one tuple per document (the
    same few tuples shared), per segment and concatenated per segment set:
    counting the facets of a query is then one pass over its matches."""

    def __init__(self) -> None:
        self._segments: dict[object, list[tuple]] = {}
        self._joined: tuple[tuple, list[tuple]] = ((), [])

    def combined(self, scorer) -> list[tuple]:
        key = tuple(leaf.seg_id for leaf in scorer.leaves)
        if self._joined[0] == key and key:
            return self._joined[1]
        live = set(key)
        for seg in [s for s in self._segments if s not in live]:
            del self._segments[seg]
        out: list[tuple] = []
        for leaf in scorer.leaves:
            combos = self._segments.get(leaf.seg_id)
            if combos is None:
                cols = [scorer.cache.column(leaf, f) for f in FACETS.values()]
                shared: dict[tuple, tuple] = {}
                combos = [shared.setdefault(t, t) for t in zip(*cols, strict=True)]
                self._segments[leaf.seg_id] = combos
            out.extend(combos)
        self._joined = (key, out)
        return out


def _facets(service, matched: set[int]) -> dict[str, dict[str, int]]:
    """Counts by type, severity, status, customer and product over all of ``matched``."""
    if not matched:
        return {}
    cols = getattr(service, "_facet_columns", None)
    if cols is None:
        cols = service._facet_columns = FacetColumns()
    combined = cols.combined(service.scorer())
    n = len(combined)
    docs = matched if max(matched) < n else [d for d in matched if d < n]
    combos = Counter(map(combined.__getitem__, docs))
    out = {}
    for i, name in enumerate(FACETS):
        counts: Counter = Counter()
        for combo, k in combos.items():
            counts[combo[i]] += k
        counts.pop("", None)
        out[name] = dict(counts.most_common())
    return out


def _hits(service, searcher, ranked, terms, snippets: bool, typed=()) -> list[SearchHit]:
    uids = [(searcher.stored_fields(d).get("uid", ""), s) for d, s in ranked]
    docs = service.documents([u for u, _ in uids])
    words = {t for f, t in terms if f in ("title", "body", "attach")}
    grams = {t for f, t in terms if f == "grams"}
    out = []
    for u, score in uids:
        doc = docs.get(u)
        if doc is None:
            continue
        rt, rid = split_uid(u)
        snippet, source = "", ""
        if snippets:
            body = _window(doc.get("body", ""), typed)
            snippet = make_snippet(body, words, grams, fallback=False)
            snippet = snippet or make_snippet(doc.get("title", ""), words, grams, fallback=False)
            if not snippet:
                snippet, source = _attachment_snippet(doc, words, grams, typed)
            snippet = snippet or make_snippet(doc.get("body") or doc.get("title", ""), set(), set())
        out.append(SearchHit(rt, rid, doc.get("title", ""), snippet, round(float(score), 4), source))
    return out


SNIPPET_SPAN = 2000  # characters of a long text analysed for its snippet


def _attachment_snippet(doc: dict, words: set[str], grams: set[str], typed) -> tuple[str, str]:
    """(snippet, file name) from the first attached file whose text has a query term."""
    for filename, text in doc.get("attachments") or ():
        snippet = make_snippet(_window(text, typed), words, grams, fallback=False)
        if snippet:
            return snippet, filename
    return "", ""


def _window(text: str, typed) -> str:
    """The part of a long text worth highlighting: around the first typed
    word found in it (else its start); analysing all of a long log is slow."""
    if len(text) <= SNIPPET_SPAN:
        return text
    low = text.lower()
    found = [i for i in (low.find(w.lower()) for w in typed if w) if i >= 0]
    start = max(0, min(found) - SNIPPET_SPAN // 4) if found else 0
    return text[start : start + SNIPPET_SPAN]


def make_snippet(text: str, words: set[str], grams: set[str], fallback: bool = True) -> str:
    """HTML snippet of ``text`` with the query terms in <b class="match">."""
    text = text or ""
    for analyzer, terms in ((_WORDS, words), (_GRAMS, grams)):
        if not terms:
            continue
        try:
            frag = highlight.highlight(text, frozenset(terms), analyzer, _FRAGMENTER, _FORMATTER, top=2)
        except Exception:
            frag = ""
        if frag:
            return frag
    if not fallback:
        return ""
    head = text[:160]
    return html.escape(head) + ("…" if len(text) > 160 else "")


def _corrections(service, searcher, words: list[str]) -> dict[str, str]:
    """Suggest a better-known word for typed words that (almost) never occur."""
    vocab = getattr(service, "_vocabulary", None)
    if vocab is None:
        vocab = service._vocabulary = Vocabulary()
    return corrections(searcher, vocab, words)
