"""Temporary files and folders of backups, verifications and restores.

Each is hidden, marked, and named after the process writing it, so what a
killed backup or restore left behind is removed by the next backup or
restore in that folder, while a live one's files are left alone.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from ..storage.owners import owner_is_gone, owner_tag

PARTIAL_MARK = ".partial-"
SNAPSHOT_PREFIX = ".kbdesk-snapshot-"
VERIFY_PREFIX = ".kbdesk-verify-"
RESTORING_MARK = ".restoring-"
_MARKS = (PARTIAL_MARK, SNAPSHOT_PREFIX, VERIFY_PREFIX, RESTORING_MARK)
# Left by a kbdesk that did not name its temporaries after their owner.
_UNOWNED_AGE_S = 24 * 3600


def partial_prefix(target: Path) -> str:
    return f".{target.name}{PARTIAL_MARK}{owner_tag()}"


def restoring_prefix(target: Path) -> str:
    return f".{target.name}{RESTORING_MARK}{owner_tag()}"


def snapshot_prefix() -> str:
    return SNAPSHOT_PREFIX + owner_tag()


def verify_prefix() -> str:
    return VERIFY_PREFIX + owner_tag()


def sweep_temporaries(folder: Path) -> list[Path]:
    """Remove the temporaries in ``folder`` whose process has ended; returns them."""
    removed: list[Path] = []
    try:
        candidates = [p for p in Path(folder).iterdir()
                      if p.name.startswith(".") and any(m in p.name for m in _MARKS)]
    except OSError:
        return removed
    for path in candidates:
        try:
            gone = owner_is_gone(path.name)
            if gone is None:
                gone = time.time() - path.lstat().st_mtime > _UNOWNED_AGE_S
            if not gone:
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
        except OSError:
            continue  # removed by another process meanwhile, or not ours to remove
    return removed
