"""A full disk gives a sentence, exit code 1 and an intact archive — for real.

Each test mounts a tiny tmpfs, puts an archive on it, fills the disk to the
last byte and then tries one kind of write.
"""

from __future__ import annotations

import errno
import os
import subprocess

import pytest

from kbdesk.errors import DiskFullError, user_message
from kbdesk.paths import demo_source
from kbdesk.services import Services
from kbdesk.storage.archive import Archive

from .disk_full import BIG, SENTENCE, FullDisk, mounted_small_disk


@pytest.fixture
def small_disk(tmp_path):
    with mounted_small_disk(tmp_path) as mount:
        yield mount


def _assert_sentence(done: subprocess.CompletedProcess) -> None:
    assert done.returncode == 1, done.stdout + done.stderr
    assert SENTENCE in done.stderr
    assert "Traceback" not in done.stderr


def test_import_on_a_full_disk(small_disk):
    disk = FullDisk(small_disk, records=False)
    # One indexed record: `kbdesk check` of an empty archive trips over the
    # empty index (a search bug of its own, reported), not what this tests.
    disk.services.create("article", {"title": "RDS 连接数", "body": "ERROR 1040"})
    before = disk.counts()
    disk.fill()
    _assert_sentence(disk.cli("import", str(demo_source())))
    disk.assert_intact(before)


def test_create_and_update_on_a_full_disk(small_disk):
    disk = FullDisk(small_disk)
    before = disk.counts()
    disk.fill()
    with pytest.raises(DiskFullError) as err:
        disk.services.create("article", {"title": "大文章", "body": BIG})
    assert str(err.value) == SENTENCE
    with pytest.raises(DiskFullError):
        disk.services.update("case", disk.case["id"], {"phenomenon": BIG})
    disk.assert_intact(before)
    with Archive.open(disk.root) as archive:
        assert Services(archive, "t").get("case", disk.case["id"])["phenomenon"] == ""


def test_attachment_add_on_a_full_disk(small_disk, tmp_path):
    disk = FullDisk(small_disk)
    log = tmp_path / "big.log"
    log.write_bytes(os.urandom(1 << 20))
    before = disk.counts()
    disk.fill()
    with pytest.raises(Exception) as err:
        disk.services.attach_file("case", disk.case["id"], log)
    assert user_message(err.value) == SENTENCE
    assert not [p for p in (disk.root / "attachments").rglob("*") if p.is_file()]
    disk.assert_intact(before)


def test_search_sync_on_a_full_disk(small_disk):
    disk = FullDisk(small_disk)  # records saved, none indexed yet: the sync must write
    before = disk.counts()
    disk.fill()
    _assert_sentence(disk.cli("search", "1040"))
    disk.free()
    found = disk.cli("search", "1040")
    assert found.returncode == 0 and disk.case["id"] in found.stdout, found.stderr
    disk.ballast.touch()
    disk.assert_intact(before)


def test_reindex_on_a_full_disk(small_disk):
    disk = FullDisk(small_disk)
    assert disk.cli("reindex").returncode == 0
    for n in range(10):
        disk.services.create("article", {"title": f"RDS 连接数 {n}", "body": BIG[:10000]})
    before = disk.counts()
    disk.fill()
    _assert_sentence(disk.cli("reindex"))
    disk.free()
    assert not [p.name for p in disk.archive.index_dir.rglob("*.building")]
    found = disk.cli("search", "1040")
    assert found.returncode == 0 and disk.case["id"] in found.stdout, found.stderr
    disk.ballast.touch()
    disk.assert_intact(before)


def test_the_translation_point_reads_the_cause_but_respects_raise_from_none():
    from kbdesk.errors import ArchiveError, storage_error

    def full():
        raise OSError(errno.ENOSPC, "No space left on device")

    try:
        try:
            full()
        except OSError as exc:
            raise ArchiveError("Could not store attachment (No space left on device)") from exc
    except ArchiveError as exc:
        assert str(storage_error(exc)) == SENTENCE
    try:
        try:
            full()
        except OSError:
            raise ArchiveError("Could not write the backup b.kbdesk-backup: disk full.") from None
    except ArchiveError as exc:
        own = exc
    assert storage_error(own) is own  # its own, more precise sentence stays
    assert storage_error(ValueError("no")) is None
