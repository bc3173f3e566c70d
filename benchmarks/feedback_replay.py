"""Replay the team's duplicate links on apache_jira_dups and measure what they add to matching.

usage: python benchmarks/feedback_replay.py [--data ../shared/eval/apache_jira_dups]
           [--archive DIR] [--max-clusters N]

The dev queries' labels ("relevant" = reports developers linked as Duplicate)
are joined into clusters. Each cluster is put in time order: JIRA numbers
grow with time within a project, so reports of one project are ordered by
number; across projects the data has no dates, so a labelled query counts as
later than the reports it names (a duplicate is filed after its original),
and where that contradicts the numbers (a cycle) only the numbers are kept.

Then, as a team would work: the cluster's members are handled in that order.
When member j arrives it is matched as an archived case (``match(case_id=…)``,
its own record left out) against the whole corpus; relevant = the cluster's
earlier members; the cluster's later members (not reported yet) are dropped
from its list. Afterwards the team records the labelled Duplicate links of
member j to earlier members as "same fault" confirmations
(``MatchFeedbackService.confirm``, through the services like a person).

Each later member is matched twice: without feedback and with the feedback
the archive holds at that moment for it (every link of other clusters, and
the links among its own cluster's earlier members; none that involve it or
its cluster's later members). hit@10 and MRR@10 are printed both ways, over
all later members and over those whose earlier members already carry a link.

Reads the eval data from ../shared/eval (never copied into the repository);
without it, says so and exits 0.
"""

from __future__ import annotations

import argparse
import graphlib
import itertools
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from match_eval import load_corpus, read_jsonl  # noqa: E402

from kbdesk.search import SearchService  # noqa: E402
from kbdesk.search import feedback as team_feedback  # noqa: E402
from kbdesk.search.feedback import FeedbackView  # noqa: E402
from kbdesk.services import Services  # noqa: E402
from kbdesk.services.match_feedback import MatchFeedbackService  # noqa: E402
from kbdesk.storage.archive import Archive  # noqa: E402

# ../shared/eval beside the repository (a worktree one level deeper finds it too)
DEFAULT_DATA = next(
    (d for d in (HERE.parents[1] / "shared", HERE.parents[2] / "shared") if d.is_dir()),
    HERE.parents[1] / "shared",
) / "eval" / "apache_jira_dups"
K = 10


def jira_key(issue: str) -> tuple[str, int]:
    project, _, number = issue.rpartition("-")
    return project, int(number) if number.isdigit() else 0


def clusters_of(queries: list[dict]) -> tuple[list[list[str]], list[tuple[str, str]], int]:
    """Clusters (each in time order), the labelled (later, earlier) links, and how
    many clusters needed the numbers-only fallback."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    pairs = set()
    for q in queries:
        for r in q["relevant"]:
            if r != q["id"]:
                parent[find(q["id"])] = find(r)
                pairs.add((q["id"], r))
    members: dict[str, list[str]] = defaultdict(list)
    for x in list(parent):
        members[find(x)].append(x)
    fallbacks = 0
    ordered = []
    for group in members.values():
        order = _time_order(group, pairs, cross=True)
        if order is None:
            fallbacks += 1
            order = _time_order(group, pairs, cross=False)
        ordered.append(order)
    ordered.sort(key=lambda c: jira_key(c[0]))
    position = {x: i for c in ordered for i, x in enumerate(c)}
    links = sorted({(a, b) if position[a] > position[b] else (b, a) for a, b in pairs})
    return ordered, links, fallbacks


def _time_order(group: list[str], pairs: set[tuple[str, str]], cross: bool) -> list[str] | None:
    ts: graphlib.TopologicalSorter = graphlib.TopologicalSorter()
    by_project: dict[str, list[str]] = defaultdict(list)
    for x in group:
        ts.add(x)
        by_project[jira_key(x)[0]].append(x)
    for xs in by_project.values():
        xs.sort(key=jira_key)
        for a, b in itertools.pairwise(xs):
            ts.add(b, a)  # b after a
    if cross:
        inside = set(group)
        for q, r in pairs:
            if q in inside and jira_key(q)[0] != jira_key(r)[0]:
                ts.add(q, r)  # the duplicate after its original
    try:
        ts.prepare()
    except graphlib.CycleError:
        return None
    out: list[str] = []
    while ts.is_active():
        ready = sorted(ts.get_ready(), key=lambda x: (jira_key(x)[1], x))
        out.extend(ready)
        ts.done(*ready)
    return out


def view_for(full: FeedbackView, hidden: set[str]) -> FeedbackView:
    """The feedback as it stood before the ``hidden`` cases had any links."""
    partners = {
        c: [p for p in ps if p.record_id not in hidden]
        for c, ps in full.partners.items() if c not in hidden
    }
    return replace(full, partners={c: ps for c, ps in partners.items() if ps})


def score(ranked: list[str], relevant: set[str]) -> tuple[int, float]:
    for i, rid in enumerate(ranked[:K]):
        if rid in relevant:
            return 1, 1.0 / (i + 1)
    return 0, 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--archive", type=Path, help="keep/reuse the loaded archive here (links are added to it)")
    ap.add_argument("--max-clusters", type=int, default=0)
    ap.add_argument("--partner-weights", default=str(team_feedback.PARTNER_WEIGHT),
                    help="comma-separated partner weights to measure (default: the matcher's)")
    args = ap.parse_args(argv)
    corpus, qfile = args.data / "corpus.jsonl", args.data / "queries_dev.jsonl"
    if not (corpus.is_file() and qfile.is_file()):
        print(f"skipped: no eval data at {args.data} (corpus.jsonl and queries_dev.jsonl)")
        return 0
    clusters, links, fallbacks = clusters_of(list(read_jsonl(qfile)))
    if args.max_clusters:
        clusters = clusters[: args.max_clusters]
        kept = {x for c in clusters for x in c}
        links = [(a, b) for a, b in links if a in kept]
    tmp = None
    if args.archive is None:
        tmp = tempfile.TemporaryDirectory(prefix="kbdesk-replay-")
        root = Path(tmp.name) / "archive"
    else:
        root = args.archive
    t0 = time.perf_counter()
    if (root / "kbdesk.sqlite").exists():
        archive = Archive.open(root)
    else:
        archive = Archive.create(root)
        print(f"loaded {load_corpus(archive, corpus)} cases in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    search = SearchService(archive)
    search.open()
    team = MatchFeedbackService(Services(archive, actor="replay"))

    # The team links each duplicate to the earlier reports it names, as it handles it.
    t1 = time.perf_counter()
    for later, earlier in links:
        team.confirm(later, ("case", earlier))
    print(f"recorded {len(links)} same-fault links in {time.perf_counter() - t1:.1f}s", file=sys.stderr)
    full = team.view()

    weights = [float(w) for w in args.partner_weights.split(",")]
    runs = ["plain"] + [f"links w={w:g}" for w in weights]
    subsets = ("all later members", "with own links", "without own links")
    sums = {(sub, run): [0, 0.0] for sub in subsets for run in runs}
    counts = dict.fromkeys(subsets, 0)
    changed = dict.fromkeys(runs[1:], 0)
    t2 = time.perf_counter()
    for cluster in clusters:
        for j in range(1, len(cluster)):
            query, earlier, later = cluster[j], set(cluster[:j]), set(cluster[j + 1:])
            view = view_for(full, {query} | later)
            own = "with own links" if any(c in view.partners for c in earlier) else "without own links"
            for sub in ("all later members", own):
                counts[sub] += 1
            ranks = {}
            for run, w in zip(runs, [None, *weights], strict=True):
                if w is not None:
                    team_feedback.PARTNER_WEIGHT = w
                result = search.match(case_id=query, limit=K + len(later), explain_hits=False,
                                      feedback=None if w is None else view)
                ranks[run] = [h.record_id for h in result.cases if h.record_id not in later][:K]
                hit, rr = score(ranks[run], earlier)
                for sub in ("all later members", own):
                    sums[sub, run][0] += hit
                    sums[sub, run][1] += rr
                if w is not None:
                    changed[run] += ranks["plain"] != ranks[run]
    print(f"{len(runs) * counts['all later members']} matches in {time.perf_counter() - t2:.1f}s", file=sys.stderr)
    search.close()
    archive.close()
    if tmp is not None:
        tmp.cleanup()

    print(f"clusters: {len(clusters)} ({fallbacks} ordered by numbers only); links recorded: {len(links)}")
    print(f"queries (later members): {counts['all later members']}, of which with links among their "
          f"earlier members: {counts['with own links']}")
    print(f"{'':<18} {'run':<12} {'hit@10':>7} {'MRR@10':>7}  top-10 lists changed")
    for sub in subsets:
        n = counts[sub]
        for run in runs:
            if n:
                hit, rr = sums[sub, run]
                print(f"{sub:<18} {run:<12} {hit / n:7.4f} {rr / n:7.4f}  "
                      f"{changed.get(run, '') if sub == subsets[0] else ''}  (n={n})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
