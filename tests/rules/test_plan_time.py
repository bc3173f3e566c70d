"""Times show in the service plan's zone, labelled, whatever zone the machine runs in."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from kbdesk.rules.plan import ServicePlan
from kbdesk.rules.plan_time import format_plan_time, offset_text, zone_label
from kbdesk.services import Services
from kbdesk.services.plan_store import read_plan, write_plan
from kbdesk.storage.archive import Archive

DUE = datetime(2026, 12, 2, 6, 30, tzinfo=UTC)  # 14:30 in Beijing


def test_plan_time_text_and_label():
    assert format_plan_time(DUE, "Asia/Shanghai", "zh_CN") == "2026-12-02 14:30 (北京时间 UTC+8)"
    assert format_plan_time(DUE, "Asia/Shanghai", "en") == "2026-12-02 14:30 (Beijing time UTC+8)"
    assert format_plan_time(DUE, "Asia/Shanghai", labelled=False) == "2026-12-02 14:30"
    assert format_plan_time(None, "Asia/Shanghai") == ""


def test_other_zones_show_their_offset_at_that_instant():
    summer = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    assert zone_label("America/New_York", DUE) == "New York time UTC-5"
    assert zone_label("America/New_York", summer) == "New York time UTC-4"
    assert zone_label("Asia/Kolkata", DUE) == "Kolkata UTC+5:30"
    assert zone_label("UTC", DUE, "zh_CN") == "UTC"
    assert offset_text(DUE) == "UTC"


def test_the_zone_is_a_plan_setting(tmp_path):
    path = tmp_path / "settings.json"
    assert read_plan(path).timezone == "Asia/Shanghai"
    write_plan(ServicePlan(timezone="Asia/Tokyo"), path)
    assert read_plan(path).timezone == "Asia/Tokyo"
    path.write_text('{"service_plan": {"timezone": "Mars/Olympus"}}', "utf-8")
    assert read_plan(path).timezone == "Asia/Shanghai"


@pytest.fixture
def archive_with_case(tmp_path):
    root = tmp_path / "arch"
    with Archive.create(root) as a:
        s = Services(a, "tester")
        bank = s.create("customer", {"name": "华东某银行"})
        s.create("case", {"customer_id": bank["id"], "title": "RDS 连接数打满", "category": "operation_error",
                          "severity": "critical", "reported_at": DUE})
    return root


def _cli(root, machine_zone: str, *args: str) -> str:
    env = {**os.environ, "TZ": machine_zone}
    done = subprocess.run([sys.executable, "-m", "kbdesk", "--archive", str(root), *args], env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120, check=True)
    return done.stdout


@pytest.mark.parametrize("machine_zone", ["UTC", "America/New_York"])
def test_cli_shows_plan_zone_times_under_any_machine_zone(archive_with_case, machine_zone):
    shown = _cli(archive_with_case, machine_zone, "show", "case", "CS-2026-0001")
    assert "reported_at: 2026-12-02 14:30 (Beijing time UTC+8)" in shown
    listed = _cli(archive_with_case, machine_zone, "attention", "--all", "--now", "2026-12-02T06:31:00+00:00")
    assert "times in Beijing time UTC+8" in listed
    assert "2026-12-02 14:40" in listed  # the first response: 10 minutes, in working hours
