"""The service plan and its working calendar, as the UI shows them.

Pure value types and formatters of :mod:`kbdesk.rules` (the plan, the working
calendar, plan-time formatting, holiday coverage); the plan's file I/O is
:mod:`kbdesk.services.plan_store`. Re-exported so the UI depends on services only.
"""

from __future__ import annotations

from ..rules.holidays import builtin_years, imported_summary, unknown_years
from ..rules.plan import ServicePlan
from ..rules.plan_time import TIME_FORMAT, offset_text, plan_zone, zone_words
from ..rules.working_calendar import CHINA_FIXED, WorkCalendar, zone

__all__ = [
    "CHINA_FIXED",
    "TIME_FORMAT",
    "ServicePlan",
    "WorkCalendar",
    "builtin_years",
    "imported_summary",
    "offset_text",
    "plan_zone",
    "unknown_years",
    "zone",
    "zone_words",
]
