"""Import speed: 100,000 generated cases into a fresh archive (index off).

    python benchmarks/import_bench.py [--cases N]

Prints cases/s and the process's peak RSS. "Index off" means only the
import itself: the search index is not updated (the queued index work is
left for the next open).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kbdesk.storage.archive import Archive
from kbdesk.transfer.jsonl import import_jsonl

PRODUCTS = ["云服务器 ECS", "云数据库 RDS MySQL", "对象存储 OSS", "负载均衡 SLB", "容器服务 Kubernetes", "Redis"]
ERRORS = ["ERROR 1040 (HY000): Too many connections", "ORA-12170: TNS:Connect timeout occurred",
          "java.lang.OutOfMemoryError: Java heap space", "HTTP 502 Bad Gateway",
          "errno 28: No space left on device", "x509: certificate has expired or is not yet valid"]
SEVERITIES = ["critical", "urgent", "high", "medium", "low"]
STATUSES = ["reported", "pre_assessment", "handling", "escalated", "recovered", "postmortem", "closed"]
CATEGORIES = ["operation_error", "configuration_error", "os_problem", "purchased_software"]


def generate(path: Path, n_cases: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    with open(path, "w", encoding="utf-8") as fh:
        def line(obj):
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

        line({"kbdesk": "export", "format": 1, "schema": 2})
        for c in range(50):
            line({"type": "customer", "data": {"id": f"cust-{c}", "name": f"客户{c:03d}"}})
        for i in range(n_cases):
            err = rnd.choice(ERRORS)
            line({"type": "case", "data": {
                "id": f"case-{i}", "number": f"CS-B-{i:07d}", "customer_id": f"cust-{rnd.randrange(50)}",
                "title": f"{rnd.choice(PRODUCTS)} 故障：{err[:30]}",
                "phenomenon": f"业务侧反馈接口超时，日志中出现 {err}，影响约 {rnd.randrange(1, 500)} 个用户。",
                "error_messages": err, "logs": f"2026-03-0{rnd.randrange(1, 9)} 10:0{rnd.randrange(10)}:00 ERROR {err}",
                "product": rnd.choice(PRODUCTS), "category": rnd.choice(CATEGORIES),
                "severity": rnd.choice(SEVERITIES), "status": rnd.choice(STATUSES),
                "reported_at": f"2026-0{rnd.randrange(1, 10)}-1{rnd.randrange(10)}T0{rnd.randrange(10)}:00:00+08:00",
                "resolution": "扩容并调整参数后恢复。", "tags": ["bench", rnd.choice(["db", "net", "os"])],
            }})
        line({"kbdesk": "end", "records": 50 + n_cases, "blobs": 0})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cases", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "cases.jsonl"
        generate(src, args.cases)
        archive = Archive.create(Path(tmp) / "archive")
        start = time.perf_counter()
        report = import_jsonl(archive, src)
        elapsed = time.perf_counter() - start
        archive.close()
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}")
        print(f"imported {report.counts.get('case', 0)} cases in {elapsed:.1f} s "
              f"= {report.counts.get('case', 0) / elapsed:,.0f} cases/s")
        print(f"peak RSS: {peak_mb:.0f} MB  (file {src.stat().st_size / 1e6:.0f} MB)")


if __name__ == "__main__":
    main()
