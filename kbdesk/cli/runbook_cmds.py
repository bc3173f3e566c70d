"""`kbdesk import-runbook`, `kbdesk export-runbook` and `kbdesk runbooks --health`."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from ..domain.clock import utcnow
from ..errors import ImportRejected, KbdeskError
from ..rules.working_calendar import WorkCalendar
from ..services.attention import health_rows
from ..services.plan_store import load_plan
from ..services.runbooks import export_runbook_markdown, save_runbook_draft
from ..transfer.runbook_markdown import read_runbook_file
from .output import table

KINDS = ("backup", "recovery", "emergency")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("import-runbook", help="create runbooks from Markdown files (steps, commands, rollback)")
    c.add_argument("files", nargs="+", type=Path, metavar="FILE.md")
    c.add_argument("--kind", choices=KINDS, help="runbook kind (default: guessed from the title)")
    c.add_argument("--product", default="")
    c.add_argument("--customer", metavar="ID", help="customer id the runbooks belong to")
    c.add_argument("--dry-run", action="store_true", help="show what would be imported, save nothing")

    c = sub.add_parser("export-runbook", help="write a runbook as Markdown (reads back with import-runbook)")
    c.add_argument("id")
    c.add_argument("--out", type=Path, metavar="FILE.md", help="output file (default: standard output)")

    c = sub.add_parser("runbooks", help="runbooks and their drills")
    c.add_argument("--health", action="store_true", help="last drilled, next due and overdue, per runbook")


def cmd_import_runbook(args, archive, services, out) -> int:
    failed = 0
    for path in args.files:
        try:
            draft = read_runbook_file(path)
        except ImportRejected as exc:
            out.error(str(exc))
            failed += 1
            continue
        print(f"{path}: “{draft.title}”, {len(draft.steps)} step(s)")
        for n, step in enumerate(draft.steps, 1):
            minutes = f"~{step.estimated_minutes} min" if step.estimated_minutes is not None else "no estimate"
            extra = f", {len(step.commands)} command(s)" if step.commands else ""
            phase = f"[{step.phase}] " if step.phase else ""
            print(f"  {n:>2}. {phase}{_first_line(step.action)} ({minutes}{extra})")
        for item in draft.unplaced:
            where = f" under “{item.section}”" if item.section else ""
            print(f"  could not place{where}: {item.text}")
        if not draft.steps:
            out.error(f"{path}: no steps found (numbered or bulleted lists, or sections with commands); "
                      "nothing imported from this file.")
            failed += 1
            continue
        if args.dry_run:
            continue
        runbook = save_runbook_draft(services, draft, kind=args.kind, product=args.product,
                                     customer_id=args.customer)
        out.done(f"{path}: saved as runbook {runbook['id']}"
                 + (f" ({len(draft.unplaced)} part(s) not placed, listed above)" if draft.unplaced else ""))
    return 1 if failed else 0


def cmd_export_runbook(args, archive, services, out) -> int:
    text = export_runbook_markdown(services, args.id)
    if args.out is None:
        print(text, end="")
        return 0
    _write_atomically(args.out, text)
    out.done(f"Wrote runbook {args.id} to {args.out}.")
    return 0


def cmd_runbooks(args, archive, services, out) -> int:
    plan = load_plan(archive)
    if not args.health:
        rows = services.list("runbook", order_by="title")
        print(table(rows, ["id", "title", "kind", "product"]))
        return 0
    today = WorkCalendar(plan).local(utcnow()).date()
    health = health_rows(archive, today, plan)
    rows = [{
        "runbook": h.title, "last drilled": h.last_drilled.isoformat() if h.last_drilled else "never",
        "next due": h.next_due.isoformat(), "every": f"{h.interval_months} mo",
        "overdue": f"yes, {(today - h.next_due).days} d" if h.overdue else
                   ("due soon" if h.state == "due_soon" else "no"),
    } for h in health]
    print(table(rows, ["runbook", "last drilled", "next due", "every", "overdue"]))
    overdue = sum(h.overdue for h in health)
    print(f"({len(health)} runbook(s), {overdue} overdue; default interval {plan.drill_interval_months} months)")
    return 0


def _first_line(text: str) -> str:
    line = (text or "").strip().split("\n", 1)[0]
    return line if len(line) <= 90 else line[:89] + "…"


def _write_atomically(path: Path, text: str) -> None:
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".", prefix=".kbdesk-export-")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise KbdeskError(f"cannot write {path}: {exc.strerror or exc}") from exc
