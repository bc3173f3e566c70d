"""Keyword search latency alone, on search_bench.py's archive and queries (figures, not a test).

usage: python benchmarks/keyword_bench.py [--size 200000] [--root DIR] [--runs 1]
           [--corpus .../corpus.jsonl] [--queries .../queries_dev.jsonl] [--src REPO]

The archive (apache_jira_dups repeated under new ids up to ``--size``) and its
index are built like search_bench.py builds them, in ``--root``, and kept
there: a second call reuses them, so code versions can be compared on the same
index (``--src`` runs another checkout's ``kbdesk``, e.g. main). Then: one warm
``match``, and ``--runs`` passes of search_bench.py's 200 keyword queries
(``search(q, limit=20)``, snippets and facets included), p50 / p95 per pass.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--size", type=int, default=200_000)
ap.add_argument("--root", type=Path, help="archive folder, kept (default: a folder per size in /tmp)")
ap.add_argument("--runs", type=int, default=1)
ap.add_argument("--src", type=Path, help="import kbdesk from this checkout")
ap.add_argument("--corpus", type=Path)
ap.add_argument("--queries", type=Path)
args = ap.parse_args()

# search_bench.py puts its own checkout first on sys.path: import the one of --src
ROOT = args.src.resolve() if args.src else Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import search_bench as sb  # noqa: E402

from kbdesk.search import SearchService  # noqa: E402
from kbdesk.services.search_source import ArchiveDocuments  # noqa: E402
from kbdesk.storage.archive import Archive  # noqa: E402


def main() -> int:
    corpus_path = args.corpus or sb.EVAL / "corpus.jsonl"
    queries_path = args.queries or sb.EVAL / "queries_dev.jsonl"
    if not corpus_path.is_file():
        print(f"corpus not found: {corpus_path} (skipped)")
        return 0
    rng = random.Random(7)  # search_bench.py's draw order: match texts, then keyword queries
    corpus = sb.read_corpus(corpus_path)
    with open(queries_path, encoding="utf-8") as f:
        qtexts = [json.loads(line)["text"] for line in f if line.strip()]
    qtexts = rng.sample(qtexts, min(200, len(qtexts)))
    kqueries = sb.keyword_queries(corpus, 200, rng)
    root = args.root or Path("/tmp") / f"kbdesk-keyword-bench-{args.size}"
    if not (root / "BUILT").is_file():
        shutil.rmtree(root, ignore_errors=True)
        t = time.perf_counter()
        archive = sb.load_archive(root, corpus, args.size)
        svc = SearchService(ArchiveDocuments(archive), procs=2)
        svc.rebuild()
        svc.close()
        archive.close()
        (root / "BUILT").write_text("1")
        print(f"built {args.size} documents in {time.perf_counter() - t:.0f} s: {root}")
    import kbdesk

    print(f"kbdesk from {Path(kbdesk.__file__).parent}")
    archive = Archive.open(root)
    svc = SearchService(ArchiveDocuments(archive), procs=2)
    svc.open()
    svc.match(qtexts[0], limit=10)  # as search_bench.py: norms cache, segmenter
    for run in range(args.runs):
        lat = []
        for q in kqueries:
            t = time.perf_counter()
            svc.search(q, limit=20)
            lat.append(time.perf_counter() - t)
        print(
            f"{args.size} docs, pass {run + 1}: keyword p50 {sb.pct(lat, 0.5):.1f} ms, "
            f"p95 {sb.pct(lat, 0.95):.1f} ms, max {max(lat) * 1000:.0f} ms"
        )
        sys.stdout.flush()
    svc.close()
    archive.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
