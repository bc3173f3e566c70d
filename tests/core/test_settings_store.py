"""One settings helper (kbdesk.jsonstore) under the app settings, the service plan and backup.json:
forgiving typed reads, atomic writes that keep the old file whole and leave no temporary file."""

from __future__ import annotations

import ast
import json
from datetime import date
from pathlib import Path

import pytest

from kbdesk import jsonstore
from kbdesk.backup.config import FILE_NAME, BackupConfig
from kbdesk.jsonstore import JsonStore, decode_fields
from kbdesk.rules.plan import ServicePlan
from kbdesk.services.plan_store import SETTINGS_KEY, load_plan, read_plan, save_plan, write_plan
from kbdesk.settings import AppSettings

RULES = Path(__file__).resolve().parents[2] / "kbdesk" / "rules"


def test_a_failed_plan_write_keeps_the_file_and_leaves_no_temporary(archive):
    path = archive.settings_path
    write_plan(ServicePlan(onsite_trainings_per_year=6), path)
    before = path.read_bytes()
    bad = ServicePlan(extra_holidays=[date(2026, 1, 1)])  # a date object, not an ISO string
    with pytest.raises(TypeError):
        write_plan(bad, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(".")) == []
    assert read_plan(path).onsite_trainings_per_year == 6


def test_a_failed_rename_removes_the_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "config" / "settings.json"
    AppSettings(language="en").save(path)

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(jsonstore.os, "replace", full_disk)
    with pytest.raises(OSError):
        AppSettings(language="zh_CN").save(path)
    monkeypatch.undo()
    assert AppSettings.load(path).language == "en"
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]


def test_app_settings_round_trip_and_wrong_types_fall_back(tmp_path):
    path = tmp_path / "config" / "settings.json"  # the folder does not exist yet
    AppSettings(language="en", recent_archives=["/a", "/b"], theme="dark").save(path)
    assert AppSettings.load(path) == AppSettings(language="en", recent_archives=["/a", "/b"], theme="dark")
    path.write_text(json.dumps({"language": 3, "recent_archives": "not a list", "theme": "light"}), "utf-8")
    assert AppSettings.load(path) == AppSettings(theme="light")
    path.write_text("[1, 2]", "utf-8")  # JSON, but not an object
    assert AppSettings.load(path) == AppSettings()


def test_backup_config_goes_through_the_same_store(tmp_path):
    root = tmp_path / "archive"
    root.mkdir()
    config = BackupConfig(keep_daily=3, automatic=False)
    config.last.path = "/backups/x.zip"
    config.save(root)
    again = BackupConfig.load(root)
    assert (again.keep_daily, again.automatic, again.last.path) == (3, False, "/backups/x.zip")
    # A bool is not a count, a count is not a bool; other fields keep what the file says.
    (root / FILE_NAME).write_text(json.dumps({"keep_daily": True, "automatic": 1, "keep_weekly": 2}), "utf-8")
    again = BackupConfig.load(root)
    assert (again.keep_daily, again.automatic, again.keep_weekly) == (7, True, 2)
    # backup.json is written in the archive folder only, never into a folder made up on the way.
    with pytest.raises(OSError):
        config.save(tmp_path / "gone")
    assert not (tmp_path / "gone").exists()


def test_plan_and_other_keys_share_the_archive_settings_file(services):
    path = services.archive.settings_path
    JsonStore(path).write_section("extraction", {"timeout_s": 5})
    save_plan(services, ServicePlan(timezone="Asia/Tokyo"))
    data = json.loads(path.read_text("utf-8"))
    assert data["extraction"] == {"timeout_s": 5} and data[SETTINGS_KEY]["timezone"] == "Asia/Tokyo"
    assert load_plan(services) == load_plan(services.archive) == ServicePlan(timezone="Asia/Tokyo")


def test_decode_fields_takes_ints_for_floats_but_not_bools():
    plan = decode_fields(ServicePlan, {"due_soon_fraction": 1, "duty_lead_minutes": 7.5})
    assert plan.due_soon_fraction == 1.0 and isinstance(plan.due_soon_fraction, float)
    assert plan.duty_lead_minutes == 10  # a float is not an int count
    assert decode_fields(ServicePlan, {"restore_minutes_major": True}).restore_minutes_major == 30


def test_the_rules_do_no_file_io():
    """The plan reaches rules/ as data: no module there opens, reads or writes files."""
    offenders = []
    for path in RULES.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        calls = {n.func.attr for n in ast.walk(tree)
                 if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)}
        if names & {"json", "os", "tempfile", "pathlib", "shutil"} or calls & {
            "read_text", "write_text", "read_bytes", "write_bytes"
        }:
            offenders.append(path.name)
    assert offenders == []
