"""Training-plan progress: on-site sessions planned and held per customer against the quota.

The quota is the plan's on-site trainings a year (5 by default) for each
calendar year the period touches; without a period, the current year.
Counting follows kbdesk.rules.quotas: held on-site sessions dated by their
held date (the planned date when none was entered).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..services.report_queries import onsite_session_rows
from .common import ReportContext
from .table import ChartSpec, Column, Panel, ReportTable, Series, percent


def training_report(rc: ReportContext) -> ReportTable:
    f = rc.filters
    start = f.start or date(rc.today().year, 1, 1)
    end = f.end or date(rc.today().year, 12, 31)
    years = end.year - start.year + 1
    required = rc.plan.onsite_trainings_per_year * years
    counts: dict[str, list[int]] = {}
    for _cid, name, status, planned, held_day in onsite_session_rows(rc.archive, f.customer):
        acc = counts.setdefault(name, [0, 0, 0])
        if status is None or planned is None:  # the outer join found no session (both columns are required)
            continue  # a customer without sessions still owes its quota
        if status != "cancelled" and start <= planned <= end:
            acc[0] += 1
        if status == "held" and start <= _as_date(held_day) <= end:
            acc[1] += 1
        if status == "cancelled" and start <= planned <= end:
            acc[2] += 1
    order = sorted(counts)
    columns = [
        Column("customer"),
        Column("required", "int"),
        Column("planned", "int"),
        Column("held", "int"),
        Column("cancelled", "int"),
        Column("remaining", "int"),
        Column("progress", "percent"),
    ]
    rows: list[list[Any]] = [
        [k, required, c[0], c[1], c[2], max(required - c[1], 0), percent(min(c[1], required), required)]
        for k in order
        for c in [counts[k]]
    ]
    panel = Panel(
        "bar",
        order,
        [
            Series("required", [float(r[1]) for r in rows]),
            Series("planned", [float(r[2]) for r in rows]),
            Series("held", [float(r[3]) for r in rows]),
        ],
        title="training_title",
        y_label="sessions",
    )
    table = ReportTable(
        "training", "training_title", columns, rows, ChartSpec([panel]), notes=["note_training_quota"]
    )
    rc.finish(table)
    table.context.update({"from": start.isoformat(), "to": end.isoformat()})
    return table


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))
