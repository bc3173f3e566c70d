"""Every kind of damaged or tampered backup is refused, by verify and by
restore, with a sentence saying what is wrong, and a refused restore leaves
nothing behind."""

from __future__ import annotations

import hashlib
import json
import tarfile
from pathlib import Path

import pytest
from sqlalchemy import text

from kbdesk.backup.errors import BackupRejected
from kbdesk.backup.restore import restore_backup
from kbdesk.backup.snapshot import create_backup
from kbdesk.backup.verify import verify_backup
from kbdesk.storage.archive import Archive
from kbdesk.storage.schema import SCHEMA_VERSION

from .helpers import make_archive, members, regular, reseal, special, write_tar


@pytest.fixture
def good(tmp_path) -> Path:
    src = make_archive(tmp_path / "src")
    return create_backup(src, tmp_path / "good.kbdesk-backup.tar").path


def _refused(backup: Path, tmp_path: Path, match: str) -> str:
    with pytest.raises(BackupRejected, match=match) as verify_error:
        verify_backup(backup)
    target = tmp_path / "restored"
    with pytest.raises(BackupRejected, match=match):
        restore_backup(backup, target)
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if ".restoring-" in p.name]
    message = str(verify_error.value)
    assert "Traceback" not in message and message.endswith(".")
    return message


def _before_manifest(items, *extra):
    return [*items[:-2], *extra, *items[-2:]]


def test_the_untampered_backup_passes(good, tmp_path):
    assert verify_backup(good).members == 5


def test_truncated_inside_a_member(good, tmp_path):
    data = good.read_bytes()
    cut = tmp_path / "cut.tar"
    cut.write_bytes(data[: len(data) // 2])
    _refused(cut, tmp_path, r"cut off inside .* the file is incomplete")


def test_truncated_at_a_member_boundary_says_how_many_members_arrived(good, tmp_path):
    items = members(good)
    cut = write_tar(tmp_path / "cut.tar", items[:4])  # header, db, settings, 1 attachment
    message = _refused(cut, tmp_path, "cut off after")
    assert message == "The backup is cut off after 3 of 5 members: the file is incomplete."


def test_an_empty_file_is_not_a_backup(tmp_path):
    empty = tmp_path / "empty.tar"
    empty.write_bytes(b"")
    _refused(empty, tmp_path, "not a kbdesk backup")


def test_altered_database_bytes(good, tmp_path):
    with tarfile.open(good) as tar:
        offset = tar.getmember("kbdesk.sqlite").offset_data
    data = bytearray(good.read_bytes())
    data[offset + 5000] ^= 0xFF
    bad = tmp_path / "bad.tar"
    bad.write_bytes(bytes(data))
    _refused(bad, tmp_path, "kbdesk.sqlite was altered or damaged: its checksum does not match")


def test_altered_attachment_bytes(good, tmp_path):
    items = [(i, d if not i.name.startswith("attachments/") else d[:-1] + b"X") for i, d in members(good)]
    _refused(write_tar(tmp_path / "bad.tar", items), tmp_path, "content does not match its name")


def test_altered_manifest(good, tmp_path):
    items = members(good)
    items = [(i, d.replace(b'"case": 3', b'"case": 4') if i.name == "manifest.json" else d)
             for i, d in items]
    _refused(write_tar(tmp_path / "bad.tar", items), tmp_path, "manifest was altered")


def test_altered_manifest_with_its_checksum_recomputed(good, tmp_path):
    items = members(good)
    manifest = json.loads(items[-2][1])
    manifest["record_counts"]["case"] += 1
    _refused(write_tar(tmp_path / "bad.tar", reseal(items, manifest)), tmp_path,
             "holds 3 case record.* manifest says 4")


def test_absolute_path(good, tmp_path):
    items = _before_manifest(members(good), regular("/tmp/evil", b"x"))
    _refused(write_tar(tmp_path / "bad.tar", items), tmp_path, "absolute path")
    assert not Path("/tmp/evil").exists()


def test_dot_dot_path(good, tmp_path):
    items = _before_manifest(members(good), regular("attachments/../../evil", b"x"))
    _refused(write_tar(tmp_path / "bad.tar", items), tmp_path, r"climbs out with '\.\.'")
    assert not (tmp_path / "evil").exists()


def test_symlink(good, tmp_path):
    items = _before_manifest(members(good), special("attachments/ab/link", tarfile.SYMTYPE, "/etc/passwd"))
    _refused(write_tar(tmp_path / "bad.tar", items), tmp_path, "symbolic link")


def test_hardlink(good, tmp_path):
    items = _before_manifest(members(good), special("settings2.json", tarfile.LNKTYPE, "settings.json"))
    _refused(write_tar(tmp_path / "bad.tar", items), tmp_path, "hard link")


def test_device_file(good, tmp_path):
    items = _before_manifest(members(good), special("kbdesk.sqlite-wal", tarfile.CHRTYPE))
    _refused(write_tar(tmp_path / "bad.tar", items), tmp_path, "device file")


def test_duplicate_member(good, tmp_path):
    items = members(good)
    db = next(x for x in items if x[0].name == "kbdesk.sqlite")
    _refused(write_tar(tmp_path / "bad.tar", _before_manifest(items, db)), tmp_path,
             "holds kbdesk.sqlite twice")


def test_extra_member_not_in_the_manifest(good, tmp_path):
    data = b"an attachment nobody listed"
    sha = hashlib.sha256(data).hexdigest()
    items = _before_manifest(members(good), regular(f"attachments/{sha[:2]}/{sha}", data))
    _refused(write_tar(tmp_path / "bad.tar", items), tmp_path, "which its manifest does not list")


def test_unknown_member_name(good, tmp_path):
    items = _before_manifest(members(good), regular("index/MAIN.toc", b"x"))
    _refused(write_tar(tmp_path / "bad.tar", items), tmp_path, "not part of a kbdesk backup")


def test_missing_member(good, tmp_path):
    one_gone = members(good)
    drop = next(i for i, x in enumerate(one_gone) if x[0].name.startswith("attachments/"))
    del one_gone[drop]
    _refused(write_tar(tmp_path / "bad.tar", one_gone), tmp_path, "manifest lists attachments/.* which the backup")


def test_newer_schema(tmp_path):
    src = make_archive(tmp_path / "src")
    with Archive.open(src) as a, a.engine.begin() as conn:
        conn.execute(text("INSERT INTO migrations VALUES ('0099_future', '2030-01-01')"))
    backup = create_backup(src, tmp_path / "future.tar").path
    message = _refused(backup, tmp_path, "made by a newer kbdesk")
    # This kbdesk's schema, whatever migrations it has (other branches add theirs).
    assert f"knows up to schema {SCHEMA_VERSION}" in message


def test_a_member_after_the_manifest(good, tmp_path):
    items = [*members(good), regular("settings.json", b"{}")]
    _refused(write_tar(tmp_path / "bad.tar", items), tmp_path, "after its manifest")


def test_a_file_that_is_not_a_tar(tmp_path):
    junk = tmp_path / "junk.tar"
    junk.write_bytes(b"PK\x03\x04 this is a zip, not a tar" * 50)
    _refused(junk, tmp_path, "not a kbdesk backup")
