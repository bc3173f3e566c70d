"""Longest event-loop stall while a 30,000-document reindex runs.

    python benchmarks/ui_stall_bench.py [--docs 30000]

A 5 ms timer runs on the GUI thread and records how late each tick fires
while the search index is rebuilt (1) in a child process, as the app does,
and (2) for comparison in a worker thread of the GUI process. Offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_bench import generate
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from kbdesk.search.service import SearchService
from kbdesk.storage.archive import Archive
from kbdesk.transfer.jsonl import import_jsonl
from kbdesk.ui.jobs import ProcessJob

TICK_MS = 5


class StallMeter:
    def __init__(self, app: QApplication):
        self.app = app
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0
        self.late: list[float] = []
        self._last = 0

    def start(self) -> None:
        self.clock.start()
        self._last = self.clock.elapsed()
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        lateness = now - self._last - TICK_MS
        self.late.append(max(0.0, lateness))
        self.worst = max(self.worst, lateness)
        self._last = now

    def report(self, label: str, seconds: float) -> None:
        late = sorted(self.late)
        p99 = late[int(len(late) * 0.99)] if late else 0
        print(f"{label}: reindex {seconds:.1f} s; event loop worst stall {self.worst:.0f} ms, "
              f"p99 lateness {p99:.0f} ms over {len(late)} ticks")


def measure_process(app: QApplication, root: Path) -> None:
    meter = StallMeter(app)
    job = ProcessJob(root, ["reindex"])
    done = {}
    job.sig_finished.connect(lambda ok, msg: (done.update(ok=ok, msg=msg), app.quit()))
    meter.start()
    start = time.perf_counter()
    job.start()
    app.exec()
    meter.timer.stop()
    if not done.get("ok"):
        raise SystemExit(f"reindex failed: {done.get('msg')}")
    meter.report("child process (the app's way)", time.perf_counter() - start)


def measure_thread(app: QApplication, root: Path) -> None:
    archive = Archive.open(root)
    search = SearchService(archive)
    meter = StallMeter(app)
    finished = threading.Event()

    def work() -> None:
        search.rebuild()
        finished.set()

    poll = QTimer()
    poll.timeout.connect(lambda: finished.is_set() and app.quit())
    poll.start(50)
    meter.start()
    start = time.perf_counter()
    threading.Thread(target=work, daemon=True).start()
    app.exec()
    meter.report("worker thread (for comparison)", time.perf_counter() - start)
    search.close()
    archive.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=30_000)
    ap.add_argument("--skip-thread", action="store_true")
    args = ap.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "cases.jsonl"
        generate(src, args.docs)
        root = Path(tmp) / "archive"
        with Archive.create(root) as archive:
            import_jsonl(archive, src)
        print(f"archive: {args.docs} generated cases")
        measure_process(app, root)
        if not args.skip_thread:
            measure_thread(app, root)


if __name__ == "__main__":
    main()
