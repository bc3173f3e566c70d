"""`kbdesk attach` and `kbdesk attachments`: files from the command line, their text."""

from __future__ import annotations

import argparse
import json
import threading
from dataclasses import asdict
from pathlib import Path

from ..errors import KbdeskError
from ..extract import OK, ExtractRunner, describe
from ..services.attachment_text import (
    PendingFile,
    extract_files,
    files_needing_text,
    files_to_reextract,
    limits_for,
    skipped_files,
    text_statuses,
    text_summary,
)
from ..services.lookups import record_types
from .output import clip

OWNER_TYPES = sorted(t for t in record_types() if t not in ("attachment", "audit", "link", "article_version"))


def add_parsers(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("attach", help="attach files to a record and extract their text")
    c.add_argument("type", choices=OWNER_TYPES, metavar="TYPE", help="record type, e.g. case, article, material")
    c.add_argument("id", help="record id (a case also by its number)")
    c.add_argument("files", nargs="+", type=Path, metavar="FILE")

    c = sub.add_parser("attachments", help="text of attached files: what gave none, extract again")
    what = c.add_mutually_exclusive_group()
    what.add_argument("--skipped", action="store_true", help="list every file that gave no text, and why")
    what.add_argument("--extract", action="store_true", help="extract the files that have no text yet")
    what.add_argument("--reextract", action="store_true",
                      help="extract again the files that gave no text and those of older extractor versions")
    c.add_argument("--all", action="store_true", help="with --reextract: every attached file")
    c.add_argument("--json", action="store_true", help="with --skipped: one JSON object per line")


def cmd_attach(args, archive, services, out) -> int:
    owner_id = services.find_case(args.id)["id"] if args.type == "case" else services.get(args.type, args.id)["id"]
    attached: list[tuple[Path, dict]] = []
    failed = 0
    for path in args.files:
        try:
            att = services.attach_file(args.type, owner_id, path)
        except (KbdeskError, OSError) as exc:
            failed += 1
            out.error(f"{path}: not attached: {_why(exc)}")
            continue
        attached.append((path, att))
    if attached:
        hashes = {att["sha256"] for _, att in attached}
        todo = files_needing_text(archive, hashes=hashes)
        extract_files(services, todo, progress=out.progress)
        texts = _statuses(archive, hashes)
        for path, att in attached:
            status, reason, chars = texts.get(att["sha256"], ("", "", 0))
            said = f"text extracted ({chars} characters)" if status == OK else describe(status, reason)
            print(f"{path.name}: attached ({att['size']} bytes); {said}")
    out.done(f"{len(attached)} file(s) attached to {args.type} {owner_id}"
             + (f", {failed} not attached." if failed else "."))
    return 1 if failed else 0


def cmd_attachments(args, archive, services, out) -> int:
    if args.skipped:
        return _list_skipped(archive, args.json)
    if args.extract or args.reextract:
        files = files_to_reextract(archive, args.all) if args.reextract else files_needing_text(archive)
        return _extract(services, files, out)
    return _summary(archive)


def _extract(services, files: list[PendingFile], out) -> int:
    cancel = threading.Event()
    with ExtractRunner(limits_for(services.archive)) as runner:
        try:
            report = extract_files(services, files, runner, progress=out.progress, cancel=cancel)
        except KeyboardInterrupt:
            out.done("Extraction interrupted; the texts stored so far are kept.")
            return 1
    skipped = report.extracted - report.with_text
    missing = f"; {len(report.missing)} stored file(s) missing (see `kbdesk check`)" if report.missing else ""
    out.done(f"{report.extracted} file(s) extracted: {report.with_text} with text, {skipped} without "
             f"(`kbdesk attachments --skipped` lists them){missing}.")
    return 0


def _list_skipped(archive, as_json: bool) -> int:
    rows = skipped_files(archive)
    if as_json:
        for r in rows:
            print(json.dumps({**asdict(r), "why": describe(r.status, r.reason)}, ensure_ascii=False))
        return 0
    for r in rows:
        print(f"{clip(r.filename, 40):<40}  {r.owner_type} {clip(r.owner_label, 40)}  [{r.owner_id}]")
        print(f"    {describe(r.status, r.reason)}")
    print(f"({len(rows)} file(s) gave no text)")
    return 0


def _summary(archive) -> int:
    summary = text_summary(archive)
    files, by_status = summary.files, summary.by_status
    pending = len(files_needing_text(archive))
    print(f"{files} attached file(s): {by_status.get(OK, 0)} with text, "
          f"{sum(n for st, n in by_status.items() if st != OK)} without, {pending} not extracted yet")
    for status, n in sorted(by_status.items()):
        if status != OK:
            print(f"  {describe(status):<28} {n}")
    return 0


def _statuses(archive, hashes: set[str]) -> dict[str, tuple[str, str, int]]:
    return text_statuses(archive, hashes)


def _why(exc: Exception) -> str:
    problems = getattr(exc, "problems", None)
    if problems:
        return "; ".join(problems.values())
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)
