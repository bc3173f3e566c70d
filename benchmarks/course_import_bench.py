"""Importing a course folder: files/s and MB/s, and the training-plan computation.

    python benchmarks/course_import_bench.py [--files 400] [--sections 8] [--big-mb 20]

Writes a folder of ``--files`` random (incompressible) files of 4–256 KiB in
``--sections`` subfolders plus two ``--big-mb`` files, imports it with
`kbdesk import-course --no-extract` in a child process (as the app's background job
does; text extraction is measured by the extraction benchmark),
then times the yearly training plan over an archive of 200 customers with 20
sessions and 15 attendees each. Figures depend on the machine: say which.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kbdesk.reports.training_plan import training_plan
from kbdesk.services import Services
from kbdesk.storage.archive import Archive

EXTENSIONS = [".pdf", ".docx", ".pptx", ".xlsx", ".md", ".txt", ".mp4", ".zip"]


def write_folder(folder: Path, files: int, sections: int, big_mb: int) -> int:
    rng = random.Random(13)
    total = 0
    for n in range(files):
        sub = folder / f"第{n % sections + 1}章" if sections else folder
        sub.mkdir(parents=True, exist_ok=True)
        size = rng.randint(4, 256) * 1024
        (sub / f"课件_{n:04d}{EXTENSIONS[n % len(EXTENSIONS)]}").write_bytes(os.urandom(size))
        total += size
    for n in range(2):
        (folder / f"录像_{n}.mp4").write_bytes(os.urandom(big_mb * 1024 * 1024))
        total += big_mb * 1024 * 1024
    return total


def plan_archive(root: Path) -> Services:
    archive = Archive.create(root)
    services = Services(archive, "bench")
    course = services.create("course", {"title": "bench"})["id"]
    items = []
    start = date(2026, 1, 5)
    for c in range(200):
        customer = {"id": f"c{c:05d}", "name": f"客户 {c:03d}"}
        items.append(("customer", customer))
        for s in range(20):
            day = start + timedelta(days=(s * 17 + c) % 360)
            session = {"id": f"s{c:05d}{s:03d}", "course_id": course, "customer_id": customer["id"],
                       "planned_date": day, "status": "held" if s % 3 else "planned", "onsite": s % 4 != 0}
            items.append(("training_session", session))
            items += [("attendance", {"session_id": session["id"], "name": f"学员{a}", "score": 1 + a % 5})
                      for a in range(15)]
    services.create_all(items)
    return services


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--files", type=int, default=400)
    p.add_argument("--sections", type=int, default=8)
    p.add_argument("--big-mb", type=int, default=20)
    args = p.parse_args()
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPU(s) (shared machines give noisy figures)")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        folder = tmp / "course"
        total = write_folder(folder, args.files, args.sections, args.big_mb)
        Archive.create(tmp / "arch").close()
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "kbdesk", "--archive", str(tmp / "arch"), "import-course",
                               str(folder), "--no-extract"], capture_output=True, text=True)
        took = time.perf_counter() - started
        if done.returncode:
            raise SystemExit(done.stderr)
        count = args.files + 2
        print(f"import-course: {count} files, {total / 1e6:.1f} MB in {took:.2f} s "
              f"({count / took:.0f} files/s, {total / 1e6 / took:.1f} MB/s, child process incl. start-up)")
        print("  " + done.stdout.splitlines()[0])

        services = plan_archive(tmp / "plan")
        started = time.perf_counter()
        plan = training_plan(services, 2026, 5, date(2026, 7, 1))
        took = time.perf_counter() - started
        print(f"training plan: {len(plan.rows)} customers, 4000 sessions, 60000 attendance rows in {took:.2f} s")
        services.archive.close()


if __name__ == "__main__":
    main()
