"""Learning from the team's links and dismissals (issue 11 point 5).

A real archive (SQLite) and a real Whoosh index in tmp_path; feedback is
recorded through the services, as the app and the CLI record it.
"""

from __future__ import annotations

import pytest

from kbdesk.services import Services
from kbdesk.services.integrity import check_archive
from kbdesk.services.match_feedback import MatchFeedbackService
from kbdesk.storage.archive import Archive
from kbdesk.transfer.jsonl import export_jsonl, import_jsonl

KAFKA = ("Kafka consumer group keeps rebalancing, CommitFailedException",
         "The consumer group rebalances every few minutes; the log shows CommitFailedException: "
         "Commit cannot be completed since the group has already rebalanced. max.poll.interval.ms "
         "is 300000 and the poll loop processes slow batches.")
QUERY = ("Consumer group rebalancing again and again with CommitFailedException\n"
         "Our Kafka consumers log CommitFailedException after a rebalance; the poll loop is slow "
         "and max.poll.interval.ms is exceeded.")
FILLERS = [
    ("磁盘写满导致服务不可用", "写文件失败 No space left on device，/var/log 占用 100%"),
    ("Nginx 502 Bad Gateway", "upstream prematurely closed connection while reading response header"),
    ("RDS 连接数打满", "ERROR 1040 (HY000): Too many connections"),
    ("Redis 主从延迟", "replica lag grows during peak hours, -READONLY errors on failover"),
]


@pytest.fixture
def svc(archive):
    return Services(archive, actor="alice")


@pytest.fixture
def team(svc):
    return MatchFeedbackService(svc)


@pytest.fixture
def records(svc, service):
    cust = svc.create("customer", {"name": "ACME"})["id"]

    def case(title, text, status="closed", resolution=""):
        return svc.create("case", {"customer_id": cust, "title": title, "phenomenon": text,
                                   "category": "operation_error", "severity": "medium",
                                   "status": status, "resolution": resolution})

    ids = {"a": case(*KAFKA, resolution="lowered max.poll.records")}
    # The same fault, written by another engineer in other words: shares no term with the query.
    ids["b"] = case("订单消息被重复消费", "下单服务的消息被处理了两次，队列消费端反复重新分配分区，订单重复", resolution="调小单批拉取条数")
    for n, (title, text) in enumerate(FILLERS):
        ids[f"filler{n}"] = case(title, text)
    ids["fix_b"] = svc.create("article", {"title": "分区重新分配时的幂等处理", "body": "消费端按订单号去重"})
    service.sync()
    return {k: v["id"] if isinstance(v, dict) else v for k, v in ids.items()} | {
        "number_a": ids["a"]["number"], "number_b": ids["b"]["number"]}


def reasons_of(hits, rid, kind):
    return [r for h in hits if h.record_id == rid for r in h.reasons if r["kind"] == kind]


def test_a_confirmed_partner_brings_its_partner_and_its_solution_with_true_reasons(
        records, team, svc, service, archive):
    plain = service.match(QUERY)
    assert plain.cases[0].record_id == records["a"]
    assert records["b"] not in [h.record_id for h in plain.cases]  # nothing in common with the text
    assert records["fix_b"] not in [h.record_id for h in plain.articles]

    team.confirm(records["a"], ("case", records["b"]))  # alice: the same fault
    team.confirm(records["b"], ("article", records["fix_b"]))  # alice: this article solved B
    learned = service.match(QUERY, feedback=team.view(text=QUERY))

    ids = [h.record_id for h in learned.cases]
    assert ids[0] == records["a"] and records["b"] in ids
    (why,) = reasons_of(learned.cases, records["b"], "confirmed_same_fault")
    assert why["case_id"] == records["a"] and why["case"] == records["number_a"] and why["by"] == "alice"
    # true: the link exists, and A itself was matched by the text
    links = svc.links_of("case", records["a"])
    assert any(lk["relation"] == "duplicate_of" and records["b"] in (lk["source_id"], lk["target_id"])
               for lk in links)
    assert reasons_of(learned.cases, records["a"], "shared_terms")
    # B's solution comes with it, saying which similar case it solved
    (sol,) = reasons_of(learned.articles, records["fix_b"], "solved_similar")
    assert sol["count"] == 1 and sol["case_ids"] == [records["b"]] and sol["cases"] == [records["number_b"]]
    # the plain match is unchanged by recorded feedback when none is passed
    again = service.match(QUERY)
    assert [h.record_id for h in again.cases] == [h.record_id for h in plain.cases]
    assert all(not reasons_of(again.cases, h.record_id, "confirmed_same_fault") for h in again.cases)


def shown_ids(hits) -> list[str]:
    """The records a result shows: each hit and the near-duplicates folded under it."""
    return [r for h in hits for r in (h.record_id, *(m.record_id for m in h.similar))]


def test_a_dismissed_pair_drops_for_that_case_only(records, team, svc, service):
    q1 = svc.create("case", {"customer_id": svc.list("customer")[0]["id"], "title": QUERY.splitlines()[0],
                             "phenomenon": QUERY, "category": "operation_error", "severity": "low"})["id"]
    q2 = svc.create("case", {"customer_id": svc.list("customer")[0]["id"], "title": KAFKA[0] + " again",
                             "phenomenon": KAFKA[1], "category": "operation_error", "severity": "low"})["id"]
    service.sync()
    for q in (q1, q2):
        assert records["a"] in shown_ids(service.match(case_id=q).cases)

    team.dismiss(("case", records["a"]), case_id=q1)
    shown = lambda q: shown_ids(service.match(case_id=q, feedback=team.view(case_id=q)).cases)  # noqa: E731
    assert records["a"] not in shown(q1)
    assert records["a"] in shown(q2)
    # a pasted text has its own dismissals: the same words, however spaced, are the same query
    team.dismiss(("case", records["a"]), text=QUERY)
    assert records["a"] not in shown_ids(service.match(
        QUERY, feedback=team.view(text="  " + QUERY.upper().replace(" ", "   "))).cases)
    assert records["a"] in shown_ids(service.match(
        KAFKA[0] + "\n" + KAFKA[1], feedback=team.view(text=KAFKA[0] + "\n" + KAFKA[1])).cases)


def test_a_solution_that_solved_many_similar_cases_ranks_above_one_that_solved_none(
        records, team, svc, service):
    cust = svc.list("customer")[0]["id"]
    similar = [svc.create("case", {"customer_id": cust, "title": f"{KAFKA[0]} ({n})", "phenomenon": KAFKA[1],
                                   "category": "operation_error", "severity": "low", "status": "closed"})["id"]
               for n in range(3)]
    # two articles alike in every word: the matcher cannot tell them apart
    body = "Consumers rebalance when the poll loop exceeds max.poll.interval.ms; CommitFailedException follows."
    s1 = svc.create("article", {"title": "Consumer rebalancing", "body": body})["id"]
    s2 = svc.create("article", {"title": "Consumer rebalancing", "body": body})["id"]
    service.sync()
    plain = {h.record_id: h.score for h in service.match(QUERY, group_similar=False).articles}
    assert plain[s1] == plain[s2]

    for c in similar:
        team.confirm(c, ("article", s1))
    # the two identical articles are one answer when grouped: rank them apart here
    result = service.match(QUERY, feedback=team.view(text=QUERY), group_similar=False)
    learned = result.articles
    order = [h.record_id for h in learned]
    assert order.index(s1) < order.index(s2)
    assert learned[order.index(s1)].score > learned[order.index(s2)].score
    (why,) = reasons_of(learned, s1, "solved_similar")
    assert why["count"] == 3 and set(why["case_ids"]) == set(similar)
    assert set(why["case_ids"]) <= {h.record_id for h in result.cases}  # each counted case is shown
    few = service.match(QUERY, limit=2, feedback=team.view(text=QUERY), group_similar=False)
    (why,) = reasons_of(few.articles, s1, "solved_similar")
    assert set(why["case_ids"]) <= {h.record_id for h in few.cases} and why["count"] <= 2
    assert not reasons_of(learned, s2, "solved_similar")


def test_feedback_survives_export_import_and_a_reindex(records, team, svc, service, tmp_path):
    team.confirm(records["a"], ("case", records["b"]))
    team.dismiss(("case", records["filler0"]), case_id=records["a"])
    team.dismiss(("article", records["fix_b"]), text=QUERY)
    assert check_archive(svc.archive).ok

    service.rebuild()  # the feedback lives in the database, not in the index
    after = service.match(QUERY, feedback=team.view(text=QUERY))
    assert reasons_of(after.cases, records["b"], "confirmed_same_fault")

    export_jsonl(svc.archive, tmp_path / "out.jsonl")
    copy = Archive.create(tmp_path / "copy")
    try:
        import_jsonl(copy, tmp_path / "out.jsonl")
        theirs = MatchFeedbackService(Services(copy, actor="bob"))
        key = lambda e: (e.id, e.kind, e.case_id, e.target_type, e.target_id, e.actor, e.made_link)  # noqa: E731
        assert sorted(map(key, theirs.entries())) == sorted(map(key, team.entries()))
        assert len(theirs.entries()) == 3
        assert theirs.view(case_id=records["a"]) == team.view(case_id=records["a"])
        assert theirs.view(text=QUERY).dismissed == {("article", records["fix_b"])}
        assert check_archive(copy).ok
    finally:
        copy.close()


def test_undo_takes_a_confirmation_and_its_link_back_and_brings_a_dismissed_one_back(
        records, team, svc, service):
    made = team.confirm(records["a"], ("case", records["b"]))
    assert made["made_link"] and svc.get("link", made["link_id"])["relation"] == "duplicate_of"
    team.undo(made["id"])
    assert svc.links_of("case", records["a"]) == []
    assert team.entries() == []
    learned = service.match(QUERY, feedback=team.view(text=QUERY))
    assert records["b"] not in [h.record_id for h in learned.cases]
    audit = {(e["record_type"], e["action"]) for e in svc.list("audit") if e["actor"] == "alice"}
    assert {("match_feedback", "create"), ("match_feedback", "delete"), ("link", "create"),
            ("link", "delete")} <= audit

    gone = team.dismiss(("case", records["a"]), text=QUERY)
    assert records["a"] not in [h.record_id for h in service.match(QUERY, feedback=team.view(text=QUERY)).cases]
    team.undo(gone["id"])
    assert records["a"] in [h.record_id for h in service.match(QUERY, feedback=team.view(text=QUERY)).cases]


def test_confirming_an_existing_link_keeps_the_link_on_undo(records, team, svc):
    link = svc.link(("case", records["a"]), ("case", records["b"]), "related")
    made = team.confirm(records["b"], ("case", records["a"]))
    assert made["link_id"] == link["id"] and not made["made_link"]
    assert team.confirm(records["b"], ("case", records["a"]))["id"] == made["id"]  # said once
    team.undo(made["id"])
    assert svc.get("link", link["id"])
    assert team.entries() == []
