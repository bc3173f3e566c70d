"""The index follows the archive; crashes, damage and old versions are repaired."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from kbdesk.search import Cancelled, SearchService
from kbdesk.search.index import MARKER
from kbdesk.services.search_source import ArchiveDocuments
from kbdesk.storage.archive import Archive

ROOT = Path(__file__).resolve().parents[2]


def ids(result):
    return {h.record_id for h in result.hits}


def test_changes_are_searchable_after_sync(writer, service):
    cid = writer.case("NameNode 启动失败", "SafeModeException: Name node is in safe mode")
    assert writer.queue_length() == 1
    report = service.sync()
    assert report.upserted == 1 and writer.queue_length() == 0
    assert ids(service.search("SafeModeException")) == {cid}

    writer.update_case(cid, title="DataNode 心跳丢失", phenomenon="heartbeat lost")
    service.sync()
    assert ids(service.search("SafeModeException")) == set()
    assert ids(service.search("心跳")) == {cid}

    writer.delete_case(cid)
    service.sync()
    assert service.search("心跳").total == 0
    assert service.indexed_count() == 0


def test_crash_between_db_commit_and_index_update_is_repaired(archive, writer, service, tmp_path):
    writer.case("existing case", "nothing special")
    service.sync()
    service.close()
    # A separate process commits a case (with its queue row) and dies before
    # it can update the index.
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(ROOT)!r}); sys.path.insert(0, {str(ROOT / "tests" / "search")!r})
        from conftest import Writer
        from kbdesk.storage.archive import Archive
        a = Archive.open({str(archive.root)!r})
        Writer(a).case("磁盘写满 ENOSPC", "No space left on device")
        os._exit(9)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr
    assert writer.queue_length() == 1

    reopened = SearchService(ArchiveDocuments(archive), procs=1)
    report = reopened.open()
    assert "repaired" in (report.message or "")
    assert reopened.search("ENOSPC").total == 1
    assert writer.queue_length() == 0
    reopened.close()


def test_replaying_an_already_applied_queue_is_harmless(archive, writer, service):
    cid = writer.case("Kafka consumer lag", "lag keeps growing")
    service.sync()
    # As if the process died after the index commit but before the queue delete.
    with archive.session() as s:
        s.execute(
            text(
                "INSERT INTO index_queue(record_type, record_id, op, queued_at) "
                "VALUES ('case', :id, 'upsert', '2024-01-01 00:00:00')"
            ),
            {"id": cid},
        )
    service.close()
    again = SearchService(ArchiveDocuments(archive), procs=1)
    again.open()
    assert again.indexed_count() == 1
    assert ids(again.search("kafka")) == {cid}
    again.close()


@pytest.mark.parametrize("damage", ["delete_folder", "garbage_files", "old_version", "bad_marker"])
def test_missing_damaged_or_outdated_index_is_rebuilt(archive, writer, service, damage):
    cid = writer.case("Redis 连接池耗尽", "JedisConnectionException: Could not get a resource")
    service.sync()
    service.close()
    index_dir = archive.index_dir
    marker = index_dir / MARKER
    if damage == "delete_folder":
        import shutil

        shutil.rmtree(index_dir)
    elif damage == "garbage_files":
        gen = json.loads(marker.read_text())["generation"]
        for f in (index_dir / f"gen-{gen}").iterdir():
            f.write_bytes(b"\x00garbage" * 10)
    elif damage == "old_version":
        data = json.loads(marker.read_text())
        data["analyzer"] = -1
        marker.write_text(json.dumps(data))
    else:
        marker.write_text("{not json")
    svc = SearchService(ArchiveDocuments(archive), procs=1)
    report = svc.open()
    assert report.rebuilt and report.message.startswith("Search index rebuilt")
    assert ids(svc.search("JedisConnectionException")) == {cid}
    svc.close()


def test_rebuild_reports_progress_and_can_be_cancelled(archive, writer, service):
    for i in range(30):
        writer.case(f"case number {i}", f"body {i} 超时")
    service.sync()
    seen = []
    report = service.rebuild(progress=lambda done, total: seen.append((done, total)))
    assert report.rebuilt and seen[0] == (0, 30) and seen[-1] == (30, 30)

    cancel = threading.Event()

    def progress(done, total):
        if done == 0:
            cancel.set()

    with pytest.raises(Cancelled):
        service.rebuild(progress=progress, cancel=cancel)
    # the previous index is still there and usable
    assert service.search("超时").total == 30
    assert not any(p.name.endswith(".building") for p in archive.index_dir.iterdir())


def test_archive_flag_requests_a_rebuild(archive, writer):
    writer.case("flagged", "text")
    svc = SearchService(ArchiveDocuments(archive), procs=1)
    report = svc.open()  # a fresh archive carries index_rebuild_needed
    assert report.rebuilt
    with archive.engine.connect() as conn:
        flag = conn.execute(text("SELECT value FROM meta WHERE key='index_rebuild_needed'")).first()
    assert flag is None
    assert svc.search("flagged").total == 1
    svc.close()


def test_index_survives_reopen_of_the_archive(tmp_path):
    a = Archive.create(tmp_path / "a")
    from conftest import Writer

    w = Writer(a)
    svc = SearchService(ArchiveDocuments(a), procs=1)
    svc.open()
    w.case("persisted", "across reopen")
    svc.sync()
    svc.close()
    a.close()
    b = Archive.open(tmp_path / "a")
    svc = SearchService(ArchiveDocuments(b), procs=1)
    report = svc.open()
    assert not report.rebuilt and report.message is None
    assert svc.search("persisted").total == 1
    svc.close()
    b.close()


import pytest as _both_engines_pytest  # noqa: E402

pytestmark = _both_engines_pytest.mark.both_engines
