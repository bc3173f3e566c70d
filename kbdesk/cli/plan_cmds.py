"""`kbdesk holidays …` and `kbdesk attention`: the plan's calendar and deadlines.

Times print in the service plan's zone with its label, whatever the machine's
zone; a deadline on days the calendar does not know is marked "estimated".
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from ..domain.clock import utcnow
from ..domain.text import display_width
from ..errors import KbdeskError
from ..rules.holidays import special_days, unknown_years
from ..rules.plan_time import format_plan_time, plan_zone, zone_label
from ..rules.working_calendar import WorkCalendar
from ..services.attention import attention_items
from ..services.plan_store import load_plan
from ..transfer.holidays import import_holiday_file
from .output import clip

SOURCE_WORDS = {"official": "official calendar", "imported": "imported", "extra": "extra day (plan)",
                "weekday": "estimated"}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("holidays", help="official holidays: import next year's list, list a year")
    hs = c.add_subparsers(dest="holidays_command", metavar="ACTION", required=True)
    i = hs.add_parser("import", help="import a holiday list (text: a date and holiday/workday a line; or .ics)")
    i.add_argument("file", type=Path)
    ls = hs.add_parser("list", help="holidays and make-up working days of a year")
    ls.add_argument("year", type=int)

    c = sub.add_parser("attention", help="open deadlines, most urgent first (times in the plan's zone)")
    c.add_argument("--all", action="store_true", help="also deadlines not yet pressing")
    c.add_argument("--limit", type=int, default=50)
    # Tests and scripted checks pin the clock: --now 2026-12-02T06:30:00+00:00.
    c.add_argument("--now", type=_instant, default=None, help=argparse.SUPPRESS)


def cmd_holidays(args, archive, services, out) -> int:
    if args.holidays_command == "import":
        imported = import_holiday_file(archive.settings_path, args.file)
        years = ", ".join(map(str, imported.years))
        out.done(f"Imported the official calendar of {years}: {len(imported.holidays)} holiday(s), "
                 f"{len(imported.workdays)} make-up working day(s).")
        return 0
    plan = load_plan(archive)
    cal = WorkCalendar(plan)
    if not cal.knows_year(args.year) and plan.use_official_calendar:
        print(f"The official holidays of {args.year} are not known yet: working days are estimated as "
              f"Monday to Friday. Import them with `kbdesk holidays import FILE`.")
    days = special_days(plan, args.year)
    for d in days:
        kind = "working day" if d.working else "holiday"
        print(f"{d.day.isoformat()}  {d.day.strftime('%a')}  {kind:<11}  {SOURCE_WORDS[d.source]}")
    print(f"({len(days)} day(s) in {args.year} differ from Monday–Friday)")
    return 0


def cmd_attention(args, archive, services, out) -> int:
    now = args.now or utcnow()
    plan = load_plan(archive)
    for year in unknown_years(plan, now.astimezone(plan_zone(plan)).date()):
        print(f"note: the official holidays of {year} are not known yet; deadlines on those days are "
              f"estimated (Mon–Fri). Import them: kbdesk holidays import FILE")
    items = attention_items(archive, now, plan, include_ok=args.all)[: args.limit]
    print(f"times in {zone_label(plan.timezone, now)}")
    rows = [(d.state, d.kind, d.label, clip(d.title.replace("\n", " "), 40),
             format_plan_time(d.due_at, plan.timezone, labelled=False) + (" estimated" if d.estimated else ""))
            for d in items]
    head = ("state", "kind", "case", "title", "due")
    widths = [max(display_width(r[i]) for r in [head, *rows]) for i in range(len(head))]
    for r in [head, *rows]:
        print("  ".join(c + " " * (w - display_width(c)) for c, w in zip(r, widths, strict=True)).rstrip())
    print(f"({len(items)} deadline(s))")
    return 0


def _instant(text: str) -> datetime:
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date-time") from None
    if dt.tzinfo is None:
        raise KbdeskError("--now needs a zone, e.g. +00:00")
    return dt.astimezone(UTC)
