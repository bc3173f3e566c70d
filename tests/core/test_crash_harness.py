"""A few runs of the crash harness per scenario (benchmarks/crash_bench.py
runs hundreds): SIGKILL mid-write, then the archive must be whole."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from crash_scenarios import SCENARIOS, run_scenario

RUNS = 3
# Leftovers another engineer's branch sweeps (h/search: killed builds;
# h/transfer: temporary blob files and unused blobs of killed writes), and
# hidden temporaries of killed backups and restores, which kbdesk.backup
# removes later (the next automatic backup once a day old; the next restore
# to the same folder). Reported; damage of any kind still fails.
KNOWN_LEFTOVERS = ("index build left behind: ", "temporary attachment file left: ",
                   "stray blob(s) no attachment uses", "half backup or restore left behind: ")


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_a_kill_at_a_random_moment_loses_nothing(name, tmp_path):
    why_not = SCENARIOS[name].available()
    if why_not:
        pytest.skip(why_not)
    results = run_scenario(name, RUNS, seed=7, work=tmp_path)
    assert len(results) == RUNS and all(r.killed for r in results)
    assert [f"run {r.run}: {p}" for r in results for p in r.problems] == []
    left = [f"run {r.run}: {p}" for r in results for p in r.leftovers]
    assert [p for p in left if not any(k in p for k in KNOWN_LEFTOVERS)] == []
    if left:
        pytest.xfail("known leftovers, reported: " + "; ".join(left))
