"""Running a runbook: start, mark, resume, finish, the derived outcome and the record."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from kbdesk.errors import ValidationError
from kbdesk.rules.drills import (
    ENDS_BEFORE_START,
    ENDS_OUTSIDE,
    STARTS_OUTSIDE,
    clock_text,
    derive_outcome,
    format_minutes,
    time_problems,
)
from kbdesk.services import Services
from kbdesk.services.drill_runs import DrillRuns, commands_of, step_rows
from kbdesk.storage.archive import Archive

T0 = datetime(2026, 3, 12, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai
CST = timezone(timedelta(hours=8))


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def runbook(services):
    rb = services.create("runbook", {"title": "RDS 时间点恢复", "kind": "recovery"})
    steps = [
        ("停止应用写入", 5), ("创建恢复实例\n\n```\naliyun rds CloneDBInstance --RestoreTime …\n```", 15),
        ("校验数据 `SELECT COUNT(*) FROM orders`", 10), ("切换应用连接", 5),
    ]
    for pos, (action, minutes) in enumerate(steps, 1):
        services.create("runbook_step", {"runbook_id": rb["id"], "position": pos, "action": action,
                                         "expected_result": "OK", "estimated_minutes": minutes})
    return rb


def step_ids(services, rb):
    return [s["id"] for s in services.list("runbook_step", where={"runbook_id": rb["id"]}, order_by="position")]


def test_a_run_is_saved_click_by_click_and_resumes_where_it_stopped(archive, services, runbook):
    runs = DrillRuns(services)
    state = runs.start(runbook["id"], "drill", ["王敏", "李强", "王敏 "], at=T0)
    drill_id = state.drill["id"]
    assert state.running and state.current_index == 0
    assert state.drill["participants"] == ["王敏", "李强"]
    assert state.drill["date"] == date(2026, 3, 12)  # the plan's zone (Shanghai) decides the day
    ids = step_ids(services, runbook)
    runs.mark(drill_id, ids[0], "done", at=at(4))
    runs.mark(drill_id, ids[1], "failed", "克隆超时", at=at(25))

    # A crash: nothing in memory survives; a fresh service on a reopened archive sees the same run.
    root = archive.root
    archive.close()
    again = Archive.open(root)
    try:
        runs2 = DrillRuns(Services(again, actor="tester"))
        assert [d["id"] for d in runs2.unfinished(runbook["id"])] == [drill_id]
        state = runs2.state(drill_id)
        assert state.current_index == 2
        assert state.current_started_at() == at(25)
        assert state.step_elapsed(at(27)) == timedelta(minutes=2)
        assert state.overall_elapsed(at(27)) == timedelta(minutes=27)
        assert state.planned_total() == 35 and state.planned_through_current() == 30
        failed = state.steps[1].result
        assert (failed["status"], failed["ok"], failed["notes"]) == ("failed", False, "克隆超时")
        assert failed["started_at"] == at(4) and failed["ended_at"] == at(25)
        assert failed["planned_minutes"] == 15 and failed["action"].startswith("创建恢复实例")
        runs2.mark(drill_id, ids[2], "skipped", at=at(26))
        runs2.mark(drill_id, ids[3], "done", at=at(30))
        state = runs2.finish(drill_id, at=at(31))
        assert not state.running and state.drill["outcome"] == "failed"
        assert state.drill["ended_at"] == at(31)
        assert runs2.unfinished() == []
        rows = step_rows(state, CST)
        assert [(r.status, r.planned_minutes, format_minutes(r.actual_minutes)) for r in rows] == [
            ("done", 5, "4"), ("failed", 15, "21"), ("skipped", 10, "1"), ("done", 5, "4")]
        assert all(not r.problems for r in rows)
        audit = Services(again, actor="tester").list("audit", where={"record_type": "drill_step"})
        assert len(audit) == 4  # every click is an audited write
    finally:
        again.close()


def test_marking_again_replaces_and_undo_takes_back(services, runbook):
    runs = DrillRuns(services)
    drill_id = runs.start(runbook["id"], at=T0).drill["id"]
    ids = step_ids(services, runbook)
    runs.mark(drill_id, ids[0], "failed", at=at(3))
    state = runs.mark(drill_id, ids[0], "done", "重试成功", at=at(5))
    assert services.count("drill_step", where={"drill_id": drill_id}) == 1
    assert state.steps[0].result["status"] == "done" and state.steps[0].result["ok"] is True
    runs.mark(drill_id, ids[1], "done", at=at(9))
    state = runs.undo_last(drill_id)
    assert state.current_index == 1 and state.marked == 1


def test_finished_runs_refuse_more_marks_and_a_stepless_runbook_cannot_start(services, runbook):
    runs = DrillRuns(services)
    drill_id = runs.start(runbook["id"], at=T0).drill["id"]
    state = runs.finish(drill_id, at=at(2))
    assert state.drill["outcome"] == "partial"  # no step reached
    with pytest.raises(ValidationError, match="already finished"):
        runs.mark(drill_id, step_ids(services, runbook)[0], "done")
    empty = services.create("runbook", {"title": "空", "kind": "backup"})
    with pytest.raises(ValidationError, match="no steps"):
        runs.start(empty["id"])
    with pytest.raises(ValidationError, match="not one of"):
        runs.mark(runs.start(runbook["id"]).drill["id"], step_ids(services, runbook)[0], "maybe")


def test_deviations_participants_and_a_case_link(services, runbook):
    cust = services.create("customer", {"name": "某银行"})
    case = services.create("case", {"customer_id": cust["id"], "title": "订单库误删", "category": "operation_error",
                                    "severity": "high"})
    runs = DrillRuns(services)
    drill_id = runs.start(runbook["id"], "real", case_id=case["id"], at=T0).drill["id"]
    assert services.get("drill", drill_id)["kind"] == "real"
    assert [lk["target_id"] for lk in services.links_of("case", case["id"])] == [drill_id]
    runs.add_deviation(drill_id, "备份文件在另一地域", at=at(3))
    state = runs.add_deviation(drill_id, "DBA 迟到 10 分钟", at=at(12))
    assert state.drill["deviations"] == "09:03 备份文件在另一地域\n09:12 DBA 迟到 10 分钟"
    state = runs.set_participants(drill_id, ["张伟", " ", "李强"])
    assert state.drill["participants"] == ["张伟", "李强"]
    with pytest.raises(ValidationError):
        runs.add_deviation(drill_id, "  ")


def test_derived_outcome():
    assert derive_outcome(["done", "skipped", "done"]) == "success"
    assert derive_outcome(["done", "failed", "done"]) == "failed"
    assert derive_outcome(["done", None]) == "partial"
    assert derive_outcome([]) == "success"


def test_step_times_are_checked_against_the_drill_date(services, runbook):
    drill = services.create("drill", {"runbook_id": runbook["id"], "date": date(2026, 3, 12)})
    base = {"drill_id": drill["id"], "position": 1}
    with pytest.raises(ValidationError) as err:
        services.create("drill_step", {**base, "started_at": at(10), "ended_at": at(5)})
    assert "ends before it starts" in err.value.problems["ended_at"]
    with pytest.raises(ValidationError) as err:  # a typo in the year
        services.create("drill_step", {**base, "started_at": at(10) - timedelta(days=365), "ended_at": at(5)})
    assert "outside the drill's date" in err.value.problems["started_at"]
    # Past midnight is still the drill: the night after its date is allowed.
    ok = services.create("drill_step", {**base, "started_at": at(60 * 20), "ended_at": at(60 * 21)})
    assert ok["status"] == "done" and ok["ok"] is True
    # An older file that only says ok = false is a failed step.
    assert services.update("drill_step", ok["id"], {"ok": False})["status"] == "failed"
    assert services.update("drill_step", ok["id"], {"status": "skipped"})["ok"] is True


def test_time_problems_and_clock_words():
    d = date(2026, 3, 12)
    assert time_problems(d, CST, at(10), at(5)) == [ENDS_BEFORE_START]
    assert time_problems(d, CST, at(0) - timedelta(days=2), at(5)) == [STARTS_OUTSIDE]
    assert time_problems(d, CST, at(0), at(0) + timedelta(days=3)) == [ENDS_OUTSIDE]
    assert time_problems(d, CST, at(0) + timedelta(days=3), None, check_window=False) == []
    assert clock_text(timedelta(seconds=425)) == "07:05"
    assert clock_text(timedelta(hours=1, seconds=129)) == "1:02:09"
    assert clock_text(timedelta(seconds=-5)) == "00:00"
    assert format_minutes(4.54) == "4.5" and format_minutes(None) == "—"


def test_commands_come_from_the_step():
    assert commands_of({"action": "恢复\n```bash\nmysql -e 'select 1'\n```"}) == ["mysql -e 'select 1'"]
    assert commands_of({"action": "执行 `systemctl restart nginx` 并确认"}) == ["systemctl restart nginx"]
    assert commands_of({"action": "通知客户", "commands": ""}) == []
    assert commands_of({"action": "x `ls -l`", "commands": "kubectl get pods"}) == ["kubectl get pods"]


def test_an_older_archive_gains_run_fields_from_its_step_results(tmp_path):
    """Migration 0003: a failed result (ok = 0) becomes status failed; action and estimate are copied."""
    from sqlalchemy import create_engine, text

    from kbdesk.storage.migrations import MIGRATIONS

    root = tmp_path / "old"
    root.mkdir()
    engine = create_engine(f"sqlite:///{root / 'kbdesk.sqlite'}")
    with engine.begin() as c:
        for name, apply in MIGRATIONS[:2]:
            apply(c)
            c.execute(text("INSERT INTO migrations VALUES (:n, '2026-01-01 00:00:00')"), {"n": name})
        c.execute(text("INSERT INTO meta VALUES ('app', 'kbdesk-archive')"))
        c.execute(text("INSERT INTO runbooks (id, title, kind, product, summary, preconditions, linked_systems,"
                       " tags, created_at, updated_at) VALUES ('rb1', '旧预案', 'backup', '', '', '', '[]', '[]',"
                       " '2026-01-01', '2026-01-01')"))
        c.execute(text("INSERT INTO runbook_steps VALUES ('st1', 'rb1', 1, '备份数据库', '', '', 12)"))
        c.execute(text("INSERT INTO drills (id, runbook_id, date, kind, participants, outcome, deviations,"
                       " findings) VALUES ('d1', 'rb1', '2026-01-05', 'drill', '[]', 'failed', '', '')"))
        c.execute(text("INSERT INTO drill_step_results (id, drill_id, step_id, position, ok, notes) VALUES"
                       " ('r1', 'd1', 'st1', 1, 0, '超时'), ('r2', 'd1', NULL, 2, 1, '')"))
    engine.dispose()
    a = Archive.open(root)
    try:
        services = Services(a, "tester")
        r1, r2 = services.get("drill_step", "r1"), services.get("drill_step", "r2")
        assert (r1["status"], r1["action"], r1["planned_minutes"]) == ("failed", "备份数据库", 12)
        assert (r2["status"], r2["action"], r2["planned_minutes"]) == ("done", "", None)
        assert services.get("drill", "d1")["status"] == "finished"
        assert DrillRuns(services).unfinished() == []
    finally:
        a.close()


def test_attention_lists_unfinished_runs_and_due_drill_actions(archive, services, runbook):
    from kbdesk.services.attention import attention_items

    runs = DrillRuns(services)
    drill_id = runs.start(runbook["id"], at=T0).drill["id"]
    items = [d for d in attention_items(archive, at(20)) if d.record_type == "drill"]
    assert [(d.kind, d.record_id, d.state) for d in items] == [("unfinished_run", drill_id, "due_soon")]
    assert items[0].due_at == at(35)  # the runbook plans 35 minutes
    late = [d for d in attention_items(archive, at(40)) if d.record_type == "drill"]
    assert late[0].state == "breached"
    services.create("action", {"drill_id": drill_id, "title": "补充监控", "owner": "李强",
                               "due_date": date(2026, 3, 13)})
    runs.finish(drill_id, at=at(36))
    items = attention_items(archive, T0 + timedelta(days=3))
    assert [(d.kind, d.title, d.label) for d in items if d.kind in ("unfinished_run", "action")] == [
        ("action", "补充监控", "RDS 时间点恢复 2026-03-12")]


def test_an_older_export_imports_failed_steps_with_their_action(tmp_path):
    """Files written before runs existed: ok = false is a failed step, the action and estimate come along."""
    import json

    from kbdesk.transfer.jsonl import import_jsonl

    lines = [
        {"kbdesk": "export", "format": 1, "schema": 2, "exported_at": "2026-11-01T00:00:00+00:00", "app": "0.1.0"},
        {"type": "runbook", "data": {"id": "rb1", "title": "旧预案", "kind": "backup"}},
        {"type": "runbook_step", "data": {"id": "st1", "runbook_id": "rb1", "position": 1, "action": "备份数据库",
                                          "estimated_minutes": 12}},
        {"type": "drill", "data": {"id": "d1", "runbook_id": "rb1", "date": "2025-03-20", "outcome": "failed"}},
        {"type": "drill_step", "data": {"id": "r1", "drill_id": "d1", "step_id": "st1", "position": 1,
                                        "started_at": "2025-03-20T22:10:00+08:00",
                                        "ended_at": "2025-03-20T22:14:00+08:00", "ok": False, "notes": "超时"}},
        {"kbdesk": "end", "records": 4, "blobs": 0},
    ]
    path = tmp_path / "old.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", "utf-8")
    with Archive.create(tmp_path / "a") as a:
        import_jsonl(a, path, actor="tester")
        result = Services(a, "tester").get("drill_step", "r1")
        assert (result["status"], result["ok"], result["action"], result["planned_minutes"]) == (
            "failed", False, "备份数据库", 12)
        assert Services(a, "tester").get("drill", "d1")["status"] == "finished"
