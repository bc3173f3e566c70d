"""Crash scenarios: a child process writes to an archive, is killed with
SIGKILL at a random moment, and the archive is then checked.

Used by ``benchmarks/crash_bench.py`` (hundreds of runs, by hand) and by
``tests/core/test_crash_harness.py`` (a few runs per scenario). The child
reports every committed record to a side file, fsync'd right after the
commit returned, so "0 committed records lost" is checked against what the
child knew was saved, not against what happened to survive.

Run as a script only as the child: ``crash_scenarios.py child SCENARIO ARCHIVE SIDEFILE``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kbdesk.services import Services  # noqa: E402
from kbdesk.services.integrity import check_archive  # noqa: E402
from kbdesk.storage.archive import Archive  # noqa: E402

# What an archive folder may hold after a crash (SQLite's WAL files included).
EXPECTED_IN_ROOT = {"kbdesk.sqlite", "kbdesk.sqlite-wal", "kbdesk.sqlite-shm", "attachments", "index",
                    "settings.json", "kbdesk-app.lock"}


@dataclass
class Scenario:
    name: str
    max_delay: float  # seconds after READY within which the kill lands
    template: Callable[[Path], None]  # builds the archive the runs start from
    child: Callable[[Path, Path], None]  # the work, in the child process, until killed
    extra_leftovers: Callable[[Path], list[str]] | None = None
    available: Callable[[], str | None] = lambda: None  # a reason when it cannot run here


@dataclass
class RunResult:
    scenario: str
    run: int
    delay: float
    killed: bool
    committed: int
    problems: list[str] = field(default_factory=list)  # damage: lost, disagreeing, unopenable
    leftovers: list[str] = field(default_factory=list)  # files a crash should not leave
    child_error: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems and not self.leftovers


# --- the side file -------------------------------------------------------------


class SideFile:
    """Append-only log of committed work, durable before the next write starts."""

    def __init__(self, path: Path):
        self.fh = open(path, "a", encoding="utf-8")

    def committed(self, *fields: str) -> None:
        self.fh.write(" ".join(fields) + "\n")
        self.fh.flush()
        os.fsync(self.fh.fileno())


def read_side_file(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    # The last line may be cut by the kill: only complete lines count.
    text = path.read_text(encoding="utf-8")
    if lines and not text.endswith("\n"):
        lines = lines[:-1]
    return [ln.split(" ") for ln in lines if ln]


# --- templates -----------------------------------------------------------------


def small_template(root: Path) -> None:
    with Archive.create(root) as archive:
        services = Services(archive, actor="crash")
        cust = services.create("customer", {"name": "华东某银行"})
        for n in range(5):
            services.create("case", {"customer_id": cust["id"], "title": f"RDS ERROR 1040 样例 {n}",
                                     "category": "configuration_error", "severity": "low"})


def demo_template(root: Path) -> None:
    from kbdesk.locate import create_demo

    create_demo(root).close()


# --- children --------------------------------------------------------------------


def _open_for_child(root: Path):
    from kbdesk.search.service import SearchService
    from kbdesk.services.search_source import ArchiveDocuments

    archive = Archive.open(root)
    services = Services(archive, actor="crash")
    search = SearchService(ArchiveDocuments(archive))
    search.open()
    return archive, services, search


def child_saves(root: Path, side: Path) -> None:
    """Creates, updates, attachments and articles, each followed by an index
    sync the way the app does after every save."""
    _archive, services, search = _open_for_child(root)
    log = SideFile(side)
    customer = services.list("customer", limit=1)[0]["id"]
    scratch = root.parent / f"scratch-{os.getpid()}"
    scratch.mkdir(exist_ok=True)
    cases: list[str] = []
    print("READY", flush=True)
    for n in range(1, 100000):
        token = uuid.uuid4().hex[:12]
        step = n % 4
        if step == 0 or not cases:
            case = services.create("case", {"customer_id": customer, "title": f"故障 {token} ERROR {n}",
                                            "phenomenon": f"seq 0 {token}", "category": "os_problem",
                                            "severity": "medium"})
            cases.append(case["id"])
            log.committed("create", "case", case["id"])
        elif step == 1:
            case_id = random.choice(cases)
            services.update("case", case_id, {"phenomenon": f"seq {n} {token}"})
            log.committed("update", "case", case_id, str(n))
        elif step == 2:
            art = services.create("article", {"title": f"知识 {token}", "body": f"正文 {token} " * 50})
            log.committed("create", "article", art["id"])
        else:
            path = scratch / f"{token}.log"
            path.write_bytes(os.urandom(20000) + token.encode())
            att = services.attach_file("case", random.choice(cases), path)
            log.committed("create", "attachment", att["id"])
        search.sync()


def child_imports(root: Path, side: Path) -> None:
    """Whole-file imports (cases with an attachment blob each), one after another."""
    from kbdesk.transfer.jsonl import import_jsonl

    archive, _services, search = _open_for_child(root)
    log = SideFile(side)
    scratch = root.parent / f"scratch-{os.getpid()}"
    scratch.mkdir(exist_ok=True)
    print("READY", flush=True)
    for n in range(1, 100000):
        path, ids = _import_file(scratch / f"import-{n}.jsonl", cases=120)
        import_jsonl(archive, path, actor="crash")
        for rtype, rid in ids:
            log.committed("create", rtype, rid)
        search.sync()


def _import_file(path: Path, cases: int) -> tuple[Path, list[tuple[str, str]]]:
    ids: list[tuple[str, str]] = []
    lines = [{"kbdesk": "export", "format": 1}]
    cust = uuid.uuid4().hex
    lines.append({"type": "customer", "data": {"id": cust, "name": f"客户 {cust[:8]}"}})
    ids.append(("customer", cust))
    blobs = 0
    for n in range(cases):
        cid = uuid.uuid4().hex
        lines.append({"type": "case", "data": {
            "id": cid, "customer_id": cust, "title": f"导入 {cid[:8]} ERROR {n}",
            "phenomenon": f"批量导入 {cid}", "category": "configuration_error", "severity": "low"}})
        ids.append(("case", cid))
        if n % 20 == 0:
            content = os.urandom(8000) + cid.encode()
            sha = hashlib.sha256(content).hexdigest()
            lines.append({"type": "blob", "sha256": sha, "size": len(content),
                          "data": base64.b64encode(content).decode()})
            blobs += 1
            aid = uuid.uuid4().hex
            lines.append({"type": "attachment", "data": {
                "id": aid, "owner_type": "case", "owner_id": cid, "sha256": sha,
                "filename": f"{n}.log", "mime": "text/plain", "size": len(content)}})
            ids.append(("attachment", aid))
    records = sum(1 for ln in lines if "type" in ln and ln["type"] != "blob")
    lines.append({"kbdesk": "end", "records": records, "blobs": blobs})
    path.write_text("".join(json.dumps(ln, ensure_ascii=False) + "\n" for ln in lines), encoding="utf-8")
    return path, ids


def child_reindex(root: Path, side: Path) -> None:
    """Full rebuilds, with a save between two of them."""
    _archive, services, search = _open_for_child(root)
    log = SideFile(side)
    customer = services.list("customer", limit=1)[0]["id"]
    print("READY", flush=True)
    for n in range(1, 100000):
        case = services.create("case", {"customer_id": customer, "title": f"重建 {n} ERROR",
                                        "category": "os_problem", "severity": "low"})
        log.committed("create", "case", case["id"])
        search.rebuild()


# --- backup and restore (built on h/backup; skipped where it is absent) ------------

BACKUP_LEFTOVER_MARKS = (".partial-", ".kbdesk-snapshot-", ".restoring-")


def backup_available() -> str | None:
    import importlib.util

    try:
        found = importlib.util.find_spec("kbdesk.backup.snapshot") is not None
    except ImportError:
        found = False
    return None if found else "kbdesk backup not available"


def backup_template(root: Path) -> None:
    """A small archive with attachments, and one backup of it beside it."""
    from kbdesk.backup.snapshot import create_backup

    small_template(root)
    with Archive.open(root) as archive:
        services = Services(archive, actor="crash")
        case = services.list("case", limit=1)[0]["id"]
        for n in range(3):
            path = root.parent / f"seed-{n}.log"
            path.write_bytes(os.urandom(200_000) + bytes([n]))
            services.attach_file("case", case, path)
            path.unlink()
    create_backup(root, root.parent / "seed.kbdesk-backup")


def child_backups(root: Path, side: Path) -> None:
    """A save, then a backup of the archive, again and again."""
    from kbdesk.backup.snapshot import create_backup

    _archive, services, search = _open_for_child(root)
    log = SideFile(side)
    customer = services.list("customer", limit=1)[0]["id"]
    folder = root.parent / "backups"
    print("READY", flush=True)
    for n in range(1, 100000):
        case = services.create("case", {"customer_id": customer, "title": f"备份 {n} ERROR",
                                        "category": "os_problem", "severity": "low"})
        log.committed("create", "case", case["id"])
        search.sync()
        target = folder / f"b-{n:04d}.kbdesk-backup"
        create_backup(root, target)
        log.committed("backup", "file", target.name)


def child_restores(root: Path, side: Path) -> None:
    """Restores of the seed backup into new folders, one after another."""
    from kbdesk.backup.restore import restore_backup

    log = SideFile(side)
    backup = root.parent / "seed.kbdesk-backup"
    print("READY", flush=True)
    for n in range(1, 100000):
        target = root.parent / "restored" / f"r-{n:04d}"
        restore_backup(backup, target)
        log.committed("restore", "folder", target.name)


def backup_leftovers(root: Path) -> list[str]:
    """Half backups, snapshot folders and half restores beside the archive;
    every complete backup verifies and every restored folder is a whole archive."""
    from kbdesk.backup.leftovers import sweep_temporaries
    from kbdesk.backup.verify import verify_backup

    run_dir = root.parent
    found = []
    # The next backup or restore in a folder removes what a killed one left
    # there (only files of processes that have ended): do what it would.
    for folder in (run_dir / "backups", run_dir / "restored"):
        sweep_temporaries(folder)
    for action, _kind, name in (e[:3] for e in read_side_file(run_dir / "committed.txt")):
        folder = {"backup": "backups", "restore": "restored"}.get(action)
        if folder and not (run_dir / folder / name).exists():
            found.append(f"DAMAGED: the completed {action} {name} is missing")
    for path in run_dir.rglob("*"):
        if any(mark in path.name for mark in BACKUP_LEFTOVER_MARKS):
            found.append(f"half backup or restore left behind: {path.relative_to(run_dir)}")
    for backup in sorted((run_dir / "backups").glob("*.kbdesk-backup")):
        try:
            verify_backup(backup)
        except Exception as exc:
            found.append(f"DAMAGED backup {backup.name} looks complete: {exc}")
    for restored in sorted((run_dir / "restored").glob("r-*")):
        try:
            with Archive.open(restored) as archive:
                report = check_archive(archive)
                if not report.ok:
                    found.append(f"DAMAGED restore {restored.name}: {report.problems}")
        except Exception as exc:
            found.append(f"DAMAGED restore {restored.name} does not open: {exc}")
    return found


# --- verification -------------------------------------------------------------------


def verify(root: Path, side: Path, extra: Callable[[Path], list[str]] | None = None
           ) -> tuple[list[str], list[str]]:
    """(damage, leftovers) found in the archive after the crash; both empty: all well."""
    from kbdesk.search.service import SearchService
    from kbdesk.services.search_source import ArchiveDocuments

    problems: list[str] = []
    found: list[str] = []
    try:
        archive = Archive.open(root)
    except Exception as exc:  # the first thing that must hold
        return [f"archive does not open: {exc}"], []
    try:
        report = check_archive(archive)
        problems += [f"check: {p}" for p in report.problems]
        problems += _lost(archive, read_side_file(side))
        search = SearchService(ArchiveDocuments(archive))
        try:
            search.open()
            problems += _index_disagrees(archive, search, read_side_file(side))
        finally:
            search.close()
        found += leftovers(archive)
    finally:
        archive.close()
    if extra is not None:
        for item in extra(root):
            (problems if item.startswith("DAMAGED") else found).append(item)
    return problems, found


def _lost(archive: Archive, entries: list[list[str]]) -> list[str]:
    services = Services(archive, actor="verify")
    problems = []
    latest: dict[str, int] = {}
    for entry in entries:
        action, rtype, rid = entry[:3]
        if action not in ("create", "update"):
            continue  # backups and restores: checked by their scenario
        if action == "update":
            latest[rid] = max(latest.get(rid, 0), int(entry[3]))
            continue
        if services.count(rtype, where={"id": rid}) != 1:
            problems.append(f"committed {rtype} {rid} is lost")
    for rid, seq in latest.items():
        value = services.get("case", rid)["phenomenon"]
        if int(value.split(" ")[1]) < seq:
            problems.append(f"committed update {seq} of case {rid} is lost (has {value!r})")
    return problems


def _index_disagrees(archive: Archive, search, entries: list[list[str]]) -> list[str]:
    from kbdesk.search.documents import INDEXED, split_uid

    searcher = search._current_searcher()
    indexed: dict[str, set[str]] = {}
    for stored in searcher.all_stored_fields():
        rtype, rid = split_uid(stored["uid"])
        indexed.setdefault(rtype, set()).add(rid)
    services = Services(archive, actor="verify")
    problems = []
    for rtype in INDEXED:
        in_db, in_index = services.count(rtype), len(indexed.get(rtype, ()))
        if in_db != in_index:
            problems.append(f"index holds {in_index} {rtype} record(s), the database {in_db}")
    for entry in entries:
        rtype, rid = entry[1], entry[2]
        if rtype in INDEXED and rid not in indexed.get(rtype, ()):
            problems.append(f"committed {rtype} {rid} is not findable in the index")
    return problems


def leftovers(archive: Archive) -> list[str]:
    root = archive.root
    found = [f"unexpected file in the archive folder: {p.name}" for p in root.iterdir()
             if p.name not in EXPECTED_IN_ROOT and not p.name.endswith(".bak")]
    found += [f"temporary attachment file left: {p.relative_to(root)}"
              for p in (root / "attachments").rglob(".tmp-*")]
    found += [f"blob placement journal left: {p.name}" for p in (root / "attachments").glob(".placing-*")]
    found += [f"index build left behind: {p.name}" for p in archive.index_dir.glob("*.building")]
    gens = [p.name for p in archive.index_dir.glob("gen-*") if p.is_dir() and p.suffix != ".building"]
    if len(gens) > 1:
        found.append(f"more than one index generation left: {', '.join(sorted(gens))}")
    with archive.read_session() as s:
        from sqlalchemy import select

        from kbdesk.storage.models import Attachment

        used = set(s.scalars(select(Attachment.sha256)))
    stray = archive.blobs.all_hashes() - used
    if stray:
        found.append(f"{len(stray)} stray blob(s) no attachment uses")
    return found


# --- one run -----------------------------------------------------------------------------


SCENARIOS: dict[str, Scenario] = {
    "save": Scenario("save", 2.0, small_template, child_saves),
    "import": Scenario("import", 3.0, small_template, child_imports),
    "reindex": Scenario("reindex", 4.0, demo_template, child_reindex),
    "backup": Scenario("backup", 3.0, backup_template, child_backups, backup_leftovers, backup_available),
    "restore": Scenario("restore", 8.0, backup_template, child_restores, backup_leftovers,
                        backup_available),
}


def template_for(scenario: Scenario, cache: Path) -> Path:
    path = cache / f"template-{scenario.name}"
    if not path.exists():
        building = cache / f"template-{scenario.name}.part"
        shutil.rmtree(building, ignore_errors=True)
        scenario.template(building / "archive")
        os.replace(building, path)
    return path / "archive"


def run_once(scenario: Scenario, work: Path, run: int, rng: random.Random, cache: Path) -> RunResult:
    run_dir = work / f"{scenario.name}-{run:04d}"
    shutil.rmtree(run_dir, ignore_errors=True)
    run_dir.mkdir(parents=True)
    root = run_dir / "archive"
    template = template_for(scenario, cache)
    shutil.copytree(template, root)
    for extra in template.parent.glob("*.kbdesk-backup"):
        shutil.copy2(extra, run_dir / extra.name)
    side = run_dir / "committed.txt"
    delay = rng.uniform(0, scenario.max_delay)
    env = {**os.environ, "PYTHONHASHSEED": str(rng.randrange(1 << 30))}
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "child", scenario.name, str(root), str(side),
         str(rng.randrange(1 << 30))],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=str(ROOT),
    )
    ready = child.stdout.readline().strip() == "READY"
    killed = False
    if ready:
        time.sleep(delay)
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
            killed = True
    child.wait()
    error = "" if killed else (child.stderr.read() or f"child ended with {child.returncode}")
    child.stdout.close()
    child.stderr.close()
    result = RunResult(scenario.name, run, delay, killed, len(read_side_file(side)), child_error=error)
    if not ready or not killed:
        result.problems.append(f"the child failed before the kill: {error.strip().splitlines()[-1:]}")
        return result
    result.problems, result.leftovers = verify(root, side, scenario.extra_leftovers)
    if result.ok:
        shutil.rmtree(run_dir, ignore_errors=True)  # keep only what failed, for a look
    return result


def run_scenario(name: str, runs: int, seed: int, work: Path,
                 report: Callable[[RunResult], None] | None = None) -> list[RunResult]:
    scenario = SCENARIOS[name]
    why_not = scenario.available()
    if why_not:
        raise RuntimeError(f"scenario {name} cannot run: {why_not}")
    cache = work / "templates"
    cache.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"{seed}-{name}")
    results = []
    for run in range(runs):
        result = run_once(scenario, work, run, rng, cache)
        results.append(result)
        if report:
            report(result)
    return results


def _child_main(argv: list[str]) -> None:
    name, root, side, seed = argv[0], Path(argv[1]), Path(argv[2]), int(argv[3])
    random.seed(seed)
    SCENARIOS[name].child(root, side)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "child":
        _child_main(sys.argv[2:])
    else:
        print("the crash harness is benchmarks/crash_bench.py; this module holds its scenarios",
              file=sys.stderr)
        sys.exit(2)
