"""Time kbdesk search and matching on hostile input (figures, not a test).

usage: python benchmarks/bad_input_bench.py [--corpus CORPUS.jsonl] [--docs 5000] [--fuzz 2000]

Loads ``--docs`` documents (the apache_jira_dups corpus when found, else a
synthetic one) into a temporary archive, then measures: a keyword query of one
200,000-character word; a match of a 200,000-character paste (one word, and
real-looking text); impossible dates; and how many of ``--fuzz`` seeded
random queries (tests/search/test_bad_queries.py's generator) raise.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "search"))

from kbdesk.search import SearchService
from kbdesk.services.search_source import ArchiveDocuments
from kbdesk.storage.archive import Archive

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent.parent / "shared" / "eval" / "apache_jira_dups" / "corpus.jsonl"


def docs(corpus: Path, n: int):
    if corpus.is_file():
        with open(corpus, encoding="utf-8") as f:
            for i, line in zip(range(n), f, strict=False):
                d = json.loads(line)
                yield d["title"][:300] or f"doc {i}", d["body"]
        return
    rng = random.Random(1)
    words = ["timeout", "NameNode", "ORA-12170", "超时", "连接", "磁盘", "OutOfMemoryError", "Kafka", "副本"]
    for i in range(n):
        yield f"case {i} {rng.choice(words)}", " ".join(rng.choice(words) for _ in range(60))


def timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=EVAL)
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--fuzz", type=int, default=2000)
    args = ap.parse_args()
    from test_bad_queries import _fuzz_query  # the test's generator, same seed

    with tempfile.TemporaryDirectory() as tmp:
        archive = Archive.create(Path(tmp) / "arch")
        from conftest import Writer

        w = Writer(archive)
        for title, body in docs(args.corpus, args.docs):
            w.case(title, body)
        svc = SearchService(ArchiveDocuments(archive))
        t, _ = timed(svc.open)
        print(f"{args.docs} documents indexed in {t:.1f} s")
        word = "x" * 200_000
        paste = ("java.io.IOException: Connection reset by peer at org.apache.hadoop.ipc.Client " * 2600)[
            :200_000
        ]
        for label, fn in (
            ("keyword: one 200,000-character word", lambda: svc.search(word)),
            (
                "keyword: one 200,000-character identifier",
                lambda: svc.search("NullPointerException" * 10_000),
            ),
            (
                "keyword: date:9999 / date:<9999-12-31",
                lambda: (svc.search("date:9999"), svc.search("date:<9999-12-31")),
            ),
            ("match: one 200,000-character word", lambda: svc.match(word)),
            ("match: a 200,000-character log paste", lambda: svc.match(paste)),
        ):
            runs = [timed(fn)[0] for _ in range(3)]
            print(f"{label:<45} median {sorted(runs)[1] * 1000:8.1f} ms")
        rng = random.Random(20261202)
        raised = 0
        t0 = time.perf_counter()
        for _ in range(args.fuzz):
            q = _fuzz_query(rng)
            for fn in (svc.search, svc.match):
                try:
                    fn(q)
                except Exception:
                    raised += 1
        print(
            f"fuzz: {args.fuzz} queries × (search, match): {raised} exceptions, {time.perf_counter() - t0:.1f} s"
        )
        svc.close()
        archive.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
