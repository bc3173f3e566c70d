"""The case list with 100,000 cases: open, scroll, sort, filter (ms).

    python benchmarks/list_bench.py [--cases 100000]

Times the Qt table model the Cases section uses, on a generated archive.
Each figure is the time the GUI thread spends in that step.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_bench import generate
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kbdesk.services import Services
from kbdesk.storage.archive import Archive
from kbdesk.transfer.jsonl import import_jsonl
from kbdesk.ui.sections.catalog import CONFIGS
from kbdesk.ui.table_model import RecordTableModel


def ms(fn, runs: int = 5) -> str:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return f"median {statistics.median(times):6.1f}  max {max(times):6.1f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=100_000)
    args = ap.parse_args()
    QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "cases.jsonl"
        generate(src, args.cases)
        archive = Archive.create(Path(tmp) / "a")
        import_jsonl(archive, src)
        cfg = CONFIGS["case"]
        model = RecordTableModel(Services(archive, "bench"), "case", cfg.columns, cfg.text_fields)
        print(f"{args.cases} cases; times in ms")
        print("open (count + first page)      ", ms(model.reload))
        print("scroll: fetch next page of 200 ", ms(model.fetchMore, runs=20))
        for col in ("reported_at", "severity", "title"):
            i = cfg.columns.index(col)
            print(f"sort by {col:<23}", ms(lambda i=i: model.sort(i, Qt.SortOrder.DescendingOrder)))
        print("filter 'ORA-12170'             ", ms(lambda: model.set_filter(text="ORA-12170")))
        print("filter '磁盘'                   ", ms(lambda: model.set_filter(text="磁盘")))
        print("filter by severity = critical  ", ms(lambda: model.set_filter(text="", where={"severity": "critical"})))
        archive.close()


if __name__ == "__main__":
    main()
