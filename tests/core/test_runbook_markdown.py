"""Runbooks from vendor-style Markdown (files under tests/core/runbooks, written for
these tests), saved in a real archive, exported and read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbdesk.errors import ImportRejected, ValidationError
from kbdesk.services.runbooks import export_runbook_markdown, runbook_steps, save_runbook_draft
from kbdesk.transfer.runbook_markdown import parse_runbook_markdown, read_runbook_file

RUNBOOKS = Path(__file__).parent / "runbooks"
STEP_FIELDS = ("position", "phase", "action", "expected_result", "rollback", "estimated_minutes", "commands")


def test_postgres_pitr_runbook_is_read_into_phased_steps():
    d = read_runbook_file(RUNBOOKS / "pg_pitr_restore.md")
    assert d.title.startswith("PostgreSQL 15: point-in-time restore")
    assert d.kind == "recovery"
    assert "pg_basebackup" in d.preconditions and d.preconditions.startswith("- The latest base backup")
    assert "[the PITR chapter](https://www.postgresql.org/" in d.summary  # links kept as written
    assert "> **Warning:** the restore replaces" in d.summary
    assert [s.phase for s in d.steps] == ["Restore"] * 4 + ["Verification"] * 2
    stop, unpack, configure, start, check, promote = d.steps
    assert stop.action == "Stop PostgreSQL on the target host."  # "(~2 min)" taken off the text
    assert stop.estimated_minutes == 2
    assert stop.commands == ["sudo systemctl stop postgresql@15-main"]
    assert stop.expected_result == "`systemctl status` shows `inactive (dead)`."
    assert unpack.estimated_minutes == 15  # "about 15 minutes" in the sentence
    assert unpack.rollback == "move `main.before-pitr` back to `main` and start the service."
    assert len(unpack.commands[0].splitlines()) == 2
    # Nested items stay in the step; the code block inside them is a command of the step.
    assert "- set `recovery_target_time` to the agreed time" in configure.action
    assert configure.commands == ["sudo -u postgres touch /var/lib/postgresql/15/main/recovery.signal"]
    assert configure.estimated_minutes is None
    assert '> **Note:** "recovery stopping before commit"' in start.action
    assert start.expected_result.startswith("the log says")
    assert check.estimated_minutes == 5 and check.commands[0].startswith("SELECT count(*)")
    # The Rollback section goes to the last step before it, its code block included.
    assert promote.rollback.startswith("If the restored data is wrong")
    assert "```bash\nsudo systemctl stop postgresql@15-main" in promote.rollback
    assert d.unplaced == []


def test_chinese_emergency_runbook_with_step_headings_notes_and_rollback():
    d = read_runbook_file(RUNBOOKS / "br_restore_zh.md")
    assert d.kind == "emergency"
    assert d.preconditions.startswith("- 目标集群已部署且为空集群")
    first, pause, restore, watch, rows, resume = d.steps
    assert first.phase == "应急处理流程" and first.action.startswith("确认备份可用")
    assert first.estimated_minutes == 2 and first.expected_result == "输出备份的 TSO，无报错。"
    assert first.commands[0].startswith("tiup br validate decode")
    assert pause.action.endswith("> **注意:** 恢复期间集群不可对外提供服务。")
    assert restore.phase == watch.phase == "第 3 步：执行快照恢复"
    assert restore.estimated_minutes == 30 and restore.commands[0].startswith("tiup br restore full")
    assert rows.phase == "验证" and rows.estimated_minutes == 10
    assert resume.rollback.startswith("如恢复失败")
    assert d.unplaced == []


def test_etcd_runbook_front_matter_alerts_and_verify_label():
    d = read_runbook_file(RUNBOOKS / "etcd_snapshot_restore.md")
    assert d.title == "Restore an etcd cluster from a snapshot"
    assert [s.action.split("\n")[0] for s in d.steps] == [
        "Save a snapshot from a healthy member", "Stop etcd and the API server on every control-plane node",
        "Restore the snapshot into a new data directory", "Point etcd at the restored directory and start it"]
    assert d.steps[0].expected_result.startswith("`etcdctl snapshot status")
    assert d.steps[1].estimated_minutes == 5
    assert "> **Warning:** Do not delete the manifests" in d.steps[1].action
    assert d.steps[3].rollback.startswith("put the old `hostPath.path` back")


@pytest.mark.parametrize("name", ["pg_pitr_restore.md", "br_restore_zh.md", "etcd_snapshot_restore.md"])
def test_a_markdown_runbook_round_trips_through_the_archive(services, tmp_path, name):
    first = save_runbook_draft(services, read_runbook_file(RUNBOOKS / name))
    exported = tmp_path / "export.md"
    exported.write_text(export_runbook_markdown(services, first["id"]), "utf-8")
    again = read_runbook_file(exported)
    assert again.unplaced == []
    second = save_runbook_draft(services, again)

    def steps(runbook_id):
        return [{k: s[k] for k in STEP_FIELDS} for s in runbook_steps(services, runbook_id)]

    assert steps(second["id"]) == steps(first["id"])
    assert len(steps(first["id"])) >= 4
    for field in ("title", "kind", "summary", "preconditions"):
        assert services.get("runbook", second["id"])[field] == first[field]


def test_what_fits_nowhere_is_listed_not_dropped():
    d = parse_runbook_markdown(
        "# 切换方案\n\n## 实现原理\n\n主备之间通过 binlog 同步。\n\n## 操作步骤\n\n1. 切换 VIP\n\n"
        "## 附录\n\n| 参数 | 说明 |\n| --- | --- |\n| a | b |\n")
    assert [s.action for s in d.steps] == ["切换 VIP"]
    assert [(u.section, u.text[:13]) for u in d.unplaced] == [("实现原理", "主备之间通过 binlog"),
                                                              ("附录", "| 参数 | 说明 | |")]


def test_a_phase_intro_goes_with_its_first_step():
    d = parse_runbook_markdown("# R\n\n## 恢复\n\n恢复前先通知业务方。\n\n### 第 1 步：停止写入\n\n```\nstop\n```\n")
    assert d.steps[0].phase == "恢复"
    assert d.steps[0].action == "停止写入\n\n恢复前先通知业务方。"
    assert d.unplaced == []


def test_a_file_without_steps_is_refused_and_nothing_is_saved(services, tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# 只是说明\n\n这里没有步骤。\n", "utf-8")
    with pytest.raises(ValidationError, match="no steps"):
        save_runbook_draft(services, read_runbook_file(path))
    assert services.count("runbook") == 0


def test_binary_and_unreadable_files_get_a_sentence(tmp_path):
    blob = tmp_path / "image.md"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    with pytest.raises(ImportRejected, match="not a text file"):
        read_runbook_file(blob)
    with pytest.raises(ImportRejected, match="cannot read the file"):
        read_runbook_file(tmp_path / "missing.md")


def test_gbk_markdown_from_a_chinese_windows_editor_is_read(tmp_path):
    path = tmp_path / "gbk.md"
    path.write_bytes("# 备份方案\n\n1. 执行全量备份，约 20 分钟\n2. 校验备份文件\n".encode("gb18030"))
    d = read_runbook_file(path)
    assert d.title == "备份方案" and d.kind == "backup"
    assert [s.estimated_minutes for s in d.steps] == [20, None]


def test_cli_imports_lists_what_it_could_not_place_and_exports(tmp_path, capsys):
    from kbdesk.cli.main import main

    root = tmp_path / "a"
    assert main(["init", str(root)]) == 0
    odd = tmp_path / "odd.md"
    odd.write_text("# 切换方案\n\n## 实现原理\n\n主备之间通过 binlog 同步。\n\n## 操作步骤\n\n1. 切换 VIP\n2. 验证\n", "utf-8")
    assert main(["--archive", str(root), "import-runbook", str(RUNBOOKS / "pg_pitr_restore.md"), str(odd)]) == 0
    out = capsys.readouterr().out
    assert "could not place under “实现原理”: 主备之间通过 binlog 同步。" in out
    assert "1. [Restore] Stop PostgreSQL on the target host. (~2 min, 1 command(s))" in out
    capsys.readouterr()
    assert main(["--archive", str(root), "list", "runbook", "--json"]) == 0
    import json

    ids = {json.loads(line)["title"]: json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()}
    target = tmp_path / "out.md"
    assert main(["--archive", str(root), "export-runbook", ids["切换方案"], "--out", str(target)]) == 0
    assert target.read_text("utf-8").startswith("# 切换方案\n\n## 操作步骤\n\n1. 切换 VIP（约 5 分钟）")
    # A file without steps: said so, exit code 1, the other files still imported.
    empty = tmp_path / "empty.md"
    empty.write_text("# 说明\n\n没有步骤。\n", "utf-8")
    assert main(["--archive", str(root), "import-runbook", str(empty)]) == 1
    assert "no steps found" in capsys.readouterr().err


def test_a_year_in_a_heading_is_not_a_step_number():
    d = parse_runbook_markdown("# R\n\n## 2024 年演练安排\n\n每季度一次。\n\n## 步骤\n\n1. 切换\n\n### 3. 回切确认\n\n确认流量已回切。\n")
    assert [s.action for s in d.steps] == ["切换", "回切确认\n\n确认流量已回切。"]
    assert [(u.section, u.text) for u in d.unplaced] == [("2024 年演练安排", "每季度一次。")]


import pytest as _both_engines_pytest  # noqa: E402

pytestmark = _both_engines_pytest.mark.both_engines
