"""Max-score pruning and the posting cache give the same top k as exhaustive scoring."""

from __future__ import annotations

import heapq
import math

import pytest
from test_match import RELEVANCE, kb  # noqa: F401  (fixture)

from kbdesk.search import pruning, scoring
from kbdesk.search.matching import FaultMatcher, MatchParams, split_title
from kbdesk.search.service import _match_groups

EXACT = MatchParams(common_df_ratio=math.inf)


@pytest.fixture
def always_prune(monkeypatch):
    """Consider pruning before every term, and cache every posting list."""
    monkeypatch.setattr(pruning, "CHECK_DF", 1)
    monkeypatch.setattr(pruning, "MAX_CHECKS", 1000)
    monkeypatch.setattr(pruning, "OPEN_GROUP_MAX", 1.0)


def _top(scores, groups, k):
    out = {}
    for g in groups.docs:
        items = [(d, s) for d, s in scores.items() if groups.of[d] == g]
        out[g] = [(d, round(s, 9)) for d, s in heapq.nlargest(k, items, key=lambda x: (x[1], -x[0]))]
    return out


def _compare(service, texts, params, ks=(1, 2, 3, 5)):
    with service._read_lock:
        scorer = service.scorer()
        matcher = FaultMatcher(scorer, params)
        groups = _match_groups(scorer, scorer.column("rtype"), scorer.column("solved"), False)
        pruned_any = False
        for text in texts:
            plan = matcher.plan(*split_title(text))
            full = matcher.score(plan)
            for k in ks:
                pruned = matcher.score(plan, k, groups)
                pruned_any |= len(pruned) < len(full)
                assert _top(pruned, groups, k) == _top(full, groups, k), (text, k)
        return pruned_any


def test_pruning_keeps_the_exact_top_k(service, kb, always_prune):  # noqa: F811
    _compare(service, [t for t, _ in RELEVANCE], EXACT)


def test_pruning_with_the_posting_cache(service, kb, always_prune, monkeypatch):  # noqa: F811
    monkeypatch.setattr(scoring, "CACHE_MIN_DF", 1)
    monkeypatch.setattr(scoring, "CACHE_POSTINGS", 50)  # forces evictions too
    service._norms = scoring.NormCache()
    _compare(service, [t for t, _ in RELEVANCE], EXACT)
    assert service._norms._posting_total <= 50 or len(service._norms._postings) == 1


def test_pruning_skips_blocks_over_many_documents(writer, service, always_prune):
    # > 128 postings per term: several posting blocks, most without a candidate
    for i in range(400):
        extra = f" rare{i % 37} 罕见{i % 11}" if i % 5 == 0 else ""
        writer.case(f"common fault {i}", f"common error message{extra} number {i % 3}")
    service.sync()
    texts = ["common error rare3 rare7", "common fault 罕见4 number", "rare1 common message"]
    assert _compare(service, texts, EXACT, ks=(1, 3, 10))  # and something was pruned


def test_common_terms_only_rescore_reached_documents(writer, service, kb):  # noqa: F811
    # the extreme: every term after the rarest is "common", so only documents
    # reached by the rarest term are ranked; the relevance set mostly survives
    service.params = MatchParams(common_df_ratio=0.0, common_df_min=0)
    hits = sum(
        kb[key] in [h.record_id for h in service.match(text, limit=3).cases] for text, key in RELEVANCE
    )
    assert hits >= len(RELEVANCE) - 3


def test_match_results_equal_with_and_without_pruning(service, kb, always_prune):  # noqa: F811
    service.params = EXACT
    pruned = [[h.record_id for h in service.match(t, limit=3).cases] for t, _ in RELEVANCE]
    service.params = MatchParams(common_df_ratio=math.inf, prf_docs=0)
    orig = FaultMatcher.score
    try:
        FaultMatcher.score = lambda self, plan, k=0, groups=None: orig(self, plan)
        full = [[h.record_id for h in service.match(t, limit=3).cases] for t, _ in RELEVANCE]
    finally:
        FaultMatcher.score = orig
    assert pruned == full
