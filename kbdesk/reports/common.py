"""What the report modules share: the plan's zone, filters on cases, period keys."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from typing import Any

from sqlalchemy import Select

from ..rules.attention import archive_of, load_plan
from ..rules.plan import ServicePlan
from ..rules.plan_time import plan_zone, zone_label
from ..storage.archive import Archive
from ..storage.models import Case
from ..storage.types import utcnow
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
        self.archive: Archive = archive_of(source)
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

    def cases_where(self, stmt: Select, reported: bool = True) -> Select:
        """Customer, product and (``reported``) period filters on a query over Case."""
        f = self.filters
        if f.customer:
            stmt = stmt.where(Case.customer_id == f.customer)
        if f.product:
            stmt = stmt.where(Case.product == f.product)
        if reported:
            lo, hi = f.instants(self.tz)
            if lo:
                stmt = stmt.where(Case.reported_at >= lo)
            if hi:
                stmt = stmt.where(Case.reported_at < hi)
        return stmt

    def in_period(self, day: date) -> bool:
        f = self.filters
        return (f.start is None or day >= f.start) and (f.end is None or day <= f.end)

    def date_bounds(self, column) -> list:
        f = self.filters
        out = []
        if f.start:
            out.append(column >= f.start)
        if f.end:
            out.append(column <= f.end)
        return out

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
