"""One desktop app per archive: a lock file in the archive plus an OS lock.

The file ``kbdesk-app.lock`` says who holds the archive (pid, host, when);
the operating system's advisory lock on it (``fcntl.flock`` / ``msvcrt``)
is what actually excludes a second app. The OS drops that lock when the
holder dies, so a crashed app never leaves a lock that blocks: the file is
then merely stale and the next app takes it over. A lock written on another
host cannot be checked from here (advisory locks need not cross a network
share), so the caller asks the user before taking it.

Only app instances take this lock; CLI commands do not (SQLite already
serialises their writes against the app's).
"""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..errors import ArchiveError

LOCK_NAME = "kbdesk-app.lock"


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    started_at: str

    def describe(self) -> str:
        return f"process {self.pid} on {self.host}, since {self.started_at}"


class ArchiveInUseError(ArchiveError):
    """Another running kbdesk app holds the archive."""

    def __init__(self, root: Path, holder: LockHolder | None):
        self.root = root
        self.holder = holder
        who = holder.describe() if holder else "another kbdesk window"
        super().__init__(
            f"{root} is already open in another kbdesk window ({who}). Switch to that "
            "window, or open the archive read-only."
        )


class LockedOnOtherHostError(ArchiveError):
    """The lock file names another computer; whether it still runs is unknown."""

    def __init__(self, root: Path, holder: LockHolder):
        self.root = root
        self.holder = holder
        super().__init__(
            f"{root} was opened by kbdesk on another computer, {holder.host} "
            f"(process {holder.pid}, since {holder.started_at}). If kbdesk is no longer "
            "running there, take the archive over; otherwise open it read-only."
        )


def this_host() -> str:
    return socket.gethostname()


def read_holder(root: Path) -> LockHolder | None:
    """Who the lock file names, or None when there is no readable lock file."""
    try:
        data = json.loads((Path(root) / LOCK_NAME).read_text(encoding="utf-8") or "{}")
        return LockHolder(int(data["pid"]), str(data["host"]), str(data["started_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class InstanceLock:
    """The held lock; :meth:`release` (or process exit) gives it up.

    ``replaced`` names a stale holder this lock took over (a dead process on
    this host, or another host the user agreed to take over from)."""

    def __init__(self, root: Path, fd: int, replaced: LockHolder | None):
        self.root = root
        self._fd: int | None = fd
        self.replaced = replaced

    @classmethod
    def acquire(cls, root: Path | str, take_over_other_host: bool = False) -> InstanceLock:
        root = Path(root)
        path = root / LOCK_NAME
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise ArchiveError(f"Cannot create the lock file {path}: {exc.strerror}.") from exc
        if not _try_os_lock(fd):
            holder = read_holder(root)
            os.close(fd)
            raise ArchiveInUseError(root, holder)
        previous = read_holder(root)
        if previous is not None and previous.host != this_host() and not take_over_other_host:
            _os_unlock(fd)
            os.close(fd)
            raise LockedOnOtherHostError(root, previous)
        # The OS lock is ours, so a holder named on this host is dead (or
        # its pid was reused by something that is not a kbdesk app).
        lock = cls(root, fd, previous)
        lock._write_holder()
        return lock

    def _write_holder(self) -> None:
        info = {"pid": os.getpid(), "host": this_host(),
                "started_at": datetime.now(UTC).isoformat(timespec="seconds")}
        data = json.dumps(info).encode()
        fd = self._fd
        assert fd is not None, "holder written after release"
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, data)
        os.fsync(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)  # an empty file names nobody
        except OSError:
            pass
        _os_unlock(fd)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # msvcrt locks byte ranges; lock a byte far past the JSON so writing the
    # holder's details is not blocked by our own lock.
    _LOCK_OFFSET = 1 << 20

    def _try_os_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _os_unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_os_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _os_unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
