"""Response and recovery time distributions: a histogram per severity.

Times run from a case's report to its first response and to its recovery.
Cases marked not a fault are left out; a case without the stamp has no time.
"""

from __future__ import annotations

from typing import Any

from ..services.report_queries import case_times_rows
from .common import ReportContext, minutes_between, nearest_rank
from .table import ChartSpec, Column, Panel, ReportTable, Series

SEVERITIES = ("critical", "urgent", "high", "medium", "low")
# Bin upper bounds in minutes (the last bin is open): 10 min, 30 min, 1 h, 4 h, 24 h.
BIN_EDGES = (10, 30, 60, 240, 1440)
BINS = ("lt_10m", "10_30m", "30_60m", "1_4h", "4_24h", "ge_24h")
MEASURES = ("response", "recovery")


def bin_of(minutes: float) -> int:
    for i, edge in enumerate(BIN_EDGES):
        if minutes < edge:
            return i
    return len(BIN_EDGES)


def times_report(rc: ReportContext) -> ReportTable:
    values: dict[tuple[str, str], list[float]] = {(m, s): [] for m in MEASURES for s in SEVERITIES}
    for severity, reported, responded, recovered in case_times_rows(rc.archive, rc.case_scope()):
        for measure, stamp in (("response", responded), ("recovery", recovered)):
            if stamp is not None:
                values.setdefault((measure, severity), []).append(minutes_between(reported, stamp))
    columns = [
        Column("measure", "code:measure"),
        Column("severity", "code:severity"),
        Column("cases", "int"),
        Column("p50", "minutes"),
        Column("p90", "minutes"),
        Column("max", "minutes"),
    ]
    columns += [Column(b, "int", "time_bin") for b in BINS]
    rows: list[list[Any]] = []  # ReportTable.rows
    for (measure, severity), mins in values.items():
        counts = [0] * len(BINS)
        for m in mins:
            counts[bin_of(m)] += 1
        rows.append(
            [
                measure,
                severity,
                len(mins),
                nearest_rank(mins, 50),
                nearest_rank(mins, 90),
                max(mins) if mins else None,
                *counts,
            ]
        )
    panels = []
    for measure in MEASURES:
        series = [
            Series(r[1], [float(c) for c in r[6:]], code_table="severity") for r in rows if r[0] == measure
        ]
        panels.append(
            Panel(
                "histogram",
                list(BINS),
                series,
                title=f"{measure}_time",
                x_label="time_to_" + measure,
                y_label="cases",
                category_table="time_bin",
            )
        )
    table = ReportTable(
        "times",
        "times_title",
        columns,
        rows,
        ChartSpec(panels),
        notes=["note_not_a_fault_excluded", "note_times_from_report"],
    )
    return rc.finish(table)
