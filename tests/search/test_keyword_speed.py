"""Behaviour the keyword path re-implements for speed (issue 11 point 7):
"did you mean" from cached per-segment vocabularies, facets over all matches."""

from __future__ import annotations

from whoosh.support.levenshtein import damerau_levenshtein

from kbdesk.search.spelling import Vocabulary


def found(result):
    return {h.record_id for h in result.hits}


def test_suggestions_follow_new_segments(writer, service):
    writer.case("Kafka broker restarts", "the broker restarts every hour")
    service.sync()
    assert service.search("zorbax").corrections == {}
    writer.case("zorbag cluster", "zorbag nodes were lost")  # a new segment
    service.sync()
    r = service.search("zorbax")
    assert r.corrections == {"zorbax": "zorbag"} and r.suggestion == "zorbag"


def test_suggestion_prefers_the_more_frequent_term(writer, service):
    writer.case("brokel one", "brokel")
    for _ in range(3):
        writer.case("broken disk", "the disk is broken")
    service.sync()
    # "brokem": both "brokel" and "broken" are one edit away; "broken" is in more records
    assert service.search("brokem").corrections == {"brokem": "broken"}


def test_an_identifier_found_whole_gets_no_suggestion(writer, service):
    a = writer.case("CedeActive hangs", "the failover step CedeActive never returns")
    writer.case("cedearts", "cedearts everywhere")  # one edit from the stem "cedeact"
    service.sync()
    r = service.search("CedeActive")
    assert found(r) == {a}
    assert r.corrections == {}


def test_vocabulary_candidates_are_whoosh_terms_within(writer, service):
    for word in ("timeout", "timeouts", "timer", "tomato", "timid", "times", "tim", "timoeut"):
        writer.case(f"{word} case", word)
    service.sync()
    vocab = Vocabulary()
    with service._read_lock:
        searcher = service._current_searcher()
        reader = searcher.reader()
        for term, dist in (("timout", 1), ("timout", 2), ("timeuot", 2), ("tmer", 1)):
            expected = sorted(reader.terms_within("body", term, dist, prefix=1))
            assert vocab.within(searcher, "body", term, dist) == expected
            assert expected == sorted(
                w.decode() if isinstance(w, bytes) else w
                for w in reader.lexicon("body")
                if (w.decode() if isinstance(w, bytes) else w)[:1] == term[:1]
                and damerau_levenshtein(w.decode() if isinstance(w, bytes) else w, term) <= dist
            )


def test_facets_count_all_matches_not_the_page(writer, service):
    expected = {"high": 0, "medium": 0, "low": 0}
    ids = []
    for i in range(30):
        sev = ("high", "medium", "low")[i % 3]
        expected[sev] += 1
        ids.append(writer.case(f"disk full {i}", "disk full on node", severity=sev, customer=f"cust{i % 2}"))
        if i % 10 == 9:
            service.sync()  # several segments
    writer.article("disk full runbook article", "disk full: free space")
    service.sync()
    r = service.search("disk full", limit=2)
    assert len(r.hits) == 2 and r.total == 31
    assert r.facets["severity"] == expected
    assert r.facets["type"] == {"case": 30, "article": 1}
    assert r.facets["customer"] == {"cust0": 15, "cust1": 15}
    # deleted and updated records count once, as they are now
    writer.delete_case(ids[0])  # high
    writer.update_case(ids[1], severity="high")  # medium → high
    service.sync()
    r = service.search("disk full", limit=2)
    assert r.total == 30
    assert r.facets["severity"] == {"high": 10, "medium": 9, "low": 10}
    assert service.search("disk full", limit=2, offset=28).facets == r.facets


def test_phrases_are_verified_like_whoosh(writer, service):
    from whoosh import query as Q

    from kbdesk.search import docsets

    texts = [
        "name node crash",
        "node name crash",
        "name the node crash",  # a stop word leaves no gap
        "name big fat node",
        "name a b c d e f node",
        "crash crash name node name node",
        "map join oper map join oper",
    ]
    for t in texts:
        writer.case(t, t)
        service.sync()  # one segment each
    with service._read_lock:
        sc = service.scorer()
        every = set(range(sc.searcher.doc_count_all()))
        assert len(sc.leaves) > 1
        for docs in (every, set(), {0}, {max(every)}, set(range(1, max(every), 2))):
            assert docsets.split_by_leaf(sc, docs) == sc.split_by_leaf(docs)
        for words, slop in (
            (["name", "node"], 1),
            (["node", "name"], 1),
            (["name", "node"], 3),
            (["name", "node", "crash"], 5),
            (["map", "join", "oper", "map"], 1),
            (["map", "map"], 3),
            (["crash", "crash"], 1),
            (["name", "nosuchword"], 5),
        ):
            for field in ("title", "body"):
                q = Q.Phrase(field, words, slop=slop)
                assert docsets._verify(sc, q, every) == docsets._verify_whoosh(sc, q, every), (words, slop)
    assert {h.title for h in service.search('"name node"').hits} == {
        "name node crash",
        "name the node crash",
        "crash crash name node name node",
    }


def test_pruned_ranking_is_exhaustive_ranking(writer, service, monkeypatch):
    from kbdesk.search import docsets
    from kbdesk.search.querylang import Parser

    for i in range(120):
        title = "kafka lag" if i % 7 == 0 else f"consumer {i}"
        writer.case(title, "kafka " * (1 + i % 5) + "lag " * (i % 3 + 1) + f"filler words {i}")
    service.sync()
    calls = []
    split = docsets.split_by_leaf
    monkeypatch.setattr(docsets, "split_by_leaf", lambda sc, d: calls.append(len(d)) or split(sc, d))
    with service._read_lock:
        sc = service.scorer()
        for text in ("kafka lag", "kafka", "lag consumer"):
            p = Parser(lambda f: []).parse(text)
            matched = docsets.matching_docs(sc, p.query)
            for n in (1, 5, 20):
                calls.clear()
                monkeypatch.setattr(docsets, "MAX_PRUNE_CHECKS", 2)
                pruned = docsets.rank(sc, p.query, matched, n)
                pruned_calls = len(calls)
                monkeypatch.setattr(docsets, "MAX_PRUNE_CHECKS", 0)
                assert pruned == docsets.rank(sc, p.query, matched, n)
                if text == "kafka lag" and n == 1:
                    assert pruned_calls > 1  # the survivors were split again: pruning happened
