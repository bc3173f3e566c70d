""".ci/run's own logic: exit codes, the summary line, the empty fontconfig, the first-run check.

It runs on a copy of the script in tmp_path whose ``python3``, pip, pytest,
the type check (``.venv/bin/python .ci/typecheck.py``) and kbdesk are small
stand-ins (shell scripts), so the real README command is not re-run from inside
the suite; ``dpkg`` is left off PATH, so no system package is looked at or
installed. tests/test_typecheck.py tests .ci/typecheck.py itself.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ("bash", "env", "grep", "tee", "mktemp", "rm", "date", "tail", "id", "dirname", "cat", "mkdir",
         "touch", "sh")

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason=".ci/run is a bash script")


TYPECHECK_OK = 'echo "typecheck: mypy: 0 errors outside kbdesk/ui/, 2 in kbdesk/ui/ (baseline 2) in 0.1 s: ok"'
TYPECHECK_FAILS = ('echo "kbdesk/core.py:3: error: Incompatible return value type  [return-value]"\n'
                   'echo "typecheck: mypy: 1 errors outside kbdesk/ui/, 2 in kbdesk/ui/ (baseline 2) in 0.1 s: FAILED"\n'
                   'exit 1')
# `.venv/bin/python -m pytest` and `.venv/bin/python .ci/typecheck.py` are told apart by their arguments.
PYTHON = """case "$1" in
  .ci/typecheck.py) exec bash "$(dirname "$0")/typecheck-stub" ;;
  *) exec bash "$(dirname "$0")/pytest-stub" ;;
esac"""


def fake_checkout(tmp_path: Path, pytest_body: str, app_body: str, typecheck_body: str = TYPECHECK_OK) -> Path:
    repo = tmp_path / "repo"
    (repo / ".ci").mkdir(parents=True)
    for name in ("run", "fontconfig-empty.conf"):
        shutil.copy(ROOT / ".ci" / name, repo / ".ci" / name)
    # The real one installs and starts PostgreSQL; here a stand-in that starts nothing.
    (repo / ".ci" / "postgres").write_text('echo "CI: PostgreSQL stand-in"\nstop_pg() { echo "CI: stand-in stopped" >&2; }\n')
    bin_dir, venv_bin = tmp_path / "bin", repo / ".venv" / "bin"
    bin_dir.mkdir()
    venv_bin.mkdir(parents=True)
    for tool in TOOLS:
        os.symlink(shutil.which(tool), bin_dir / tool)
    scripts = {bin_dir / "python3": "exit 0",  # `python3 -m venv .venv`: the venv is already there
               venv_bin / "pip": "exit 0",
               venv_bin / "python": PYTHON,
               venv_bin / "pytest-stub": pytest_body,
               venv_bin / "typecheck-stub": typecheck_body,
               venv_bin / "kbdesk": app_body}
    for path, body in scripts.items():
        path.write_text(f"#!{shutil.which('bash')}\n{body}\n", "utf-8")
        path.chmod(0o755)
    return repo


def run_ci(repo: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {"PATH": str(tmp_path / "bin"), "HOME": str(tmp_path / "home")}
    return subprocess.run(["bash", str(repo / ".ci" / "run")], env=env, capture_output=True, text=True,
                          timeout=60)


CREATES_ARCHIVE = 'mkdir -p "$HOME/.local/share/kbdesk/archive" && touch "$HOME/.local/share/kbdesk/archive/kbdesk.sqlite"'


def test_a_passing_suite_and_first_run_pass_with_the_summary_last(tmp_path):
    # pytest runs with fontconfig pointed at a configuration without any font folder.
    repo = fake_checkout(tmp_path, '[ -f "$FONTCONFIG_FILE" ] || exit 4\ngrep -q "<dir" "$FONTCONFIG_FILE" && exit 3\n'
                         'echo "============ 3 passed in 0.50s ============"', CREATES_ARCHIVE)
    result = run_ci(repo, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-2] == "CI: pytest summary: ============ 3 passed in 0.50s ============"
    assert lines[-3] == ("CI: type check: typecheck: mypy: 0 errors outside kbdesk/ui/, 2 in kbdesk/ui/ "
                         "(baseline 2) in 0.1 s: ok")
    assert "first run of the app: exit 0" in result.stdout


def test_a_failing_test_fails_ci(tmp_path):
    repo = fake_checkout(tmp_path, 'echo "=== 1 failed, 2 passed in 0.50s ==="; exit 1', CREATES_ARCHIVE)
    result = run_ci(repo, tmp_path)
    assert result.returncode == 1
    assert "CI: pytest summary: === 1 failed, 2 passed in 0.50s ===" in result.stdout


def test_no_tests_collected_fails_ci(tmp_path):
    repo = fake_checkout(tmp_path, 'echo "=== no tests ran in 0.01s ==="; exit 5', CREATES_ARCHIVE)
    result = run_ci(repo, tmp_path)
    assert result.returncode == 5 and "no tests were collected" in result.stderr


def test_a_missing_summary_line_fails_ci(tmp_path):
    repo = fake_checkout(tmp_path, 'echo "Fatal Python error: Aborted"; exit 0', CREATES_ARCHIVE)
    assert run_ci(repo, tmp_path).returncode == 1


def test_an_app_that_opens_no_archive_fails_ci(tmp_path):
    repo = fake_checkout(tmp_path, 'echo "=== 3 passed in 0.50s ==="', "exit 0")
    result = run_ci(repo, tmp_path)
    assert result.returncode == 1 and "first run failed" in result.stderr


def test_the_type_check_runs_after_the_tests(tmp_path):
    repo = fake_checkout(tmp_path, 'echo "=== 3 passed in 0.50s ==="', CREATES_ARCHIVE,
                         'echo "typecheck: mypy: 0 errors outside kbdesk/ui/, 0 in kbdesk/ui/ (baseline 0) in 0.1 s: ok"')
    out = run_ci(repo, tmp_path).stdout
    assert out.index("=== 3 passed in 0.50s ===") < out.index("typecheck: mypy: ") < out.index("first run of the app")


def test_a_failing_type_check_fails_ci_after_passing_tests(tmp_path):
    repo = fake_checkout(tmp_path, 'echo "=== 3 passed in 0.50s ==="', CREATES_ARCHIVE, TYPECHECK_FAILS)
    result = run_ci(repo, tmp_path)
    assert result.returncode == 1
    assert "the type check failed (exit 1)" in result.stderr
    assert "kbdesk/core.py:3: error: Incompatible return value type" in result.stdout  # what to fix
    lines = result.stdout.splitlines()
    assert lines[-2] == "CI: pytest summary: === 3 passed in 0.50s ==="
    assert lines[-3].startswith("CI: type check: typecheck: mypy: 1 errors outside kbdesk/ui/")
    assert "first run of the app: exit 0" in result.stdout  # still checked


def test_the_type_check_runs_when_the_tests_fail_and_the_tests_exit_code_wins(tmp_path):
    repo = fake_checkout(tmp_path, 'echo "=== no tests ran in 0.01s ==="; exit 5', CREATES_ARCHIVE, TYPECHECK_FAILS)
    result = run_ci(repo, tmp_path)
    assert result.returncode == 5
    assert "no tests were collected" in result.stderr and "the type check failed" in result.stderr


def test_a_type_check_that_cannot_run_fails_ci(tmp_path):
    repo = fake_checkout(tmp_path, 'echo "=== 3 passed in 0.50s ==="', CREATES_ARCHIVE,
                         'echo "typecheck: mypy could not run: No module named mypy" >&2; exit 2')
    result = run_ci(repo, tmp_path)
    assert result.returncode == 1
    assert "CI: type check: (no result, exit 2)" in result.stdout


def test_the_postgresql_starter_is_sourced_and_stopped_on_exit(tmp_path):
    repo = fake_checkout(tmp_path, "echo '===== 1 passed in 0.1s ====='", "exit 0")
    result = run_ci(repo, tmp_path)
    assert "CI: PostgreSQL stand-in" in result.stdout
    assert "CI: stand-in stopped" in result.stderr  # after the summary line, which stays last on stdout


def test_the_postgresql_starter_is_valid_bash():
    subprocess.run(["bash", "-n", str(ROOT / ".ci" / "postgres")], check=True)
