"""Entry point of the `kbdesk` command."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from .. import __version__
from ..domain.clock import utcnow
from ..errors import ImportRejected, KbdeskError, storage_error
from ..locate import choose_archive, create_demo, open_or_create
from ..rules.plan_time import zone_label
from ..services import Services
from ..services.archives import Archive
from ..services.integrity import check_archive
from ..services.lookups import record_columns, record_types
from ..services.plain import to_json_dict
from ..services.plan_store import load_plan
from ..settings import default_actor
from ..transfer.jsonl import export_jsonl, import_jsonl
from . import (
    attachment_cmds,
    backup_cmds,
    document_cmds,
    drill_cmds,
    feedback_cmds,
    import_cmds,
    migrate_cmd,
    plan_cmds,
    report_cmds,
    runbook_cmds,
    search_cmds,
    team_cmds,
    training_cmds,
)
from .output import SUMMARY, record_text, table
from .progress import Output


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kbdesk",
        description="kbdesk: offline knowledge base and case archive. "
        "With no command, starts the desktop app.",
    )
    p.add_argument("--version", action="version", version=f"kbdesk {__version__}")
    p.add_argument("--archive", metavar="PATH", help="archive folder (default: KBDESK_HOME, "
                   "the last one used, or the user data folder, which a first run fills with the demo)")
    p.add_argument("--actor", help="name written to the audit trail (default: your login name)")
    p.add_argument("--read-only", action="store_true",
                   help="desktop app: open the archive read-only (e.g. while another window edits it)")
    p.add_argument("--progress-lines", action="store_true", help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("init", help="create a new, empty archive")
    c.add_argument("path", type=Path)
    c.add_argument("--demo", action="store_true", help="fill it with the demo data")

    c = sub.add_parser("import", help="import a kbdesk JSON Lines file (all or nothing)")
    c.add_argument("file", type=Path)

    import_cmds.add_parser(sub)

    c = sub.add_parser("export", help="export the whole archive as JSON Lines")
    c.add_argument("file", type=Path)

    c = sub.add_parser("list", help="list records of one type")
    c.add_argument("type", choices=sorted(record_types()))
    c.add_argument("--where", action="append", default=[], metavar="FIELD=VALUE")
    c.add_argument("--sort", metavar="FIELD")
    c.add_argument("--desc", action="store_true", help="sort descending")
    c.add_argument("--limit", type=int, default=50)
    c.add_argument("--json", action="store_true", help="one JSON object per line")

    c = sub.add_parser("show", help="show one record (a case also by its number)")
    c.add_argument("type", choices=sorted(record_types()))
    c.add_argument("id")
    c.add_argument("--json", action="store_true")

    sub.add_parser("check", help="check the database, every attachment file and its extracted text")

    c = sub.add_parser("sla", help="SLA compliance by severity, customer, month or quarter")
    c.add_argument("--by", choices=["severity", "customer", "month", "quarter"], default="severity")
    c.add_argument("--from", dest="start", type=_date, metavar="YYYY-MM-DD")
    c.add_argument("--to", dest="end", type=_date, metavar="YYYY-MM-DD")
    search_cmds.add_parsers(sub)
    feedback_cmds.add_parsers(sub)
    drill_cmds.add_parsers(sub)
    plan_cmds.add_parsers(sub)
    runbook_cmds.add_parsers(sub)
    attachment_cmds.add_parsers(sub)
    report_cmds.add_parser(sub, _date)
    backup_cmds.add_parsers(sub)
    training_cmds.add_parsers(sub)
    document_cmds.add_parsers(sub)
    migrate_cmd.add_parsers(sub)
    team_cmds.add_parsers(sub)
    sub.add_parser("info", help="where the archive is and what it holds")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv == ["extract-worker"]:  # the attachment-text child of a frozen build (not in --help)
        from ..extract.worker import main as worker_main

        return worker_main()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _start_gui(args)
    out = Output(args.progress_lines)
    try:
        return _run(args, out)
    except ImportRejected as exc:
        out.error(str(exc))
        return 1
    except KbdeskError as exc:
        out.error(f"kbdesk: {storage_error(exc)}")
        return 1
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except Exception as exc:  # a full disk and the like: a sentence, not a traceback
        known = storage_error(exc)
        if known is None:
            raise
        out.error(f"kbdesk: {known}")
        return 1


def _start_gui(args: argparse.Namespace) -> int:
    try:
        from ..ui.app import run
    except ImportError as exc:  # e.g. Qt's system libraries are missing
        print(f"kbdesk: cannot start the desktop app ({exc}); the commands still work:\n",
              file=sys.stderr)
        build_parser().print_help()
        return 1
    return run(args.archive, args.actor, read_only=args.read_only)


def _run(args: argparse.Namespace, out: Output) -> int:
    if args.command == "init":
        archive = create_demo(args.path) if args.demo else Archive.create(args.path)
        print(f"Created archive at {archive.root}")
        archive.close()
        return 0
    if args.command in backup_cmds.COMMANDS:  # they work on files, not an open archive
        return backup_cmds.run(args, out)
    if args.command == "team":  # the server's schema and roles, not records
        return team_cmds.run(args, out)
    located = choose_archive(args.archive)
    with open_or_create(located) as archive:
        if located.created_demo:
            print(f"First run: created a demo archive at {archive.root}", file=sys.stderr)
        services = Services(archive, actor=args.actor or default_actor(), origin="cli")
        services.hub.subscribe(out.collect)
        return COMMANDS[args.command](args, archive, services, out)


def _cmd_import(args, archive: Archive, services: Services, out: Output) -> int:
    report = import_jsonl(archive, args.file, actor=services.actor, progress=out.progress, hub=services.hub)
    out.done(f"Imported {report.total} records ({_counts(report.counts)}), "
             f"{report.blobs_added} new attachment file(s).")
    return 0


def _cmd_import_csv(args, archive: Archive, services: Services, out: Output) -> int:
    return import_cmds.cmd_import_csv(args, archive, services, out, _pairs)


def _cmd_export(args, archive: Archive, services: Services, out: Output) -> int:
    counts = export_jsonl(archive, args.file, progress=out.progress)
    out.done(f"Exported {sum(counts.values())} records to {args.file} ({_counts(counts)}).")
    return 0


def _cmd_list(args, archive: Archive, services: Services, out: Output) -> int:
    where = _pairs(args.where, "--where")
    rows = services.list(args.type, where=where, order_by=args.sort, descending=args.desc,
                         limit=args.limit)
    if args.json:
        for r in rows:
            print(json.dumps(to_json_dict(r), ensure_ascii=False))
        return 0
    total = services.count(args.type, where=where)
    cols = SUMMARY.get(args.type) or record_columns(args.type)[:5]
    zone_name = load_plan(archive).timezone
    print(table(rows, cols, zone_name=zone_name))
    print(f"({len(rows)} of {total}) times in {zone_label(zone_name, utcnow())}")
    return 0


def _cmd_show(args, archive: Archive, services: Services, out: Output) -> int:
    record = services.find_case(args.id) if args.type == "case" else services.get(args.type, args.id)
    if args.json:
        print(json.dumps(to_json_dict(record), ensure_ascii=False, indent=2))
    else:
        print(record_text(record, load_plan(archive).timezone))
    return 0


def _cmd_check(args, archive: Archive, services: Services, out: Output) -> int:
    report = check_archive(archive)
    for note in report.notes:
        print(f"note: {note}")
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    for line in search_cmds.check_search_index(archive):
        print(line)
    summary = (f"{'OK' if report.ok else 'DAMAGED'}: database checked, "
               f"{report.texts_compared} extracted text(s) compared, "
               f"{report.attachments_checked} attachment file(s) verified, "
               f"{len(report.problems)} problem(s).")
    if report.ok:
        out.done(summary)
    else:
        out.error(summary)
    return 0 if report.ok else 1


def _cmd_sla(args, archive: Archive, services: Services, out: Output) -> int:
    from ..reports.sla import sla_command_output

    print(sla_command_output(services, args.by, args.start, args.end))
    return 0


def _cmd_info(args, archive: Archive, services: Services, out: Output) -> int:
    print(f"archive: {archive.label}")
    print(f"schema:  {archive.schema_version()}")
    for rtype in record_types():
        n = services.count(rtype)
        if n:
            print(f"  {rtype:<17} {n}")
    return 0


COMMANDS = {
    "import": _cmd_import, "import-csv": _cmd_import_csv, "export": _cmd_export,
    "list": _cmd_list, "show": _cmd_show, "check": _cmd_check, "info": _cmd_info,
    "search": search_cmds.cmd_search, "match": search_cmds.cmd_match,
    "reindex": search_cmds.cmd_reindex, "sla": _cmd_sla, "feedback": feedback_cmds.cmd_feedback,
    "drill-report": drill_cmds.cmd_drill_report, "report": report_cmds.cmd_report,
    "holidays": plan_cmds.cmd_holidays, "attention": plan_cmds.cmd_attention,
    "import-runbook": runbook_cmds.cmd_import_runbook, "export-runbook": runbook_cmds.cmd_export_runbook,
    "runbooks": runbook_cmds.cmd_runbooks,
    "attach": attachment_cmds.cmd_attach, "attachments": attachment_cmds.cmd_attachments,
    "training-progress": training_cmds.cmd_training_progress, "import-course": training_cmds.cmd_import_course,
    **document_cmds.COMMANDS,
    **migrate_cmd.COMMANDS,
}


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write e.g. 2026-03-31") from None


def _pairs(items: list[str], option: str) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise KbdeskError(f"{option} {item!r}: write it as NAME=VALUE")
        out[key.strip()] = value
    return out


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {t}" for t, n in counts.items() if n)
