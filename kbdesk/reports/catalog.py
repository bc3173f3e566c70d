"""The reports there are, how each groups, and one entry point for every front end."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..rules.plan import ServicePlan
from .cases import cases_report
from .common import ReportContext
from .complaints import complaints_report
from .drills import drills_report
from .satisfaction import satisfaction_report
from .sla import sla_report
from .table import ReportFilters, ReportTable
from .times import times_report
from .training import training_report


@dataclass(frozen=True)
class ReportInfo:
    name: str
    build: Any  # (ReportContext[, by]) -> ReportTable
    groupings: tuple[str, ...] = ()  # the first is the default


REPORTS: dict[str, ReportInfo] = {
    r.name: r
    for r in (
        ReportInfo("sla", sla_report, ("severity", "customer", "month", "quarter")),
        ReportInfo("times", times_report),
        ReportInfo("cases", cases_report, ("category", "product", "customer", "month")),
        ReportInfo("complaints", complaints_report, ("month", "subject")),
        ReportInfo("satisfaction", satisfaction_report, ("quarter", "customer", "engineer")),
        ReportInfo("training", training_report),
        ReportInfo("drills", drills_report),
    )
}


def build_report(
    source: Any,
    name: str,
    filters: ReportFilters | None = None,
    by: str | None = None,
    now: datetime | None = None,
    plan: ServicePlan | None = None,
) -> ReportTable:
    """Run report ``name`` over an archive (or Services) with the given filters."""
    info = REPORTS.get(name)
    if info is None:
        raise ValueError(f"no report called {name!r}; choose one of {', '.join(REPORTS)}")
    rc = ReportContext(source, filters, now, plan)
    if not info.groupings:
        if by:
            raise ValueError(f"the {name} report has no grouping")
        return info.build(rc)
    by = by or info.groupings[0]
    if by not in info.groupings:
        raise ValueError(f"the {name} report groups by {', '.join(info.groupings)}, not {by!r}")
    return info.build(rc, by)
