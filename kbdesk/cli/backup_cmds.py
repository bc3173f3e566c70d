"""`kbdesk backup`, `kbdesk verify-backup` and `kbdesk restore`.

They work on folders and files directly, without opening the archive for
writing: a backup is only a reader of the database, so it runs while the app
(or an import) writes.
"""

from __future__ import annotations

import argparse
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from ..backup.auto import run_automatic_backup
from ..backup.config import BackupConfig, LastBackup
from ..backup.errors import BackupCancelled
from ..backup.restore import restore_backup
from ..backup.snapshot import create_backup, default_backup_name
from ..backup.verify import verify_backup
from ..errors import ArchiveError
from ..locate import choose_archive
from .progress import Output

COMMANDS = ("backup", "verify-backup", "restore")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("backup", help="write a consistent backup file of the archive (Ctrl+C cancels)")
    c.add_argument(
        "--to",
        type=Path,
        metavar="FILE",
        help="backup file (default: a time-stamped file in the archive's backup folder)",
    )
    c.add_argument(
        "--auto",
        action="store_true",
        help="an automatic backup: into the backup folder, verified, old ones rotated",
    )
    c.add_argument(
        "--skip-if-within",
        type=float,
        metavar="HOURS",
        help="with --auto: do nothing when the last backup is more recent than this",
    )
    c.add_argument("--verify", action="store_true", help="read the written backup back and verify it")
    c = sub.add_parser("verify-backup", help="check every checksum and the database of a backup file")
    c.add_argument("file", type=Path)
    c = sub.add_parser("restore", help="restore a backup file into a new folder, verified")
    c.add_argument("file", type=Path)
    c.add_argument("--to", type=Path, required=True, metavar="NEW_FOLDER", dest="target")


def run(args: argparse.Namespace, out: Output) -> int:
    with _ctrl_c() as cancelled:
        try:
            return {"backup": _backup, "verify-backup": _verify, "restore": _restore}[args.command](
                args, out, cancelled
            )
        except BackupCancelled as exc:
            out.error(str(exc))
            return 1


@contextmanager
def _ctrl_c() -> Iterator[Callable[[], bool]]:
    event = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: event.set())
    try:
        yield event.is_set
    finally:
        signal.signal(signal.SIGINT, previous)


def _archive_root(args: argparse.Namespace) -> Path:
    root = choose_archive(args.archive).path.expanduser().resolve()
    if not (root / "kbdesk.sqlite").is_file():
        raise ArchiveError(f"No archive at {root} (no kbdesk.sqlite inside): nothing to back up.")
    return root


def _backup(args, out: Output, cancelled) -> int:
    root = _archive_root(args)
    if args.auto:
        within = timedelta(hours=args.skip_if_within) if args.skip_if_within is not None else None
        auto = run_automatic_backup(root, within, out.progress, cancelled)
        if auto.result is None:
            out.done(f"Skipped: the last backup ({auto.last.at}) is recent enough.")
            return 0
        result = auto.result
        gone = f"; {len(auto.removed)} old backup(s) rotated out" if auto.removed else ""
        out.done(f"Backup written and verified: {result.path} ({_mb(result.size)}){gone}.")
        return 0
    config = BackupConfig.load(root)
    target = args.to or config.folder_for(root) / default_backup_name(root)
    if target.is_dir():
        target = target / default_backup_name(root)
    result = create_backup(root, target, out.progress, cancelled)
    if args.verify:
        verify_backup(result.path, cancel=cancelled)
    config.last = LastBackup(result.created_at, str(result.path), result.size, args.verify, "")
    config.save(root)
    records = sum(result.record_counts.values())
    checked = " and verified" if args.verify else ""
    out.done(
        f"Backup written{checked}: {result.path} ({_mb(result.size)}, {records} records, "
        f"{result.members} files, {result.seconds:.1f} s)."
    )
    return 0


def _verify(args, out: Output, cancelled) -> int:
    report = verify_backup(args.file, out.progress, cancelled)
    m = report.manifest
    out.done(
        f"OK: {args.file} is a complete, intact backup of {m.source_archive} taken "
        f"{m.created_at} by kbdesk {m.kbdesk_version} (schema {m.schema_version}): "
        f"{report.members} files, {report.records} records, every checksum verified."
    )
    return 0


def _restore(args, out: Output, cancelled) -> int:
    result = restore_backup(args.file, args.target, out.progress, cancelled)
    upgraded = (
        (
            f" It was upgraded from schema {result.upgraded_from}; the original database is "
            f"kept as kbdesk.sqlite.schema{result.upgraded_from}.bak."
        )
        if result.upgraded_from
        else ""
    )
    out.done(
        f"Restored into {result.root}: every checksum, the database and every attachment "
        f"verified; search index rebuilt.{upgraded} Open it with: kbdesk --archive {result.root}"
    )
    return 0


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"
