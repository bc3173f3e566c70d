"""Time `kbdesk migrate --to URL`: N cases in a SQLite archive copied into a fresh PostgreSQL.

    .venv/bin/python benchmarks/migrate_bench.py --sizes 30000,200000 \
        --corpus /work/shared/eval/apache_jira_dups/corpus.jsonl

Builds the SQLite archive with search_bench's generator (the eval corpus,
repeated to size), starts a PostgreSQL 15 from initdb in a temp folder
(tests/pgserver.py LocalServer, or KBDESK_TEST_PG_* from the environment), and
prints cases/s of the whole migration (schema creation included). Goal: ≥ 5,000 cases/s.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

import pgserver  # noqa: E402
import search_bench  # noqa: E402  (the corpus and case generator of the search benchmark)

from kbdesk.transfer.to_team import migrate_to_team  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=search_bench.EVAL / "corpus.jsonl")
    ap.add_argument("--sizes", default="30000")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus} (skipped)")
        return 0
    corpus = search_bench.read_corpus(args.corpus)
    server = pgserver.from_environment()
    local = None
    if server is None:
        local = pgserver.LocalServer()
        server = local.start()
    try:
        for size in (int(s) for s in args.sizes.split(",")):
            with tempfile.TemporaryDirectory() as tmp:
                archive = search_bench.load_archive(Path(tmp) / "a", corpus, size)
                url = server.url(server.create_database())
                t = time.perf_counter()
                counts = migrate_to_team(archive, url, cache_root=Path(tmp) / "cache")
                secs = time.perf_counter() - t
                archive.close()
                print(f"{size} cases: {counts['cases']} copied in {secs:.1f} s = {size / secs:,.0f} cases/s "
                      f"(goal ≥ 5,000); load average {os.getloadavg()[0]:.2f}", flush=True)
    finally:
        if local is not None:
            local.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
