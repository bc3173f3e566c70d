"""The speed-ups keep behaviour: posting-list doc sets, reader reuse, lean writer,
title-cover re-ranking."""

from __future__ import annotations

import pytest
from test_query import GARBAGE, corpus  # noqa: F401  (fixture)

from kbdesk.search import docsets
from kbdesk.search.fastwrite import FastPositions
from kbdesk.search.index import make_schema
from kbdesk.search.matching import FaultMatcher, MatchParams, QueryPlan
from kbdesk.search.querylang import Parser

QUERIES = [
    "timeout",
    "数据库 超时",
    '"connect timeout"',
    '"数据库连接超时"',
    "NullPointerException",
    "FSNamesystem.getBlockLocations",
    "timeout OR 403",
    "-RDS",
    "upload -RDS",
    "ORA-12170",
    "type:case customer:acme",
    'title:"namenode crashes"',
    "date:2024-03",
    "name node",
    *GARBAGE,
]


@pytest.mark.parametrize("text", QUERIES)
def test_doc_sets_equal_whoosh(service, corpus, text):  # noqa: F811
    with service._read_lock:
        searcher = service._current_searcher()
        scorer = service.scorer()
        parsed = Parser(lambda f: []).parse(text)
        if parsed.query is None:
            return
        expected = set(searcher.docs_for_query(parsed.query))
        assert docsets.matching_docs(scorer, parsed.query) == expected


def test_ranking_puts_title_matches_first(writer, service):
    a = writer.case("unrelated report", "the disk quota was exceeded while writing")
    b = writer.case("disk quota exceeded", "writes fail")
    service.sync()
    hits = [h.record_id for h in service.search("disk quota").hits]
    assert hits[:2] == [b, a]


def test_unchanged_segments_keep_their_readers(writer, service):
    writer.case("first case", "alpha")
    service.sync()
    service.search("alpha")
    before = {r.segment().segment_id(): r for r, _ in service._current_searcher().reader().leaf_readers()}
    writer.case("second case", "beta")
    service.sync()
    assert service.search("beta").total == 1 and service.search("alpha").total == 1
    after = {r.segment().segment_id(): r for r, _ in service._current_searcher().reader().leaf_readers()}
    for seg_id, reader in after.items():
        if seg_id in before:
            assert reader is before[seg_id]


def test_fast_positions_match_whoosh_positions():
    schema = make_schema()
    field = schema["body"]
    assert isinstance(field.format, FastPositions)
    text = "NameNode NPE: java.lang.NullPointerException at FSNamesystem; 数据库连接超时 timeout timeout"
    fast = sorted(field.index(text))
    field.format = FastPositions.__mro__[1](field_boost=field.format.field_boost)
    assert sorted(field.index(text)) == fast


def test_title_cover_reranks_full_reports_only():
    class FakeScorer:
        def df(self, field, term):
            return 1

        def idf(self, df):
            return 1.0

    m = FaultMatcher(FakeScorer(), MatchParams(title_cover=0.5))
    plan = QueryPlan(title="disk quota exceeded", body="writes fail on the disk")
    plan.surface = {"disk": "disk", "quota": "quota", "exceed": "exceeded", "write": "writes", "fail": "fail"}
    ranked = [(1, 10.0), (2, 9.0)]
    out = m.rerank(plan, ranked, ["something else entirely", "disk quota exceeded"])
    assert [d for d, _ in out] == [2, 1]
    one_line = QueryPlan(title="", body="disk quota exceeded")
    assert m.rerank(one_line, ranked, ["x", "disk quota"]) == ranked


def test_rebuild_fails_instead_of_keeping_an_incomplete_index(tmp_path, monkeypatch):
    from whoosh.writing import SegmentWriter

    from kbdesk.search.index import IndexFolder, IndexProblem

    orig = SegmentWriter.add_document
    calls = []

    def loses_one(self, **fields):  # like a build worker that died
        calls.append(1)
        if len(calls) != 2:
            orig(self, **fields)

    monkeypatch.setattr(SegmentWriter, "add_document", loses_one)
    folder = IndexFolder(tmp_path / "index")
    docs = [{"uid": f"case:{i}", "rtype": "case", "title": f"title {i}", "body": "body"} for i in range(3)]
    with pytest.raises(IndexProblem, match="lost documents"):
        folder.rebuild([docs], 3, 0)
    assert folder.marker() is None


def test_updates_and_deletes_are_seen_through_pooled_readers(writer, service):
    cids = [writer.case(f"case {i}", f"common words number{i}") for i in range(5)]
    service.sync()
    assert service.search("number3").total == 1
    writer.update_case(cids[3], title="changed", phenomenon="different text")
    service.sync()
    assert service.search("number3").total == 0
    assert service.search("different").total == 1
    assert service.search("common").total == 4
    writer.delete_case(cids[0])
    service.sync()
    assert service.search("common").total == 3
    assert service.match("common words number1").cases[0].record_id == cids[1]


def test_surfaces_of_wanted_terms_equal_the_full_pass():
    from kbdesk.search.explain import surfaces

    texts = [
        "NameNode crashes: java.lang.NullPointerException at FSNamesystem.getBlockLocations, namenode down",
        "blk_update_request: I/O error, dev sda; request queue stalled 200ms",
        "应用连接数据库超时 ORA-12170: TNS:Connect timeout occurred，连接 RDS 实例 rm-bp1xyz 超时",
    ]
    for text in texts:
        full = surfaces(text)
        wanted = [*list(full)[::2], "absent", "zzz"]
        assert surfaces(text, wanted) == {t: full[t] for t in wanted if t in full}


def test_document_frequencies_follow_new_segments(service, writer):
    writer.case("first zqxdf case", "zqxdf once")
    service.sync()
    with service._read_lock:
        assert service.scorer().df("body", "zqxdf") == 1
    writer.case("second", "zqxdf again")
    service.sync()
    with service._read_lock:
        sc = service.scorer()
        assert sc.df("body", "zqxdf") == 2 == sc.searcher.doc_frequency("body", "zqxdf")
