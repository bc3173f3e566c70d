"""Measure fault matching on a retrieval-eval set (see ../shared/eval/README.md).

usage: python benchmarks/match_eval.py --corpus C.jsonl --queries Q.jsonl --out RUN.jsonl
           [--archive DIR] [--params '{"title_run": 0.5}'] [--max-queries N]

Loads the corpus into a temporary archive as cases (title → title, body →
phenomenon), builds the index, matches every query's text (the top 100 cases,
best first) and writes the run in the format score.py reads, then prints the
scores. ``--archive DIR`` keeps (or reuses, if it exists) the loaded archive so
that parameter sweeps need not reload the corpus.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from kbdesk.search import MatchParams, SearchService
from kbdesk.services.search_source import ArchiveDocuments
from kbdesk.storage.archive import Archive
from kbdesk.storage.models import Case, Customer


def read_jsonl(path: Path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def load_corpus(archive: Archive, corpus: Path) -> int:
    """Insert every corpus line as a case; returns the number of cases."""
    now = datetime(2024, 1, 1, tzinfo=UTC)
    with archive.session() as s:
        s.execute(insert(Customer), [{"id": "0" * 32, "name": "eval"}])
    n = 0
    batch: list[dict] = []

    def flush() -> None:
        with archive.session() as s:
            s.execute(insert(Case), batch)
        batch.clear()

    for row in read_jsonl(corpus):
        n += 1
        batch.append(
            {
                "id": str(row["id"]),
                "number": f"EVAL-{n}",
                "customer_id": "0" * 32,
                "title": row.get("title") or "",
                "phenomenon": row.get("body") or "",
                "category": "operation_error",
                "severity": "medium",
                "status": "closed",
                "reported_at": now,
                "created_at": now,
                "updated_at": now,
                "tags": [],
            }
        )
        if len(batch) >= 5000:
            flush()
    if batch:
        flush()
    return n


def find_score_py(queries: Path) -> Path | None:
    here = Path(__file__).resolve().parents[1]
    for cand in (
        queries.resolve().parent.parent / "score.py",
        queries.resolve().parent / "score.py",
        here.parent / "shared" / "eval" / "score.py",
    ):
        if cand.is_file():
            return cand
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", required=True, type=Path)
    ap.add_argument("--queries", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--archive", type=Path, help="keep/reuse the loaded archive here")
    ap.add_argument("--params", default="{}", help="JSON overrides of MatchParams")
    ap.add_argument("--max-queries", type=int, default=0)
    ap.add_argument("--depth", type=int, default=100)
    args = ap.parse_args(argv)

    params = MatchParams(**json.loads(args.params))
    tmp = None
    if args.archive is None:
        tmp = tempfile.TemporaryDirectory(prefix="kbdesk-eval-")
        root = Path(tmp.name) / "archive"
    else:
        root = args.archive
    t0 = time.perf_counter()
    if (root / "kbdesk.sqlite").exists():
        archive = Archive.open(root)
        print(f"reusing archive {root}", file=sys.stderr)
    else:
        archive = Archive.create(root)
        n = load_corpus(archive, args.corpus)
        print(f"loaded {n} cases in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    svc = SearchService(ArchiveDocuments(archive), params=params)
    t1 = time.perf_counter()
    report = svc.open()
    if report.rebuilt:
        print(f"index built in {time.perf_counter() - t1:.1f}s", file=sys.stderr)

    queries = list(read_jsonl(args.queries))
    if args.max_queries:
        queries = queries[: args.max_queries]
    t2 = time.perf_counter()
    lat = []
    with open(args.out, "w", encoding="utf-8") as out:
        for q in queries:
            ts = time.perf_counter()
            ranked = svc.match_ids(q["text"], limit=args.depth + 1)
            lat.append(time.perf_counter() - ts)
            out.write(json.dumps({"id": q["id"], "ranked": ranked}, ensure_ascii=False) + "\n")
    lat.sort()
    print(
        f"{len(queries)} queries in {time.perf_counter() - t2:.1f}s; "
        f"p50 {1000 * lat[len(lat) // 2]:.1f} ms, p95 {1000 * lat[int(len(lat) * 0.95)]:.1f} ms",
        file=sys.stderr,
    )
    svc.close()
    archive.close()
    score = find_score_py(args.queries)
    if score is None:
        print("score.py not found; run written to", args.out)
    else:
        qfile = args.queries
        if args.max_queries:
            qfile = args.out.with_suffix(".queries.jsonl")
            with open(qfile, "w", encoding="utf-8") as f:
                for q in queries:
                    f.write(json.dumps(q, ensure_ascii=False) + "\n")
        subprocess.run([sys.executable, str(score), str(qfile), str(args.out)], check=False)
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
