"""`kbdesk training-progress` and `kbdesk import-course`: the trainer's commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.clock import utcnow
from ..domain.text import display_width
from ..reports.training_plan import (
    PROGRESS_HEADER,
    progress_csv,
    progress_markdown,
    progress_rows,
    training_plan,
)
from ..rules.plan_time import plan_zone
from ..services import course_import as ci
from ..services.attachment_text import extract_files, files_needing_text
from ..services.plan_store import load_plan

# What each skip reason means, in words a trainer can act on.
SKIP_WORDS = {
    ci.LINK_OUTSIDE: "a link leading out of the folder (not followed)",
    ci.LINKED_FOLDER: "a linked folder (not entered)",
    ci.TOO_LARGE: "larger than the limit",
    ci.TOO_DEEP: "more than one subfolder deep (not walked)",
    ci.DUPLICATE: "the same content as",
    ci.ALREADY_IN_COURSE: "already in the course as",
    ci.SYSTEM_FILE: "a system or lock file",
    ci.UNREADABLE: "could not be read",
    ci.NOT_A_FILE: "not a regular file",
}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("training-progress",
                       help="per customer: planned and held on-site trainings against the quota, "
                            "attendees, average feedback score")
    c.add_argument("--year", type=int, help="the plan year (default: this year in the plan's zone)")
    c.add_argument("--customer", metavar="NAME", help="only this customer (exact name)")
    c.add_argument("--format", choices=["table", "csv", "md"], default="table")

    c = sub.add_parser("import-course", help="make a course's materials from a folder of files")
    c.add_argument("folder", type=Path)
    c.add_argument("--course", metavar="NAME",
                   help="the course to add to, created when missing (default: the folder's name)")
    c.add_argument("--no-extract", action="store_true",
                   help="do not extract the files' text now (the app does it in the background)")
    c.add_argument("--max-size", type=int, default=ci.DEFAULT_MAX_BYTES // (1024 * 1024), metavar="MB",
                   help="refuse files larger than this (default: %(default)s MB)")


def cmd_training_progress(args, archive, services, out) -> int:
    plan = load_plan(archive)
    today = utcnow().astimezone(plan_zone(plan)).date()
    year = args.year or today.year
    report = training_plan(services, year, plan.onsite_trainings_per_year, today, args.customer)
    if args.customer is not None and not report.rows:
        out.error(f"kbdesk: no customer is named {args.customer!r}; `kbdesk list customer` lists them.")
        return 1
    if args.format == "csv":
        print(progress_csv(report), end="")
    elif args.format == "md":
        print(progress_markdown(report), end="")
    else:
        print(f"training year {year}: on-site quota {report.quota} a year; "
              f"held by {today.isoformat()} should be at least 'expected by now'")
        print(_aligned([PROGRESS_HEADER, *progress_rows(report)]))
        behind = sum(r.behind for r in report.rows)
        print(f"({len(report.rows)} customer(s), {behind} behind plan)")
    return 0


def cmd_import_course(args, archive, services, out) -> int:
    if args.max_size <= 0:
        out.error("kbdesk: --max-size must be a positive number of MB.")
        return 1
    report = ci.import_course_folder(services, args.folder, args.course,
                                     max_bytes=args.max_size * 1024 * 1024, progress=out.progress)
    lines = [f"{'Created' if report.course_created else 'Added to'} course {report.course['title']!r}: "
             f"{len(report.materials)} material(s), {len(report.skipped)} file(s) skipped."]
    if report.attachments and not args.no_extract:
        # The materials are committed; text extraction comes after, so search finds their content.
        todo = files_needing_text(archive, hashes={a["sha256"] for a in report.attachments})
        extracted = extract_files(services, todo, progress=out.progress)
        lines[0] += (f" Text extracted from {extracted.with_text} of {extracted.extracted} new file(s); "
                     "`kbdesk attachments --skipped` lists those that gave none.")
    lines += [f"skipped {s.path}: {skip_text(s, args.max_size)}" for s in report.skipped]
    out.done("\n".join(lines) if not out.machine else lines[0])
    if out.machine:  # the app lists the skipped files under the summary
        for line in lines[1:]:
            print(f"DETAIL {line}", flush=True)
    return 0


def skip_text(skipped: ci.SkippedFile, max_mb: int) -> str:
    words = SKIP_WORDS.get(skipped.reason, skipped.reason)
    if skipped.reason == ci.TOO_LARGE:
        return f"{words} ({int(skipped.detail) / (1024 * 1024):.1f} MB > {max_mb} MB)"
    if skipped.detail:
        return f"{words} {skipped.detail}" if skipped.reason in (ci.DUPLICATE, ci.ALREADY_IN_COURSE) \
            else f"{words} ({skipped.detail})"
    return words


def _aligned(rows: list[tuple[str, ...]]) -> str:
    widths = [max(display_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c + " " * (w - display_width(c)) for c, w in zip(r, widths, strict=True)).rstrip()
                     for r in rows)
