"""Dossier of the biggest customer at 100,000 cases: service query times and GUI-thread stall;
then the Reports section on the same archive (every report, computed and charted).

    python benchmarks/dossier_bench.py [--cases 100000] [--share 0.8]

Generates cases with import_bench's generator, then gives ``share`` of them
to one customer, and measures (1) the service calls the dossier makes
(the first page of 500 items, "load more", the summary) and (2) the longest
stall of the GUI thread while the Customers section opens that customer's
dossier tab offscreen (a 5 ms timer records how late it fires).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_bench import generate
from sqlalchemy import text

from kbdesk.services.dossier import dossier_page, dossier_summary
from kbdesk.storage.archive import Archive
from kbdesk.transfer.jsonl import import_jsonl

BIG = "cust-0"


def build(root: Path, n: int, share: float) -> None:
    src = root.parent / "cases.jsonl"
    generate(src, n)
    with Archive.create(root) as archive:
        import_jsonl(archive, src)
        # Most cases belong to one customer: every k-th case is moved to it.
        step = max(1, round(1 / (1 - share))) if share < 1 else 0
        with archive.session() as s:
            if step:
                s.execute(text("UPDATE cases SET customer_id = :c WHERE (CAST(substr(id, 6) AS INTEGER) % :k) != 0"),
                          {"c": BIG, "k": step})
            else:
                s.execute(text("UPDATE cases SET customer_id = :c"), {"c": BIG})
        with archive.read_session() as s:
            mine = s.execute(text("SELECT count(*) FROM cases WHERE customer_id = :c"), {"c": BIG}).scalar()
    print(f"archive: {n} cases, {mine} of them for the biggest customer")


def timed(label: str, fn, repeat: int = 3):
    best, result = None, None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print(f"{label}: {best * 1000:.0f} ms (best of {repeat})")
    return result


def measure_service(root: Path) -> None:
    with Archive.open(root) as archive:
        page = timed("first page (500 items, all types)", lambda: dossier_page(archive, BIG))
        timed("load more (next 500)", lambda: dossier_page(archive, BIG, cursor=page.cursor))
        timed("only complaints and surveys", lambda: dossier_page(archive, BIG, kinds=["complaint", "survey"]))
        summary = timed("summary (quotas, open items, contacts)", lambda: dossier_summary(archive, BIG))
        print(f"  page: {len(page.items)} items, more: {page.has_more}; open cases {summary.open_cases}")


def measure_gui(root: Path) -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from kbdesk.settings import AppSettings
    from kbdesk.ui.context import AppContext
    from kbdesk.ui.sections.customers import CustomerSection

    app = QApplication.instance() or QApplication([])
    archive = Archive.open(root)
    ctx = AppContext(archive, AppSettings(language="en"), root.parent / "s.json", "bench")
    clock, late, last = QElapsedTimer(), [], [0]
    tick = QTimer()
    tick.setInterval(5)

    def on_tick() -> None:
        now = clock.elapsed()
        late.append(max(0, now - last[0] - 5))
        last[0] = now

    tick.timeout.connect(on_tick)
    section = CustomerSection(ctx)
    section.resize(1400, 850)
    section.show()
    app.processEvents()
    clock.start()
    last[0] = clock.elapsed()
    tick.start()
    start = time.perf_counter()
    section.select_record(BIG)  # on the GUI thread, as a click would
    dossier = section.show_dossier()
    while dossier.model.rowCount() == 0 or getattr(dossier, "summary", None) is None:
        app.processEvents()
        time.sleep(0.001)
    shown = time.perf_counter() - start
    for _ in range(50):  # let the table paint the rows
        app.processEvents()
        time.sleep(0.002)
    tick.stop()
    print(f"GUI: dossier tab filled in {shown * 1000:.0f} ms ({dossier.model.rowCount()} rows); "
          f"longest GUI-thread stall {max(late):.0f} ms over {len(late)} ticks")
    section.close()
    ctx.tasks.wait()
    ctx.close()


def measure_reports_gui(root: Path) -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from kbdesk.settings import AppSettings
    from kbdesk.ui.context import AppContext
    from kbdesk.ui.sections.reports import ReportsSection

    app = QApplication.instance() or QApplication([])
    archive = Archive.open(root)
    ctx = AppContext(archive, AppSettings(language="en"), root.parent / "s.json", "bench")
    view = ReportsSection(ctx)
    view.resize(1400, 850)
    view.show()
    for _ in range(3):
        ctx.tasks.wait()
        app.processEvents()
    for row in range(view.report_list.count()):
        clock, late, last = QElapsedTimer(), [], [0]
        tick = QTimer()
        tick.setInterval(5)

        def on_tick(late=late, last=last, clock=clock) -> None:
            now = clock.elapsed()
            late.append(max(0, now - last[0] - 5))
            last[0] = now

        tick.timeout.connect(on_tick)
        clock.start()
        tick.start()
        start = time.perf_counter()
        view.report_list.setCurrentRow(row)
        while view.table is None or view.table.name != view.current_report() or view.chart.image is None:
            app.processEvents()
            time.sleep(0.001)
        tick.stop()
        print(f"report {view.current_report():<13} table and chart in {(time.perf_counter() - start) * 1000:5.0f} ms; "
              f"longest GUI-thread stall {max(late or [0]):.0f} ms")
    view.close()
    ctx.tasks.wait()
    ctx.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--share", type=float, default=0.8, help="share of the cases for the biggest customer")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "archive"
        build(root, args.cases, args.share)
        measure_service(root)
        measure_gui(root)
        measure_reports_gui(root)


if __name__ == "__main__":
    main()
