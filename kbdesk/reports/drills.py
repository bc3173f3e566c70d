"""Drills done against plan: each runbook is to be drilled once a year.

Per runbook (of the customer, or any runbook drilled for the customer, when
a customer is chosen; of the product when one is chosen): planned drills are
one per calendar year the period touches (the current year without a
period), done are drills (not real executions) dated in the period, with
their outcomes; real executions are counted beside them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..services.report_queries import drill_plan_records
from .common import ReportContext
from .table import ChartSpec, Column, Panel, ReportTable, Series

OUTCOMES = ("success", "partial", "failed")


def drills_report(rc: ReportContext) -> ReportTable:
    f = rc.filters
    start = f.start or date(rc.today().year, 1, 1)
    end = f.end or date(rc.today().year, 12, 31)
    planned = end.year - start.year + 1
    records = drill_plan_records(rc.archive, start, end, f.customer, f.product)
    # title, kind, done, success, partial, failed, real, last drill
    books: dict[str, list[Any]] = {
        rid: [title, kind, 0, 0, 0, 0, 0, None] for rid, title, kind in records.runbooks
    }
    for rid, kind, outcome, day in records.drills:
        acc = books.get(rid)
        if acc is None:
            continue
        if kind == "real":
            acc[6] += 1
            continue
        acc[2] += 1
        if outcome in OUTCOMES:
            acc[3 + OUTCOMES.index(outcome)] += 1
        acc[7] = max(acc[7] or day, day)
    order = sorted(books, key=lambda k: books[k][0])
    columns = [
        Column("runbook"),
        Column("kind", "code:runbook_kind"),
        Column("planned", "int"),
        Column("done", "int"),
        *[Column(o, "int", "outcome") for o in OUTCOMES],
        Column("real", "int"),
        Column("last_drill", "date"),
        Column("behind", "int"),
    ]
    rows = [
        [b[0], b[1], planned, b[2], b[3], b[4], b[5], b[6], b[7], max(planned - b[2], 0)]
        for k in order
        for b in [books[k]]
    ]
    names = [r[0] for r in rows]
    panel = Panel(
        "bar",
        names,
        [Series("planned", [float(r[2]) for r in rows]), Series("done", [float(r[3]) for r in rows])],
        title="drills_title",
        y_label="drills",
    )
    table = ReportTable(
        "drills", "drills_title", columns, rows, ChartSpec([panel]), notes=["note_drills_plan"]
    )
    rc.finish(table)
    table.context.update({"from": start.isoformat(), "to": end.isoformat()})
    return table
