"""Complaints over time (by month received) and by subject."""

from __future__ import annotations

from ..services.report_queries import complaint_rows
from .common import ReportContext, minutes_between
from .table import ChartSpec, Column, Panel, ReportTable, Series, mean, month_key, months_between

GROUPINGS = ("month", "subject")


def complaints_report(rc: ReportContext, by: str = "month") -> ReportTable:
    if by not in GROUPINGS:
        raise ValueError(f"cannot group complaints by {by!r}; use one of {', '.join(GROUPINGS)}")
    f = rc.filters
    lo, hi = f.instants(rc.tz)
    groups: dict[str, list] = {}
    for received, subject, closed in complaint_rows(rc.archive, f.customer, f.product, lo, hi):
        key = month_key(rc.local_date(received)) if by == "month" else " ".join(subject.split())
        acc = groups.setdefault(key, [0, 0, []])
        acc[0] += 1
        if closed is not None:
            acc[1] += 1
            acc[2].append(minutes_between(received, closed) / (24 * 60))
    if by == "month" and groups:
        for key in months_between(min(groups), max(groups)):
            groups.setdefault(key, [0, 0, []])
    order = sorted(groups) if by == "month" else sorted(groups, key=lambda k: (-groups[k][0], k))
    columns = [
        Column(by),
        Column("received", "int"),
        Column("closed", "int"),
        Column("open", "int"),
        Column("days_to_close", "float"),
    ]
    rows = [[k, g[0], g[1], g[0] - g[1], mean(g[2])] for k in order for g in [groups[k]]]
    panel = Panel(
        "line" if by == "month" else "bar",
        order,
        [Series("received", [float(r[1]) for r in rows]), Series("closed", [float(r[2]) for r in rows])],
        title=f"complaints_by_{by}",
        y_label="complaints",
    )
    table = ReportTable(
        "complaints",
        f"complaints_by_{by}",
        columns,
        rows,
        ChartSpec([panel]),
        notes=["note_complaints_product"],
    )
    return rc.finish(table)
