"""The service plan's figures as typed settings.

The plan is data here: :meth:`ServicePlan.from_dict` checks the values of a
plain dict (a value of the wrong type falls back to the default, so a
hand-edited file never stops the app) and :meth:`ServicePlan.to_dict` gives
them back. Where the plan is kept (the archive's settings.json) and how it is
read and written is :mod:`kbdesk.services.plan_store`'s business.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, time
from typing import Any

from ..jsonstore import decode_fields


@dataclass
class ServicePlan:
    # First response (minutes, wall clock from reported_at).
    response_minutes_working: int = 10
    response_minutes_outside: int = 60
    # Major fault = severity in major_severities OR fault level in major_fault_levels.
    major_severities: list[str] = field(default_factory=lambda: ["critical"])
    major_fault_levels: list[str] = field(default_factory=lambda: ["T1", "C1"])
    restore_minutes_major: int = 30
    analysis_hours_major: int = 24
    # Duty-lead and GOC escalation apply to these levels (and to major faults).
    escalation_fault_levels: list[str] = field(default_factory=lambda: ["T1", "T2", "C1", "C2"])
    duty_lead_minutes: int = 10
    goc_unattended_minutes: int = 10
    goc_no_progress_minutes: int = 60
    # Postmortem: levels 1..postmortem_high_max_level get the short deadline.
    postmortem_high_max_level: int = 2
    postmortem_working_days_high: int = 5
    postmortem_working_days_low: int = 10
    # Customer quotas.
    consultations_per_quarter: int = 1
    onsite_trainings_per_year: int = 5
    # Every runbook is drilled at least this often (a runbook may set its own interval).
    drill_interval_months: int = 12
    # A deadline is "due soon" in the last fraction of its allowed span.
    due_soon_fraction: float = 0.25
    # Rectification actions have no start: due soon this many days before.
    action_due_soon_days: int = 2
    # Working calendar.
    timezone: str = "Asia/Shanghai"
    work_start: str = "09:00"
    work_end: str = "18:00"
    use_official_calendar: bool = True
    extra_holidays: list[str] = field(default_factory=list)  # ISO dates
    extra_workdays: list[str] = field(default_factory=list)  # ISO dates
    # Official days of years the installed chinesecalendar does not cover yet,
    # imported by the user (Settings or `kbdesk holidays import`): a year with
    # any imported day counts as known.
    imported_holidays: list[str] = field(default_factory=list)  # ISO dates
    imported_workdays: list[str] = field(default_factory=list)  # ISO dates, make-up days (调休)

    # --- as data -----------------------------------------------------------

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> ServicePlan:
        """The plan of ``raw``'s figures; a missing or wrong value takes its default."""
        plan = decode_fields(cls, raw, _valid)
        if _parse_time(plan.work_start) >= _parse_time(plan.work_end):
            plan.work_start, plan.work_end = cls.work_start, cls.work_end
        return plan

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    # --- derived ------------------------------------------------------------

    def is_major(self, severity: str | None, fault_level: str | None) -> bool:
        return severity in self.major_severities or (fault_level or "") in self.major_fault_levels

    def needs_escalation(self, severity: str | None, fault_level: str | None) -> bool:
        """Duty-lead (at once) and GOC rules apply to these cases."""
        return (fault_level or "") in self.escalation_fault_levels or self.is_major(severity, fault_level)

    def postmortem_days(self, fault_level: str | None) -> int | None:
        """Working days allowed for the postmortem; None when no postmortem is due."""
        if not fault_level or not fault_level[1:].isdigit():
            return None
        level = int(fault_level[1:])
        if level <= self.postmortem_high_max_level:
            return self.postmortem_working_days_high
        return self.postmortem_working_days_low

    @property
    def start_time(self) -> time:
        return _parse_time(self.work_start)

    @property
    def end_time(self) -> time:
        return _parse_time(self.work_end)


def _parse_time(text: str) -> time:
    return time.fromisoformat(text)


def _valid(name: str, default: Any, value: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        least = 1 if name == "drill_interval_months" else 0
        return isinstance(value, int) and not isinstance(value, bool) and value >= least
    if isinstance(default, float):
        return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1
    if isinstance(default, list):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return False
        if name.startswith(("extra_", "imported_")):
            return all(_is_iso_date(v) for v in value)
        return True
    if isinstance(default, str):
        if not isinstance(value, str):
            return False
        if name in ("work_start", "work_end"):
            return _is_time(value)
        if name == "timezone":
            return _is_zone(value)
        return True
    return False


def _is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_time(text: str) -> bool:
    try:
        _parse_time(text)
    except ValueError:
        return False
    return True


def _is_zone(name: str) -> bool:
    from .working_calendar import zone

    return zone(name, strict=True) is not None
