"""A full disk gives a sentence, exit code 1 and an intact archive — for real.

Each test mounts a tiny tmpfs, puts an archive on it, fills the disk to the
last byte and then tries one kind of write.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kbdesk.errors import DiskFullError, user_message
from kbdesk.paths import demo_source
from kbdesk.services import Services
from kbdesk.services.integrity import check_archive
from kbdesk.storage.archive import Archive
from kbdesk.storage.registry import RECORD_TYPES

SENTENCE = "The disk holding the archive is full: free some space and try again. Nothing was changed."
BIG = "连接数打满 ERROR 1040 Too many connections\n" * 20000  # ~0.8 MB: more than any WAL slack


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command: cannot make a small file system for the disk-full tests")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here ({done.stderr.strip()}); "
                    "the disk-full tests need root")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


class FullDisk:
    """An archive on the small disk, opened, with the disk then filled."""

    def __init__(self, mount: Path, records: bool = True):
        self.root = mount / "archive"
        self.archive = Archive.create(self.root)
        self.services = Services(self.archive, actor="tester")
        if records:
            cust = self.services.create("customer", {"name": "华东某银行"})
            self.case = self.services.create("case", {
                "customer_id": cust["id"], "title": "RDS MySQL ERROR 1040",
                "category": "configuration_error", "severity": "low"})
        self.ballast = mount / "ballast"

    def counts(self) -> dict[str, int]:
        return {t: self.services.count(t) for t in RECORD_TYPES}

    def fill(self) -> None:
        self.counts()  # keep a connection (and so the -wal/-shm files) open
        with open(self.ballast, "wb", buffering=0) as f:
            for size in (1 << 16, 1 << 12, 1 << 9, 1):
                try:
                    while True:
                        f.write(b"\0" * size)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
        assert shutil.disk_usage(self.ballast.parent).free < 4096

    def free(self) -> None:
        self.ballast.unlink()

    def cli(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "kbdesk", "--archive", str(self.root), *args],
                              capture_output=True, text=True, timeout=300)

    def assert_intact(self, before: dict[str, int]) -> None:
        self.free()
        assert self.counts() == before
        report = check_archive(self.archive)
        assert report.ok, report.problems
        done = self.cli("check")
        assert done.returncode == 0, done.stdout + done.stderr
        self.archive.close()


def _assert_sentence(done: subprocess.CompletedProcess) -> None:
    assert done.returncode == 1, done.stdout + done.stderr
    assert SENTENCE in done.stderr
    assert "Traceback" not in done.stderr


def test_import_on_a_full_disk(small_disk):
    disk = FullDisk(small_disk, records=False)
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
