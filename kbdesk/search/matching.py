"""Fault matching: rank archived records against a pasted fault or a case.

A long text never becomes one huge OR query. Several short formulations are
scored with :class:`~kbdesk.search.scoring.Scorer` and fused linearly:

* ``words``  – the text's top-K terms by tf·idf, BM25F over title and body;
* ``title``  – the first line / case title against titles only (title-to-title);
* ``grams``  – for Chinese text, the top-K character bigrams (segmentation-proof);
* ``codes``  – exact error codes / exception names / ids, a strong boost;
* ``prf``    – optional pseudo-relevance feedback: terms shared by the top
  documents of the first pass, added with a small weight.

See docs/matching.md for what each formulation contributed on the eval sets.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .analysis import extract_codes, gram_terms, has_cjk, iter_terms, query_terms
from .pruning import Unit, top_scores, units
from .scoring import GroupMap, Scorer
from .stacktrace import frame_lines


@dataclass(frozen=True)
class MatchParams:
    """Tunable knobs (defaults tuned on the dev queries, see docs/matching.md)."""

    k1: float = 1.2
    max_terms: int = 40
    title_weight: float = 4.0  # BM25F weight of the title field in `words`
    title_b: float = 1.0
    body_b: float = 0.75
    query_title_tf: float = 2.0  # a query title term counts as this many body terms
    title_run: float = 1.0  # weight of the title-to-title formulation
    gram_run: float = 1.0  # weight of the bigram formulation (Chinese)
    max_grams: int = 40
    gram_b: float = 1.0
    code_run: float = 2.0  # weight of the exact-code formulation
    prf_docs: int = 0  # pseudo-relevance feedback: top docs used (0 = off)
    prf_terms: int = 10
    prf_weight: float = 0.3
    min_df: int = 1
    max_df_ratio: float = 1.0  # skip word terms in more than this share of documents
    # terms in more than max(common_df_ratio·N, common_df_min) documents only
    # score documents reached by rarer terms (see pruning.top_scores)
    common_df_ratio: float = 0.05
    common_df_min: int = 1000
    # full reports (a title line and a body): blend in how much of each
    # candidate's title the text covers (idf-weighted share), for the top ones
    title_cover: float = 0.05
    rerank_depth: int = 100
    # long reports: a term on a stack-frame line counts this much when the
    # terms are selected (stacktrace.frame_lines; 1.0 = like any other word)
    frame_tf: float = 0.5


@dataclass
class QueryPlan:
    """What a match query was reduced to (also used for the explanations)."""

    title: str
    body: str
    terms: dict[str, float] = field(default_factory=dict)  # selected word terms → weight
    surface: dict[str, str] = field(default_factory=dict)  # term → a form from the text
    title_terms: dict[str, float] = field(default_factory=dict)
    grams: dict[str, float] = field(default_factory=dict)
    codes: list[str] = field(default_factory=list)


def split_title(text: str) -> tuple[str, str]:
    """Use the first line as the title when the text has several lines."""
    text = (text or "").strip()
    first, sep, rest = text.partition("\n")
    if sep and len(first) <= 300:
        return first.strip(), rest.strip()
    return "", text


def _counts(text: str, surface: dict[str, str], spans=()) -> Counter:
    """Term counts of ``text``; a term inside one of ``spans`` (sorted,
    disjoint ``(start, end, weight)`` char ranges) counts ``weight``."""
    c: Counter = Counter()
    if spans:
        starts = [a for a, _, _ in spans]
        for term, _, sc, ec in iter_terms(text):
            i = bisect_right(starts, sc) - 1
            c[term] += spans[i][2] if i >= 0 and sc < spans[i][1] else 1.0  # type: ignore[assignment]  # Counter of floats: typeshed says int
            if term not in surface:
                surface[term] = text[sc:ec]
        return +c
    for term, _, sc, ec in iter_terms(text):
        c[term] += 1
        if term not in surface:
            surface[term] = text[sc:ec]
    return c


@lru_cache(maxsize=50_000)
def _title_terms(title: str) -> tuple[str, ...]:
    """The distinct word terms of a candidate's title (re-ranking reads the
    same titles query after query)."""
    return tuple(dict.fromkeys(query_terms(title)))


class FaultMatcher:
    """Ranks documents of one searcher for a fault text."""

    def __init__(self, scorer: Scorer, params: MatchParams | None = None, doc_terms=None):
        """``doc_terms(docnums) -> [terms of each]`` enables pseudo-relevance feedback."""
        self.scorer = scorer
        self.p = params or MatchParams()
        self.doc_terms = doc_terms

    # --- query planning --------------------------------------------------

    def plan(self, title: str, body: str, self_in_index: bool = False) -> QueryPlan:
        """Select the terms of a text. ``self_in_index``: the text's own record
        is indexed (matching an existing case), so every df is one too high."""
        p, sc = self.p, self.scorer
        plan = QueryPlan(title=title, body=body)
        tcount = _counts(title, plan.surface)
        spans = [(a, b, p.frame_tf) for a, b in frame_lines(body)] if p.frame_tf != 1.0 else ()
        bcount = _counts(body, plan.surface, spans)
        weights: Counter = Counter()
        for t, n in tcount.items():
            weights[t] += p.query_title_tf * n  # type: ignore[assignment]  # Counter of floats: typeshed says int
        for t, n in bcount.items():
            weights[t] += n
        adjust = 1 if self_in_index else 0
        scored = []
        dfs = {}
        for term, n in weights.items():
            df = max(sc.df("title", term), sc.df("body", term)) - adjust
            if df < p.min_df or df > p.max_df_ratio * sc.N:
                continue
            dfs[term] = df
            qw = 1.0 + math.log(n) if n >= 1 else n
            if qw <= 0:
                continue
            scored.append((qw * sc.idf(df), term, qw))
        for _, term, qw in heapq.nlargest(p.max_terms, scored):
            plan.terms[term] = qw
        self._dfs = {t: dfs[t] + adjust for t in plan.terms}
        for t in tcount:
            if t in dfs:
                plan.title_terms[t] = 1.0
        text = f"{title}\n{body}"
        if p.gram_run and has_cjk(text):
            gc = Counter(gram_terms(text))
            gscored = []
            for g, n in gc.items():
                df = sc.df("grams", g) - adjust
                if df >= p.min_df:
                    qw = 1.0 + math.log(n)
                    gscored.append((qw * sc.idf(df), g, qw))
            for _, g, qw in heapq.nlargest(p.max_grams, gscored):
                plan.grams[g] = qw
        plan.codes = [c for c in extract_codes(text) if sc.df("codes", c) - adjust >= p.min_df]
        return plan

    # --- scoring -----------------------------------------------------------

    def units(self, plan: QueryPlan) -> list[Unit]:
        """Every formulation's terms as weighted units (see the module doc)."""
        p, sc = self.p, self.scorer
        out = units(sc, plan.terms, {"title": (p.title_weight, p.title_b), "body": (1.0, p.body_b)})
        if p.title_run and plan.title_terms and plan.body:
            out += units(sc, plan.title_terms, {"title": (1.0, p.title_b)}, p.title_run)
        if plan.grams:
            out += units(sc, plan.grams, {"grams": (1.0, p.gram_b)}, p.gram_run)
        if p.code_run and plan.codes:
            out += units(sc, {c: 1.0 for c in plan.codes}, {"codes": (1.0, 0.0)}, p.code_run)
        return out

    def score(self, plan: QueryPlan, k: int = 0, groups: GroupMap | None = None) -> dict[int, float]:
        """Scores by docnum. With ``k``, only the exact top ``k`` of each group
        (``groups``) are guaranteed to be present (max-score pruning)."""
        us = self.units(plan)
        if k > 0:
            common = max(self.p.common_df_ratio * self.scorer.N, self.p.common_df_min)
            return top_scores(self.scorer, us, k, self.p.k1, groups, common)
        scores: dict[int, float] = {}
        for u in us:
            self.scorer.accumulate(u.term, u.fields, u.weight, self.p.k1, scores)
        return scores

    def reranks(self, plan: QueryPlan) -> bool:
        return bool(self.p.title_cover and plan.title and plan.body)

    def rerank(
        self, plan: QueryPlan, ranked: list[tuple[int, float]], titles: list[str], best: float | None = None
    ):
        """Re-order ``ranked`` (best first) by (1-λ)·score/best + λ·cover, where
        cover is the idf-weighted share of the candidate's title terms found in
        the text (λ = ``title_cover``; full reports only, see :meth:`reranks`).
        ``best``: the score ``ranked`` is relative to (default: its first)."""
        if not ranked or not self.reranks(plan):
            return ranked
        sc, lam = self.scorer, self.p.title_cover
        words = plan.surface.keys()
        best = (ranked[0][1] if best is None else best) or 1.0
        out = []
        for (d, score), title in zip(ranked, titles, strict=True):
            idf = {t: sc.idf(max(1, sc.df("title", t), sc.df("body", t))) for t in _title_terms(title)}
            total = sum(idf.values())
            cover = sum(w for t, w in idf.items() if t in words) / total if total else 0.0
            out.append((d, (1.0 - lam) * score / best + lam * cover))
        out.sort(key=lambda x: -x[1])
        return out

    def _feedback(self, plan: QueryPlan, scores: dict[int, float], accept) -> dict[int, float]:
        """Pseudo-relevance feedback: terms frequent in the top documents of the
        first pass (RM-style, by idf and doc score), added with a small weight."""
        p, sc = self.p, self.scorer
        if self.doc_terms is None or not scores:
            return scores
        items = scores.items() if accept is None else ((d, s) for d, s in scores.items() if accept(d))
        top = heapq.nlargest(p.prf_docs, items, key=lambda x: x[1])
        if not top:
            return scores
        best = top[0][1] or 1.0
        weights: Counter = Counter()
        for (_docnum, score), terms in zip(top, self.doc_terms([d for d, _ in top]), strict=True):
            if not terms:
                continue
            tf = Counter(terms)
            for term, n in tf.items():
                if term in plan.terms:
                    continue
                weights[term] += (score / best) * n / len(terms)  # type: ignore[assignment]  # as in plan()
        cand = []
        for term, w in weights.most_common(p.prf_terms * 4):
            df = max(sc.df("title", term), sc.df("body", term))
            if df < 2 or df > 0.1 * sc.N:
                continue
            cand.append((w * sc.idf(df), term))
        extra = {t: p.prf_weight for _, t in sorted(cand, reverse=True)[: p.prf_terms]}
        if extra:
            fields = {"title": (p.title_weight, p.title_b), "body": (1.0, p.body_b)}
            sc.bm25f(extra, fields, k1=p.k1, out=scores)
        return scores


def with_params(params: MatchParams, **changes) -> MatchParams:
    return replace(params, **changes)
