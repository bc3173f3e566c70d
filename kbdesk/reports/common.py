"""What the report modules share: the plan's zone, filters on cases, period keys."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from typing import Any

from ..domain.clock import utcnow
from ..rules.plan import ServicePlan
from ..rules.plan_time import plan_zone, zone_label
from ..services.plan_store import load_plan
from ..services.report_queries import CaseScope, archive_of
from .table import ReportFilters, ReportTable


class ReportContext:
    """The archive, its plan and zone, the filters, and "now" for one report run."""

    def __init__(
        self,
        source: Any,
        filters: ReportFilters | None = None,
        now: datetime | None = None,
        plan: ServicePlan | None = None,
    ):
        self.archive: Any = archive_of(source)
        self.plan = plan or load_plan(self.archive)
        self.tz: tzinfo = plan_zone(self.plan)
        self.filters = filters or ReportFilters()
        self.now = now or utcnow()

    def local_date(self, value: datetime | date) -> date:
        if isinstance(value, datetime):
            if value.tzinfo is None:
                value = value.replace(tzinfo=UTC)
            return value.astimezone(self.tz).date()
        return value

    def today(self) -> date:
        return self.local_date(self.now)

    def case_scope(self) -> CaseScope:
        """The customer, product and period filters as the case queries take them."""
        f = self.filters
        lo, hi = f.instants(self.tz)
        return CaseScope(f.customer, f.product, lo, hi)

    def in_period(self, day: date) -> bool:
        f = self.filters
        return (f.start is None or day >= f.start) and (f.end is None or day <= f.end)

    def finish(self, table: ReportTable) -> ReportTable:
        f = self.filters
        table.context.update(
            {
                "from": f.start.isoformat() if f.start else "",
                "to": f.end.isoformat() if f.end else "",
                "customer": f.customer or "",
                "product": f.product or "",
                "zone": zone_label(self.plan.timezone, self.now),
            }
        )
        return table


def nearest_rank(values: list[float], p: int) -> float | None:
    """The p-th percentile by nearest rank (as the SLA figures use)."""
    if not values:
        return None
    v = sorted(values)
    k = max(0, -(-p * len(v) // 100) - 1)
    return v[k]


def minutes_between(a: datetime, b: datetime) -> float:
    return (b - a).total_seconds() / 60
