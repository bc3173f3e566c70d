"""The type check of .ci/run: mypy over kbdesk/ with pyproject.toml's [tool.mypy] settings.

- Every package except kbdesk/ui/ must have no error at all.
- kbdesk/ui/ is held to a baseline, .ci/mypy-ui-baseline.txt: one error a line,
  ``path: [code] message`` without line numbers (an error found twice in a file is listed twice).
  The check fails when mypy finds an error in kbdesk/ui/ that the baseline does not list, and also
  when the baseline lists an error mypy no longer finds: the baseline only shrinks.

From the repo root (the exact command .ci/run runs; the cache is .mypy_cache/):

    .venv/bin/python .ci/typecheck.py              # the check
    .venv/bin/python .ci/typecheck.py --shrink     # drop the baseline lines whose errors are gone
    .venv/bin/python .ci/typecheck.py --rebaseline # rewrite the baseline from what mypy finds now:
                                                   # only for a new mypy/stub/PySide6 release; review
                                                   # the diff, it must not hide new errors

Errors are listed as mypy writes them (``path:line: error: message  [code]``). Fix the code:
an annotation, a None check, narrowing; ``# type: ignore[code]  # why`` only where mypy is
wrong (warn_unused_ignores reports one that is no longer needed). ``.venv/bin/mypy`` alone
runs the same settings and lists kbdesk/ui/'s errors too.

Exit status: 0 clean, 1 type errors or a baseline to update, 2 mypy could not run.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / ".ci" / "mypy-ui-baseline.txt"
UI_PREFIX = "kbdesk/ui/"
HEADER = ("# mypy errors in kbdesk/ui/ that .ci/typecheck.py tolerates: `path: [code] message`, one a line,\n"
          "# no line numbers. This list may only shrink: fix an error, then drop its line (--shrink).\n")


def run_mypy(root: Path) -> list[dict]:
    """mypy's errors (its JSON lines) over the packages of root/pyproject.toml."""
    cmd = [sys.executable, "-m", "mypy", "--config-file", str(root / "pyproject.toml"), "--output", "json"]
    proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True, encoding="utf-8")
    errors, other = [], [proc.stderr]
    for line in proc.stdout.splitlines():
        try:
            item = json.loads(line)
        except ValueError:
            other.append(line)
            continue
        if isinstance(item, dict) and item.get("severity") == "error":
            errors.append(item)
    if proc.returncode not in (0, 1) or (proc.returncode == 1 and not errors):
        # 2: a blocking error (a syntax error, a bad setting): mypy checked nothing else.
        shown = [located(e) for e in errors] + other
        raise RuntimeError(f"mypy exited {proc.returncode}:\n" + "\n".join(shown).strip())
    return errors


def normalise(error: dict) -> str:
    """One error as a baseline line: the file, the code and the message, nothing that moves with edits."""
    path = str(error["file"]).replace("\\", "/")
    message = re.sub(r"\bline \d+", "line N", str(error["message"]).strip())
    return f"{path}: [{error.get('code') or 'misc'}] {message}"


def in_ui(error: dict) -> bool:
    return str(error["file"]).replace("\\", "/").startswith(UI_PREFIX)


def located(error: dict) -> str:
    return f"{error['file']}:{error['line']}: error: {error['message']}  [{error.get('code') or 'misc'}]"


def read_baseline(path: Path) -> Counter[str]:
    if not path.exists():
        return Counter()
    lines = path.read_text("utf-8").splitlines()
    return Counter(line for line in lines if line.strip() and not line.startswith("#"))


def write_baseline(path: Path, entries: Counter[str]) -> None:
    path.write_text(HEADER + "".join(f"{line}\n" for line in sorted(entries.elements())), "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--shrink", action="store_true", help="drop baseline lines whose errors are gone")
    group.add_argument("--rebaseline", action="store_true", help="rewrite the baseline from the current errors")
    args = parser.parse_args(argv)

    started = time.monotonic()
    try:
        errors = run_mypy(ROOT)
    except (RuntimeError, OSError) as exc:
        print(f"typecheck: mypy could not run: {exc}", file=sys.stderr)
        return 2
    core = [e for e in errors if not in_ui(e)]
    ui = Counter(normalise(e) for e in errors if in_ui(e))
    baseline = read_baseline(BASELINE)
    new, gone = ui - baseline, baseline - ui

    if args.rebaseline:
        write_baseline(BASELINE, ui)
        print(f"typecheck: baseline rewritten: {sum(ui.values())} errors "
              f"({sum(new.values())} added, {sum(gone.values())} removed)")
    elif args.shrink and gone:
        write_baseline(BASELINE, baseline - gone)
        print(f"typecheck: {sum(gone.values())} fixed errors dropped from {BASELINE.relative_to(ROOT)}")
        gone = Counter()

    status = 0
    if core:
        status = 1
        for error in core:
            print(located(error))
        print(f"typecheck: {len(core)} errors outside {UI_PREFIX} (there must be none): fix them")
    if new and not args.rebaseline:
        status = 1
        for error in errors:  # every place of the message, when the baseline has it fewer times
            if in_ui(error) and normalise(error) in new:
                print(located(error))
        print(f"typecheck: {sum(new.values())} new errors in {UI_PREFIX} (not in "
              f"{BASELINE.relative_to(ROOT)}): fix them")
    if gone and not args.rebaseline:
        status = 1
        for line in sorted(gone.elements()):
            print(f"  fixed: {line}")
        print(f"typecheck: {sum(gone.values())} errors of {BASELINE.relative_to(ROOT)} are gone: remove "
              f"those lines (.venv/bin/python .ci/typecheck.py --shrink)")
    remaining = sum(read_baseline(BASELINE).values())
    print(f"typecheck: mypy: {len(core)} errors outside {UI_PREFIX}, {sum(ui.values())} in {UI_PREFIX} "
          f"(baseline {remaining}) in {time.monotonic() - started:.1f} s: {'ok' if status == 0 else 'FAILED'}")
    return status


if __name__ == "__main__":
    sys.exit(main())
