"""Several processes on one index: a reindex elsewhere, a held write lock,
a read-only folder, crashed builds and their worker processes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from kbdesk.search import SearchService
from kbdesk.search.index import MARKER
from kbdesk.search.service import CATCH_UP_EVERY
from kbdesk.services import Services
from kbdesk.services.search_source import ArchiveDocuments

ROOT = Path(__file__).resolve().parents[2]
CLI = "import sys; from kbdesk.cli.main import main; sys.exit(main())"


def ids(result):
    return {h.record_id for h in result.hits}


def generation(archive) -> int:
    return json.loads((archive.index_dir / MARKER).read_text())["generation"]


def run_cli(archive, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", CLI, "--archive", str(archive.root), *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def start_script(code: str) -> subprocess.Popen:
    script = f"import sys; sys.path.insert(0, {str(ROOT)!r})\n" + textwrap.dedent(code)
    return subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)


def test_an_open_instance_follows_a_reindex_by_another_process(archive, writer, service):
    old = writer.case("Kafka consumer lag", "lag keeps growing")
    service.sync()
    assert ids(service.search("kafka")) == {old}
    before = generation(archive)

    proc = run_cli(archive, "reindex")
    assert proc.returncode == 0, proc.stderr
    assert generation(archive) > before
    assert not (archive.index_dir / f"gen-{before}").exists()

    article = Services(archive, actor="test").create("article", {"title": "ZooKeeper 会话过期", "body": "x"})
    report = service.sync()
    assert report.upserted == 1
    assert ids(service.search("ZooKeeper")) == {article["id"]}
    assert ids(service.search("kafka")) == {old}
    assert service.indexed_count() == 2


def test_search_without_sync_also_follows_a_reindex(archive, writer, service):
    cid = writer.case("Redis 连接池耗尽", "JedisConnectionException")
    service.sync()
    assert run_cli(archive, "reindex").returncode == 0
    assert ids(service.search("JedisConnectionException")) == {cid}
    assert service.match("JedisConnectionException Redis").cases[0].record_id == cid


def _hold_write_lock(archive) -> subprocess.Popen:
    gen_dir = archive.index_dir / f"gen-{generation(archive)}"
    proc = start_script(f"""
        import time
        from whoosh import index
        ix = index.open_dir({str(gen_dir)!r})
        writer = ix.writer()
        print("locked", flush=True)
        time.sleep(120)
    """)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_search_does_not_wait_for_another_process_holding_the_write_lock(archive, writer, service):
    old = writer.case("NameNode 启动失败", "SafeModeException")
    service.sync()
    holder = _hold_write_lock(archive)
    try:
        new = writer.case("NameNode 心跳丢失", "heartbeat lost")  # pending change
        other = SearchService(ArchiveDocuments(archive), procs=1)
        t0 = time.monotonic()
        report = other.open()
        result = other.search("NameNode")
        matched = other.match("NameNode SafeModeException")
        elapsed = time.monotonic() - t0
        assert elapsed < 10, elapsed  # was: 30 s, then a LockError
        assert report.behind and "being updated by another kbdesk" in report.message
        assert "being updated by another kbdesk" in result.notice
        assert "being updated by another kbdesk" in matched.notice
        assert ids(result) == {old}  # the current index, without the pending change
        assert "being updated" in (service.sync(timeout=0.2).message or "")
        t0 = time.monotonic()
        cli = run_cli(archive, "search", "NameNode")
        assert time.monotonic() - t0 < 20 and cli.returncode == 0, cli.stderr
        assert cli.stdout.count("being updated by another kbdesk") == 1 and "Traceback" not in cli.stderr
        assert "being updated" not in cli.stderr  # said once, with the results
    finally:
        holder.kill()
        holder.wait()
    time.sleep(CATCH_UP_EVERY)
    caught_up = other.search("NameNode")  # the lock is free again: catches up
    assert ids(caught_up) == {old, new} and caught_up.notice is None
    assert writer.queue_length() == 0
    other.close()


def _nobody_ids() -> tuple[int, int] | None:
    try:
        import pwd

        entry = pwd.getpwnam("nobody")
    except (ImportError, KeyError):
        return None
    return entry.pw_uid, entry.pw_gid


def test_a_read_only_index_is_searched_as_it_is_with_a_notice(tmp_path, writer):
    """Root ignores file modes, so as root the reader runs as `nobody`."""
    from kbdesk.storage.archive import Archive

    as_root = os.geteuid() == 0
    nobody = _nobody_ids() if as_root else None
    if as_root and nobody is None:
        pytest.skip("no unprivileged user to run as")
    base = Path(tempfile.mkdtemp(prefix="kbdesk-ro-")) if as_root else tmp_path
    try:
        os.chmod(base, 0o755)
        archive = Archive.create(base / "arch")
        w = type(writer)(archive)
        old = w.case("磁盘写满 ENOSPC", "No space left on device")
        svc = SearchService(ArchiveDocuments(archive), procs=1)
        svc.open()
        svc.close()
        w.case("磁盘写满 again ENOSPC", "pending")
        archive.close()
        if as_root:  # the archive is nobody's, the index stays root's
            for p in [archive.root, *archive.root.rglob("*")]:
                os.chown(p, *nobody)
            for p in [archive.index_dir, *archive.index_dir.rglob("*")]:
                os.chown(p, 0, 0)
        for p in [archive.index_dir, *archive.index_dir.rglob("*")]:
            os.chmod(p, 0o555 if p.is_dir() else 0o444)
        code = f"""
            import json, os, time
            import encodings.latin_1, jieba, sqlite3, whoosh.writing  # before dropping root: Python is root-only
            from kbdesk.storage.archive import Archive
            from kbdesk.search import SearchService
            from kbdesk.search import keyword, matching
            from kbdesk.services.search_source import ArchiveDocuments
            if {as_root!r}:
                os.setgid({nobody[1] if nobody else 0}); os.setuid({nobody[0] if nobody else 0})
            a = Archive.open({str(archive.root)!r})
            s = SearchService(ArchiveDocuments(a), procs=1)
            t0 = time.monotonic()
            report = s.open()
            r = s.search("ENOSPC")
            elapsed = time.monotonic() - t0
            try:
                s.rebuild()
                rebuild = "no error"
            except Exception as exc:
                rebuild = f"{{type(exc).__name__}}: {{exc}}"
            print(json.dumps({{"report": report.message, "notice": r.notice, "rebuild": rebuild,
                              "ids": [h.record_id for h in r.hits], "s": elapsed}}))
        """
        proc = start_script(code)
        out, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0
        data = json.loads(out.strip().splitlines()[-1])
        assert "read-only" in data["report"] and "read-only" in data["notice"]
        assert data["ids"] == [old] and data["s"] < 10
        assert (
            data["rebuild"].startswith("IndexProblem: the index folder") and "is read-only" in data["rebuild"]
        )
    finally:
        for p in [base, *base.rglob("*")]:
            os.chmod(p, 0o755 if p.is_dir() else 0o644)
        if as_root:
            shutil.rmtree(base, ignore_errors=True)


SLOW_BUILD = """
    import os, sys, time
    from kbdesk.search.index import IndexFolder

    def batches():
        yield [{{"uid": f"case:{{i}}", "rtype": "case", "title": f"t {{i}}", "body": "b"}} for i in range(600)]
        print("building", flush=True)
        time.sleep(600)
        yield []

    IndexFolder({root!r}).rebuild(batches(), 600, 0, procs={procs})
"""


def _children(pid: int) -> set[int]:
    out = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        out.update(int(x) for x in text)
    return out


def _holders(path: Path) -> dict:
    out = {}
    for fd_dir in Path("/proc").glob("[0-9]*/fd"):
        try:
            for fd in fd_dir.iterdir():
                if os.readlink(fd).startswith(str(path)):
                    out[fd_dir.parent.name] = _state(int(fd_dir.parent.name))
        except OSError:
            continue
    return out


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text()
    except OSError as exc:
        return str(exc)


def _alive(pid: int) -> bool:
    """Any thread of ``pid`` not yet a zombie? (A thread-group leader shows
    "Z" while its other threads, and its open files, are still going.)"""
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return False
    for task in tasks:
        try:
            if (task / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
                return True
        except OSError:
            continue
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_build_workers_die_with_a_killed_parent_and_the_leftover_is_swept(archive, writer, service):
    cid = writer.case("OOM killer", "Out of memory: Killed process")
    service.sync()
    service.close()
    builder = start_script(SLOW_BUILD.format(root=str(archive.index_dir), procs=2))
    assert builder.stdout.readline().strip() == "building"
    deadline = time.monotonic() + 30
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2:
        workers = _children(builder.pid)
        time.sleep(0.1)
    assert len(workers) >= 2, workers
    building = [p for p in archive.index_dir.iterdir() if p.name.endswith(".building")]
    assert len(building) == 1

    # a live build is left alone by another process opening the index
    reader = SearchService(ArchiveDocuments(archive), procs=1)
    reader.open()
    assert building[0].exists()
    reader.close()

    os.kill(builder.pid, signal.SIGKILL)
    builder.wait()
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers), {w: _state(w) for w in workers}

    again = SearchService(ArchiveDocuments(archive), procs=1)
    again.open()
    assert not building[0].exists(), _holders(building[0] / "BUILDER")
    assert ids(again.search("OOM")) == {cid}
    again.close()


def test_stale_generations_and_toc_temp_files_are_removed_at_open(archive, writer, service):
    cid = writer.case("Nginx 502 Bad Gateway", "upstream prematurely closed connection")
    service.sync()
    service.close()
    live = archive.index_dir / f"gen-{generation(archive)}"
    shutil.copytree(live, archive.index_dir / "gen-0")  # an old generation nobody uses
    toc = next(live.glob("_MAIN_*.toc"))
    temp = live / f"{toc.name}.1764000000.5"  # Whoosh's TOC temp file of a killed commit
    temp.write_bytes(b"partial")
    crashed = archive.index_dir / "gen-99.building"  # a build whose process is gone
    crashed.mkdir()
    (crashed / "BUILDER").write_text("12345")

    n = generation(archive)
    switching = archive.index_dir / f"gen-{n + 1}"  # built, its marker switch a moment away
    abandoned = archive.index_dir / f"gen-{n + 2}"  # built by a process that died before switching
    switching.mkdir()
    abandoned.mkdir()
    os.utime(abandoned, (time.time() - 3600, time.time() - 3600))

    svc = SearchService(ArchiveDocuments(archive), procs=1)
    svc.open()
    left = sorted(p.name for p in archive.index_dir.iterdir() if p.name.startswith("gen-"))
    assert left == sorted([live.name, switching.name])
    assert not temp.exists() and toc.exists()
    assert ids(svc.search("nginx")) == {cid}
    svc.close()


def test_files_of_a_writer_killed_mid_write_are_removed_at_open(archive, writer, service):
    cid = writer.case("HDFS block missing", "BlockMissingException")
    service.sync()
    service.close()
    live = archive.index_dir / f"gen-{generation(archive)}"
    before = set(os.listdir(live))
    killed = start_script(f"""
        from whoosh import index
        from kbdesk.search.index import make_schema
        ix = index.open_dir({str(live)!r}, schema=make_schema())
        w = ix.writer(limitmb=1)
        for i in range(10**6):
            w.add_document(uid=f"case:x{{i}}", rtype="case", title=f"t {{i}} w{{i}}", body="lorem ipsum " * 20)
            if i == 3000:
                print("flushed", flush=True)
    """)
    assert killed.stdout.readline().strip() == "flushed"
    killed.kill()
    killed.wait()
    assert set(os.listdir(live)) - before  # its run files and MAIN.tmp pool

    svc = SearchService(ArchiveDocuments(archive), procs=1)
    svc.open()
    assert set(os.listdir(live)) == before
    assert ids(svc.search("BlockMissingException")) == {cid}
    svc.close()


def test_changes_saved_during_another_process_rebuild_reach_the_new_generation(archive, writer, service):
    first = writer.case("Hive metastore 连接失败", "MetaException: Could not connect")
    service.sync()
    go = archive.root / "go"
    rebuilding = start_script(f"""
        import time
        from pathlib import Path
        from kbdesk.storage.archive import Archive
        from kbdesk.search import SearchService
        from kbdesk.services.search_source import ArchiveDocuments

        def progress(done, total):
            if done == 0:  # the database snapshot is taken: wait for the other process
                print("snapshot", flush=True)
                while not Path({str(go)!r}).exists():
                    time.sleep(0.05)

        svc = SearchService(ArchiveDocuments(Archive.open({str(archive.root)!r})), procs=1)
        svc.rebuild(progress=progress)
        print("done", flush=True)
    """)
    assert rebuilding.stdout.readline().strip() == "snapshot"
    later = writer.case("Hive 查询超时", "Hive query timeout")  # not in the rebuild's snapshot
    service.sync()
    assert ids(service.search("Hive")) == {first, later}  # in the old generation now
    go.write_text("")
    assert rebuilding.stdout.readline().strip() == "done"
    rebuilding.wait(timeout=60)

    assert ids(service.search("Hive")) == {first, later}  # followed to the new generation
    fresh = SearchService(ArchiveDocuments(archive), procs=1)
    assert ids(fresh.search("Hive")) == {first, later}
    fresh.close()
    assert writer.queue_length() == 0
