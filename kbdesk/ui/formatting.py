"""How values look on screen: times in the plan's zone, lists, empty values."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..services.plan import CHINA_FIXED, TIME_FORMAT, offset_text, zone, zone_words


def display(value: Any, tz: tzinfo | None = None) -> str:
    """One value as text; an instant in ``tz`` (the plan's zone, see AppContext.plan_tz)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(tz or CHINA_FIXED).strftime(TIME_FORMAT)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value).replace("\n", " ")


def zone_label(zone_name: str, at: datetime) -> str:
    """"北京时间 UTC+8" / "Beijing time UTC+8", in the UI's language."""
    words = _zone_words().get(zone_name)
    if words is None:
        words = zone_words(zone_name, "en")  # a city name reads the same in both languages
    offset = offset_text(at.astimezone(zone(zone_name) or CHINA_FIXED))
    return f"{words} {offset}" if words else offset


def plan_time(dt: datetime | None, zone_name: str, labelled: bool = True) -> str:
    """"2026-12-02 14:30 (北京时间 UTC+8)": an instant in the plan's zone, labelled."""
    if dt is None:
        return ""
    text = display(dt, zone(zone_name))
    return f"{text} ({zone_label(zone_name, dt)})" if labelled else text


def _zone_words() -> dict[str, str]:
    beijing = QCoreApplication.translate("TimeZone", "Beijing time")
    return {
        "Asia/Shanghai": beijing, "Asia/Chongqing": beijing, "PRC": beijing,
        "Asia/Hong_Kong": QCoreApplication.translate("TimeZone", "Hong Kong time"),
        "Asia/Singapore": QCoreApplication.translate("TimeZone", "Singapore time"),
        "Asia/Tokyo": QCoreApplication.translate("TimeZone", "Tokyo time"),
        "Europe/London": QCoreApplication.translate("TimeZone", "London time"),
        "Europe/Berlin": QCoreApplication.translate("TimeZone", "Berlin time"),
        "America/New_York": QCoreApplication.translate("TimeZone", "New York time"),
        "America/Los_Angeles": QCoreApplication.translate("TimeZone", "Los Angeles time"),
        "UTC": "", "Etc/UTC": "", "GMT": "",
    }
