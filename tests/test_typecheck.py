""".ci/typecheck.py: the type check .ci/run runs after the tests.

Each test runs the real script with the real mypy on a small package in tmp_path
(kbdesk/core.py outside ui/, kbdesk/ui/view.py inside it), with its own
pyproject.toml and baseline; the mypy cache is shared between the tests, so
only the first one pays for reading the standard library's stubs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / ".ci" / "typecheck.py"
BASELINE = ROOT / ".ci" / "mypy-ui-baseline.txt"

PYPROJECT = """[tool.mypy]
python_version = "3.11"
packages = ["kbdesk"]
check_untyped_defs = true
"""
CLEAN_CORE = "def count(words: list[str]) -> int:\n    return len(words)\n"
BAD_CORE = "def count(words: list[str]) -> int:\n    return words[0]\n"
UI_TWO_ERRORS = "def label() -> str:\n    return 1\n\n\ndef width() -> int:\n    return 'wide'\n"
UI_ONE_ERROR = "def label() -> str:\n    return 1\n\n\ndef width() -> int:\n    return 4\n"
LABEL_LINE = 'kbdesk/ui/view.py: [return-value] Incompatible return value type (got "int", expected "str")'
WIDTH_LINE = 'kbdesk/ui/view.py: [return-value] Incompatible return value type (got "str", expected "int")'

@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory) -> Path:
    """A mypy cache of the standard library's stubs, made once (the slow part of a first run)."""
    repo = project(tmp_path_factory.mktemp("warm"), CLEAN_CORE, "", [])
    cache = repo.parent / "cache"
    subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(cache), "kbdesk"], cwd=repo,
                   capture_output=True, timeout=300, check=True)
    return cache


@pytest.fixture
def mypy_cache(tmp_path, warm_cache) -> Path:
    # One copy per test: the files of every test project have the same paths, and mypy trusts a
    # cached module whose path, size and mtime (in seconds) match.
    return shutil.copytree(warm_cache, tmp_path / "cache")


def project(tmp_path: Path, core: str, ui: str, baseline: list[str] | None) -> Path:
    repo = tmp_path / "repo"
    (repo / ".ci").mkdir(parents=True)
    shutil.copy(SCRIPT, repo / ".ci" / "typecheck.py")
    (repo / "pyproject.toml").write_text(PYPROJECT, "utf-8")
    (repo / "kbdesk" / "ui").mkdir(parents=True)
    (repo / "kbdesk" / "__init__.py").write_text("", "utf-8")
    (repo / "kbdesk" / "ui" / "__init__.py").write_text("", "utf-8")
    (repo / "kbdesk" / "core.py").write_text(core, "utf-8")
    (repo / "kbdesk" / "ui" / "view.py").write_text(ui, "utf-8")
    if baseline is not None:
        (repo / ".ci" / "mypy-ui-baseline.txt").write_text("# header\n" + "".join(f"{b}\n" for b in baseline))
    return repo


def check(repo: Path, cache: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "MYPY_CACHE_DIR": str(cache)}
    return subprocess.run([sys.executable, str(repo / ".ci" / "typecheck.py"), *args], cwd=repo.parent,
                          env=env, capture_output=True, text=True, timeout=300)


def baseline_lines(repo: Path) -> list[str]:
    return baseline_lines_of(repo / ".ci" / "mypy-ui-baseline.txt")


def test_a_clean_core_and_the_ui_errors_of_the_baseline_pass(tmp_path, mypy_cache):
    repo = project(tmp_path, CLEAN_CORE, UI_TWO_ERRORS, [LABEL_LINE, WIDTH_LINE])
    result = check(repo, mypy_cache)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].startswith(
        "typecheck: mypy: 0 errors outside kbdesk/ui/, 2 in kbdesk/ui/ (baseline 2) in ")
    assert result.stdout.rstrip().endswith(": ok")


def test_an_error_outside_ui_fails_with_its_place(tmp_path, mypy_cache):
    repo = project(tmp_path, BAD_CORE, UI_TWO_ERRORS, [LABEL_LINE, WIDTH_LINE])
    result = check(repo, mypy_cache)
    assert result.returncode == 1
    assert "kbdesk/core.py:2: error: Incompatible return value type" in result.stdout
    assert "1 errors outside kbdesk/ui/ (there must be none)" in result.stdout


def test_a_new_ui_error_fails_with_its_place(tmp_path, mypy_cache):
    repo = project(tmp_path, CLEAN_CORE, UI_TWO_ERRORS, [LABEL_LINE])
    result = check(repo, mypy_cache)
    assert result.returncode == 1
    assert 'kbdesk/ui/view.py:6: error: Incompatible return value type (got "str", expected "int")' in result.stdout
    assert "1 new errors in kbdesk/ui/" in result.stdout


def test_a_fixed_ui_error_fails_until_its_line_is_dropped_and_shrink_drops_only_that(tmp_path, mypy_cache):
    repo = project(tmp_path, CLEAN_CORE, UI_ONE_ERROR, [LABEL_LINE, WIDTH_LINE])
    result = check(repo, mypy_cache)
    assert result.returncode == 1
    assert f"  fixed: {WIDTH_LINE}" in result.stdout
    assert "remove those lines (.venv/bin/python .ci/typecheck.py --shrink)" in result.stdout
    assert baseline_lines(repo) == [LABEL_LINE, WIDTH_LINE]  # the check alone writes nothing

    result = check(repo, mypy_cache, "--shrink")
    assert result.returncode == 0, result.stdout
    assert baseline_lines(repo) == [LABEL_LINE]
    assert check(repo, mypy_cache).returncode == 0


def test_shrink_never_adds_a_new_error(tmp_path, mypy_cache):
    repo = project(tmp_path, CLEAN_CORE, UI_TWO_ERRORS, [LABEL_LINE])
    result = check(repo, mypy_cache, "--shrink")
    assert result.returncode == 1 and "1 new errors in kbdesk/ui/" in result.stdout
    assert baseline_lines(repo) == [LABEL_LINE]


def test_line_numbers_do_not_matter_but_counts_do(tmp_path, mypy_cache):
    moved = "\n\n\n# moved down\n" + UI_TWO_ERRORS
    repo = project(tmp_path, CLEAN_CORE, moved, [LABEL_LINE, WIDTH_LINE])
    assert check(repo, mypy_cache).returncode == 0

    twice = UI_TWO_ERRORS + "\n\ndef other_label() -> str:\n    return 2\n"  # the same message again
    (repo / "kbdesk" / "ui" / "view.py").write_text(twice, "utf-8")
    result = check(repo, mypy_cache)
    assert result.returncode == 1 and "1 new errors in kbdesk/ui/" in result.stdout


def test_rebaseline_writes_the_ui_errors_sorted_and_no_core_error(tmp_path, mypy_cache):
    repo = project(tmp_path, BAD_CORE, UI_TWO_ERRORS, None)
    result = check(repo, mypy_cache, "--rebaseline")
    assert result.returncode == 1  # the core error still fails
    assert baseline_lines(repo) == sorted([LABEL_LINE, WIDTH_LINE])


def test_a_blocking_mypy_error_is_a_failure_to_run(tmp_path, mypy_cache):
    repo = project(tmp_path, "def broken(:\n", UI_TWO_ERRORS, [LABEL_LINE, WIDTH_LINE])
    result = check(repo, mypy_cache)
    assert result.returncode == 2
    assert "typecheck: mypy could not run: mypy exited 2" in result.stderr
    assert "kbdesk/core.py:1: error:" in result.stderr


def test_the_committed_baseline_lists_only_ui_errors_without_line_numbers():
    lines = baseline_lines_of(BASELINE)
    assert lines, "an empty baseline: delete the file and the ui/ exception with it"
    for line in lines:
        assert line.startswith("kbdesk/ui/"), line
        assert re.match(r"^kbdesk/ui/[\w/]+\.py: \[[a-z-]+\] \S", line), line
    assert lines == sorted(lines)


def baseline_lines_of(path: Path) -> list[str]:
    return [line for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#")]
