"""`kbdesk backup`: a consistent snapshot of a live archive, streamed into one tar.

The database is copied with SQLite's online backup API in a single step: one
read transaction, so the copy is one consistent point even while another
process writes (WAL readers never block writers). The attachments written into
the backup are exactly those the snapshot refers to. Everything is streamed in
chunks, so memory does not grow with the archive, and the tar is written under
a temporary name, fsynced and only then renamed: a killed backup leaves no
file that looks like a finished backup.
"""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import tarfile
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .. import __version__
from ..errors import ArchiveError, NotAnArchiveError
from ..storage.archive import APP_MARK, DB_NAME
from ..storage.registry import RECORD_TYPES
from .errors import BackupCancelled
from .leftovers import partial_prefix, snapshot_prefix, sweep_temporaries
from .manifest import (
    DB_MEMBER,
    HEADER_NAME,
    MANIFEST_NAME,
    MANIFEST_SUM_NAME,
    SETTINGS_MEMBER,
    SUFFIX,
    Header,
    Manifest,
    attachment_member,
)

CHUNK = 1 << 20
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass
class BackupResult:
    path: Path
    size: int
    members: int
    record_counts: dict[str, int]
    created_at: str
    seconds: float


def default_backup_name(archive_root: Path, now: datetime | None = None) -> str:
    stamp = (now or datetime.now().astimezone()).strftime("%Y%m%d-%H%M%S")
    return f"{archive_root.name}-{stamp}{SUFFIX}"


def create_backup(
    archive_root: Path,
    target: Path,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    now: datetime | None = None,
) -> BackupResult:
    """Write a backup of the archive folder ``archive_root`` to ``target``
    (``now``: the time to record as created-at; tests pass one)."""
    target = Path(target).absolute()
    try:
        return _create(Path(archive_root).resolve(), target, progress, cancel, now)
    except sqlite3.Error as exc:
        raise ArchiveError(f"Cannot back up: the database could not be read ({exc}).") from None
    except OSError as exc:
        why = exc.strerror or str(exc)
        raise ArchiveError(
            f"Could not write the backup {target}: {why}. No backup file was left behind; "
            "free some space or choose another folder."
        ) from None


def _create(archive_root: Path, target: Path, progress, cancel, now) -> BackupResult:
    started = time.monotonic()
    target.parent.mkdir(parents=True, exist_ok=True)
    sweep_temporaries(target.parent)  # what a killed backup left here
    _check(cancel)
    with tempfile.TemporaryDirectory(prefix=snapshot_prefix(), dir=target.parent) as work:
        snapshot = Path(work) / DB_NAME
        _snapshot_database(archive_root / DB_NAME, snapshot)
        _check(cancel)
        schema, counts, hashes = _describe(snapshot)
        files = [(DB_MEMBER, snapshot)]
        settings = archive_root / "settings.json"
        if settings.is_file():  # copied now: it may be rewritten while the blobs stream
            copy = Path(work) / "settings.json"
            copy.write_bytes(settings.read_bytes())
            files.append((SETTINGS_MEMBER, copy))
        blob_root = archive_root / "attachments"
        files += [(attachment_member(h), blob_root / h[:2] / h) for h in sorted(hashes)]
        sizes = [_size_of(name, path) for name, path in files]
        created = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
        header = Header(__version__, schema, created, str(archive_root), len(files), sum(sizes))
        manifest = Manifest(__version__, schema, created, str(archive_root), record_counts=counts)
        _write_atomically(target, header, manifest, files, sizes, progress, cancel)
    return BackupResult(
        target, target.stat().st_size, len(files), counts, created, time.monotonic() - started
    )


def _check(cancel: Cancel | None) -> None:
    if cancel and cancel():
        raise BackupCancelled("Backup cancelled; no backup file was written.")


def _snapshot_database(source: Path, dest: Path) -> None:
    if not source.is_file():
        raise NotAnArchiveError(f"{source.parent} is not a kbdesk archive (no {DB_NAME} inside).")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(dest)
    try:
        src.execute("PRAGMA busy_timeout=10000")
        # pages=-1: all pages in one step, inside one read transaction. Stepwise
        # copying would restart whenever another process commits.
        src.backup(dst, pages=-1)
        # The copy keeps WAL mode in its header; make it a self-contained file.
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()


def _describe(snapshot: Path) -> tuple[int, dict[str, int], set[str]]:
    conn = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
    try:
        mark = conn.execute("SELECT value FROM meta WHERE key='app'").fetchone()
        if not mark or mark[0] != APP_MARK:
            raise NotAnArchiveError(f"{snapshot.name} is a database but not a kbdesk archive.")
        schema = conn.execute("SELECT COUNT(*) FROM migrations").fetchone()[0]
        # An older schema lacks the tables later migrations add: count the ones it has.
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        counts = {
            rtype: conn.execute(f'SELECT COUNT(*) FROM "{model.__tablename__}"').fetchone()[0]
            for rtype, model in RECORD_TYPES.items()
            if model.__tablename__ in tables
        }
        hashes = {row[0] for row in conn.execute("SELECT DISTINCT sha256 FROM attachments")}
    except sqlite3.DatabaseError as exc:
        raise NotAnArchiveError(f"The database is not a kbdesk archive or is damaged ({exc}).") from None
    finally:
        conn.close()
    return schema, counts, hashes


def _size_of(name: str, path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        raise ArchiveError(
            f"Cannot back up: the archive's file {name} is missing. Run `kbdesk check` to see "
            "which attachments are damaged."
        ) from None


def _write_atomically(target, header, manifest, files, sizes, progress, cancel) -> None:
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=partial_prefix(target))
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as raw:
            # typeshed's stream-mode overloads lack TarFile's copybufsize, which open() passes on.
            with tarfile.open(  # type: ignore[call-overload]
                fileobj=raw, mode="w|", format=tarfile.PAX_FORMAT, bufsize=CHUNK, copybufsize=CHUNK
            ) as tar:
                _add_bytes(tar, HEADER_NAME, header.to_bytes())
                done = 0
                total = header.total_bytes
                for (name, path), size in zip(files, sizes, strict=True):
                    _check(cancel)
                    manifest.members[name] = _add_file(tar, name, path, size, cancel)
                    done += size
                    if progress:
                        progress(done, total)
                body = manifest.to_bytes()
                _add_bytes(tar, MANIFEST_NAME, body)
                _add_bytes(tar, MANIFEST_SUM_NAME, hashlib.sha256(body).hexdigest().encode())
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    tar.addfile(_info(name, len(data)), io.BytesIO(data))


def _add_file(tar: tarfile.TarFile, name: str, path: Path, size: int, cancel) -> dict:
    with open(path, "rb") as fh:
        reader = _HashingReader(fh, size, cancel)
        tar.addfile(_info(name, size), reader)
    return {"sha256": reader.digest.hexdigest(), "size": size}


def _info(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o644
    info.mtime = int(time.time())
    return info


class _HashingReader(io.RawIOBase):
    """Feeds tarfile exactly ``size`` bytes of a file, hashing them on the way.
    A file that shrank meanwhile is an error, never a silently short member."""

    def __init__(self, fh, size: int, cancel):
        self.fh = fh
        self.left = size
        self.cancel = cancel
        self.digest = hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        n = self.left if n < 0 else min(n, self.left)
        data = self.fh.read(n)
        if len(data) < n:
            raise OSError(f"{self.fh.name} changed size while it was being backed up")
        self.left -= len(data)
        self.digest.update(data)
        _check(self.cancel)
        return data


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
