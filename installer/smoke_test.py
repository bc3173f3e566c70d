"""Smoke test of the frozen kbdesk bundle (dist/kbdesk, built by installer/build.sh).

    python installer/smoke_test.py [--bundle dist/kbdesk] [--keep]
    python installer/smoke_test.py --wheel [kbdesk-….whl] [--keep]

With --wheel it checks a plain (non-editable) install instead: it builds the
wheel (``pip wheel --no-deps .``) unless one is given, installs it into a
fresh virtual environment and, from there, runs ``kbdesk init --demo``,
``kbdesk match`` (must find the demo's ERROR 1040 cases), ``kbdesk info`` and
the desktop app offscreen on a first run (steps 1 and 2 below).

Everything runs in a temporary folder, with a minimal environment (no
PYTHONPATH, no venv on PATH) so that only the bundle itself can be used:

1. the desktop app starts offscreen (QT_QPA_PLATFORM=offscreen) with
   KBDESK_HOME/KBDESK_CONFIG pointing at the temporary folder, so it creates a
   fresh copy of the demo archive, shows its window and builds the search
   index in the background; it must still be running afterwards, with nothing
   on stderr that looks like a crash. The app has no "quit after start-up"
   switch, so it is then terminated (if it honours KBDESK_QUIT_AFTER_MS it may
   also exit by itself with code 0);
2. the command line of the same executable, on that archive: `search
   ORA-12170` and `match "ERROR 1040 (HY000): Too many connections"` must find
   something, `check` must pass, `info` and `--version` must work;
3. a second archive made with `init --demo`, re-indexed the way the app's
   background jobs do it (`--progress-lines reindex` must end with DONE);
4. if PyInstaller is importable here, the executable's embedded archive must
   contain the modules that are only imported by name at run time (Markdown
   extensions, the SQLite dialect, Whoosh's codec, the segmenters).

Exit code 0 when all is well; otherwise 1 and a message saying what failed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IS_WIN = sys.platform.startswith("win")

SEARCH_QUERY = "ORA-12170"
MATCH_TEXT = "ERROR 1040 (HY000): Too many connections"
GUI_START_TIMEOUT = 90.0  # seconds until the window is up (cold start on a busy machine)
GUI_SETTLE = 4.0  # seconds the app must keep running once its window is up
INDEX_TIMEOUT = 90.0  # seconds for the background index build
CLI_TIMEOUT = 180.0
QUIT_AFTER_MS = 5_000  # asks the app to quit by itself this long after its event loop started

CRASH_SIGNS = ("Traceback (most recent call last)", "Segmentation fault", "Fatal Python error",
               "could not load the Qt platform plugin", "Aborted", "ModuleNotFoundError",
               "ImportError", "[PYI-")
REQUIRED_MODULES = (
    "kbdesk.cli.main", "kbdesk.ui.app",
    "markdown.extensions.fenced_code", "markdown.extensions.tables",
    "markdown.extensions.sane_lists", "markdown.extensions.nl2br",
    "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.sqlite.pysqlite",
    "whoosh.codec.whoosh3", "whoosh.filedb.filestore", "rjieba", "jieba",
    "chinese_calendar", "nh3", "platformdirs",
    "rapidfuzz.process", "rapidfuzz.distance.OSA",  # "did you mean" (C++ implementations, hook)
)
REQUIRED_FILES = (  # relative to the _internal folder (sys._MEIPASS)
    "data/demo.jsonl",
    "kbdesk/storage/migrations/m0001_initial.sql",
    "resources/translations/kbdesk_zh_CN.qm",
    "resources/translations/kbdesk_en.qm",
    "resources/styles/light.qss",
    "resources/styles/dark.qss",
    "resources/icons/kbdesk.svg",
    "resources/fonts/NotoSansSC-kbdesk-Regular.otf",
    "resources/fonts/OFL.txt",
    "jieba/dict.txt",
)


class SmokeFailure(Exception):
    pass


def log(message: str) -> None:
    print(message, flush=True)


def executables(bundle: Path) -> tuple[Path, Path]:
    """(the GUI executable, the one to run commands with)."""
    if IS_WIN:
        gui = bundle / "kbdesk.exe"
        cli = bundle / "kbdesk-cli.exe"
        return gui, cli if cli.exists() else gui
    exe = bundle / "kbdesk"
    return exe, exe


def clean_env(tmp: Path, archive: Path) -> dict[str, str]:
    """The user's environment without anything that could leak a Python in."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "CONDA", "QT_", "KBDESK_", "XDG_", "LD_PRELOAD"))
           and k not in ("LD_LIBRARY_PATH", "__PYVENV_LAUNCHER__")}
    if not IS_WIN:
        env["PATH"] = "/usr/bin:/bin"
        env["HOME"] = str(tmp / "home")
        for var, sub in (("XDG_CONFIG_HOME", "xdg-config"), ("XDG_DATA_HOME", "xdg-data"),
                         ("XDG_CACHE_HOME", "xdg-cache"), ("XDG_RUNTIME_DIR", "xdg-runtime")):
            env[var] = str(tmp / sub)
            (tmp / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
        env.setdefault("LANG", "C.UTF-8")
    (tmp / "home").mkdir(exist_ok=True)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["KBDESK_HOME"] = str(archive)
    env["KBDESK_CONFIG"] = str(tmp / "config")
    # Honoured only if the app implements it (see installer/README.md); else it is terminated.
    env["KBDESK_QUIT_AFTER_MS"] = str(QUIT_AFTER_MS)
    return env


def crash_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if any(sign in line for sign in CRASH_SIGNS)]


# --- 1. the desktop app ------------------------------------------------------------


def check_gui(gui: Path, env: dict[str, str], tmp: Path, archive: Path) -> None:
    out_path, err_path = tmp / "gui.stdout", tmp / "gui.stderr"
    settings = Path(env["KBDESK_CONFIG"]) / "settings.json"
    log(f"[gui] starting {gui} offscreen (archive {archive})")
    started = time.monotonic()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen([str(gui)], cwd=tmp, env=env, stdout=out, stderr=err,
                                stdin=subprocess.DEVNULL)
    try:
        # The window is built right after the archive is opened and remembered
        # in settings.json (kbdesk.ui.app.DesktopApp._show).
        while time.monotonic() - started < GUI_START_TIMEOUT:
            if proc.poll() is not None:
                break
            if settings.is_file() and str(archive) in settings.read_text("utf-8", "replace"):
                break
            time.sleep(0.2)
        window_built = settings.is_file() and str(archive) in settings.read_text("utf-8", "replace")
        if proc.poll() is not None and not (proc.returncode == 0 and window_built):
            raise SmokeFailure(f"the app exited with code {proc.returncode} during start-up\n"
                               + _tail(err_path))
        if not window_built:
            raise SmokeFailure(f"the app did not open an archive within {GUI_START_TIMEOUT:.0f} s\n"
                               + _tail(err_path))
        up = time.monotonic() - started
        log(f"[gui] archive opened and window built after {up:.1f} s")
        if not (archive / "kbdesk.sqlite").is_file():
            raise SmokeFailure(f"no demo archive was created at {archive}")
        # Give the window time to show and the background index build to run,
        # and an app that honours KBDESK_QUIT_AFTER_MS the time to quit by itself.
        window_up, index_ready = time.monotonic(), False
        linger = max(GUI_SETTLE, QUIT_AFTER_MS / 1000 + 3)
        while proc.poll() is None:
            waited = time.monotonic() - window_up
            if not index_ready and "Search index" in err_path.read_text("utf-8", "replace"):
                index_ready = True
                log(f"[gui] search index ready after {time.monotonic() - started:.1f} s")
            if waited >= linger and (index_ready or waited >= INDEX_TIMEOUT):
                break
            time.sleep(0.2)
        stderr = err_path.read_text("utf-8", "replace")
        if proc.poll() is not None and proc.returncode != 0:
            raise SmokeFailure(f"the app exited with code {proc.returncode}\n" + _tail(err_path))
        if crash_lines(stderr):
            raise SmokeFailure("the app reported errors:\n" + "\n".join(crash_lines(stderr)))
        if proc.poll() is None:
            if not index_ready:
                log(f"[gui] (no index message within {INDEX_TIMEOUT:.0f} s; the CLI checks the index)")
            log(f"[gui] still running after {time.monotonic() - started:.1f} s: OK, terminating it")
        else:
            log("[gui] exited by itself with code 0 (KBDESK_QUIT_AFTER_MS)")
    finally:
        _stop(proc)
    if crash_lines(err_path.read_text("utf-8", "replace")):
        raise SmokeFailure("the app reported errors while stopping:\n"
                           + "\n".join(crash_lines(err_path.read_text("utf-8", "replace"))))


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)
    ok = {0, -signal.SIGTERM} if not IS_WIN else {0, 1}
    if proc.returncode not in ok:
        log(f"[gui] note: exit status after terminate: {proc.returncode}")


def _tail(path: Path, lines: int = 40) -> str:
    text = path.read_text("utf-8", "replace") if path.exists() else ""
    return "--- stderr (last lines) ---\n" + "\n".join(text.splitlines()[-lines:])


# --- 2./3. the command line ----------------------------------------------------------


def run_cli(cli: Path, args: list[str], env: dict[str, str], cwd: Path) -> str:
    shown = " ".join(args)
    log(f"[cli] kbdesk {shown}")
    try:
        result = subprocess.run([str(cli), *args], cwd=cwd, env=env, capture_output=True,
                                timeout=CLI_TIMEOUT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure(f"`kbdesk {shown}` did not finish within {CLI_TIMEOUT:.0f} s") from exc
    out = result.stdout.decode("utf-8", "replace")
    err = result.stderr.decode("utf-8", "replace")
    if result.returncode != 0:
        raise SmokeFailure(f"`kbdesk {shown}` exited with code {result.returncode}\n"
                           f"--- stdout ---\n{out}\n--- stderr ---\n{err}")
    if crash_lines(err):
        raise SmokeFailure(f"`kbdesk {shown}` reported errors:\n{err}")
    for line in out.splitlines()[:12]:
        log(f"    {line}")
    if len(out.splitlines()) > 12:
        log(f"    … ({len(out.splitlines())} lines)")
    return out


def check_cli(cli: Path, env: dict[str, str], tmp: Path, archive: Path) -> None:
    out = run_cli(cli, ["--version"], env, tmp)
    if not out.startswith("kbdesk "):
        raise SmokeFailure(f"unexpected --version output: {out!r}")

    base = ["--archive", str(archive)]
    out = run_cli(cli, [*base, "search", SEARCH_QUERY], env, tmp)
    shown = re.search(r"\((\d+) of (\d+) shown\)", out)
    if not shown or int(shown.group(1)) < 1:
        raise SmokeFailure(f"`search {SEARCH_QUERY}` found nothing:\n{out}")
    if SEARCH_QUERY.lower() not in out.lower():
        raise SmokeFailure(f"`search {SEARCH_QUERY}` hits do not mention it:\n{out}")

    out = run_cli(cli, [*base, "match", MATCH_TEXT], env, tmp)
    cases = re.search(r"^CASES \((\d+)\)", out, re.MULTILINE)
    if not cases or int(cases.group(1)) < 1:
        raise SmokeFailure(f"`match` found no similar case:\n{out}")
    if "1040" not in out:
        raise SmokeFailure(f"`match` did not pick up the error code 1040:\n{out}")

    run_cli(cli, [*base, "check"], env, tmp)
    out = run_cli(cli, [*base, "info"], env, tmp)
    if str(archive) not in out:
        raise SmokeFailure(f"`info` does not name the archive:\n{out}")


def check_job_path(cli: Path, gui: Path, env: dict[str, str], tmp: Path) -> None:
    second = tmp / "second-archive"
    run_cli(cli, ["init", str(second), "--demo"], env, tmp)
    # Exactly what kbdesk.ui.jobs.ProcessJob runs: sys.executable (the GUI exe).
    out = run_cli(gui, ["--archive", str(second), "--progress-lines", "reindex"], env, tmp)
    if not any(line.startswith("DONE ") for line in out.splitlines()):
        raise SmokeFailure(f"`--progress-lines reindex` did not end with a DONE line:\n{out}")
    out = run_cli(cli, ["--archive", str(second), "search", "数据库"], env, tmp)
    shown = re.search(r"\((\d+) of (\d+) shown\)", out)
    if not shown or int(shown.group(1)) < 1:
        raise SmokeFailure(f"a Chinese search (segmentation) found nothing:\n{out}")


# --- 4. what is inside --------------------------------------------------------------------


def check_contents(bundle: Path, gui: Path) -> None:
    internal = bundle / "_internal"
    missing = [f for f in REQUIRED_FILES if not (internal / f).is_file()]
    if missing:
        raise SmokeFailure("files missing from the bundle: " + ", ".join(missing))
    try:
        from PyInstaller.archive.readers import CArchiveReader, pkg_archive_contents
    except ImportError:
        log("[contents] PyInstaller is not installed here: module list not checked")
        return
    names = set(pkg_archive_contents(str(gui)))
    absent = [m for m in REQUIRED_MODULES if m not in names]
    if absent:
        raise SmokeFailure("modules missing from the executable: " + ", ".join(absent))
    options = CArchiveReader(str(gui)).options
    log(f"[contents] {len(names)} archive entries, all {len(REQUIRED_MODULES)} run-time imports present; "
        f"options: {', '.join(options) or '-'}")


# --- 5. a plain wheel in a fresh virtual environment ---------------------------------


def build_wheel(tmp: Path) -> Path:
    out = tmp / "wheel"
    log(f"[wheel] building the wheel of {ROOT}")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                            capture_output=True, text=True, timeout=900)
    wheels = sorted(out.glob("kbdesk-*.whl"))
    if result.returncode != 0 or not wheels:
        raise SmokeFailure(f"`pip wheel .` failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return wheels[0]


def install_wheel(wheel: Path, tmp: Path) -> Path:
    """A new venv with the wheel and its dependencies; returns its kbdesk executable."""
    venv = tmp / "venv"
    log(f"[wheel] installing {wheel.name} into a fresh virtual environment {venv}")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    scripts = venv / ("Scripts" if IS_WIN else "bin")
    python = scripts / ("python.exe" if IS_WIN else "python")
    result = subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)],
                            capture_output=True, text=True, timeout=1800)
    if result.returncode != 0:
        raise SmokeFailure(f"`pip install {wheel.name}` failed:\n{result.stderr[-3000:]}")
    return scripts / ("kbdesk.exe" if IS_WIN else "kbdesk")


def check_wheel(exe: Path, env: dict[str, str], tmp: Path, archive: Path) -> None:
    demo = tmp / "wheel-demo"
    run_cli(exe, ["init", str(demo), "--demo"], env, tmp)
    if not (demo / "kbdesk.sqlite").is_file():
        raise SmokeFailure(f"`init --demo` created no archive at {demo}")
    out = run_cli(exe, ["--archive", str(demo), "match", MATCH_TEXT], env, tmp)
    cases = re.search(r"^CASES \((\d+)\)", out, re.MULTILINE)
    if not cases or int(cases.group(1)) < 1 or "1040" not in out:
        raise SmokeFailure(f"`match` on the installed wheel found no ERROR 1040 case:\n{out}")
    out = run_cli(exe, ["--archive", str(demo), "info"], env, tmp)
    if "missing" in out.lower() or str(demo) not in out:
        raise SmokeFailure(f"`info` on the installed wheel:\n{out}")
    check_gui(exe, env, tmp, archive)  # a first run: the demo archive comes from the wheel's data
    site = next((exe.parent.parent / "lib").glob("python*/site-packages"), None) if not IS_WIN else \
        exe.parent.parent / "Lib" / "site-packages"
    translations = site / "kbdesk" / "_bundled" / "resources" / "translations"
    if sorted(p.name for p in translations.glob("*.qm")) != ["kbdesk_en.qm", "kbdesk_zh_CN.qm"]:
        raise SmokeFailure(f"the installed wheel lacks its compiled translations in {translations}")


def main_wheel(wheel_arg: str, keep: bool) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="kbdesk-wheel-smoke-"))
    archive = tmp / "archive"
    started = time.monotonic()
    try:
        wheel = build_wheel(tmp) if wheel_arg == "build" else Path(wheel_arg).resolve()
        exe = install_wheel(wheel, tmp)
        check_wheel(exe, clean_env(tmp, archive), tmp, archive)
    except SmokeFailure as exc:
        print(f"\nwheel smoke test FAILED: {exc}", file=sys.stderr)
        print(f"(work folder kept: {tmp})", file=sys.stderr)
        return 1
    if not keep:
        shutil.rmtree(tmp, ignore_errors=True)
    log(f"\nwheel smoke test PASSED in {time.monotonic() - started:.0f} s ({wheel.name})")
    return 0


# --- main ------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "kbdesk",
                        help="the one-folder bundle (default: dist/kbdesk)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--wheel", nargs="?", const="build", metavar="WHEEL",
                        help="check a plain wheel install in a fresh venv instead (builds the wheel if not given)")
    args = parser.parse_args(argv)
    if args.wheel:
        return main_wheel(args.wheel, args.keep)

    bundle = args.bundle.resolve()
    gui, cli = executables(bundle)
    if not gui.is_file():
        print(f"smoke test FAILED: no executable at {gui}; build it with installer/build.sh",
              file=sys.stderr)
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="kbdesk-smoke-"))
    archive = tmp / "archive"
    env = clean_env(tmp, archive)
    started = time.monotonic()
    try:
        check_contents(bundle, gui)
        check_gui(gui, env, tmp, archive)
        check_cli(cli, env, tmp, archive)
        check_job_path(cli, gui, env, tmp)
    except SmokeFailure as exc:
        print(f"\nsmoke test FAILED: {exc}", file=sys.stderr)
        print(f"(work folder kept: {tmp})", file=sys.stderr)
        return 1
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    log(f"\nsmoke test PASSED in {time.monotonic() - started:.0f} s ({bundle})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
