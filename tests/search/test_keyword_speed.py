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
