"""`kbdesk verify-backup`: read a whole backup and check everything in it.

Besides the checks of the stream (reader.py), the database inside is
extracted to a temporary file and checked: SQLite's integrity check, its
schema against the header, its record counts against the manifest, and that
every attachment it refers to is in the backup.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..storage.registry import RECORD_TYPES
from .errors import BackupRejected
from .leftovers import verify_prefix
from .manifest import DB_MEMBER, Header, Manifest, attachment_member
from .reader import read_backup


@dataclass
class VerifyReport:
    path: Path
    header: Header
    manifest: Manifest
    members: int
    content_bytes: int

    @property
    def records(self) -> int:
        return sum(self.manifest.record_counts.values())


def verify_backup(
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> VerifyReport:
    """Raise BackupRejected with a sentence when anything is wrong."""
    with _work_dir(Path(path)) as work:
        db = Path(work) / DB_MEMBER

        def open_member(name: str):
            return open(db, "wb") if name == DB_MEMBER else None

        result = read_backup(Path(path), open_member, progress, cancel)
        check_database(db, result.manifest, set(result.members))
    return VerifyReport(Path(path), result.header, result.manifest, len(result.members), result.content_bytes)


def _work_dir(backup: Path) -> tempfile.TemporaryDirectory:
    """Beside the backup (the system temp may be a RAM disk, and the database
    can be large), or the system temp when the backup's folder is read-only."""
    try:
        return tempfile.TemporaryDirectory(prefix=verify_prefix(), dir=backup.absolute().parent)
    except OSError:
        return tempfile.TemporaryDirectory(prefix="kbdesk-verify-")


def check_database(db: Path, manifest: Manifest, members: set[str], integrity: bool = True) -> None:
    """The database of a backup (or of a restore) agrees with its manifest.
    ``integrity=False`` skips SQLite's integrity check, for a caller that runs
    `kbdesk check` on the result anyway."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")] if integrity else ["ok"]
            if rows != ["ok"]:
                raise BackupRejected(f"The database in the backup is damaged ({rows[0]}).")
            schema = conn.execute("SELECT COUNT(*) FROM migrations").fetchone()[0]
            counts = {
                rtype: conn.execute(f'SELECT COUNT(*) FROM "{model.__tablename__}"').fetchone()[0]
                for rtype, model in RECORD_TYPES.items()
                if rtype in manifest.record_counts
            }
            hashes = {r[0] for r in conn.execute("SELECT DISTINCT sha256 FROM attachments")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupRejected(f"The database in the backup cannot be read ({exc}).") from None
    if schema != manifest.schema_version:
        raise BackupRejected(
            f"The backup's manifest says schema {manifest.schema_version} but its "
            f"database has schema {schema}: it was altered."
        )
    for rtype, expected in manifest.record_counts.items():
        if counts.get(rtype) != expected:
            raise BackupRejected(
                f"The backup's database holds {counts.get(rtype, 0)} {rtype} "
                f"record(s) but its manifest says {expected}: it was altered."
            )
    absent = sorted(h for h in hashes if attachment_member(h) not in members)
    if absent:
        raise BackupRejected(
            f"The backup lacks {len(absent)} attachment file(s) its database "
            f"refers to (e.g. {absent[0]}): it is incomplete."
        )
