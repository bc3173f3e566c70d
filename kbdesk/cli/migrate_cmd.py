"""`kbdesk migrate --to postgresql://…`: copy the open SQLite archive into an empty team archive."""

from __future__ import annotations

import argparse

from ..transfer.to_team import migrate_to_team
from .progress import Output


def add_parsers(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("migrate", help="copy this archive into a new, empty team archive (PostgreSQL); "
                                       "all or nothing")
    c.add_argument("--to", required=True, metavar="URL", help="postgresql://user@host/dbname of an empty database")


def cmd_migrate(args, archive, services, out: Output) -> int:
    counts = migrate_to_team(archive, args.to, progress=out.progress)
    rows = sum(v for k, v in counts.items() if k != "blobs")
    out.done(f"Copied {rows} rows in {len(counts) - 1} tables and {counts.get('blobs', 0)} attachment file(s) "
             f"to {args.to.split('@')[-1]}.")
    return 0


COMMANDS = {"migrate": cmd_migrate}
