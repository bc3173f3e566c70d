"""Cold start: from process start to a usable main window on the demo archive.

    python benchmarks/cold_start.py [--runs 5]

Each run is a fresh process (imports included), offscreen, with a fresh
copy of the demo archive already created (a first run's one-time import is
measured separately). "Usable" = the window is shown and the event loop has
painted it once; the search index keeps opening in the background.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import os, sys, time
import psutil
started = psutil.Process().create_time()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
def shown():
    for w in app.topLevelWidgets():
        if w.isVisible():
            w.repaint()
    print(f"READY {time.time() - started:.3f}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
from kbdesk.ui.app import run
run(sys.argv[1])
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        env["KBDESK_CONFIG"] = str(Path(tmp) / "config")
        archive = Path(tmp) / "demo"
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kbdesk", "init", "--demo", str(archive)], check=True,
                       env=env, cwd=ROOT, capture_output=True)
        print(f"first run: demo archive created in {time.perf_counter() - t:.2f} s (one time)")
        times = []
        for _ in range(args.runs):
            out = subprocess.run([sys.executable, "-c", CHILD, str(archive)], env=env, cwd=ROOT,
                                 capture_output=True, text=True, check=True).stdout
            times.append(float(next(ln for ln in out.splitlines() if ln.startswith("READY")).split()[1]))
        print(f"cold start to usable window: median {statistics.median(times):.2f} s, "
              f"max {max(times):.2f} s over {len(times)} runs")


if __name__ == "__main__":
    main()
