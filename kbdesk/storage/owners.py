"""Temporary files named after the process that writes them.

A name carries ``p<pid>-<start ms>``; once that process is gone (killed
mid-write, say) anyone may remove the file, while a live writer's files are
never touched — not even by another process working on the same archive.
The start time tells a reused pid from the writer.
"""

from __future__ import annotations

import os
import re

import psutil

_TAG = re.compile(r"p(\d+)-(\d+)-")
_own_start: dict[int, int] = {}


def owner_tag() -> str:
    """``p<pid>-<start ms>-`` of this process (computed once per pid: a fork gets its own)."""
    pid = os.getpid()
    if pid not in _own_start:
        _own_start[pid] = int(psutil.Process(pid).create_time() * 1000)
    return f"p{pid}-{_own_start[pid]}-"


def owner_is_gone(name: str) -> bool | None:
    """Whether the process named in ``name`` has ended; None: no owner in the name."""
    m = _TAG.search(name)
    if m is None:
        return None
    pid, started = int(m.group(1)), int(m.group(2))
    try:
        proc = psutil.Process(pid)
        if proc.status() == psutil.STATUS_ZOMBIE:
            return True
        return abs(int(proc.create_time() * 1000) - started) > 1000
    except (psutil.NoSuchProcess, psutil.ZombieProcess):
        return True
    except psutil.AccessDenied:
        return False  # someone else's live process: leave it alone
