"""A team at work on one archive: PostgreSQL against the same work on SQLite.

usage: python benchmarks/team_bench.py [--cases 200000] [--clients 4,8] [--minutes 5]
           [--corpus ../shared/eval/apache_jira_dups/corpus.jsonl] [--engines pg,sqlite]

The cases are the apache_jira_dups bug reports (repeated under new ids to
reach --cases; skipped when ../shared/eval is missing). For PostgreSQL a real
server is started from initdb (tests/pgserver.py; or KBDESK_TEST_PG), the
cases are bulk-loaded, one desktop builds its index, and every client starts
from a copy of that desktop's cache. Then K client processes each edit cases
(20 %), search (40 %) and match whole reports (40 %) for --minutes, keeping
their own index in step in a background thread. An observer process (one more
desktop) searches for the unique word each edit wrote and records when it
first finds it.

Printed per engine and K: write latency p50/p95, search and match p95,
change → visible in another desktop's search p50/p95 (goal ≤ 2 s), edits and
searches done; then the catch-up rate of a desktop that was away for the
whole run. SQLite: the same clients on one archive folder on this machine
(what a team without a server can do: share one laptop's archive).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import queue
import random
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

import search_bench  # noqa: E402  (the corpus and keyword queries of the search benchmark)
from sqlalchemy import insert  # noqa: E402

from kbdesk.services import Services  # noqa: E402
from kbdesk.services.search import open_search  # noqa: E402
from kbdesk.storage.archive import Archive  # noqa: E402
from kbdesk.storage.models import Case, Customer  # noqa: E402

CUSTOMER = "0" * 32


def load(archive: Archive, corpus: list[dict], size: int) -> list[str]:
    with archive.session() as s:
        s.execute(insert(Customer), [{"id": CUSTOMER, "name": "bench"}])
    ids, batch = [], []
    for n, (did, title, body) in enumerate(search_bench.docs_of_size(corpus, size)):
        did = did[:32]
        ids.append(did)
        batch.append({"id": did, "number": f"B-{n}", "customer_id": CUSTOMER, "title": title,
                      "phenomenon": body, "category": "operation_error", "severity": "medium",
                      "status": "closed", "reported_at": search_bench.NOW, "created_at": search_bench.NOW,
                      "updated_at": search_bench.NOW, "tags": []})
        if len(batch) == 5000:
            with archive.session() as s:
                s.execute(insert(Case), batch)
            batch = []
    if batch:
        with archive.session() as s:
            s.execute(insert(Case), batch)
    return ids


def open_client(where: str, cache: Path | None) -> Archive:
    return Archive.open_team(where, cache_root=cache) if where.startswith("postgresql") else Archive.open(where)


def follow(svc, stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            svc.sync()
        except Exception as exc:  # a busy index: the next turn catches up
            print("sync:", exc, file=sys.stderr)
        stop.wait(0.25)


def client(n: int, where: str, cache: str | None, start_at: float, seconds: float, ids: list[str],
           kqueries: list[str], reports: list[str], tokens, results) -> None:
    archive = open_client(where, Path(cache) if cache else None)
    services = Services(archive, actor=f"bench{n}")
    svc = open_search(archive)
    svc.open()
    stop = threading.Event()
    threading.Thread(target=follow, args=(svc, stop), daemon=True).start()
    rng = random.Random(n)
    out: dict[str, list[float]] = {"write": [], "search": [], "match": []}
    time.sleep(max(0.0, start_at - time.time()))
    end = start_at + seconds
    edits = 0
    while time.time() < end:
        r = rng.random()
        t = time.perf_counter()
        if r < 0.2:
            edits += 1
            token = "zqt" + "".join(chr(97 + int(c)) for c in f"{n}{edits:06d}") + "x"
            services.update("case", rng.choice(ids), {"resolution": f"fixed by restarting {token}"})
            out["write"].append(time.perf_counter() - t)
            tokens.put((token, time.time()))
        elif r < 0.6:
            svc.search(rng.choice(kqueries), limit=20)
            out["search"].append(time.perf_counter() - t)
        else:
            svc.match(rng.choice(reports), limit=10)
            out["match"].append(time.perf_counter() - t)
    stop.set()
    svc.close()
    archive.close()
    results.put(out)


def observer(where: str, cache: str | None, start_at: float, seconds: float, tokens, results) -> None:
    archive = open_client(where, Path(cache) if cache else None)
    svc = open_search(archive)
    svc.open()
    pending: dict[str, float] = {}
    seen: list[float] = []
    end = start_at + seconds + 15
    while time.time() < end:
        try:
            while True:
                token, at = tokens.get_nowait()
                pending[token] = at
        except queue.Empty:
            pass
        svc.sync()
        now = time.time()
        for token in list(pending):
            if svc.search(token, snippets=False).total:
                seen.append(now - pending.pop(token))
        if time.time() > start_at + seconds + 1 and not pending and tokens.empty():
            break
        time.sleep(0.05)
    svc.close()
    archive.close()
    results.put({"visible": seen, "never_seen": len(pending)})


def run_clients(where: str, caches: list[str | None], observer_cache: str | None, seconds: float, ids,
                kqueries, reports) -> dict:
    ctx = mp.get_context("spawn")
    tokens, results, seen_q = ctx.Queue(), ctx.Queue(), ctx.Queue()
    start_at = time.time() + 20 + 3 * len(caches)  # every client has opened its index by then
    procs = [ctx.Process(target=client, args=(i, where, c, start_at, seconds, ids, kqueries, reports, tokens,
                                              results)) for i, c in enumerate(caches)]
    procs.append(ctx.Process(target=observer, args=(where, observer_cache, start_at, seconds, tokens, seen_q)))
    for p in procs:
        p.start()
    merged: dict[str, list[float]] = {"write": [], "search": [], "match": []}
    for _ in caches:
        for k, v in results.get(timeout=seconds + 600).items():
            merged[k] += v
    seen = seen_q.get(timeout=seconds + 600)
    for p in procs:
        p.join()
    pct = search_bench.pct
    row = {f"{k}_p95_ms": round(pct(v, 0.95), 1) for k, v in merged.items() if v}
    row["write_p50_ms"] = round(pct(merged["write"], 0.5), 1) if merged["write"] else None
    row["edits"], row["searches"], row["matches"] = (len(merged[k]) for k in ("write", "search", "match"))
    vis = seen["visible"]
    row["visible_p50_ms"] = round(pct(vis, 0.5)) if vis else None
    row["visible_p95_ms"] = round(pct(vis, 0.95)) if vis else None
    row["never_seen"] = seen["never_seen"]
    return row


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=search_bench.EVAL / "corpus.jsonl")
    ap.add_argument("--queries", type=Path, default=search_bench.EVAL / "queries_dev.jsonl")
    ap.add_argument("--cases", type=int, default=200_000)
    ap.add_argument("--clients", default="4,8")
    ap.add_argument("--minutes", type=float, default=5)
    ap.add_argument("--engines", default="pg,sqlite")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"skipped: {args.corpus} not found (the eval data lives in ../shared/eval)")
        return 0
    corpus = search_bench.read_corpus(args.corpus)
    queries = search_bench.read_corpus(args.queries)
    reports = [q["text"] for q in queries][:100]
    kqueries = search_bench.keyword_queries(corpus, 200, random.Random(7))
    seconds = args.minutes * 60
    work = Path(tempfile.mkdtemp(prefix="kbdesk-team-bench-"))
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; {args.cases} cases, "
          f"{args.minutes:g} min per run")
    import pgserver

    local = None
    server = pgserver.from_environment()
    try:
        for engine in args.engines.split(","):
            for k in (int(x) for x in args.clients.split(",")):
                if engine == "pg":
                    if server is None:
                        local = pgserver.LocalServer()
                        server = local.start()
                    url = server.url(server.create_database())
                    seed = work / f"pg{k}-seed"
                    t = time.perf_counter()
                    archive = Archive.create_team(url, cache_root=seed)
                    ids = load(archive, corpus, args.cases)
                    loaded = time.perf_counter() - t
                    svc = open_search(archive)
                    t = time.perf_counter()
                    svc.open()
                    built = time.perf_counter() - t
                    svc.close()
                    archive.close()
                    caches = []
                    for i in range(k + 2):  # k clients, the observer, the one away
                        shutil.copytree(seed, work / f"pg{k}-desk{i}")
                        caches.append(str(work / f"pg{k}-desk{i}"))
                    where = url
                    clients, watcher, away = caches[:k], caches[k], caches[k + 1]
                else:
                    root = work / f"sqlite{k}"
                    t = time.perf_counter()
                    archive = Archive.create(root)
                    ids = load(archive, corpus, args.cases)
                    loaded = time.perf_counter() - t
                    svc = open_search(archive)
                    t = time.perf_counter()
                    svc.open()
                    built = time.perf_counter() - t
                    svc.close()
                    archive.close()
                    where, clients, watcher, away = str(root), [None] * k, None, None
                print(f"{engine} K={k}: load {args.cases / loaded:,.0f} cases/s, first index build "
                      f"{args.cases / built:,.0f} docs/s", flush=True)
                row = run_clients(where, clients, watcher, seconds, ids, kqueries, reports)
                print(f"{engine} K={k}: {row}", flush=True)
                if away is not None:  # a desktop that was away for the whole run catches up
                    archive = open_client(where, Path(away))
                    svc = open_search(archive)
                    t = time.perf_counter()
                    report = svc.open()
                    took = time.perf_counter() - t
                    applied = getattr(report, "upserted", None) or row["edits"]
                    print(f"{engine} K={k}: catch-up of {row['edits']} edits in {took:.1f} s "
                          f"({applied / took:,.0f} changes/s; {report})", flush=True)
                    svc.close()
                    archive.close()
    finally:
        if local is not None:
            local.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
