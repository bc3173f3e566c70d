"""Backup, verify and restore speed and memory on a large archive.

    python benchmarks/backup_bench.py [--cases 100000] [--attachments 100] [--attachment-mb 1]

Builds the 100k-case archive of import_bench.py plus random (incompressible)
attachments, then runs `kbdesk backup`, `kbdesk verify-backup` and `kbdesk
restore` as the app does, each in its own child process, and prints MB/s
(bytes of the backup file per second) and each child's peak RSS. The restore
figure includes its checks and the search index rebuild; the rebuild is also
timed on its own so the copy speed can be read apart from it.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.import_bench import generate
from kbdesk.services import Services
from kbdesk.storage.archive import Archive
from kbdesk.transfer.jsonl import import_jsonl

CHILD = """
import sys, time
from pathlib import Path
from kbdesk.backup.restore import restore_backup
from kbdesk.backup.snapshot import create_backup
from kbdesk.backup.verify import verify_backup
what, a, b = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
start = time.perf_counter()
if what == "backup":
    create_backup(a, b)
elif what == "verify":
    verify_backup(a)
elif what == "restore":
    restore_backup(a, b)
elif what == "restore-no-index":
    restore_backup(a, b, rebuild_index=False)
# VmHWM, not ru_maxrss: Linux carries the parent's peak over into ru_maxrss across fork + exec.
hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM:")).split()[1]
print(time.perf_counter() - start, int(hwm) / 1024)
"""


def child(what: str, a: Path, b: Path) -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", CHILD, what, str(a), str(b)], check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1])


def build(root: Path, cases: int, attachments: int, mb: int) -> None:
    src = root.parent / "cases.jsonl"
    generate(src, cases)
    with Archive.create(root) as archive:
        import_jsonl(archive, src)
        services = Services(archive, "bench")
        case_id = services.list("case", limit=1)[0]["id"]
        blob = root.parent / "blob.bin"
        for _ in range(attachments):
            blob.write_bytes(os.urandom(mb << 20))
            services.attach_file("case", case_id, blob)
    src.unlink()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--attachments", type=int, default=100)
    ap.add_argument("--attachment-mb", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "archive"
        t = time.perf_counter()
        build(root, args.cases, args.attachments, args.attachment_mb)
        db_mb = (root / "kbdesk.sqlite").stat().st_size / 1e6
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
              f"{platform.python_implementation()} {platform.python_version()}")
        print(f"archive: {args.cases} cases, database {db_mb:.0f} MB, {args.attachments} attachments "
              f"of {args.attachment_mb} MB (built in {time.perf_counter() - t:.0f} s)")
        backup = Path(tmp) / "b.kbdesk-backup.tar"
        secs, rss = child("backup", root, backup)
        size = backup.stat().st_size / 1e6
        print(f"backup:  {size:.0f} MB in {secs:.1f} s = {size / secs:.0f} MB/s; peak RSS {rss:.0f} MB")
        secs, rss = child("verify", backup, backup)
        print(f"verify:  {size / secs:.0f} MB/s ({secs:.1f} s); peak RSS {rss:.0f} MB")
        secs, rss = child("restore-no-index", backup, Path(tmp) / "r1")
        print(f"restore without the index rebuild: {size / secs:.0f} MB/s ({secs:.1f} s); "
              f"peak RSS {rss:.0f} MB")
        secs, rss = child("restore", backup, Path(tmp) / "r2")
        print(f"restore with the index rebuild (as `kbdesk restore`): {secs:.1f} s "
              f"= {size / secs:.1f} MB/s; peak RSS {rss:.0f} MB (the rebuild's worker processes not counted)")


if __name__ == "__main__":
    main()
