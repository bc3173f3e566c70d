"""A few runs of the crash harness per scenario (benchmarks/crash_bench.py
runs hundreds): SIGKILL mid-write, then the archive must be whole."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from crash_scenarios import SCENARIOS, run_scenario

RUNS = 3
@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_a_kill_at_a_random_moment_loses_nothing(name, tmp_path):
    why_not = SCENARIOS[name].available()
    if why_not:
        pytest.skip(why_not)
    results = run_scenario(name, RUNS, seed=7, work=tmp_path)
    assert len(results) == RUNS and all(r.killed for r in results)
    assert [f"run {r.run}: {p}" for r in results for p in r.problems] == []
    assert [f"run {r.run}: {p}" for r in results for p in r.leftovers] == []
