"""Grouped matching ranks once: when near-duplicates fill the first candidates,
the deeper candidates come from the same scoring, and the answers are the ones
grouping the whole ranked list gives (real archive and index in tmp_path)."""

from __future__ import annotations

import pytest

from kbdesk.search import matching
from kbdesk.search.documents import uid
from kbdesk.search.grouping import group_items
from kbdesk.search.service import GROUP_DEPTH, MAX_GROUP_DEPTH

REPORT = (
    "DataNode fails to write block during pipeline recovery\n"
    "java.io.IOException: Connection reset by peer while writing block to the pipeline; "
    "the client retries the pipeline recovery and the write fails"
)
VARIANTS = ["disk", "network", "heap", "quota", "kerberos", "balancer", "rack", "volume",
            "checksum", "lease", "replica", "socket", "xceiver", "timeout"]


@pytest.fixture
def copies(writer, service):
    """14 different faults, each filed 6 times: 84 similar cases, 14 answers.
    Even-numbered faults share a resolution; odd ones are unsolved copies of
    one text (grouped as near-identical)."""
    ids: dict[str, list[str]] = {}
    for i, word in enumerate(VARIANTS):
        for j in range(6):
            body = (
                f"java.io.IOException: Connection reset by peer while writing block on host dn{i:02d}{j}node7x; "
                f"pipeline recovery fails because of the {word} problem number {i} "
                f"({' '.join([word] * (1 + i % 4))}), the client retries and gives up."
            )
            kw = {"status": "closed", "resolution": f"Fix the {word} problem of the DataNode, then restart it."}
            ids.setdefault(word, []).append(
                writer.case(f"DataNode write block fails: {word} problem", body, **(kw if i % 2 == 0 else {}))
            )
    writer.article("Pipeline recovery of HDFS writes", "How the client recovers a failed block write pipeline.")
    service.sync()
    return ids


class ScoreCalls:
    """Counts the matcher's scoring passes (the real method is still run)."""

    def __init__(self, monkeypatch):
        self.n = 0
        real = matching.FaultMatcher.score

        def score(matcher, *args, **kwargs):
            self.n += 1
            return real(matcher, *args, **kwargs)

        monkeypatch.setattr(matching.FaultMatcher, "score", score)


def _reference(service, text=None, case_id=None, limit=10):
    """The answers of grouping the whole ranked list (every candidate: fewer
    than the deepest grouping goes, so all of them are grouped)."""
    flat = service.match(text, case_id=case_id, limit=500, group_similar=False, explain_hits=False)
    assert len(flat.cases) < MAX_GROUP_DEPTH
    docs = service.documents([uid("case", h.record_id) for h in flat.cases])

    def text_of(hit):
        doc = docs[uid("case", hit.record_id)]
        return f"{doc['title']}\n{doc.get('body') or ''}"

    groups = group_items(flat.cases, text_of, lambda h: h.resolution)[:limit]
    return [(g.leader.record_id, [(m.record_id, why) for m, why in g.members]) for g in groups]


def _answers(hits):
    return [(h.record_id, [(m.record_id, m.like) for m in h.similar]) for h in hits]


def test_deep_grouping_scores_once_and_gives_the_grouped_ranking(service, copies, monkeypatch):
    calls = ScoreCalls(monkeypatch)
    result = service.match(REPORT, limit=10)
    assert calls.n == 1
    # the first 41 candidates hold fewer than 10 answers: deeper candidates were needed
    assert len(result.cases) == 10
    assert sum(1 + len(h.similar) for h in result.cases) > 10 * GROUP_DEPTH + 1
    words = {w for w, ids in copies.items() for i in ids if i in {h.record_id for h in result.cases}}
    assert len(words) == 10  # ten different faults, their copies folded under them
    for hit in result.cases:
        fault = next(w for w, ids in copies.items() if hit.record_id in ids)
        assert {m.record_id for m in hit.similar} == set(copies[fault]) - {hit.record_id}
    assert _answers(result.cases) == _reference(service, REPORT)
    assert all(h.reasons for h in result.cases)  # explained, as before


def test_a_case_view_deep_grouping_scores_once(service, copies, monkeypatch):
    own = copies["disk"][0]
    calls = ScoreCalls(monkeypatch)
    result = service.match(case_id=own, limit=14)
    assert calls.n == 1
    assert sum(1 + len(h.similar) for h in result.cases) > 14 * GROUP_DEPTH  # deeper than the first candidates
    shown = {h.record_id for h in result.cases} | {m.record_id for h in result.cases for m in h.similar}
    assert own not in shown and len(shown) == 6 * len(VARIANTS) - 1
    assert _answers(result.cases) == _reference(service, case_id=own, limit=14)


def test_ungrouped_and_shallow_matches_score_once(service, copies, monkeypatch):
    calls = ScoreCalls(monkeypatch)
    flat = service.match(REPORT, limit=10, group_similar=False)
    assert calls.n == 1 and len(flat.cases) == 10
    few = service.match(REPORT, limit=2)
    assert calls.n == 2 and len(few.cases) == 2


def test_ranking_at_a_depth_is_the_ranking_scored_for_it(service, copies):
    """The ranking cut from the deepest scoring equals scoring at that depth."""
    title, body = matching.split_title(REPORT)
    _, deep = service._reading(lambda: service._match_ranking(title, body, None, False, 201, ("case",)))
    for k in (11, 41, 161):
        _, alone = service._ranked(title, body, None, False, k, ("case",))
        assert deep.top(k) == alone



def test_a_deeper_ranking_after_the_index_changed_asks_to_score_again(service, copies, writer):
    from kbdesk.search.service import _Moved

    body = REPORT.replace("\n", " ")  # no title line: not re-ranked, so only the first 11 are prepared
    _, ranking = service._reading(lambda: service._match_ranking("", body, None, False, 201, ("case",), first=11))
    assert len(ranking.top(11)["case"]) == 11  # prepared while scoring
    writer.case("DataNode write block fails: a new problem", "Connection reset by peer in the pipeline")
    service.sync()
    with pytest.raises(_Moved):
        ranking.top(161)  # its docnums may name other documents now
