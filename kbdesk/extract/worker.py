"""The extractor child process: ``python -m kbdesk.extract.worker``.

Reads request frames on stdin, writes one reply frame per request on stdout
(see runner.py), and ends at the end of its input. It also ends when its
parent dies: Linux kills it (PR_SET_PDEATHSIG), and on every OS a watchdog
thread looks at the parent's pid once a second.
"""

from __future__ import annotations

import base64
import json
import os
import sys
import threading
import time
from dataclasses import asdict
from pathlib import Path


def main() -> int:
    from .core import Limits, extract_text
    from .runner import read_frame, write_frame

    limits = Limits(**json.loads(os.environ.get("KBDESK_EXTRACT_LIMITS") or "{}"))
    parent = int(os.environ.get("KBDESK_EXTRACT_PARENT") or os.getppid())
    _die_with_parent(parent)
    _limit_memory(limits.memory_mb)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a library's print() must not corrupt the frames
    while True:
        request = read_frame(stdin)
        if request is None:
            return 0
        name, mime = request.get("filename", ""), request.get("mime", "")
        source = Path(request["path"]) if "path" in request else base64.b64decode(request.get("data", ""))
        result = extract_text(source, name, mime, limits)
        write_frame(stdout, asdict(result))


def _die_with_parent(parent_pid: int) -> None:
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        import psutil

        while True:
            time.sleep(1.0)
            if not psutil.pid_exists(parent_pid):
                os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _limit_memory(megabytes: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the time limit still applies
        return
    try:
        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):
        pass


if __name__ == "__main__":
    sys.exit(main())
