"""Leftovers of crashed processes in the index folder, and who may remove them.

A rebuild holds an exclusive ``flock`` on ``gen-N.building/BUILDER`` for its
whole life; the kernel drops it when the process dies, however it dies. So a
``.building`` folder whose lock can be taken belongs to nobody and can go,
while one whose lock is held is another live kbdesk's rebuild and is left
alone. (Without ``fcntl``, e.g. on Windows, a folder is only taken for
abandoned a day after it was last touched.)
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

BUILDER = "BUILDER"
_GEN_RE = re.compile(r"^gen-(\d+)$")
_BUILDING_RE = re.compile(r"^gen-(\d+)\.building$")
_TOC_TEMP_RE = re.compile(r"^_MAIN_(\d+)\.toc\..+$")  # Whoosh's TOC before its rename


class BuildLock:
    """Held by the process building one ``gen-N.building`` folder."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / BUILDER
        self._fd: int | None = None

    def acquire(self) -> None:
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if fcntl is not None:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.ftruncate(self._fd, 0)
        os.write(self._fd, str(os.getpid()).encode())

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None


def build_is_live(folder: Path) -> bool:
    """Is a running process still building ``folder``?"""
    marker = Path(folder) / BUILDER
    try:
        fd = os.open(marker, os.O_RDONLY)
    except FileNotFoundError:
        # just created (the lock comes a moment later) or long abandoned
        return _age(folder) < 60
    except OSError:
        return True  # cannot tell: leave it
    try:
        if fcntl is None:  # pragma: no cover - Windows: no safe liveness probe
            return _age(folder) < 24 * 3600
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return True
        return False
    finally:
        os.close(fd)


@contextmanager
def announce_build(root: Path) -> Iterator[Path]:
    """Held by a rebuild from before it reads the database until after its
    final drain, as ``index/build-<pid>-<n>.lock``: while it is held, other
    processes keep the queue rows they apply (the rebuild's snapshot may
    predate them; it replays them into the new generation)."""
    root = Path(root)
    name = f"build-{os.getpid()}-{time.monotonic_ns()}.lock"
    tmp = root / f".{name}"
    fd = os.open(tmp, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.replace(tmp, root / name)  # visible only once locked
        try:
            yield root / name
        finally:
            (root / name).unlink(missing_ok=True)
    finally:
        os.close(fd)
        tmp.unlink(missing_ok=True)


def any_build_live(root: Path, ignore: Path | None = None) -> bool:
    """Is another rebuild (announced with :func:`announce_build`) running?"""
    live = False
    for lock in Path(root).glob("build-*.lock"):
        if ignore is not None and lock == ignore:
            continue
        try:
            fd = os.open(lock, os.O_RDONLY)
        except OSError:
            continue
        try:
            if fcntl is None:  # pragma: no cover - Windows: no safe liveness probe
                live = live or _age(lock) < 24 * 3600
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except OSError:
                live = True
                continue
            lock.unlink(missing_ok=True)  # its process is gone
        finally:
            os.close(fd)
    return live


def sweep(root: Path, live_generation: int, live_toc_generation: int | None = None) -> list[str]:
    """Remove what crashed processes left behind; returns what was removed.

    * ``gen-N.building`` folders no live process is building;
    * generations older than the live one (a process still reading one keeps
      its open files, and follows the marker to the new one), and newer ones
      left for ten minutes by a build that died before switching to them;
    * Whoosh TOC temp files older than the live TOC in the live generation.
    """
    removed: list[str] = []
    try:
        children = list(Path(root).iterdir())
    except OSError:
        return removed
    for child in children:
        if not child.is_dir():
            continue
        gen = _GEN_RE.match(child.name)
        if (gen and _unused(int(gen.group(1)), live_generation, child)) or (
            _BUILDING_RE.match(child.name) and not build_is_live(child)
        ):
            shutil.rmtree(child, ignore_errors=True)
            if not child.exists():
                removed.append(child.name)
    if live_toc_generation is not None:
        live = Path(root) / f"gen-{live_generation}"
        for f in _listdir(live):
            m = _TOC_TEMP_RE.match(f)
            if m and int(m.group(1)) <= live_toc_generation:
                try:
                    (live / f).unlink()
                    removed.append(f"gen-{live_generation}/{f}")
                except OSError:
                    pass
    any_build_live(root)  # removes the announcements of dead rebuilds
    for tmp in Path(root).glob(".build-*.lock"):  # died before announcing
        if _age(tmp) > 60:
            tmp.unlink(missing_ok=True)
    if removed:
        log.info("index folder: removed leftovers %s", ", ".join(removed))
    return removed


def _unused(generation: int, live_generation: int, folder: Path) -> bool:
    """Older generations are unused; a newer one may be a finished build whose
    process is about to switch the marker to it, so it gets ten minutes."""
    if generation < live_generation:
        return True
    return generation > live_generation and _age(folder) > 600


def move_aside(path: Path) -> Path:
    """Rename something that blocks the index folder (e.g. a file named
    ``index``) to a free ``<name>.moved-<time>`` beside it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.moved-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.moved-{stamp}-{n}")
    os.replace(path, target)
    return target


def _listdir(path: Path) -> list[str]:
    try:
        return os.listdir(path)
    except OSError:
        return []


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0
