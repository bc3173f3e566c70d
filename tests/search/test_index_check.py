"""`kbdesk check` verifies the index against its manifest and the database;
a garbled segment or an `index` that is a file is repaired, with a sentence."""

from __future__ import annotations

import json
import os
import random

import pytest

from kbdesk.cli.main import main
from kbdesk.search import SearchService
from kbdesk.search.index import MARKER
from kbdesk.services.search_source import ArchiveDocuments


def ids(result):
    return {h.record_id for h in result.hits}


def live_dir(archive):
    return archive.index_dir / f"gen-{json.loads((archive.index_dir / MARKER).read_text())['generation']}"


def garble(path, keep_mtime: bool) -> None:
    st = path.stat()
    data = bytearray(path.read_bytes())
    rng = random.Random(7)
    start = len(data) // 3
    for i in range(start, min(len(data), start + 64)):
        data[i] = rng.randrange(256)
    path.write_bytes(bytes(data))
    if keep_mtime:  # as a bit flip on disk would: nothing but the content changes
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


@pytest.fixture
def indexed(archive, writer, service):
    cases = [writer.case(f"Kafka broker {i} 磁盘告警", f"ISR shrinking on partition {i}") for i in range(20)]
    service.sync()
    service.close()
    return cases


def biggest_segment(archive):
    return max(live_dir(archive).glob("*.seg"), key=lambda p: p.stat().st_size)


def test_check_reports_and_repairs_a_garbled_segment(archive, indexed, capsys):
    garble(biggest_segment(archive), keep_mtime=True)

    assert main(["--archive", str(archive.root), "check"]) == 0
    out = capsys.readouterr().out
    assert "REPAIRED: search index:" in out and "checksum changed" in out
    assert "rebuilt from the database (20 records)" in out

    svc = SearchService(ArchiveDocuments(archive), procs=1)
    assert ids(svc.search("kafka", limit=50)) == set(indexed)
    svc.close()
    assert main(["--archive", str(archive.root), "check"]) == 0
    assert "search index verified (20 records)" in capsys.readouterr().out


def test_a_segment_modified_after_its_commit_is_rebuilt_at_open(archive, indexed):
    garble(biggest_segment(archive), keep_mtime=False)
    svc = SearchService(ArchiveDocuments(archive), procs=1)
    report = svc.open()
    assert report.rebuilt and "checksum changed" in report.message
    assert ids(svc.search("kafka", limit=50)) == set(indexed)
    svc.close()


def test_a_copied_index_with_new_mtimes_is_not_rebuilt(archive, indexed):
    for f in live_dir(archive).iterdir():
        os.utime(f, ns=(1_000_000_000, 1_000_000_000))  # as a copy without -p leaves them
    svc = SearchService(ArchiveDocuments(archive), procs=1)
    assert not svc.open().rebuilt
    svc.close()
    again = SearchService(ArchiveDocuments(archive), procs=1)  # the manifest took the new mtimes
    assert not again.open().rebuilt
    assert ids(again.search("kafka", limit=50)) == set(indexed)
    again.close()


def test_check_compares_record_counts_with_the_database(archive, indexed, capsys):
    from whoosh import index as windex

    ix = windex.open_dir(str(live_dir(archive)))
    w = ix.writer()
    w.delete_by_term("uid", f"case:{indexed[0]}")  # lost from the index, not from the database
    w.commit()
    ix.close()

    assert main(["--archive", str(archive.root), "check"]) == 0
    out = capsys.readouterr().out
    assert "the index holds 19 case record(s), the database 20" in out
    svc = SearchService(ArchiveDocuments(archive), procs=1)
    assert ids(svc.search("kafka", limit=50)) == set(indexed)
    svc.close()


def test_an_index_that_is_a_file_is_moved_aside_and_rebuilt(archive, indexed, capsys):
    import shutil

    shutil.rmtree(archive.index_dir)
    archive.index_dir.write_text("not an index")

    assert main(["--archive", str(archive.root), "search", "kafka", "--limit", "50"]) == 0
    captured = capsys.readouterr()
    assert "was a file, not the index folder; it was moved to index.moved-" in captured.err
    assert "(20 of 20 shown)" in captured.out
    moved = [p for p in archive.root.iterdir() if p.name.startswith("index.moved-")]
    assert len(moved) == 1 and moved[0].read_text() == "not an index"
    assert archive.index_dir.is_dir()
