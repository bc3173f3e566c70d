"""`kbdesk report NAME …`: every report of the Reports section, as text, CSV, XLSX or Markdown.

The numbers come from kbdesk.reports (the same code the app draws its charts
from); ``--chart`` also writes the chart as PNG, SVG or PDF.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import KbdeskError
from ..reports.catalog import REPORTS, build_report
from ..reports.export import FORMATS, to_csv, to_markdown, to_text, write_report
from ..reports.labels import english, resolving
from ..reports.table import ReportFilters
from ..services.lookups import find_customer


def add_parser(sub: argparse._SubParsersAction, date_type) -> None:
    groupings = "; ".join(f"{n}: {', '.join(i.groupings)}" for n, i in REPORTS.items() if i.groupings)
    c = sub.add_parser(
        "report",
        help="a report (sla, times, cases, complaints, satisfaction, training, drills)",
        description=f"Run a report. Groupings ({groupings}).",
    )
    c.add_argument("name", choices=list(REPORTS))
    c.add_argument("--by", metavar="GROUP", help="grouping (the first listed above is the default)")
    c.add_argument("--from", dest="start", type=date_type, metavar="YYYY-MM-DD")
    c.add_argument("--to", dest="end", type=date_type, metavar="YYYY-MM-DD")
    c.add_argument("--customer", metavar="NAME|ID", help="only this customer (by name or id)")
    c.add_argument("--product", metavar="PRODUCT", help="only cases of this product")
    c.add_argument("--format", choices=FORMATS, default="table")
    c.add_argument("--out", type=Path, metavar="FILE", help="write to FILE (required for xlsx)")
    c.add_argument("--chart", type=Path, metavar="FILE", help="also write the chart (.png, .svg or .pdf)")


def customer_id(archive, name_or_id: str) -> str:
    found = find_customer(archive, name_or_id)
    if found is None:
        raise KbdeskError(
            f"No customer called {name_or_id!r} (name or id) in this archive; "
            "`kbdesk list customer` shows them."
        )
    return found


def cmd_report(args, archive, services, out) -> int:
    if args.start and args.end and args.start > args.end:
        raise KbdeskError(f"--from {args.start} is after --to {args.end}.")
    filters = ReportFilters(
        args.start, args.end, customer_id(archive, args.customer) if args.customer else None, args.product
    )
    try:
        table = build_report(archive, args.name, filters, args.by)
    except ValueError as exc:
        raise KbdeskError(str(exc)) from None
    if args.customer:
        table.context["customer"] = args.customer
    if args.format == "xlsx" and args.out is None:
        raise KbdeskError("XLSX is a binary file: give it a name with --out FILE.xlsx.")
    try:
        if args.out is not None:
            write_report(table, args.format, args.out)
            print(f"Wrote the {args.name} report ({len(table.rows)} rows) to {args.out}", file=sys.stderr)
        else:
            text = {"table": to_text, "csv": to_csv, "md": to_markdown}[args.format](table)
            sys.stdout.write(text if text.endswith("\n") else text + "\n")
        if args.chart is not None:
            _write_chart(table, args.chart)
    except OSError as exc:
        raise KbdeskError(f"Could not write {exc.filename or args.out}: {exc.strerror or exc}.") from None
    return 0


def _write_chart(table, path: Path) -> None:
    from ..render.charts import report_figure, save_figure

    if table.chart is None:
        raise KbdeskError(f"The {table.name} report has no chart.")
    try:
        save_figure(report_figure(table.chart, resolving(english, table)), path)
    except ValueError as exc:
        raise KbdeskError(str(exc)) from None
    print(f"Wrote the chart to {path}", file=sys.stderr)
