"""Crash harness: SIGKILL at random points during saves, imports, reindex,
backup and restore, then check the archive after each kill.

    python benchmarks/crash_bench.py --runs 100 --seed 1
    python benchmarks/crash_bench.py --scenario save,import --runs 20 --keep /tmp/crash

After every kill: the archive opens, `kbdesk check` finds nothing, the
database and the index agree (per-type counts, every committed record
findable), no record the child reported as committed is lost, and nothing
is left behind (temp files, gen-N.building, stray blobs, half backups).
A failed run's folder is kept under the work folder for a look.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crash_scenarios import SCENARIOS, RunResult, run_scenario


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=100, help="runs per scenario (default 100)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--scenario", default=",".join(SCENARIOS),
                   help=f"comma-separated, from: {', '.join(SCENARIOS)}")
    p.add_argument("--keep", type=Path, help="work folder (default: a temporary one, kept on failure)")
    args = p.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="kbdesk-crash-"))
    names = [n.strip() for n in args.scenario.split(",") if n.strip()]
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown:
        p.error(f"unknown scenario(s): {', '.join(unknown)}")
    print(f"work folder: {work}  seed: {args.seed}  runs per scenario: {args.runs}")
    failures = skipped = 0
    for name in names:
        why_not = SCENARIOS[name].available()
        if why_not:
            print(f"{name:<8} skipped: {why_not}")
            skipped += 1
            continue
        start = time.monotonic()

        def show(r: RunResult) -> None:
            if not r.ok:
                print(f"  {r.scenario} run {r.run} (kill after {r.delay:.2f}s, {r.committed} committed):")
                for problem in r.problems:
                    print(f"    - DAMAGE: {problem}")
                for leftover in r.leftovers:
                    print(f"    - left behind: {leftover}")

        results = run_scenario(name, args.runs, args.seed, work / name, show)
        bad = [r for r in results if not r.ok]
        failures += len(bad)
        committed = sum(r.committed for r in results)
        lost = sum(1 for r in results for p in r.problems if " is lost" in p)
        print(f"{name:<8} runs {len(results):>4}  failed {len(bad):>3} (damage {sum(bool(r.problems) for r in results)}, "
              f"leftovers only {sum(bool(r.leftovers and not r.problems) for r in results)})  "
              f"committed {committed:>6}  lost {lost}  ({time.monotonic() - start:.0f}s)", flush=True)
    ran = len(names) - skipped
    skip_note = f" ({skipped} scenario(s) skipped)" if skipped else ""
    if failures:
        print(f"{failures} failed run(s){skip_note}: see above and {work}")
    else:
        print(f"all runs of {ran} scenario(s) clean{skip_note}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
