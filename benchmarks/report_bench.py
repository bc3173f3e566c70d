"""Report computation at 100,000 cases: every report and grouping, read and computed (no chart).

    python benchmarks/report_bench.py [--cases 100000] [--repeat 3]

Generates cases with import_bench's generator and times ``build_report`` for
each report of the catalogue in each of its groupings (best of ``repeat``),
the figures the Reports section computes in its worker before it draws.
The chart and the GUI are measured by dossier_bench.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_bench import generate

from kbdesk.reports.catalog import REPORTS, build_report
from kbdesk.storage.archive import Archive
from kbdesk.transfer.jsonl import import_jsonl

NOW = datetime(2026, 10, 1, tzinfo=UTC)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "cases.jsonl"
        generate(src, args.cases)
        with Archive.create(Path(tmp) / "archive") as archive:
            import_jsonl(archive, src)
            print(f"archive: {args.cases} cases")
            total = 0.0
            for name, info in REPORTS.items():
                for by in info.groupings or (None,):
                    best, rows = None, 0
                    for _ in range(args.repeat):
                        start = time.perf_counter()
                        table = build_report(archive, name, by=by, now=NOW)
                        elapsed = time.perf_counter() - start
                        best = elapsed if best is None else min(best, elapsed)
                        rows = len(table.rows)
                    total += best
                    label = f"{name} by {by}" if by else name
                    print(f"{label:<26} {best * 1000:6.0f} ms  ({rows} rows, best of {args.repeat})")
            print(f"{'all reports':<26} {total * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
