"""Backup, verify and restore of real archives in tmp_path."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kbdesk.backup.errors import BackupCancelled
from kbdesk.backup.restore import restore_backup
from kbdesk.backup.snapshot import create_backup
from kbdesk.backup.verify import verify_backup
from kbdesk.errors import ArchiveError
from kbdesk.services.integrity import check_archive
from kbdesk.storage.archive import Archive
from kbdesk.storage.models import Customer
from kbdesk.storage.schema import SCHEMA_VERSION

from .helpers import make_archive, make_schema1_archive, members


def _rows(db: Path, sql: str) -> list:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_backup_restores_the_same_records_attachments_and_settings(tmp_path):
    src = make_archive(tmp_path / "src")
    result = create_backup(src, tmp_path / "b.kbdesk-backup.tar")
    assert result.record_counts["attachment"] == 3 and result.members == 5  # db, settings, 3 blobs
    names = [m.name for m, _ in members(result.path)]
    assert names[0] == "kbdesk-backup.json" and names[-2:] == ["manifest.json", "manifest.sha256"]
    assert not any(n.startswith("index") for n in names)

    report = verify_backup(result.path)
    assert report.manifest.record_counts == result.record_counts

    restored = restore_backup(result.path, tmp_path / "restored")
    root = restored.root
    assert restored.indexed and (root / "index").is_dir() and any((root / "index").iterdir())
    assert (root / "settings.json").read_text("utf-8") == (src / "settings.json").read_text("utf-8")
    sql = "SELECT id, title FROM cases ORDER BY id"
    assert _rows(root / "kbdesk.sqlite", sql) == _rows(src / "kbdesk.sqlite", sql)
    for blob in (src / "attachments").glob("??/*"):
        assert (root / "attachments" / blob.parent.name / blob.name).read_bytes() == blob.read_bytes()
    with Archive.open(root) as a:
        assert check_archive(a).ok
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_restore_refuses_a_non_empty_folder_and_never_overwrites(tmp_path):
    src = make_archive(tmp_path / "src")
    backup = create_backup(src, tmp_path / "b.tar").path
    before = (src / "kbdesk.sqlite").read_bytes()
    with pytest.raises(ArchiveError, match="not empty"):
        restore_backup(backup, src)
    assert (src / "kbdesk.sqlite").read_bytes() == before
    (tmp_path / "empty").mkdir()
    assert restore_backup(backup, tmp_path / "empty").root == tmp_path / "empty"


def test_an_older_schema_backup_is_restored_then_upgraded(tmp_path):
    old = tmp_path / "old"
    make_schema1_archive(old)
    backup = create_backup(old, tmp_path / "old.tar")
    assert verify_backup(backup.path).manifest.schema_version == 1
    restored = restore_backup(backup.path, tmp_path / "new")
    assert restored.upgraded_from == 1
    assert (restored.root / "kbdesk.sqlite.schema1.bak").is_file()
    with Archive.open(restored.root) as a:
        assert a.schema_version() == SCHEMA_VERSION
        with a.read_session() as s:
            assert s.get(Customer, "c1").name == "旧客户"
        assert check_archive(a).ok


def test_a_cancelled_backup_leaves_no_file(tmp_path):
    src = make_archive(tmp_path / "src", attachments=5)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    target = tmp_path / "out" / "b.tar"
    with pytest.raises(BackupCancelled):
        create_backup(src, target, cancel=cancel)
    assert list((tmp_path / "out").iterdir()) == []


def test_a_cancelled_restore_leaves_no_folder(tmp_path):
    src = make_archive(tmp_path / "src", attachments=5)
    backup = create_backup(src, tmp_path / "b.tar").path
    calls = []
    with pytest.raises(BackupCancelled):
        restore_backup(backup, tmp_path / "r", cancel=lambda: calls.append(1) or len(calls) > 2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["att-src-0.bin", "att-src-1.bin",
                                                          "att-src-2.bin", "att-src-3.bin",
                                                          "att-src-4.bin", "b.tar", "src"]


def test_a_missing_attachment_file_stops_the_backup_with_a_sentence(tmp_path):
    src = make_archive(tmp_path / "src")
    next((src / "attachments").glob("??/*")).unlink()
    with pytest.raises(ArchiveError, match="missing"):
        create_backup(src, tmp_path / "b.tar")
    assert not (tmp_path / "b.tar").exists()


def test_a_newer_archive_can_be_backed_up_but_not_restored_here(tmp_path):
    src = make_archive(tmp_path / "src")
    with Archive.open(src) as a, a.engine.begin() as conn:
        conn.execute(text("INSERT INTO migrations VALUES ('0099_future', '2030-01-01')"))
    backup = create_backup(src, tmp_path / "b.tar").path
    from kbdesk.backup.errors import BackupRejected

    with pytest.raises(BackupRejected, match="newer kbdesk"):
        restore_backup(backup, tmp_path / "r")
    assert not (tmp_path / "r").exists()
