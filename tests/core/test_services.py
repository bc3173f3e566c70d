from datetime import date

import pytest
from sqlalchemy import select

from kbdesk.errors import NotFoundError, ReferencedError, ValidationError
from kbdesk.storage.models import IndexQueueItem
from kbdesk.storage.registry import RECORD_TYPES

from .sample import at, fill

pytestmark = pytest.mark.both_engines


def test_every_record_type_can_be_created_and_read(services, tmp_path):
    ids = fill(services, tmp_path)
    for rtype in RECORD_TYPES:
        if rtype in ("audit", "article_version", "category"):
            continue
        assert services.count(rtype) >= 1, rtype
    assert services.get("case", ids["case"])["title"].startswith("RDS MySQL")
    assert services.find_case("CS-2026-0001")["id"] == ids["case"]
    assert services.count("audit") > 20


def test_required_fields_and_allowed_values_are_explained(services):
    with pytest.raises(ValidationError) as err:
        services.create("case", {"title": " ", "severity": "huge", "reported_at": "yesterday"})
    problems = err.value.problems
    assert problems["title"] == "must not be empty"
    assert "not one of critical" in problems["severity"]
    assert "2026-03-12T09:41:00+08:00" in problems["reported_at"]
    assert problems["customer_id"] == "is required"
    assert problems["category"] == "is required"


def test_references_must_exist(services):
    with pytest.raises(ValidationError) as err:
        services.create("case", {"customer_id": "nobody", "title": "t", "category": "os_problem",
                                 "severity": "low"})
    assert err.value.problems == {"customer_id": "no customer with id 'nobody'"}


def test_dates_need_time_zones_and_scores_ranges(services, tmp_path):
    ids = fill(services, tmp_path)
    with pytest.raises(ValidationError) as err:
        services.create("survey", {"customer_id": ids["customer"], "date": date(2026, 1, 1),
                                   "attitude": 6, "business": 0, "technical": True})
    assert "between 1 and 5" in err.value.problems["attitude"]
    assert "whole number" in err.value.problems["technical"]
    with pytest.raises(ValidationError) as err:
        services.update("case", ids["case"], {"reported_at": "2026-03-01T10:00:00"})
    assert "time zone" in err.value.problems["reported_at"]


def test_update_writes_old_and_new_values_to_the_audit_trail(services, tmp_path):
    ids = fill(services, tmp_path)
    services.update("case", ids["case"], {"severity": "critical", "owner": "李强"})
    trail = services.list("audit", where={"record_type": "case", "record_id": ids["case"]},
                          order_by="at")
    assert [e["action"] for e in trail] == ["create", "update"]
    assert trail[-1]["changes"] == {"severity": ["urgent", "critical"], "owner": ["", "李强"]}
    # A team archive records who logged in (the test server's superuser), not the typed name.
    assert trail[-1]["actor"] == (services.archive.db_user or "tester")


def test_unchanged_update_writes_nothing(services, tmp_path):
    ids = fill(services, tmp_path)
    before = services.count("audit")
    services.update("case", ids["case"], {"severity": "urgent"})
    assert services.count("audit") == before


def test_delete_is_refused_while_referenced_and_says_by_what(services, tmp_path):
    ids = fill(services, tmp_path)
    with pytest.raises(ReferencedError) as err:
        services.delete("customer", ids["customer"])
    assert "2 case" in str(err.value)
    assert services.get("customer", ids["customer"])


def test_delete_cascades_children_and_reports_them(services, tmp_path, archive):
    ids = fill(services, tmp_path)
    result = services.delete("case", ids["case"])
    assert result.cascaded == {"timeline": 1, "escalation": 1, "notification": 1, "confirmation": 1,
                               "link": 1, "attachment": 1, "match_feedback": 1}
    assert result.unlinked == {"complaint": 1, "survey": 1}
    assert services.get("complaint", ids["complaint"])["case_id"] is None
    with pytest.raises(NotFoundError):
        services.get("timeline", ids["timeline"])
    deleted = services.list("audit", where={"action": "delete"})
    assert {e["record_type"] for e in deleted} >= {"case", "timeline", "escalation", "link"}
    with archive.read_session() as s:
        ops = s.execute(select(IndexQueueItem.record_type, IndexQueueItem.op)
                        .where(IndexQueueItem.record_id == ids["case"])).all()
    assert ("case", "delete") in ops


def test_every_indexable_write_is_queued_for_the_index(services, tmp_path, archive):
    ids = fill(services, tmp_path)
    with archive.read_session() as s:
        queued = {(q.record_type, q.record_id) for q in s.scalars(select(IndexQueueItem))}
    assert ("case", ids["case"]) in queued
    assert ("runbook", ids["runbook"]) in queued  # also via its step
    assert ("material", ids["material"]) in queued
    assert not any(t == "customer" for t, _ in queued)


def test_article_edits_keep_every_version(services):
    art = services.create("article", {"title": "v1", "body": "a"})
    services.update("article", art["id"], {"body": "b"})
    services.update("article", art["id"], {"title": "v3"})
    services.update("article", art["id"], {"author": "x"})  # not content: no new version
    versions = services.article_versions(art["id"])
    assert [(v["version"], v["title"], v["body"]) for v in versions] == [
        (1, "v1", "a"), (2, "v1", "b"), (3, "v3", "b")]
    assert services.get("article", art["id"])["version"] == 3


def test_article_from_solved_case(services, tmp_path):
    ids = fill(services, tmp_path)
    art = services.article_from_case(ids["case"])
    assert art["source_case_id"] == ids["case"]
    assert "max_connections" in art["body"] and "ERROR 1040" in art["body"]
    with pytest.raises(ValidationError):
        services.article_from_case(ids["case2"])  # no resolution yet


def test_attachments_are_stored_once_per_content(services, tmp_path, archive):
    ids = fill(services, tmp_path)
    a1 = services.get("attachment", ids["attachment"])
    a2 = services.get("attachment", ids["attachment2"])
    assert a1["sha256"] == a2["sha256"]
    assert len(archive.blobs.all_hashes()) == 1
    assert services.attachment_path(ids["attachment"]).read_bytes().startswith(b"\x89PNG")
    with pytest.raises(ValidationError):
        services.attach_file("case", ids["case"], tmp_path / "missing.log")


def test_links_both_ways_and_not_to_itself(services, tmp_path):
    ids = fill(services, tmp_path)
    services.link(("case", ids["case2"]), ("case", ids["case"]), "duplicate_of")
    assert len(services.links_of("case", ids["case"])) == 2
    with pytest.raises(ValidationError):
        services.link(("case", ids["case"]), ("case", ids["case"]))
    with pytest.raises(ValidationError) as err:
        services.link(("case", ids["case"]), ("runbook", "missing"))
    assert "no runbook" in err.value.problems["target_id"]


def test_case_numbers_follow_the_year(services, tmp_path):
    ids = fill(services, tmp_path)
    c = services.create("case", {"customer_id": ids["customer"], "title": "t", "category": "os_problem",
                                 "severity": "low", "reported_at": at(20)})
    assert c["number"] == "CS-2026-0003"


def test_audit_trail_is_read_only(services, tmp_path):
    fill(services, tmp_path)
    entry = services.list("audit", limit=1)[0]
    with pytest.raises(ValidationError):
        services.delete("audit", entry["id"])


def test_change_broadcast_reports_what_changed(services, tmp_path):
    seen = []
    services.hub.subscribe(lambda cs: seen.append(sorted((c.record_type, c.ids, c.kind) for c in cs.changes)))
    cust = services.create("customer", {"name": "X"})
    services.delete("customer", cust["id"])
    assert seen == [[("customer", (cust["id"],), "created")], [("customer", (cust["id"],), "deleted")]]


def test_case_status_changes_only_through_the_workflow(services, tmp_path):
    from kbdesk.services.workflow import CaseWorkflow

    ids = fill(services, tmp_path)
    with pytest.raises(ValidationError) as err:
        services.update("case", ids["case2"], {"status": "closed"})
    assert "case workflow" in err.value.problems["status"]
    assert services.get("case", ids["case2"])["status"] == "reported"
    CaseWorkflow(services).transition(ids["case2"], "pre_assessment", note="looking")
    assert services.get("case", ids["case2"])["status"] == "pre_assessment"
    entry = services.timeline_of(ids["case2"])[-1]
    assert (entry["from_status"], entry["to_status"]) == ("reported", "pre_assessment")
