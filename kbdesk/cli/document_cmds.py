"""`kbdesk fault-report CASE` and `kbdesk handover`: documents written from the archive.

Content comes from the Qt-free core (kbdesk.reports); PDF is printed with Qt,
so kbdesk.ui.pdf is imported only when a PDF is asked for.
"""

from __future__ import annotations

import argparse
import locale
import os
from datetime import date
from pathlib import Path

from ..errors import KbdeskError
from ..paths import config_dir
from ..reports.fault_report import build_fault_report, write_fault_report
from ..settings import AppSettings
from .progress import Output

LANG_CHOICES = ("zh_CN", "en")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("fault-report", help="write a case's fault report (故障报告) as md, html or pdf")
    c.add_argument("case", help="case number (e.g. CS-2026-0042) or id")
    c.add_argument("--format", choices=("md", "html", "pdf"), default="pdf")
    c.add_argument("--out", type=Path, required=True, metavar="FILE")
    c.add_argument("--lang", choices=LANG_CHOICES, help="report language (default: the app's language)")
    c.add_argument(
        "--images",
        choices=("embed", "files"),
        default="embed",
        help="html: screenshots embedded in the page (default) or as files in images/ beside it",
    )

    c = sub.add_parser(
        "handover", help="write a handover package (文档移交): an HTML folder, a .zip and a PDF"
    )
    c.add_argument(
        "--customer",
        action="append",
        default=[],
        metavar="NAME_OR_ID",
        help="a customer by name or id (repeat for several)",
    )
    c.add_argument("--product", action="append", default=[], metavar="PRODUCT", help="a product (repeatable)")
    c.add_argument("--from", dest="start", type=_date, metavar="YYYY-MM-DD")
    c.add_argument("--to", dest="end", type=_date, metavar="YYYY-MM-DD")
    c.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help="a new or empty folder; DIR.zip goes beside"
    )
    c.add_argument("--lang", choices=LANG_CHOICES, help="package language (default: the app's language)")
    c.add_argument("--no-pdf", action="store_true", help="leave out the combined PDF (no Qt needed)")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write e.g. 2026-03-31") from None


def report_language(requested: str | None) -> str:
    """--lang, else the app's language setting, else the system locale."""
    if requested:
        return requested
    chosen = AppSettings.load(config_dir() / "settings.json").language
    if chosen in LANG_CHOICES:
        return chosen
    system = os.environ.get("LC_ALL") or os.environ.get("LANG") or (locale.getlocale()[0] or "")
    return "zh_CN" if system.lower().startswith("zh") else "en"


def cmd_fault_report(args, archive, services, out: Output) -> int:
    case = services.find_case(args.case)
    lang = report_language(args.lang)
    report = build_fault_report(services, case["id"], lang)
    path: Path = args.out
    if args.format == "pdf":
        from ..ui.pdf import html_to_pdf  # Qt, only for PDF

        try:
            written = [html_to_pdf(report.html, path, report.title)]
        except OSError as exc:
            raise KbdeskError(f"could not write {path}: {exc}") from None
    else:
        try:
            written = write_fault_report(report, args.format, path, embed_images=args.images == "embed")
        except OSError as exc:
            raise KbdeskError(f"could not write {path}: {exc.strerror or exc}") from None
    for name in report.missing:
        out.error(f"warning: the screenshot {name} is missing from the archive; the report says so")
    out.done(
        f"Wrote the fault report of {case['number']} to {written[0]}"
        + (f" and {len(written) - 1} image file(s) beside it" if len(written) > 1 else "")
        + "."
    )
    return 0


def cmd_handover(args, archive, services, out: Output) -> int:
    from ..reports.handover import build_handover
    from ..services.handover_select import HandoverScope, resolve_customers

    scope = HandoverScope(
        resolve_customers(services, args.customer), list(dict.fromkeys(args.product)), args.start, args.end
    )
    writer = None
    if not args.no_pdf:
        from ..ui.pdf import sections_to_pdf  # Qt, only for the combined PDF

        writer = sections_to_pdf
    try:
        result = build_handover(services, scope, args.out, report_language(args.lang), writer, out.progress)
    except OSError as exc:
        raise KbdeskError(
            f"could not write the handover package to {args.out}: {exc.strerror or exc}"
        ) from None
    for name in result.missing:
        out.error(f"warning: the attachment {name} is missing from the archive and was left out")
    c = result.contents
    out.done(
        f"Wrote the handover package to {result.folder} ({len(c.cases)} case(s), {len(c.articles)} "
        f"article(s), {len(c.runbooks)} runbook(s), {len(c.drills)} drill(s), {len(c.courses)} course(s); "
        f"{len(result.files)} files) and {result.zip_path}."
    )
    return 0


COMMANDS = {"fault-report": cmd_fault_report, "handover": cmd_handover}
