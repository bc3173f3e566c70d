"""The one write path (services/unit_of_work.py): every write, single or bulk,
leaves exactly its rows, one audit entry per changed record and its index
outbox rows, or nothing at all; and returns the change set of what it wrote."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from core.sample import at, fill
from kbdesk.errors import ImportRejected, ValidationError
from kbdesk.services import ChangeKind, Services
from kbdesk.services.policies import POLICIES, RecordPolicy, policy_for
from kbdesk.services.workflow import CaseWorkflow
from kbdesk.storage import models as m
from kbdesk.storage.registry import RECORD_TYPES
from kbdesk.transfer.batch import Cancelled
from kbdesk.transfer.jsonl import import_jsonl

HEADER = {"kbdesk": "export", "format": 1, "schema": 2}


def bookkeeping(archive) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Every audit entry (type, id, action) and outbox row (type, id, op), in order written."""
    with archive.read_session() as s:
        audit = [(a.record_type, a.record_id, a.action)
                 for a in s.scalars(select(m.AuditEntry).order_by(m.AuditEntry.at, m.AuditEntry.id))]
        outbox = [(q.record_type, q.record_id, q.op)
                  for q in s.scalars(select(m.IndexQueueItem).order_by(m.IndexQueueItem.seq))]
    return audit, outbox


def new_bookkeeping(archive, before):
    audit, outbox = bookkeeping(archive)
    old_audit, old_outbox = before
    assert audit[:len(old_audit)] == old_audit and outbox[:len(old_outbox)] == old_outbox
    return audit[len(old_audit):], outbox[len(old_outbox):]


def counts(archive) -> dict[str, int]:
    with archive.read_session() as s:
        out = {t: s.scalar(select(func.count()).select_from(model)) or 0 for t, model in RECORD_TYPES.items()}
        out["outbox"] = s.scalar(select(func.count()).select_from(m.IndexQueueItem)) or 0
    return out


def write_file(path, records):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(HEADER) + "\n")
        for rtype, data in records:
            fh.write(json.dumps({"type": rtype, "data": data}, ensure_ascii=False, default=str) + "\n")
        fh.write(json.dumps({"kbdesk": "end", "records": len(records), "blobs": 0}) + "\n")


@pytest.fixture
def ids(services, tmp_path):
    return fill(services, tmp_path)


def new_case(customer_id, **extra):
    return {"customer_id": customer_id, "title": "磁盘满", "category": "os_problem", "severity": "low",
            "reported_at": at(20), **extra}


# --- one audit entry and one outbox row per changed record ------------------------


def test_a_single_create_update_and_delete_each_audit_and_queue_their_record(services, archive, ids):
    before = bookkeeping(archive)
    saved = services.save("case", new_case(ids["customer"]))
    case_id = saved.record["id"]
    saved2 = services.save("case", {"title": "磁盘写满"}, case_id)
    result = services.delete("case", case_id)
    audit, outbox = new_bookkeeping(archive, before)
    assert audit == [("case", case_id, "create"), ("case", case_id, "update"), ("case", case_id, "delete")]
    assert outbox == [("case", case_id, "upsert"), ("case", case_id, "upsert"), ("case", case_id, "delete")]
    assert [(c.record_type, c.ids, c.kind) for c in saved.changes.changes] == [
        ("case", (case_id,), ChangeKind.CREATED)]
    assert saved2.changes.changes[0].fields == {"title"}
    assert saved2.changes.actor == (services.archive.db_user or "tester")
    assert [(c.record_type, c.kind) for c in result.changes.changes] == [("case", ChangeKind.DELETED)]


def test_an_update_that_changes_nothing_writes_nothing(services, archive, ids):
    before = bookkeeping(archive)
    case = services.get("case", ids["case2"])
    saved = services.save("case", {"title": case["title"]}, ids["case2"])
    assert new_bookkeeping(archive, before) == ([], [])
    assert not saved.changes


def test_a_workflow_move_audits_the_case_and_its_timeline_entry_once_each(services, archive, ids):
    before = bookkeeping(archive)
    CaseWorkflow(services).transition(ids["case2"], "pre_assessment", note="看一下")
    audit, outbox = new_bookkeeping(archive, before)
    entry = services.timeline_of(ids["case2"])[-1]
    assert audit == [("case", ids["case2"], "update"), ("timeline", entry["id"], "create")]
    # the case's own row, and the case again for its timeline (its document carries the timeline)
    assert outbox == [("case", ids["case2"], "upsert"), ("case", ids["case2"], "upsert")]
    with archive.read_session() as s:
        diff = s.scalars(select(m.AuditEntry).where(m.AuditEntry.record_type == "case")
                         .order_by(m.AuditEntry.at.desc())).first().changes
    assert diff["status"] == ["reported", "pre_assessment"] and "updated_at" not in diff


def test_a_workflow_change_set_names_what_it_wrote(services, ids):
    seen = []
    services.hub.subscribe(seen.append)
    CaseWorkflow(services.for_origin("case-panel")).assign(ids["case2"], "李强")
    (changes,) = seen
    assert changes.origin == "case-panel" and changes.actor == (services.archive.db_user or "tester")
    assert changes.ids("case") == {ids["case2"]} and changes.kinds("timeline") == {ChangeKind.CREATED}
    assert changes.touches("case", ids["case2"]) and not changes.touches("case", ids["case"])


def test_a_bulk_import_audits_and_queues_every_record_once(services, archive, ids, tmp_path):
    records = [("case", new_case(ids["customer"], id=f"imp-{i}")) for i in range(30)]
    write_file(tmp_path / "cases.jsonl", records)
    before = bookkeeping(archive)
    report = import_jsonl(archive, tmp_path / "cases.jsonl", actor="importer")
    audit, outbox = new_bookkeeping(archive, before)
    wanted = [f"imp-{i}" for i in range(30)]
    assert sorted(audit) == sorted(("case", i, "import") for i in wanted)  # one instant: order by id
    assert outbox == [("case", i, "upsert") for i in wanted]
    assert [(c.record_type, c.ids, c.kind) for c in report.changes.changes] == [
        ("case", tuple(wanted), ChangeKind.CREATED)]
    assert report.changes.actor == (services.archive.db_user or "importer") and report.changes.origin == "import"


def test_runbook_drafts_write_through_the_unit_of_work(services, archive):
    from kbdesk.services.runbooks import save_runbook_draft
    from kbdesk.transfer.runbook_markdown import parse_runbook_markdown

    draft = parse_runbook_markdown("# 恢复\n\n1. 停止写入\n2. 切换主备\n", "rb.md")
    before = bookkeeping(archive)
    runbook = save_runbook_draft(services, draft)
    audit, outbox = new_bookkeeping(archive, before)
    assert [a[0] for a in audit] == ["runbook", "runbook_step", "runbook_step"]
    assert outbox == [("runbook", runbook["id"], "upsert")] * 3


# --- a failure leaves nothing -------------------------------------------------------


def test_a_failure_after_the_first_record_keeps_nothing(services, archive, ids):
    before = counts(archive)
    with pytest.raises(ValidationError):
        services.create_all([("case", new_case(ids["customer"])),
                             ("customer", {"name": "华东某银行"})])  # the name is taken: UNIQUE at flush
    assert counts(archive) == before


def test_an_error_inside_a_unit_of_work_rolls_back_rows_audit_and_outbox(services, archive, ids):
    before = counts(archive)
    published = []
    services.hub.subscribe(published.append)
    with pytest.raises(RuntimeError), services.unit_of_work() as uow:
        uow.create("customer", {"name": "新客户"})
        uow.update("case", ids["case2"], {"title": "改过"})
        raise RuntimeError("the disk went away")
    assert counts(archive) == before
    assert services.get("case", ids["case2"])["title"] != "改过"
    assert published == []  # nothing committed, nothing broadcast


def test_a_workflow_step_refused_halfway_keeps_nothing(services, archive, ids):
    wf = CaseWorkflow(services)
    case = services.create("case", new_case(ids["customer"]))
    wf.transition(case["id"], "handling", at=at(21))
    before = counts(archive)
    # The escalation row is written first; the status move then refuses a time
    # before the last status change: the escalation must go too.
    with pytest.raises(ValidationError) as err:
        wf.escalate(case["id"], "duty_lead", "升级", at=at(21) - timedelta(minutes=5))
    assert "before the last status change" in err.value.problems["at"]
    assert counts(archive) == before


def test_a_cancelled_import_keeps_nothing(services, archive, tmp_path):
    customers = [("customer", {"id": f"c-{i}", "name": f"客户{i:05d}"}) for i in range(5200)]
    write_file(tmp_path / "many.jsonl", customers)
    before = counts(archive)
    asked = []

    def cancel() -> bool:  # yes from the second chunk on: the first 5000 are already inserted
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(Cancelled):
        import_jsonl(archive, tmp_path / "many.jsonl", cancel=cancel)
    assert len(asked) >= 2
    assert counts(archive) == before


def test_a_refused_import_keeps_nothing(services, archive, ids, tmp_path):
    write_file(tmp_path / "bad.jsonl", [("case", new_case(ids["customer"], id="ok-1")),
                                        ("case", new_case("no-such-customer", id="bad-1"))])
    before = counts(archive)
    with pytest.raises(ImportRejected):
        import_jsonl(archive, tmp_path / "bad.jsonl")
    assert counts(archive) == before


# --- one numbering, one article snapshot ------------------------------------------


def _numbered_archive(services, customer_id):
    """CS-2026-0001 … 0003 with 0002 deleted (a gap), and a 2025 case."""
    made = [services.create("case", new_case(customer_id)) for _ in range(3)]
    services.delete("case", made[1]["id"])
    services.create("case", new_case(customer_id, reported_at=at(20) - timedelta(days=365)))
    return [c["number"] for c in made]


def test_single_saves_and_imports_number_cases_alike(tmp_path):
    from kbdesk.storage.archive import Archive

    single = Archive.create(tmp_path / "single")
    bulk = Archive.create(tmp_path / "bulk")
    try:
        for archive in (single, bulk):
            services = Services(archive, "t")
            cust = services.create("customer", {"id": "cust", "name": "客户"})
            assert _numbered_archive(services, cust["id"])[-1] == "CS-2026-0003"
        services = Services(single, "t")
        by_save = [services.create("case", new_case("cust"))["number"] for _ in range(2)]
        by_save.append(services.create("case", new_case("cust", reported_at=at(20) - timedelta(days=365)))["number"])
        write_file(tmp_path / "two.jsonl", [("case", new_case("cust", id="n-1")), ("case", new_case("cust", id="n-2")),
                                            ("case", {**new_case("cust", id="n-3"),
                                                      "reported_at": (at(20) - timedelta(days=365)).isoformat()})])
        import_jsonl(bulk, tmp_path / "two.jsonl")
        by_import = [Services(bulk, "t").get("case", f"n-{i}")["number"] for i in (1, 2, 3)]
    finally:
        single.close()
        bulk.close()
    # The deleted number is never given again, in either path.
    assert by_save == by_import == ["CS-2026-0004", "CS-2026-0005", "CS-2025-0002"]


def test_numbers_past_9999_keep_counting(services, ids):
    services.create("case", new_case(ids["customer"], number="CS-2026-9999"))
    services.create("case", new_case(ids["customer"], number="CS-2026-10000"))
    assert services.create("case", new_case(ids["customer"]))["number"] == "CS-2026-10001"


def test_an_imported_article_gets_the_snapshot_a_saved_one_gets(services, archive, tmp_path):
    content = {"title": "磁盘满处理", "body": "清理日志", "product": "ECS", "problem": "磁盘满",
               "solution": "清理", "tags": ["disk"], "author": "王敏"}
    saved = services.create("article", content)
    write_file(tmp_path / "art.jsonl", [("article", {**content, "id": "art-imp"})])
    import_jsonl(archive, tmp_path / "art.jsonl", actor="importer")
    (v_saved,) = services.article_versions(saved["id"])
    (v_imported,) = services.article_versions("art-imp")
    keys = ("title", "body", "product", "problem", "solution", "tags", "version")
    assert {k: v_saved[k] for k in keys} == {k: v_imported[k] for k in keys}
    assert v_imported["edited_by"] == "王敏"  # the article's author, as an import always did


# --- every record type says how it is written ------------------------------------------


def test_every_record_type_has_a_write_policy():
    missing = [t for t in RECORD_TYPES if t not in POLICIES]
    assert missing == [], f"record types without a policy in services/policies.py: {missing}"
    assert set(POLICIES) == set(RECORD_TYPES), "a policy for a type that does not exist"
    assert all(isinstance(policy_for(t), RecordPolicy) for t in RECORD_TYPES)


def test_a_type_without_a_policy_cannot_be_written(services, monkeypatch):
    monkeypatch.delitem(POLICIES, "customer")
    with pytest.raises(ValidationError) as err:
        services.create("customer", {"name": "无策略"})
    assert "no write policy" in str(err.value.problems)


def test_history_cannot_be_written_through_services(services, ids):
    entry = services.list("audit", limit=1)[0]
    with pytest.raises(ValidationError):
        services.update("audit", entry["id"], {"actor": "someone else"})


import pytest as _both_engines_pytest  # noqa: E402

pytestmark = _both_engines_pytest.mark.both_engines
