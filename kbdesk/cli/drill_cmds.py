"""`kbdesk drill-report`: a drill's report as Markdown, HTML or PDF."""

from __future__ import annotations

import argparse
import os
import re
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import KbdeskError, NotFoundError

_TITLE_AND_DATE = re.compile(r"^(?P<title>.+?)\s*[@ ]\s*(?P<date>\d{4}-\d{2}-\d{2})$")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("drill-report", help="a drill's report (participants, steps planned vs actual, "
                                            "findings, actions) as Markdown, HTML or PDF")
    c.add_argument("drill", metavar="DRILL",
                   help="the drill's id, or its runbook's title and date: 'RDS 时间点恢复@2026-03-12'")
    c.add_argument("--format", choices=["md", "html", "pdf"], default="md")
    c.add_argument("--out", type=Path, required=True, metavar="FILE")
    c.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN", help="the report's language")


def find_drill(services: Any, ref: str) -> dict[str, Any]:
    """A drill by id, or by its runbook's title (any case) and date."""
    ref = ref.strip()
    try:
        return services.get("drill", ref)
    except NotFoundError:
        pass
    m = _TITLE_AND_DATE.match(ref)
    if m is None:
        raise KbdeskError(f"No drill with id {ref!r}. Name a drill by its id (kbdesk list drill) or as "
                          "'RUNBOOK TITLE@YYYY-MM-DD'.")
    try:
        day = date.fromisoformat(m["date"])
    except ValueError:
        raise KbdeskError(f"{m['date']!r} is not a date; write e.g. 2026-03-12") from None
    wanted = m["title"].strip().casefold()
    runbooks = [r["id"] for r in services.list("runbook") if r["title"].strip().casefold() == wanted]
    drills = [d for rb in runbooks for d in services.list("drill", where={"runbook_id": rb, "date": day})]
    if not drills:
        raise KbdeskError(f"No drill of a runbook titled {m['title']!r} on {day.isoformat()}.")
    if len(drills) > 1:
        ids = ", ".join(d["id"] for d in drills)
        raise KbdeskError(f"{len(drills)} drills of {m['title']!r} on {day.isoformat()}; name one by id: {ids}")
    return drills[0]


def cmd_drill_report(args, archive, services, out) -> int:
    from ..reports.drill_report import build_drill_report

    drill = find_drill(services, args.drill)
    report = build_drill_report(services, drill["id"], args.lang)
    path = args.out
    if args.format == "pdf":
        write_pdf(report.html, path, report.title)
    else:
        report.write(args.format, path)
    print(f"Wrote {path}")
    return 0


def write_pdf(html: str, path: Path, title: str) -> Path:
    """Qt prints the PDF (as in the app): loaded only for this, without a window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from ..ui.drill_report_export import write_pdf_without_window
    except ImportError as exc:
        raise KbdeskError(f"PDF needs Qt, which could not be loaded ({exc}); write --format html instead") from None
    try:
        return write_pdf_without_window(html, path, title)
    except OSError as exc:
        raise KbdeskError(f"could not write {path}: {exc}") from None
