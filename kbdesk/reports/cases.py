"""Cases by category, product, customer or month, split by severity."""

from __future__ import annotations

from ..services.report_queries import case_count_rows, category_names
from .common import ReportContext
from .table import ChartSpec, Column, Panel, ReportTable, Series, month_key, months_between
from .times import SEVERITIES

GROUPINGS = ("category", "product", "customer", "month")


def cases_report(rc: ReportContext, by: str = "category") -> ReportTable:
    if by not in GROUPINGS:
        raise ValueError(f"cannot group cases by {by!r}; use one of {', '.join(GROUPINGS)}")
    groups: dict[str, list[int]] = {}
    width = len(SEVERITIES) + 3  # total, severities…, open, not a fault
    for category, product, customer, reported, severity, status, not_fault in case_count_rows(
        rc.archive, rc.case_scope()
    ):
        key = {
            "category": category,
            "product": product or "",
            "customer": customer,
            "month": month_key(rc.local_date(reported)),
        }[by]
        acc = groups.setdefault(key, [0] * width)
        acc[0] += 1
        if severity in SEVERITIES:
            acc[1 + SEVERITIES.index(severity)] += 1
        acc[-2] += status != "closed"
        acc[-1] += bool(not_fault)
    names = category_names(rc.archive)
    if by == "month" and groups:
        for key in months_between(min(groups), max(groups)):
            groups.setdefault(key, [0] * width)
    order = sorted(groups) if by == "month" else sorted(groups, key=lambda k: (-groups[k][0], k))
    group_kind = "code:category" if by == "category" else "text"
    columns = [
        Column(by, group_kind),
        Column("cases", "int"),
        *[Column(s, "int", "severity") for s in SEVERITIES],
        Column("open", "int"),
        Column("not_a_fault", "int"),
    ]
    rows = [[k, *groups[k]] for k in order]
    panel = Panel(
        "stacked",
        order,
        [
            Series(sev, [float(groups[k][1 + i]) for k in order], "severity")
            for i, sev in enumerate(SEVERITIES)
        ],
        title=f"cases_by_{by}",
        y_label="cases",
        category_table="category" if by == "category" else "",
    )
    table = ReportTable(
        "cases", f"cases_by_{by}", columns, rows, ChartSpec([panel]), notes=["note_cases_all"]
    )
    table.code_names["category"] = names
    return rc.finish(table)
