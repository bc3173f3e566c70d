"""The service plan's figures round-trip through the archive's settings.json."""

from __future__ import annotations

import json

from kbdesk.rules.plan import ServicePlan
from kbdesk.services.plan_store import SETTINGS_KEY, read_plan, write_plan


def test_defaults_when_no_file(archive):
    plan = read_plan(archive.settings_path)
    assert plan == ServicePlan()
    assert plan.response_minutes_working == 10 and plan.response_minutes_outside == 60
    assert plan.onsite_trainings_per_year == 5 and plan.consultations_per_quarter == 1


def test_save_keeps_other_keys_and_round_trips(archive):
    archive.settings_path.write_text(json.dumps({"ui": {"theme": "dark"}, "other": 3}), "utf-8")
    plan = ServicePlan(onsite_trainings_per_year=6, extra_holidays=["2025-12-31"], work_end="17:30")
    write_plan(plan, archive.settings_path)
    data = json.loads(archive.settings_path.read_text("utf-8"))
    assert data["ui"] == {"theme": "dark"} and data["other"] == 3
    assert data[SETTINGS_KEY]["onsite_trainings_per_year"] == 6
    assert read_plan(archive.settings_path) == plan


def test_wrong_values_fall_back_to_defaults(archive):
    archive.settings_path.write_text(json.dumps({SETTINGS_KEY: {
        "response_minutes_working": "ten",  # wrong type
        "restore_minutes_major": True,  # bool is not a number here
        "duty_lead_minutes": -5,  # negative
        "major_severities": "critical",  # not a list
        "extra_holidays": ["2025-13-40"],  # not a date
        "work_start": "9am",
        "timezone": "Mars/Olympus",
        "due_soon_fraction": 2,
        "postmortem_working_days_low": 12,  # good value kept
        "unknown_key": 1,
    }}), "utf-8")
    plan = read_plan(archive.settings_path)
    default = ServicePlan()
    assert plan.response_minutes_working == default.response_minutes_working
    assert plan.restore_minutes_major == 30 and plan.duty_lead_minutes == 10
    assert plan.major_severities == ["critical"] and plan.extra_holidays == []
    assert plan.work_start == "09:00" and plan.timezone == "Asia/Shanghai"
    assert plan.due_soon_fraction == 0.25
    assert plan.postmortem_working_days_low == 12


def test_start_after_end_falls_back(archive):
    archive.settings_path.write_text(json.dumps({SETTINGS_KEY: {"work_start": "19:00"}}), "utf-8")
    plan = read_plan(archive.settings_path)
    assert (plan.work_start, plan.work_end) == ("09:00", "18:00")


def test_damaged_file_gives_defaults(archive):
    archive.settings_path.write_text("{not json", "utf-8")
    assert read_plan(archive.settings_path) == ServicePlan()


def test_major_and_postmortem_rules():
    plan = ServicePlan()
    assert plan.is_major("critical", None) and plan.is_major("low", "C1")
    assert not plan.is_major("urgent", "T2")
    assert plan.needs_escalation("high", "T2") and plan.needs_escalation("critical", None)
    assert not plan.needs_escalation("urgent", "T3")
    assert [plan.postmortem_days(x) for x in ("T1", "C2", "T3", "C4", None)] == [5, 5, 10, 10, None]
