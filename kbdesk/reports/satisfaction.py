"""Satisfaction in the plan's three dimensions (服务态度 / 业务水平 / 技术水平)
per quarter, customer or engineer (the owner of the surveyed case)."""

from __future__ import annotations

from typing import Any

from ..services.report_queries import survey_rows
from .common import ReportContext
from .table import ChartSpec, Column, Panel, ReportTable, Series, mean, quarter_key

GROUPINGS = ("quarter", "customer", "engineer")
DIMENSIONS = ("attitude", "business", "technical")
NO_ENGINEER = "—"


def satisfaction_report(rc: ReportContext, by: str = "quarter") -> ReportTable:
    if by not in GROUPINGS:
        raise ValueError(f"cannot group surveys by {by!r}; use one of {', '.join(GROUPINGS)}")
    f = rc.filters
    groups: dict[str, list[list[int]]] = {}
    for day, customer, owner, _product, *scores in survey_rows(rc.archive, f.customer, f.product, f.start, f.end):
        key = {"quarter": quarter_key(day), "customer": customer, "engineer": owner or NO_ENGINEER}[by]
        acc = groups.setdefault(key, [[], [], []])
        for i, score in enumerate(scores):
            acc[i].append(score)
    order = sorted(groups) if by == "quarter" else sorted(groups, key=lambda k: (k == NO_ENGINEER, k))
    columns = [
        Column(by),
        Column("surveys", "int"),
        *[Column(d, "float") for d in DIMENSIONS],
        Column("overall", "float"),
    ]
    rows: list[list[Any]] = []  # ReportTable.rows
    for k in order:
        dims = [mean(v) for v in groups[k]]
        rows.append([k, len(groups[k][0]), *dims, mean([d for d in dims if d is not None])])
    panel = Panel(
        "line" if by == "quarter" else "bar",
        order,
        [Series(d, [r[2 + i] for r in rows]) for i, d in enumerate(DIMENSIONS)],
        title=f"satisfaction_by_{by}",
        y_label="average_score",
        y_max=5.0,
    )
    table = ReportTable(
        "satisfaction", f"satisfaction_by_{by}", columns, rows, ChartSpec([panel]), notes=["note_scores"]
    )
    return rc.finish(table)
