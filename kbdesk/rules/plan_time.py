"""Times as the service plan sees them: in the plan's zone, labelled.

Deadlines are promises made in the plan's zone (Asia/Shanghai by default),
so every screen, report and command shows them there, whatever zone the
machine is set to, with a short label saying which zone it is:
``2026-12-02 14:30 (北京时间 UTC+8)``. Documents and the CLI take their words
from here; the UI has its own translated words for the same zones.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from .plan import ServicePlan
from .working_calendar import CHINA_FIXED, zone

# Zone -> (zh_CN, en) words; other zones show their city.
ZONE_WORDS: dict[str, tuple[str, str]] = {
    "Asia/Shanghai": ("北京时间", "Beijing time"),
    "Asia/Chongqing": ("北京时间", "Beijing time"),
    "PRC": ("北京时间", "Beijing time"),
    "Asia/Hong_Kong": ("香港时间", "Hong Kong time"),
    "Asia/Singapore": ("新加坡时间", "Singapore time"),
    "Asia/Tokyo": ("东京时间", "Tokyo time"),
    "Europe/London": ("伦敦时间", "London time"),
    "Europe/Berlin": ("柏林时间", "Berlin time"),
    "America/New_York": ("纽约时间", "New York time"),
    "America/Los_Angeles": ("洛杉矶时间", "Los Angeles time"),
}
TIME_FORMAT = "%Y-%m-%d %H:%M"


def plan_zone(plan: ServicePlan) -> tzinfo:
    return zone(plan.timezone) or CHINA_FIXED


def offset_text(local: datetime) -> str:
    """"UTC+8", "UTC-5", "UTC+5:30", "UTC" for an aware local time."""
    offset = local.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{mins:02d}" if mins else "")


def zone_words(zone_name: str, lang: str = "en") -> str:
    """The zone's name in words; a zone without words shows its city ("Asia/Dubai" -> "Dubai")."""
    if zone_name in ZONE_WORDS:
        zh, en = ZONE_WORDS[zone_name]
        return zh if lang.startswith("zh") else en
    if zone_name in ("UTC", "Etc/UTC", "GMT"):
        return ""
    return zone_name.rsplit("/", 1)[-1].replace("_", " ")


def zone_label(zone_name: str, at: datetime, lang: str = "en") -> str:
    """"北京时间 UTC+8" / "Beijing time UTC+8": words, then the offset in force at ``at``."""
    local = at.astimezone(zone(zone_name) or CHINA_FIXED)
    words = zone_words(zone_name, lang)
    return f"{words} {offset_text(local)}" if words else offset_text(local)


def format_plan_time(dt: datetime | None, zone_name: str, lang: str = "en", labelled: bool = True) -> str:
    """``dt`` in the plan's zone: "2026-12-02 14:30 (北京时间 UTC+8)"; "" for None."""
    if dt is None:
        return ""
    text = dt.astimezone(zone(zone_name) or CHINA_FIXED).strftime(TIME_FORMAT)
    return f"{text} ({zone_label(zone_name, dt, lang)})" if labelled else text
