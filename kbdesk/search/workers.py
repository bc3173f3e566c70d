"""Whoosh's multiprocess writer, with workers that die with their parent.

Whoosh's ``SubWriterTask`` blocks on its job queue; when the rebuilding
process is killed its workers lived on for seconds. Here each worker asks
Linux to kill it when its parent dies (``prctl(PR_SET_PDEATHSIG)``), and on
every platform also watches its parent's PID from a daemon thread.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading

from whoosh.multiproc import MpWriter, SubWriterTask

PR_SET_PDEATHSIG = 1
PARENT_POLL_SECONDS = 0.5


def die_with_parent(parent_pid: int) -> None:
    """Make the calling (child) process end when ``parent_pid`` ends."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # the parent died before we got here
        os._exit(1)

    def watch() -> None:
        while True:
            threading.Event().wait(PARENT_POLL_SECONDS)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


class _WatchedTask(SubWriterTask):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.parent_pid = os.getpid()

    def run(self):
        die_with_parent(self.parent_pid)
        super().run()


class WatchedMpWriter(MpWriter):
    """``ix.writer(procs=N, …)`` whose worker processes end with this one."""

    def _new_task(self):
        task = _WatchedTask(
            self.storage,
            self.indexname,
            self.jobqueue,
            self.resultqueue,
            self.subargs,
            self.multisegment,
        )
        self.tasks.append(task)
        task.start()
        return task
