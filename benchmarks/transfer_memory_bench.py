"""Peak memory of export and import with one large attachment.

    python benchmarks/transfer_memory_bench.py [--size 1GiB] [--keep DIR]

Builds an archive holding one attachment of ``--size`` random bytes (default
1 GiB; accepts 256MiB, 2GiB, 500MB, plain bytes…), then exports it and
imports the export into a new archive, each in its own child process, and
prints each child's peak RSS and how much it grew during the run; then the
same import from the file rewritten as older kbdesk wrote it (each blob on
one line). With
streaming, both figures stay about the same whatever the attachment's size.
Needs free disk of about 3.5 × the size (the attachment, the export, the copy).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = """
import json, resource, sys, time
from kbdesk.storage.archive import Archive
from kbdesk.transfer.jsonl import export_jsonl, import_jsonl

def peak_mb():
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024 if sys.platform != "darwin" else kib / 2**20

mode, root, path = sys.argv[1:4]
archive = Archive.open(root) if mode == "export" else Archive.create(root)
before = peak_mb()
started = time.perf_counter()
if mode == "export":
    export_jsonl(archive, path)
else:
    import_jsonl(archive, path)
print(json.dumps({"before": before, "after": peak_mb(), "seconds": time.perf_counter() - started}))
"""

UNITS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9,
         "kib": 2**10, "mib": 2**20, "gib": 2**30, "k": 2**10, "m": 2**20, "g": 2**30}


def parse_size(text: str) -> int:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", text)
    if not m or m.group(2).lower() not in UNITS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size (e.g. 256MiB, 1GiB, 500MB)")
    return int(float(m.group(1)) * UNITS[m.group(2).lower()])


def make_archive(root: Path, size: int, scratch: Path) -> None:
    from kbdesk.services import Services
    from kbdesk.storage.archive import Archive

    src = scratch / "attachment.bin"
    with open(src, "wb") as fh:
        left = size
        while left:
            step = min(left, 1 << 24)
            fh.write(os.urandom(step))
            left -= step
    with Archive.create(root) as archive:
        services = Services(archive, "bench")
        cust = services.create("customer", {"name": "基准客户"})
        services.attach_file("customer", cust["id"], src)
    src.unlink()


def run_child(*args: object) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, *map(str, args)], cwd=ROOT,
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"child {args[0]} failed:\n{out.stderr}")
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=parse_size, default=2**30, help="attachment size (default 1GiB)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kbdesk-transfer-bench-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
              f"{platform.python_implementation()} {platform.python_version()}")
        started = time.perf_counter()
        make_archive(work / "archive", args.size, work)
        print(f"attachment: {args.size / 2**20:,.0f} MiB (archive built in {time.perf_counter() - started:.1f} s)")
        export = run_child("export", work / "archive", work / "export.jsonl")
        print(f"export: peak RSS {export['after']:.0f} MB (grew {export['after'] - export['before']:.0f} MB "
              f"during the export), {export['seconds']:.1f} s, "
              f"file {(work / 'export.jsonl').stat().st_size / 2**20:,.0f} MiB")
        imported = run_child("import", work / "copy", work / "export.jsonl")
        print(f"import: peak RSS {imported['after']:.0f} MB (grew {imported['after'] - imported['before']:.0f} MB "
              f"during the import), {imported['seconds']:.1f} s")
        _remove_tree(work / "copy")  # disk: the copy is as large as the attachment
        as_one_line(work / "export.jsonl", work / "old-format.jsonl")
        (work / "export.jsonl").unlink()
        old = run_child("import", work / "copy-old", work / "old-format.jsonl")
        print(f"import of the same file in the older one-line blob format: peak RSS {old['after']:.0f} MB "
              f"(grew {old['after'] - old['before']:.0f} MB), {old['seconds']:.1f} s")


def as_one_line(export: Path, target: Path) -> None:
    """Rewrite an export as kbdesk wrote it before part lines: each blob on one line."""
    with open(export) as src, open(target, "w") as out:
        for line in src:
            if not line.startswith('{"type":"blob"'):
                out.write(line)
                continue
            part = json.loads(line)
            if part.get("part", 0) == 0:
                out.write(f'{{"type":"blob","sha256":"{part["sha256"]}","size":{part["size"]},"data":"')
            out.write(part["data"])  # every part but the last is a multiple of 3 bytes
            if part.get("part", 0) == part.get("parts", 1) - 1:
                out.write('"}\n')


def _remove_tree(path: Path) -> None:
    shutil.rmtree(path)


if __name__ == "__main__":
    main()
