"""A tiny real file system for the disk-full tests (tmpfs, mounted as root)."""

from __future__ import annotations

import errno
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from kbdesk.services import Services
from kbdesk.services.integrity import check_archive
from kbdesk.storage.archive import Archive
from kbdesk.storage.registry import RECORD_TYPES

SENTENCE = "The disk holding the archive is full: free some space and try again. Nothing was changed."
BIG = "连接数打满 ERROR 1040 Too many connections\n" * 20000  # ~0.8 MB: more than any WAL slack


@contextmanager
def mounted_small_disk(tmp_path: Path):
    """An 8 MB tmpfs under ``tmp_path``; skips the test when mounting is not permitted."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command: cannot make a small file system for the disk-full tests")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here ({done.stderr.strip()}); "
                    "the disk-full tests need root")
    try:
        yield mount
    finally:
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


