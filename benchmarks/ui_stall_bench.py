"""Longest event-loop stall while the app works in the background.

    python benchmarks/ui_stall_bench.py [--docs 30000]            # reindex
    python benchmarks/ui_stall_bench.py --scenario saves [--cases 100000] [--seconds 30]

A 5 ms timer runs on the GUI thread and records how late each tick fires.

* ``reindex``: the search index is rebuilt (1) in a child process, as the
  app does, and (2) for comparison in a worker thread of the GUI process.
* ``saves``: the Cases section over 100,000 cases with an active text filter
  while a case is saved every second (through the writer thread, as a form
  saves). Each save is broadcast, the filtered list reloads and the shown
  case's tabs refresh. Run with ``--old-way`` to reload the list on the GUI
  thread instead, as the app did before, for comparison. The search index is
  not opened (its sync after a save runs in a worker either way).

Offscreen.
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

from import_bench import CATEGORIES, generate
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from kbdesk.search.service import SearchService
from kbdesk.services.search_source import ArchiveDocuments
from kbdesk.storage.archive import Archive
from kbdesk.transfer.jsonl import import_jsonl
from kbdesk.ui.jobs import ProcessJob

TICK_MS = 5
# Matches about a sixth of the generated cases, in a column scanned by LIKE.
FILTER = "Too many connections"


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
        # CPU time the GUI thread itself used between two ticks: a late tick
        # with little of it was the busy machine (or the GIL), not our code.
        self.worst_busy = 0.0
        self.busy_in_worst = 0.0
        self._last_cpu = 0.0

    def start(self) -> None:
        self.clock.start()
        self._last = self.clock.elapsed()
        self._last_cpu = time.thread_time()
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        cpu = time.thread_time()
        lateness = now - self._last - TICK_MS
        busy = (cpu - self._last_cpu) * 1000
        self.late.append(max(0.0, lateness))
        if lateness > self.worst:
            self.worst, self.busy_in_worst = lateness, busy
        self.worst_busy = max(self.worst_busy, busy)
        self._last, self._last_cpu = now, cpu

    def report(self, label: str, seconds: float, what: str = "reindex") -> None:
        late = sorted(self.late)
        p99 = late[int(len(late) * 0.99)] if late else 0
        print(f"{label}: {what} {seconds:.1f} s; event loop worst stall {self.worst:.0f} ms "
              f"(GUI thread busy {self.busy_in_worst:.0f} ms of it), p99 lateness {p99:.0f} ms "
              f"over {len(late)} ticks; longest GUI-thread work between ticks {self.worst_busy:.0f} ms")


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
    search = SearchService(ArchiveDocuments(archive))
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


def measure_saves(app: QApplication, root: Path, seconds: float, old_way: bool) -> None:
    from kbdesk.settings import AppSettings
    from kbdesk.ui.context import AppContext
    from kbdesk.ui.sections.cases import CaseSection

    if old_way:
        def reload_on_gui_thread(section) -> None:
            section.model.apply(section.model.query(section.filter_edit.text()))
            section._update_count()

        CaseSection.reload_list = reload_on_gui_thread
    archive = Archive.open(root)
    ctx = AppContext(archive, AppSettings(language="en"), root / "bench-settings.json", "bench")
    section = CaseSection(ctx)
    section.resize(1400, 850)
    section.show()
    section.filter_edit.setText(FILTER)
    deadline = time.perf_counter() + 60
    while section.model.text != FILTER and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    section.table.selectRow(0)  # a user looks at one of the matches
    print(f"filter {FILTER!r}: {section.model.total()} of the cases match")

    # The same wait with nothing saved: what the busy machine itself costs.
    idle = StallMeter(app)
    QTimer.singleShot(int(seconds * 1000), app.quit)
    idle.start()
    start = time.perf_counter()
    app.exec()
    idle.timer.stop()
    idle.report("baseline, nothing saved", time.perf_counter() - start, what="ran")

    saved = []
    reloads = []
    section.model.modelReset.connect(lambda: reloads.append(1))

    def save() -> None:
        n = len(saved)
        ctx.tasks.run(lambda: ctx.services.create("case", {
            "customer_id": "cust-1", "category": CATEGORIES[0], "severity": "medium",
            "title": f"新保存的故障 {n}：{FILTER}", "phenomenon": "基准测试每秒保存一条"}),
            saved.append, lambda exc: print("save failed:", exc), write=True)

    saver = QTimer()
    saver.setInterval(1000)
    saver.timeout.connect(save)
    meter = StallMeter(app)
    QTimer.singleShot(int(seconds * 1000), app.quit)
    meter.start()
    saver.start()
    start = time.perf_counter()
    app.exec()
    saver.stop()
    meter.timer.stop()
    ctx.tasks.wait()
    how = "list reloaded on the GUI thread (as before)" if old_way else "list reloaded in a worker"
    meter.report(f"{len(saved)} saves, {len(reloads)} list reloads, {how}",
                 time.perf_counter() - start, what="ran")
    section.close()
    ctx.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scenario", choices=("reindex", "saves"), default="reindex")
    ap.add_argument("--docs", type=int, default=30_000, help="reindex: documents to index")
    ap.add_argument("--skip-thread", action="store_true", help="reindex: no worker-thread comparison")
    ap.add_argument("--cases", type=int, default=100_000, help="saves: cases in the archive")
    ap.add_argument("--seconds", type=float, default=30, help="saves: how long to save")
    ap.add_argument("--old-way", action="store_true", help="saves: reload on the GUI thread")
    args = ap.parse_args()
    app = QApplication([])
    count = args.docs if args.scenario == "reindex" else args.cases
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "cases.jsonl"
        generate(src, count)
        root = Path(tmp) / "archive"
        with Archive.create(root) as archive:
            import_jsonl(archive, src)
        print(f"archive: {count} generated cases")
        if args.scenario == "saves":
            measure_saves(app, root, args.seconds, args.old_way)
            return
        measure_process(app, root)
        if not args.skip_thread:
            measure_thread(app, root)


if __name__ == "__main__":
    main()
