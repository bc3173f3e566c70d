"""Runbook steps (expected result, rollback, commands) and drill findings are searchable
and bring the runbook up in fault matching, with the reason (real archive, real index)."""

from __future__ import annotations

from datetime import date

import pytest

from kbdesk.services import Services


@pytest.fixture
def services(archive):
    return Services(archive, actor="tester")


@pytest.fixture
def archive_with_runbooks(services, writer):
    for n in range(4):  # other records, so terms have a document frequency to compare with
        writer.case(f"数据库连接超时 {n}", "应用报错 connection timeout", resolution="调大连接池")
    writer.runbook("Redis 主从切换", "哨兵切换", ["检查哨兵状态", "执行 failover"])
    pg = services.create("runbook", {"title": "订单库时间点恢复", "kind": "recovery"})
    services.create("runbook_step", {"runbook_id": pg["id"], "position": 1, "action": "在备库制作基础备份",
                                     "commands": ["pg_basebackup -h 10.0.0.5 -D /backup/base -Ft -z -P"]})
    tidb = services.create("runbook", {"title": "集群快照恢复", "kind": "recovery"})
    services.create("runbook_step", {"runbook_id": tidb["id"], "position": 1, "action": "执行恢复",
                                     "expected_result": "输出 Full Restore success summary",
                                     "rollback": "清空目标集群后重新执行",
                                     "commands": ['tiup br restore full --pd "10.0.1.1:2379" --storage s3://bk']})
    drill = services.create("drill", {"runbook_id": tidb["id"], "date": date(2026, 11, 2),
                                      "findings": "S3 凭证过期导致首次恢复失败"})
    services.create("drill_step", {"drill_id": drill["id"], "position": 1, "ok": False,
                                   "notes": "tikv 磁盘水位 high-watermark 告警"})
    return {"pg": pg["id"], "tidb": tidb["id"], "drill": drill["id"]}


def test_a_fault_quoting_only_a_steps_command_brings_the_runbook_up(service, archive_with_runbooks):
    service.sync()
    result = service.match("备份任务失败\npg_basebackup: error: could not connect to server")
    hit = next(h for h in result.runbooks if h.record_id == archive_with_runbooks["pg"])
    assert hit.reasons, "the match says why"
    said = repr(hit.reasons).lower()
    assert "pg_basebackup" in said or "basebackup" in said

    result = service.match("执行 br restore full 时报错退出")
    assert result.runbooks and result.runbooks[0].record_id == archive_with_runbooks["tidb"]
    assert any(r["kind"] == "shared_terms" for r in result.runbooks[0].reasons)


def test_expected_result_rollback_and_drill_findings_are_searchable(service, archive_with_runbooks):
    service.sync()
    ids = [h.record_id for h in service.search("success summary").hits]
    assert archive_with_runbooks["tidb"] in ids
    ids = [h.record_id for h in service.search("清空目标集群").hits]
    assert archive_with_runbooks["tidb"] in ids
    ids = [h.record_id for h in service.search("high-watermark").hits]
    assert archive_with_runbooks["drill"] in ids  # a step's note of the drill
    ids = [h.record_id for h in service.search("凭证过期").hits]
    assert archive_with_runbooks["drill"] in ids


def test_kbdesk_match_names_the_runbook_and_why(archive, archive_with_runbooks, capsys):
    from kbdesk.cli.main import main

    assert main(["--archive", str(archive.root), "match", "执行 br restore full 时报错退出"]) == 0
    out = capsys.readouterr().out
    runbooks = out.split("RUNBOOKS", 1)[1]
    first, why = runbooks.strip().splitlines()[1:3]
    assert "集群快照恢复" in first and archive_with_runbooks["tidb"] in first
    assert why.strip().startswith("why: shared terms:") and "restore" in why.lower()  # shown as the hit writes it


import pytest as _both_engines_pytest  # noqa: E402

pytestmark = _both_engines_pytest.mark.both_engines
