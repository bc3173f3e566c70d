"""The set of documents a keyword query matches, from posting lists.

Whoosh's ``docs_for_query`` walks its matcher tree one posting at a time in
Python; for the common shapes (terms, AND, OR, NOT) set algebra over whole
posting lists is many times faster, and common terms' lists are cached
(:meth:`~kbdesk.search.scoring.NormCache.postings`). Anything else (phrases,
date ranges, …) is handed to Whoosh; a phrase is first checked against the
intersection of its words.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from whoosh import query as Q
from whoosh.codec.whoosh3 import W3LeafMatcher

from .scoring import CACHE_MIN_DF, Scorer, _matcher

PROBE_RATIO = 4  # a term in this many times more documents than the candidates is probed, not listed


def matching_docs(scorer: Scorer, q: Q.Query) -> set[int]:
    """Global docnums of the live documents matching ``q``."""
    return _Eval(scorer).docs(q, None)


class _Eval:
    def __init__(self, scorer: Scorer):
        self.scorer = scorer
        self._terms: dict[tuple[str, str], set[int]] = {}

    def term(self, field: str, text: str) -> set[int]:
        key = (field, text)
        docs = self._terms.get(key)
        if docs is None:
            docs = self._terms[key] = self.scorer.term_docs(field, text)
        return docs

    def bound(self, q: Q.Query) -> set[int] | None:
        """A cheap superset of the documents ``q`` matches (None: unknown)."""
        if isinstance(q, Q.Term):
            return self.term(q.fieldname, q.text)
        if isinstance(q, Q.Phrase):
            out = None
            for w in [w for w in q.words if w]:
                out = self.term(q.fieldname, w) if out is None else out & self.term(q.fieldname, w)
            return out
        if isinstance(q, Q.Or):
            out = set()
            for sub in q.subqueries:
                b = self.bound(sub)
                if b is None:
                    return None
                out |= b
            return out
        if isinstance(q, Q.And):
            out = None
            for sub in q.subqueries:
                # a phrase's words are read at the candidates instead (see docs)
                if not isinstance(sub, Q.Not) and not _cost(self.scorer, sub)[0]:
                    b = self.bound(sub)
                    if b is not None:
                        out = b if out is None else out & b
            return out
        return None

    def docs(self, q: Q.Query, within: set[int] | None, skip: set[int] | None = None) -> set[int]:
        """Documents matching ``q`` (only those in ``within`` when given;
        phrases are not verified for documents in ``skip``)."""
        if isinstance(q, Q.Term):
            key = (q.fieldname, q.text)
            if within is not None and key not in self._terms:
                if self.scorer.df(*key) > PROBE_RATIO * len(within):
                    return _probe(self.scorer, q.fieldname, q.text, within)
            docs = self.term(*key)
            return docs if within is None else docs & within
        if isinstance(q, Q.Or):
            found: set[int] = set()
            # plain terms first: a phrase need not be verified where they match
            for sub in sorted(q.subqueries, key=lambda s: _cost(self.scorer, s)):
                found |= self.docs(sub, within, found)
            return found
        if isinstance(q, Q.And):
            pos = [s for s in q.subqueries if not isinstance(s, Q.Not)]
            neg = [s.query for s in q.subqueries if isinstance(s, Q.Not)]
            if not pos:
                return _whoosh(self.scorer, q, within)
            out = self.bound(q)
            if out is not None and within is not None:
                out &= within
            elif out is None:
                out = within
            for sub in sorted(pos, key=lambda s: _cost(self.scorer, s)):
                if out is not None and not out:
                    return set()
                out = self.docs(sub, out)
            assert out is not None  # pos is not empty
            for sub in neg:
                if out:
                    out -= self.docs(sub, out)
            return out
        if isinstance(q, Q.Phrase):
            # candidates: the documents of its rarest word (within ``within``);
            # the other words are read only at the candidates
            words = [w for w in q.words if w]
            if words:
                field = q.fieldname
                rare = min(words, key=lambda w: self.scorer.df(field, w))
                if within is None:
                    cands = self.term(field, rare)
                elif (field, rare) in self._terms or self.scorer.df(field, rare) < len(within):
                    cands = self.term(field, rare) & within
                else:
                    cands = within
                if skip:
                    cands = cands - skip
                return _verify(self.scorer, q, cands) if cands else set()
        return _whoosh(self.scorer, q, within)


def _cost(scorer: Scorer, q: Q.Query) -> tuple[bool, int]:
    """(has a phrase or other slow part, documents it may match at most)."""
    if isinstance(q, Q.Term):
        return False, scorer.df(q.fieldname, q.text)
    if isinstance(q, Q.Phrase):
        return True, min((scorer.df(q.fieldname, w) for w in q.words if w), default=0)
    subs = getattr(q, "subqueries", None)
    if subs is None:
        return True, scorer.N
    costs = [_cost(scorer, s) for s in subs]
    return any(c[0] for c in costs), sum(c[1] for c in costs)


def _whoosh(scorer: Scorer, q: Q.Query, within: set[int] | None) -> set[int]:
    docs = set(scorer.searcher.docs_for_query(q))
    return docs if within is None else docs & within


def _probe(scorer: Scorer, field: str, term: str, cands: set[int]) -> set[int]:
    """The candidates having ``term`` in ``field``, reading only the posting
    blocks that hold a candidate."""
    out: set[int] = set()
    df = scorer.df(field, term)
    if df <= 0 or not cands:
        return out
    for li, local in split_by_leaf(scorer, cands).items():
        leaf = scorer.leaves[li]
        # decoded already? (probing must not decode the whole list to fill the cache)
        cached = scorer.cache._postings.get((leaf.seg_id, field, term)) if df >= CACHE_MIN_DF else None
        if cached is not None:
            ids = cached[0]
            found = _present(ids, local)
        else:
            found = list(_raw_values(leaf, field, term, local, values=False))
        off = leaf.offset
        out.update(map(off.__add__, found) if off else found)
    return out


def _present(ids, cands: list[int]) -> list[int]:
    """The sorted ``cands`` that occur in the sorted ``ids``."""
    out = []
    n = len(ids)
    j = 0
    for c in cands:
        j = bisect_left(ids, c, j)
        if j >= n:
            break
        if ids[j] == c:
            out.append(c)
    return out


def _verify(scorer: Scorer, q: Q.Phrase, cands: set[int]) -> set[int]:
    """The candidates where ``q``'s words occur in order, each within
    ``q.slop`` positions after the one before (Whoosh's ``SpanNear2`` with
    ``ordered=True, mindist=1``), read from the words' postings at the
    candidates only: blocks without a candidate are not decoded, and
    positions are decoded only where every word occurs."""
    schema = scorer.searcher.schema
    if q.fieldname not in schema:
        return set()
    fmt = schema[q.fieldname].format
    words = list(q.words)
    if not fmt or not fmt.supports("positions") or fmt.supports("characters") or not words:
        return _verify_whoosh(scorer, q, cands)
    if any(not w for w in words):
        return set()  # Whoosh: a word missing from the index matches nothing
    decode = fmt.decoder("positions")
    order = sorted(dict.fromkeys(words), key=lambda w: scorer.df(q.fieldname, w))
    out: set[int] = set()
    for li, alive in split_by_leaf(scorer, cands).items():
        leaf = scorer.leaves[li]
        raw: dict[str, dict[int, bytes]] = {}
        for w in order:
            raw[w] = at = _raw_values(leaf, q.fieldname, w, alive)
            alive = [d for d in alive if d in at]
            if not alive:
                break
        for d in alive:
            decoded = {w: decode(raw[w][d]) for w in order}
            if _in_order([decoded[w] for w in words], q.slop):
                out.add(d + leaf.offset)
    return out


def _raw_values(leaf, field: str, word: str, cands: list[int], values: bool = True) -> dict:
    """Encoded posting value (positions) of ``word`` for each of the sorted
    local ``cands`` that has it (None values when ``values`` is false)."""
    out: dict[int, bytes | None] = {}
    m = _matcher(leaf, field, word)
    if m is None or not cands:
        return out
    if not isinstance(m, W3LeafMatcher):  # e.g. a posting list inlined in the term info
        for c in _at_each(m, cands):
            out[c] = m.value() if values else None
        return out
    pos, n = 0, len(cands)
    while not m._atend and pos < n:
        end = bisect_right(cands, m._maxid, pos)
        if end > pos:  # only blocks holding a candidate are decoded
            m._read_ids()
            ids = m._ids
            present = _present(ids, cands[pos:end])
            if present:
                if values:
                    m._read_values()
                    vals = m._values
                    for c in present:
                        out[c] = vals[bisect_left(ids, c)]
                else:
                    out.update(dict.fromkeys(present))
            pos = end
        m._next_block()
    return out


def _in_order(positions: list[list[int]], slop: int) -> bool:
    """Whether positions p0 < p1 < … exist, one per list, with 1 ≤ p[i+1] − p[i] ≤ slop."""
    ends = positions[0]
    for nxt in positions[1:]:
        reached = []
        for b in nxt:
            j = bisect_left(ends, b - slop)
            if j < len(ends) and ends[j] <= b - 1:
                reached.append(b)
        if not reached:
            return False
        ends = reached
    return bool(ends)


def _verify_whoosh(scorer: Scorer, q: Q.Query, cands: set[int]) -> set[int]:
    """The candidates Whoosh's matcher for ``q`` accepts (skipping between them)."""
    out: set[int] = set()
    by_leaf = scorer.split_by_leaf(cands)
    for li, (sub, off) in enumerate(scorer.searcher.leaf_searchers()):
        local = by_leaf.get(li)
        if not local:
            continue
        out.update(c + off for c in _at_each(q.matcher(sub), local))
    return out


def _at_each(m, cands: list[int]):
    """Yield each of the sorted ``cands`` the matcher ``m`` has, with ``m`` on it."""
    for c in cands:
        if not m.is_active():
            break
        if m.id() < c:
            m.skip_to(c)
            if not m.is_active():
                break
        if m.id() == c:
            yield c


def positive_terms(q: Q.Query, negated: bool = False) -> list[tuple[str, str, float]]:
    """(field, term, boost) of every term the query asks for (not under NOT)."""
    if isinstance(q, Q.Not):
        return []
    if isinstance(q, Q.Term):
        return [(q.fieldname, q.text, q.boost)]
    if isinstance(q, Q.Phrase):
        return [(q.fieldname, w, q.boost) for w in q.words if w]
    out = []
    for sub in getattr(q, "subqueries", ()):
        out += positive_terms(sub)
    return out


BOOST_DEPTH = 200  # candidates checked for the optional boost clauses
MAX_PRUNE_CHECKS = 2  # threshold computations per ranking (each is O(scored documents))


def rank(
    scorer: Scorer,
    q: Q.Query,
    matched: set[int],
    n: int,
    k1: float = 1.2,
    b: float = 0.75,
    boosts: Sequence[tuple[Q.Query, float]] = (),
):
    """The best ``n`` (docnum, score) of ``matched``: BM25 summed over the
    query's terms, each in its own field with its boost; ties by docnum.
    ``boosts`` (query, weight): optional clauses (phrases, proximity) checked
    on the best ``BOOST_DEPTH`` candidates; a candidate matching one gains
    weight × the summed idf of its terms."""
    from .pruning import Unit, _accumulate_only

    scores: dict[int, float] = {}
    seen = set()
    units = []
    for field, term, boost in positive_terms(q):
        if (field, term) in seen or field not in scorer.searcher.schema:
            continue
        seen.add((field, term))
        df = scorer.df(field, term)
        if df > 0:
            units.append(Unit(term, {field: (1.0, b)}, boost * scorer.idf(df), df))
    depth = max(n, BOOST_DEPTH) if boosts else n
    # max-score pruning: a unit adds at most weight·(k1+1); once the depth-th
    # best partial score exceeds what the units still to come can add, a
    # document below it can never reach the top (nor can one not scored yet),
    # so the rest is scored on the survivors only. Exact: the survivors get
    # every unit, summed in the same order.
    cands = split_by_leaf(scorer, matched) if units else None
    checks = 0
    for i, unit in enumerate(units):
        _accumulate_only(scorer, unit, k1, scores, cands)
        if i + 1 < len(units) and checks < MAX_PRUNE_CHECKS and len(scores) > depth:
            left = sum(u.weight * (k1 + 1.0) for u in units[i + 1 :]) * (1.0 + 1e-9)
            theta = heapq.nlargest(depth, scores.values())[-1]
            if left < theta:
                checks += 1
                scores = {d: s for d, s in scores.items() if s + left >= theta}
                cands = split_by_leaf(scorer, scores)
    top = best(scores, depth)  # only documents of ``matched`` were scored
    if boosts and top:
        top = _boosted(scorer, top, boosts)[:n]
    if len(top) < n:  # matched by filters / ranges only
        rest = sorted(d for d in matched if d not in scores)
        top += [(d, 0.0) for d in rest[: n - len(top)]]
    return top


def best(scores: dict[int, float], n: int) -> list[tuple[int, float]]:
    """The ``n`` highest (docnum, score), ties by docnum (lowest first)."""
    if n <= 0 or not scores:
        return []
    if len(scores) > n:
        kth = heapq.nlargest(n, scores.values())[-1]
        items = [(d, s) for d, s in scores.items() if s >= kth]
    else:
        items = list(scores.items())
    items.sort(key=lambda x: (-x[1], x[0]))
    return items[:n]


def split_by_leaf(scorer: Scorer, docnums) -> dict[int, list[int]]:
    """Live global docnums as sorted local docnums per leaf index
    (:meth:`Scorer.split_by_leaf`, sliced at the leaf boundaries)."""
    out: dict[int, list[int]] = {}
    ordered = sorted(docnums)
    lo = 0
    for li, leaf in enumerate(scorer.leaves):
        end = leaf.offset + leaf.reader.doc_count_all()
        hi = bisect_left(ordered, end, lo)
        if hi > lo:
            off = leaf.offset
            local = ordered[lo:hi]
            if off:
                local = list(map((-off).__add__, local))
            if leaf.deleted:
                local = [d for d in local if d not in leaf.deleted]
            if local:
                out[li] = local
        lo = hi
    return out


def _boosted(scorer: Scorer, top: list[tuple[int, float]], boosts) -> list[tuple[int, float]]:
    """``top`` re-ordered after adding the bonus of each boost clause."""
    cands = {d for d, _ in top}
    bonus: dict[int, float] = {}
    ev = _Eval(scorer)
    for bq, weight in boosts:
        terms = {(f, t) for f, t, _ in positive_terms(bq) if f in scorer.searcher.schema}
        dfs = [scorer.df(f, t) for f, t in terms]
        if not dfs or min(dfs) <= 0:
            continue
        gain = weight * sum(scorer.idf(df) for df in dfs)
        for d in ev.docs(bq, cands):
            bonus[d] = bonus.get(d, 0.0) + gain
    if not bonus:
        return top
    out = [(d, s + bonus.get(d, 0.0)) for d, s in top]
    out.sort(key=lambda x: (-x[1], x[0]))
    return out
