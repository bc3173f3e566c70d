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
from collections.abc import Sequence

from whoosh import query as Q

from .scoring import Scorer


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
                if not isinstance(sub, Q.Not):
                    b = self.bound(sub)
                    if b is not None:
                        out = b if out is None else out & b
            return out
        return None

    def docs(self, q: Q.Query, within: set[int] | None, skip: set[int] | None = None) -> set[int]:
        """Documents matching ``q`` (only those in ``within`` when given;
        phrases are not verified for documents in ``skip``)."""
        if isinstance(q, Q.Term):
            docs = self.term(q.fieldname, q.text)
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
            cands = self.bound(q)
            if cands is not None:
                if within is not None:
                    cands = cands & within
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


def _verify(scorer: Scorer, q: Q.Query, cands: set[int]) -> set[int]:
    """The candidates Whoosh's matcher for ``q`` accepts (skipping between them)."""
    out: set[int] = set()
    by_leaf = scorer.split_by_leaf(cands)
    for li, (sub, off) in enumerate(scorer.searcher.leaf_searchers()):
        local = by_leaf.get(li)
        if not local:
            continue
        m = q.matcher(sub)
        for c in local:
            if not m.is_active():
                break
            if m.id() < c:
                m.skip_to(c)
                if not m.is_active():
                    break
            if m.id() == c:
                out.add(c + off)
    return out


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
    cands = None
    for field, term, boost in positive_terms(q):
        if (field, term) in seen or field not in scorer.searcher.schema:
            continue
        seen.add((field, term))
        df = scorer.df(field, term)
        if df <= 0:
            continue
        if cands is None:
            cands = scorer.split_by_leaf(matched)
        unit = Unit(term, {field: (1.0, b)}, boost * scorer.idf(df), df)
        _accumulate_only(scorer, unit, k1, scores, cands)
    depth = max(n, BOOST_DEPTH) if boosts else n
    top = heapq.nlargest(
        depth, ((d, s) for d, s in scores.items() if d in matched), key=lambda x: (x[1], -x[0])
    )
    if boosts and top:
        top = _boosted(scorer, top, boosts)[:n]
    if len(top) < n:  # matched by filters / ranges only
        rest = sorted(d for d in matched if d not in scores)
        top += [(d, 0.0) for d in rest[: n - len(top)]]
    return top


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
