"""Exact top-k BM25F by max-score pruning (term at a time).

Every scored term ("unit") can add at most ``weight·(k1+1)`` to a document
(BM25's saturation ``x(k1+1)/(x+k1)`` stays below ``k1+1``). Units are scored
rarest first (highest bound first). Before an expensive (common) unit, the
k-th best partial score of each result group is a lower bound ``θ`` of that
group's final k-th score; when the bounds of all units still to come add up to
less than ``θ``, a document not reached yet can never enter the top k. From
then on only the remaining candidates (reached documents that can still make
it, plus every document of a group whose top k is not filled yet) are scored,
and posting blocks without a candidate are skipped without being decoded.

The top k of each group (and its scores) are exactly those of exhaustive
scoring; documents that cannot reach the top k are left out of the result.

For long reports that bound rarely holds (dozens of terms leave too much
headroom), so units more common than ``common_df`` switch to candidate-only
scoring anyway: an approximation, measured in docs/matching.md.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from .scoring import GroupMap, Scorer, block_postings

CHECK_DF = 1000  # only consider pruning before units with at least this df
MAX_CHECKS = 2  # threshold computations per query (each is O(candidates))
OPEN_GROUP_MAX = 0.05  # an unfilled group's docs join the candidates if they are this share of N at most


@dataclass
class Unit:
    """One query term of one formulation: ``weight`` = query weight · idf · scale."""

    term: str
    fields: dict[str, tuple[float, float]]
    weight: float
    df: int


def units(scorer: Scorer, terms: dict[str, float], fields, scale: float = 1.0) -> list[Unit]:
    """The units of one formulation (terms missing from the index are dropped)."""
    out = []
    for term, qw in terms.items():
        df = max(scorer.df(f, term) for f in fields)
        if df > 0:
            out.append(Unit(term, fields, qw * scorer.idf(df) * scale, df))
    return out


def top_scores(
    scorer: Scorer,
    units: Sequence[Unit],
    k: int,
    k1: float,
    group_of: GroupMap | None = None,
    common_df: float = float("inf"),
) -> dict[int, float]:
    """Scores (global docnum → score) containing the exact top ``k`` per group.

    ``group_of.of[docnum]`` names a document's result group (None: never
    returned); without it every document is in one group. Units with a df
    above ``common_df`` only score documents reached by rarer units (an
    approximation: a document sharing only very common terms is not ranked).
    """
    units = sorted(units, key=lambda u: -u.weight)
    rest = [0.0] * (len(units) + 1)
    for i in range(len(units) - 1, -1, -1):
        rest[i] = rest[i + 1] + units[i].weight * (k1 + 1.0)
    scores: dict[int, float] = {}
    cands: dict[int, list[int]] | None = None  # per leaf: sorted local docnums
    checks = 0
    for i, u in enumerate(units):
        if cands is None and i > 0 and k > 0:
            common = u.df > common_df
            if common or (u.df >= CHECK_DF and checks < MAX_CHECKS):
                checks += 1
                cands = _prune(scorer, scores, rest[i], k, group_of, force=common)
        if cands is None:
            scorer.accumulate(u.term, u.fields, u.weight, k1, scores)
        else:
            _accumulate_only(scorer, u, k1, scores, cands)
    return scores


def _thresholds(scores: dict[int, float], k: int, group_of) -> dict:
    by_group: dict = {}
    if group_of is None:
        by_group[None] = list(scores.values())
    else:
        of = group_of.of
        for d, s in scores.items():
            g = of[d]
            if g is not None:
                by_group.setdefault(g, []).append(s)
    return {g: (heapq.nlargest(k, v)[-1] if len(v) >= k else 0.0) for g, v in by_group.items()}


def _prune(scorer: Scorer, scores: dict[int, float], rest: float, k: int, group_of, force: bool = False):
    """Candidates per leaf if pruning is safe from here on (else None; with
    ``force``, the reached documents anyway); drops hopeless documents."""
    theta = _thresholds(scores, k, group_of)
    open_docs: list[int] = []
    if group_of is None:
        if theta[None] <= rest and not force:
            return None
    else:
        groups = group_of.docs
        open_groups = [g for g in groups if theta.get(g, 0.0) <= rest]
        if not force:
            open_docs = [d for g in open_groups for d in groups[g]]
            if len(open_docs) > OPEN_GROUP_MAX * scorer.N:
                return None
    keep = set(open_docs)
    of = group_of.of if group_of is not None else None
    for d, s in list(scores.items()):
        g = of[d] if of is not None else None
        if (of is None or g is not None) and s + rest > theta.get(g, 0.0):
            keep.add(d)
        else:
            del scores[d]
    if not force and len(keep) > 0.5 * scorer.N:
        return None  # hardly anything pruned: plain scoring is cheaper
    return scorer.split_by_leaf(keep)


def _accumulate_only(scorer: Scorer, u: Unit, k1: float, scores: dict[int, float], cands) -> None:
    acc: dict[int, float] = {}
    get = acc.get
    for li, leaf in enumerate(scorer.leaves):
        local = cands.get(li)
        if not local:
            continue
        off = leaf.offset
        cset = None
        for field, (fw, b) in u.fields.items():
            norms = scorer.cache.norms(leaf, field, scorer.avg(field), b)
            pos = 0
            n = len(local)
            cached = scorer.cache.postings(leaf, field, u.term, scorer.df(field, u.term))
            blocks = [(cached[0][-1], lambda c=cached: c)] if cached and len(cached[0]) else None
            for maxid, block in blocks or block_postings(leaf, u.term, field):
                end = bisect_right(local, maxid, pos)
                if end == pos:
                    continue  # no candidate in this block: not decoded
                ids, tfs = block()
                nids = len(ids)
                if (end - pos) * 8 < nids:
                    for c in local[pos:end]:
                        j = bisect_left(ids, c)
                        if j < nids and ids[j] == c:
                            g = c + off
                            acc[g] = get(g, 0.0) + fw * tfs[j] * norms[c]
                else:
                    if cset is None:
                        cset = set(local)
                    for d, tf in zip(ids, tfs, strict=False):
                        if d in cset:
                            g = d + off
                            acc[g] = get(g, 0.0) + fw * tf * norms[d]
                pos = end
                if pos >= n:
                    break
    w = u.weight
    for g, x in acc.items():
        scores[g] = scores.get(g, 0.0) + w * x * (k1 + 1.0) / (x + k1)
