"""How many different answers the first 10 similar cases are, without and with
grouping near-duplicates (issue 11.4; kbdesk/search/grouping.py).

usage: python benchmarks/distinct_answers.py [--demo] [--eval ../shared/eval/apache_jira_dups]
           [--archive DIR] [--max-queries N] [--sweep]

* ``--demo``: the demo archive (data/), every case matched as the case view's
  "similar cases" does (``match(case_id=…)``) and its title pasted as the match
  panel does (``match(text=title)``); an answer is a normalised resolution
  (``grouping.resolution_key``; a case without one is its own answer).
* ``--eval DIR``: a retrieval-eval set whose duplicates are labelled
  (apache_jira_dups: a query and its relevant ids are reports of one bug).
  Each dev query's own case is matched (``match(case_id=query id)``); an answer
  is a labelled duplicate cluster (an unlabelled report is its own). Also
  prints how often a grouped member and its leader are known duplicates, known
  different bugs (both labelled, other clusters) or unknown, and the latency.

``--sweep``: the near-identical-text threshold (``grouping.NEAR_IDENTICAL``)
against the data: the share of labelled duplicate pairs whose 3-token shingle
Jaccard reaches each threshold, and how many top-10 neighbours that are not
labelled duplicates would be merged; on the demo, same-fix pairs against
pairs whose fixes differ from the first words on.

The eval runs (benchmarks/match_eval.py) are not affected: match_ids keeps every
case. Figures taken on a loaded machine vary; the distinct counts do not.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from match_eval import load_corpus, read_jsonl

from kbdesk.locate import create_demo
from kbdesk.search import SearchService
from kbdesk.search.grouping import jaccard, resolution_key, shingles
from kbdesk.services import Services
from kbdesk.storage.archive import Archive

TOP = 10
SWEEP = (0.3, 0.5, 0.6, 0.7, 0.8, 0.9)


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * q))] * 1000


def summary(name: str, before: list[int], after: list[int], shown: list[int]) -> None:
    n = len(before)
    print(
        f"{name}: {n} queries; distinct answers in the top {TOP}: "
        f"mean {statistics.mean(before):.2f} -> {statistics.mean(after):.2f}, "
        f"median {statistics.median(before):g} -> {statistics.median(after):g}; "
        f"all {TOP} different: {sum(b == TOP for b in before) / n:.1%} -> {sum(a == TOP for a in after) / n:.1%}; "
        f"cases behind the {TOP} grouped hits: mean {statistics.mean(shown):.1f}"
    )


def measure(svc: SearchService, queries, answer_of) -> tuple[list[int], list[int], list[int], list, list, list]:
    """(distinct before, distinct after, cases behind the hits, (leader, member) pairs, latencies)."""
    before, after, shown, pairs, lat_flat, lat_grouped = [], [], [], [], [], []
    for kwargs in queries:
        t = time.perf_counter()
        flat = svc.match(limit=TOP, group_similar=False, types=("case",), **kwargs).cases
        lat_flat.append(time.perf_counter() - t)
        t = time.perf_counter()
        grouped = svc.match(limit=TOP, types=("case",), **kwargs).cases
        lat_grouped.append(time.perf_counter() - t)
        before.append(len({answer_of(h) for h in flat[:TOP]}))
        after.append(len({answer_of(h) for h in grouped[:TOP]}))
        shown.append(sum(1 + len(h.similar) for h in grouped[:TOP]))
        pairs.extend((h.record_id, m.record_id) for h in grouped[:TOP] for m in h.similar)
    return before, after, shown, pairs, lat_flat, lat_grouped


def latency(lat_flat: list[float], lat_grouped: list[float]) -> str:
    return (f"match latency (explained, this machine): p50 {pct(lat_flat, 0.5):.0f} -> {pct(lat_grouped, 0.5):.0f} ms, "
            f"p95 {pct(lat_flat, 0.95):.0f} -> {pct(lat_grouped, 0.95):.0f} ms")


def sweep_demo(services: Services) -> None:
    """Pairs of demo cases: same fix vs clearly different fixes (first 12 key characters differ)."""
    from itertools import combinations

    rows = services.list("case", limit=100000)
    texts = [shingles("\n".join(r.get(f) or "" for f in ("title", "phenomenon", "error_messages", "logs")))
             for r in rows]
    keys = [resolution_key("\n".join(r.get(f) or "" for f in ("root_cause", "resolution", "workaround")))
            for r in rows]
    same, other = [], []
    for i, j in combinations(range(len(rows)), 2):
        if keys[i] and keys[j]:
            target = same if keys[i] == keys[j] else other if keys[i][:12] != keys[j][:12] else None
            if target is not None:
                target.append(jaccard(texts[i], texts[j]))
    print(f"demo sweep: {len(same)} same-fix pairs, {len(other)} different-fix pairs")
    for t in SWEEP:
        print(f"  Jaccard >= {t}: same-fix pairs {sum(x >= t for x in same) / len(same):.1%}, "
              f"different-fix pairs merged {sum(x >= t for x in other)}")


def run_demo(max_queries: int, sweep: bool = False) -> None:
    with tempfile.TemporaryDirectory(prefix="kbdesk-distinct-") as tmp:
        archive = create_demo(Path(tmp) / "demo")
        svc = SearchService(archive, procs=1)
        svc.open()
        if sweep:
            sweep_demo(Services(archive, "bench"))
            archive.close()
            return
        rows = Services(archive, "bench").list("case", limit=100000)
        cases = sorted((r["number"], r["id"], r["title"]) for r in rows)
        cases = [(cid, title) for _, cid, title in cases]
        if max_queries:
            cases = cases[:max_queries]

        def answer(hit) -> str:
            return resolution_key(hit.resolution) or f"case:{hit.record_id}"

        for name, queries in (
            ("demo, similar cases of each case", [{"case_id": cid} for cid, _ in cases]),
            ("demo, each case title pasted", [{"text": title} for _, title in cases]),
        ):
            before, after, shown, _pairs, lf, lg = measure(svc, queries, answer)
            summary(name, before, after, shown)
            print("  " + latency(lf, lg))
        svc.close()
        archive.close()


def sweep_eval(svc: SearchService, folder: Path, queries, find, labelled) -> None:
    text = {}
    for row in read_jsonl(folder / "corpus.jsonl"):
        text[str(row["id"])] = f"{row.get('title') or ''}\n{row.get('body') or ''}"
    sh: dict[str, frozenset[int]] = {}

    def of(i: str) -> frozenset[int]:
        if i not in sh:
            sh[i] = shingles(text.get(i, ""))
        return sh[i]

    dup = [jaccard(of(str(q["id"])), of(str(r))) for q in queries for r in q["relevant"] if str(r) in text]
    near = []
    for q in queries:
        qid = str(q["id"])
        for d in [d for d in svc.match_ids(q["text"], limit=TOP + 1) if d != qid][:TOP]:
            if find(d) != find(qid):
                near.append((jaccard(of(qid), of(d)), d in labelled and qid in labelled))
    print(f"{folder.name} sweep: {len(dup)} labelled duplicate pairs, {len(near)} top-{TOP} non-duplicate pairs")
    for t in SWEEP:
        merged = [known for x, known in near if x >= t]
        print(f"  Jaccard >= {t}: duplicate pairs {sum(x >= t for x in dup) / len(dup):.1%}, "
              f"non-duplicate neighbours merged {len(merged)} (both labelled, other bugs: {sum(merged)})")


def run_eval(folder: Path, archive_dir: Path | None, max_queries: int, sweep: bool = False) -> None:
    queries = list(read_jsonl(folder / "queries_dev.jsonl"))
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for q in queries:
        for r in q["relevant"]:
            a, b = find(str(q["id"])), find(str(r))
            if a != b:
                parent[a] = b
    labelled = set(parent) | set(parent.values())
    if max_queries:
        queries = queries[:max_queries]
    tmp = None
    if archive_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="kbdesk-distinct-")
        archive_dir = Path(tmp.name) / "archive"
    if (archive_dir / "kbdesk.sqlite").exists():
        archive = Archive.open(archive_dir)
    else:
        archive = Archive.create(archive_dir)
        load_corpus(archive, folder / "corpus.jsonl")
    svc = SearchService(archive)
    svc.open()
    if sweep:
        sweep_eval(svc, folder, queries, find, labelled)
        svc.close()
        archive.close()
        if tmp is not None:
            tmp.cleanup()
        return
    before, after, shown, pairs, lf, lg = measure(
        svc, [{"case_id": str(q["id"])} for q in queries], lambda h: find(h.record_id)
    )
    summary(f"{folder.name} dev, similar cases of each query's case", before, after, shown)
    same = sum(1 for a, b in pairs if a in labelled and b in labelled and find(a) == find(b))
    other = sum(1 for a, b in pairs if a in labelled and b in labelled and find(a) != find(b))
    print(f"  grouped members: {len(pairs)}; labelled duplicates of their leader {same}, "
          f"labelled other bugs {other}, unlabelled {len(pairs) - same - other}")
    print("  " + latency(lf, lg))
    svc.close()
    archive.close()
    if tmp is not None:
        tmp.cleanup()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--demo", action="store_true", help="measure on the demo archive")
    ap.add_argument("--eval", type=Path, help="an eval folder with labelled duplicates")
    ap.add_argument("--archive", type=Path, help="keep/reuse the loaded eval archive here")
    ap.add_argument("--max-queries", type=int, default=0)
    ap.add_argument("--sweep", action="store_true", help="near-identical threshold against the data")
    args = ap.parse_args(argv)
    if not args.demo and args.eval is None:
        args.demo = True
        default = Path(__file__).resolve().parents[2] / "shared" / "eval" / "apache_jira_dups"
        args.eval = default if default.is_dir() else None
    if args.demo:
        run_demo(args.max_queries, args.sweep)
    if args.eval is not None:
        run_eval(args.eval, args.archive, args.max_queries, args.sweep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
