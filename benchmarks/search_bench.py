"""Speed of kbdesk search on a real corpus, with SQLite FTS5 as a yardstick.

usage: python benchmarks/search_bench.py [--corpus ../shared/eval/apache_jira_dups/corpus.jsonl]
           [--queries .../queries_dev.jsonl] [--sizes 30000,200000] [--procs 2]

For each size the corpus is loaded into a fresh archive (repeated under new ids
to reach the size), then measured: full index build (docs/s, wall), fault
matching of whole reports (p50/p95, the full API with explanations), keyword
search (2-word AND queries, with facets and snippets), save-to-searchable
(commit a case + queue row, sync, find it), peak RSS (this process and the
build workers). FTS5 (unicode61 + porter, raw title/body) gets the same text
and the same queries in the same run: build, top-25-term OR query, AND query,
insert+commit+find.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from kbdesk.search import SearchService
from kbdesk.search.matching import FaultMatcher, split_title
from kbdesk.services.search_source import ArchiveDocuments
from kbdesk.storage.archive import Archive
from kbdesk.storage.models import Case, Customer, IndexQueueItem

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "apache_jira_dups"
NOW = datetime(2024, 1, 1, tzinfo=UTC)


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * q))] * 1000


def rss_mb() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def read_corpus(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def docs_of_size(corpus: list[dict], size: int):
    for i in range(size):
        row = corpus[i % len(corpus)]
        rep = i // len(corpus)
        yield (row["id"] if rep == 0 else f"{row['id']}~{rep}"), row["title"] or "", row["body"] or ""


def load_archive(root: Path, corpus: list[dict], size: int) -> Archive:
    archive = Archive.create(root)
    with archive.session() as s:
        s.execute(insert(Customer), [{"id": "0" * 32, "name": "bench"}])
    batch = []
    for n, (did, title, body) in enumerate(docs_of_size(corpus, size)):
        batch.append(
            {
                "id": did,
                "number": f"B-{n}",
                "customer_id": "0" * 32,
                "title": title,
                "phenomenon": body,
                "category": "operation_error",
                "severity": "medium",
                "status": "closed",
                "reported_at": NOW,
                "created_at": NOW,
                "updated_at": NOW,
                "tags": [],
            }
        )
        if len(batch) == 5000:
            with archive.session() as s:
                s.execute(insert(Case), batch)
            batch = []
    if batch:
        with archive.session() as s:
            s.execute(insert(Case), batch)
    return archive


def keyword_queries(corpus: list[dict], n: int, rng: random.Random) -> list[str]:
    out = []
    while len(out) < n:
        words = [w for w in re.findall(r"[A-Za-z]{4,}", rng.choice(corpus)["title"] or "")]
        if len(words) >= 2:
            out.append(" ".join(rng.sample(words, 2)))
    return out


def bench_kbdesk(archive: Archive, corpus, qtexts, kqueries, procs: int, n_save: int) -> dict:
    res: dict = {}
    svc = SearchService(ArchiveDocuments(archive), procs=procs)
    t = time.perf_counter()
    svc.rebuild()
    build = time.perf_counter() - t
    n = svc.indexed_count()
    res["build_s"] = round(build, 1)
    res["build_docs_per_s"] = round(n / build)
    res["rss_after_build_mb"] = [round(x) for x in rss_mb()]
    svc.match(qtexts[0])  # warm: norms cache, segmenter
    lat = []
    for q in qtexts:
        t = time.perf_counter()
        svc.match(q, limit=10)
        lat.append(time.perf_counter() - t)
    res["match_p50_ms"], res["match_p95_ms"] = round(pct(lat, 0.5), 1), round(pct(lat, 0.95), 1)
    lat = []
    for q in kqueries:
        t = time.perf_counter()
        svc.search(q, limit=20)
        lat.append(time.perf_counter() - t)
    res["keyword_p50_ms"], res["keyword_p95_ms"] = round(pct(lat, 0.5), 1), round(pct(lat, 0.95), 1)
    lat = []
    for i in range(n_save):
        token = "zqxsave" + "".join(chr(97 + int(c)) for c in str(i)) + "vq"
        t = time.perf_counter()
        with archive.session() as s:
            cid = f"save{i:028d}"
            s.execute(
                insert(Case),
                [
                    {
                        "id": cid,
                        "number": f"S-{i}",
                        "customer_id": "0" * 32,
                        "title": f"saved case {token}",
                        "phenomenon": corpus[i]["body"],
                        "category": "operation_error",
                        "severity": "low",
                        "reported_at": NOW,
                        "tags": [],
                    }
                ],
            )
            s.add(IndexQueueItem(record_type="case", record_id=cid, op="upsert"))
        svc.sync()
        found = svc.search(token, snippets=False).total
        lat.append(time.perf_counter() - t)
        assert found == 1, token
    res["save_to_searchable_p50_ms"] = round(pct(lat, 0.5), 1)
    res["save_to_searchable_p95_ms"] = round(pct(lat, 0.95), 1)
    res["peak_rss_mb_self_children"] = [round(x) for x in rss_mb()]
    # the terms each match used, for the FTS5 yardstick
    with svc._read_lock:
        matcher = FaultMatcher(svc.scorer(), svc.params)
        res["_terms"] = [
            [
                matcher.plan(*split_title(q)).surface.get(t, t)
                for t in list(matcher.plan(*split_title(q)).terms)[:25]
            ]
            for q in qtexts
        ]
    svc.close()
    return res


def fts_quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def bench_fts5(path: Path, corpus, size: int, term_lists, kqueries, n_save: int) -> dict:
    res: dict = {}
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, tokenize='porter unicode61')"
    )
    t = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO docs VALUES (?,?,?)", docs_of_size(corpus, size))
    build = time.perf_counter() - t
    res["build_docs_per_s"] = round(size / build)
    lat = []
    for terms in term_lists:
        q = " OR ".join(fts_quote(x) for x in terms if x.strip()) or '"x"'
        t = time.perf_counter()
        conn.execute(
            "SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 3.0, 1.0) LIMIT 10", (q,)
        ).fetchall()
        lat.append(time.perf_counter() - t)
    res["match_top25_p50_ms"], res["match_top25_p95_ms"] = round(pct(lat, 0.5), 1), round(pct(lat, 0.95), 1)
    lat = []
    for kq in kqueries:
        q = " AND ".join(fts_quote(w) for w in kq.split())
        t = time.perf_counter()
        conn.execute(
            "SELECT id, snippet(docs, 2, '<b>', '</b>', '…', 12) FROM docs WHERE docs MATCH ? "
            "ORDER BY rank LIMIT 20",
            (q,),
        ).fetchall()
        lat.append(time.perf_counter() - t)
    res["keyword_p50_ms"], res["keyword_p95_ms"] = round(pct(lat, 0.5), 1), round(pct(lat, 0.95), 1)
    lat = []
    for i in range(n_save):
        token = "zqxsave" + "".join(chr(97 + int(c)) for c in str(i)) + "vq"
        t = time.perf_counter()
        with conn:
            conn.execute("INSERT INTO docs VALUES (?,?,?)", (f"s{i}", f"saved {token}", corpus[i]["body"]))
        assert conn.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (token,)).fetchone()[0] == 1
        lat.append(time.perf_counter() - t)
    res["save_to_searchable_p95_ms"] = round(pct(lat, 0.95), 1)
    conn.close()
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=EVAL / "corpus.jsonl")
    ap.add_argument("--queries", type=Path, default=EVAL / "queries_dev.jsonl")
    ap.add_argument("--sizes", default="30000,200000")
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--n-match", type=int, default=200)
    ap.add_argument("--n-keyword", type=int, default=200)
    ap.add_argument("--n-save", type=int, default=50)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus} (skipped)")
        return 0
    rng = random.Random(7)
    corpus = read_corpus(args.corpus)
    with open(args.queries, encoding="utf-8") as f:
        qtexts = [json.loads(line)["text"] for line in f if line.strip()]
    qtexts = rng.sample(qtexts, min(args.n_match, len(qtexts)))
    kqueries = keyword_queries(corpus, args.n_keyword, rng)
    report = {}
    for size in [int(s) for s in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory(prefix="kbdesk-bench-") as tmp:
            t = time.perf_counter()
            archive = load_archive(Path(tmp) / "a", corpus, size)
            load_s = time.perf_counter() - t
            kb = bench_kbdesk(archive, corpus, qtexts, kqueries, args.procs, args.n_save)
            archive.close()
            terms = kb.pop("_terms")
            fts = bench_fts5(Path(tmp) / "fts.sqlite", corpus, size, terms, kqueries, args.n_save)
        ratios = {
            "build_speed_fts5_over_kbdesk": round(fts["build_docs_per_s"] / kb["build_docs_per_s"], 1),
            "match_p95_kbdesk_over_fts5": round(kb["match_p95_ms"] / max(fts["match_top25_p95_ms"], 0.01), 1),
            "keyword_p95_kbdesk_over_fts5": round(kb["keyword_p95_ms"] / max(fts["keyword_p95_ms"], 0.01), 1),
        }
        report[size] = {"db_load_s": round(load_s, 1), "kbdesk": kb, "fts5": fts, "ratios": ratios}
        print(f"\n== {size} documents")
        for part in ("kbdesk", "fts5", "ratios"):
            for k, v in report[size][part].items():
                print(f"  {part:7s} {k:32s} {v}")
        sys.stdout.flush()
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
