"""Matching latency alone, on keyword_bench.py's kept archive and index, with the
FTS5 top-25 yardstick of search_bench.py in the same run (figures, not a test).

usage: python benchmarks/match_bench.py [--size 30000] [--root DIR] [--runs 1] [--src REPO]
           [--corpus .../corpus.jsonl] [--queries .../queries_dev.jsonl] [--limit 10]

The archive and index are the ones ``keyword_bench.py --size N --root DIR``
builds and keeps (built here the same way when missing), so code versions can
be compared on one index: run this once with ``--src`` pointing at another
checkout (e.g. main) and once without, alternately (``--dump`` writes each
checkout's results after the timed passes, to check they are the same). Each pass matches
search_bench.py's 200 whole reports (``match(text, limit=10)``: the full API,
grouping and explanations included), then runs the FTS5 top-25-term OR query
of each report on an FTS5 table of the same documents (``fts5.sqlite`` in the
root, built once), so the ratio is taken under the same machine load.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sqlite3
import sys
import time
from pathlib import Path

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--size", type=int, default=30_000)
ap.add_argument("--root", type=Path, help="archive folder, kept (default: keyword_bench.py's folder per size)")
ap.add_argument("--runs", type=int, default=1)
ap.add_argument("--limit", type=int, default=10)
ap.add_argument("--src", type=Path, help="import kbdesk from this checkout")
ap.add_argument("--corpus", type=Path)
ap.add_argument("--queries", type=Path)
ap.add_argument("--dump", type=Path, help="write every result (JSON lines) here, to compare two checkouts")
args = ap.parse_args()

ROOT = args.src.resolve() if args.src else Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# search_bench.py puts its own checkout first on sys.path: import the one of --src
sys.path.insert(0, str(ROOT / "benchmarks"))

import search_bench as sb  # noqa: E402

from kbdesk.search import SearchService  # noqa: E402
from kbdesk.search.matching import FaultMatcher, split_title  # noqa: E402
from kbdesk.services.search_source import ArchiveDocuments  # noqa: E402
from kbdesk.storage.archive import Archive  # noqa: E402


def fts_table(path: Path, corpus: list[dict], size: int) -> sqlite3.Connection:
    if not path.is_file():
        conn = sqlite3.connect(path)
        conn.execute(
            "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, tokenize='porter unicode61')"
        )
        with conn:
            conn.executemany("INSERT INTO docs VALUES (?,?,?)", sb.docs_of_size(corpus, size))
        conn.close()
    return sqlite3.connect(path)


def main() -> int:
    corpus_path = args.corpus or sb.EVAL / "corpus.jsonl"
    queries_path = args.queries or sb.EVAL / "queries_dev.jsonl"
    if not corpus_path.is_file():
        print(f"corpus not found: {corpus_path} (skipped)")
        return 0
    rng = random.Random(7)  # search_bench.py's draw: the same 200 reports
    corpus = sb.read_corpus(corpus_path)
    with open(queries_path, encoding="utf-8") as f:
        qtexts = [json.loads(line)["text"] for line in f if line.strip()]
    qtexts = rng.sample(qtexts, min(200, len(qtexts)))
    root = args.root or Path("/tmp") / f"kbdesk-keyword-bench-{args.size}"
    if not (root / "BUILT").is_file():
        print(f"no kept index in {root}: run benchmarks/keyword_bench.py --size {args.size} --root {root}")
        return 1
    import kbdesk

    print(f"kbdesk from {Path(kbdesk.__file__).parent}")
    conn = fts_table(root / "fts5.sqlite", corpus, args.size)
    archive = Archive.open(root)
    svc = SearchService(ArchiveDocuments(archive), procs=2)
    svc.open()
    svc.match(qtexts[0], limit=args.limit)  # warm: norms cache, segmenter
    with svc._read_lock:
        matcher = FaultMatcher(svc.scorer(), svc.params)
        plans = [matcher.plan(*split_title(q)) for q in qtexts]
    fts_queries = [
        " OR ".join(sb.fts_quote(p.surface.get(t, t)) for t in list(p.terms)[:25] if t.strip()) or '"x"'
        for p in plans
    ]
    for run in range(args.runs):
        lat, fts = [], []
        for q, fq in zip(qtexts, fts_queries, strict=True):
            t = time.perf_counter()
            svc.match(q, limit=args.limit)
            lat.append(time.perf_counter() - t)
            t = time.perf_counter()
            conn.execute(
                "SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 3.0, 1.0) LIMIT 10", (fq,)
            ).fetchall()
            fts.append(time.perf_counter() - t)
        p95, f95 = sb.pct(lat, 0.95), sb.pct(fts, 0.95)
        print(
            f"{args.size} docs, pass {run + 1}: match p50 {sb.pct(lat, 0.5):.1f} ms, p95 {p95:.1f} ms, "
            f"max {max(lat) * 1000:.0f} ms; FTS5 top-25 p50 {sb.pct(fts, 0.5):.1f} ms, p95 {f95:.1f} ms; "
            f"p95 ratio {p95 / max(f95, 0.01):.1f}×"
        )
        sys.stdout.flush()
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for q in qtexts:
                out.write(json.dumps(dataclasses.asdict(svc.match(q, limit=args.limit)), ensure_ascii=False) + "\n")
    svc.close()
    archive.close()
    conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
