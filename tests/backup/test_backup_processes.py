"""Real `kbdesk` subprocesses: a backup taken while a real import runs, and
backups and restores killed at random points."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kbdesk.backup.auto import backups_in
from kbdesk.backup.errors import BackupRejected
from kbdesk.backup.snapshot import create_backup
from kbdesk.backup.verify import verify_backup
from kbdesk.services.integrity import check_archive
from kbdesk.storage.archive import Archive

from .helpers import jsonl_with_cases, make_archive

KBDESK = [sys.executable, "-m", "kbdesk"]
N_CASES, N_BLOBS = 5000, 500


def kbdesk(*args, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([*KBDESK, *map(str, args)], capture_output=True, text=True, timeout=300)
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def _query(db: Path, sql: str) -> list:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _start_import(src: Path, jsonl: Path) -> tuple[subprocess.Popen, threading.Event]:
    """Start `kbdesk import`; the event is set at its first PROGRESS line,
    which it prints from inside its one write transaction."""
    proc = subprocess.Popen([*KBDESK, "--archive", str(src), "--progress-lines", "import", str(jsonl)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    in_transaction = threading.Event()

    def watch() -> None:
        for line in proc.stdout:
            if line.startswith("PROGRESS"):
                in_transaction.set()

    threading.Thread(target=watch, daemon=True).start()
    return proc, in_transaction


def test_a_backup_taken_during_a_running_import_restores_to_a_consistent_point(tmp_path):
    src = make_archive(tmp_path / "src")
    before_ids = {r[0] for r in _query(src / "kbdesk.sqlite", "SELECT id FROM cases")}
    original_blobs = {p.name: p.read_bytes() for p in (src / "attachments").glob("??/*")}
    imported_blobs = jsonl_with_cases(tmp_path / "big.jsonl", N_CASES, N_BLOBS)
    import_proc, in_transaction = _start_import(src, tmp_path / "big.jsonl")
    assert in_transaction.wait(120), "the import never started writing"
    # Back-to-back backups while it writes: in this process (they start at
    # once, so they land inside the import's transaction) and by the CLI.
    backups, during = [], 0
    while import_proc.poll() is None or len(backups) < 2:
        during += import_proc.poll() is None
        target = tmp_path / f"b{len(backups)}.kbdesk-backup.tar"
        if len(backups) % 2 == 0:
            create_backup(src, target)
        else:
            kbdesk("--archive", src, "backup", "--to", target)
        backups.append(target)
    assert import_proc.wait(120) == 0, import_proc.stderr.read()
    print(f"{during} of {len(backups)} backups started while the import was writing")
    assert during >= 1  # at least one backup was started while the import was writing
    final = tmp_path / "final.kbdesk-backup.tar"
    kbdesk("--archive", src, "backup", "--to", final)
    backups.append(final)

    all_blobs = {**original_blobs, **imported_blobs}
    states = []
    for i, backup in enumerate(backups):
        kbdesk("verify-backup", backup)
        root = tmp_path / f"restored{i}"
        kbdesk("restore", backup, "--to", root)
        assert "OK:" in kbdesk("--archive", root, "check").stdout
        ids = {r[0] for r in _query(root / "kbdesk.sqlite", "SELECT id FROM cases")}
        imported = {x for x in ids if x.startswith("imp-case-")}
        assert ids - imported == before_ids
        assert len(imported) in (0, N_CASES), f"backup {i} holds part of the import: {len(imported)}"
        attachments = _query(root / "kbdesk.sqlite", "SELECT sha256 FROM attachments")
        assert len(attachments) == 3 + (N_BLOBS if imported else 0)
        for (sha,) in attachments:
            assert (root / "attachments" / sha[:2] / sha).read_bytes() == all_blobs[sha]
        states.append(bool(imported))
    print("backups holding the import:", states)
    assert states[-1] is True  # the backup after the import holds all of it


def test_a_killed_backup_leaves_no_file_that_looks_valid(tmp_path):
    src = make_archive(tmp_path / "src", attachments=40, attachment_kb=1024)
    rnd = random.Random(3)
    interrupted = 0
    for i in range(5):
        target = tmp_path / "out" / f"b{i}.kbdesk-backup.tar"
        proc = subprocess.Popen([*KBDESK, "--archive", str(src), "backup", "--to", str(target)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rnd.uniform(0.2, 1.5))
        proc.kill()
        proc.wait()
        if target.exists():  # it finished before the kill: then it must be whole
            verify_backup(target)
        else:
            interrupted += 1
    leftovers = list((tmp_path / "out").glob(".*"))
    for leftover in leftovers:  # hidden, with a name no one takes for a backup, and refused
        assert ".partial-" in leftover.name or leftover.name.startswith(".kbdesk-snapshot-")
        if leftover.is_file():
            with pytest.raises(BackupRejected):
                verify_backup(leftover)
    assert interrupted >= 1  # the kills did land in the middle of a backup
    # Refused by name too: the automatic backups' listing and rotation ignore them.
    assert {p.name for p, _ in backups_in(tmp_path / "out", "b0")} <= {"b0.kbdesk-backup.tar"}


def test_a_killed_restore_leaves_no_folder_that_opens_as_an_archive(tmp_path):
    src = make_archive(tmp_path / "src", attachments=40, attachment_kb=1024)
    backup = tmp_path / "b.kbdesk-backup.tar"
    kbdesk("--archive", src, "backup", "--to", backup)
    rnd = random.Random(4)
    interrupted = 0
    for i in range(5):
        target = tmp_path / f"r{i}"
        proc = subprocess.Popen([*KBDESK, "restore", str(backup), "--to", str(target)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rnd.uniform(0.2, 2.0))
        proc.kill()
        proc.wait()
        if target.exists():  # the restore had finished: then it is complete and checked
            with Archive.open(target) as a:
                assert check_archive(a).ok
        for leftover in tmp_path.glob(f".{target.name}.restoring-*"):
            assert not (leftover / "kbdesk.sqlite").exists() or _was_verified(leftover)
        # A new restore to the same place cleans up what the killed one left.
        if not target.exists():
            interrupted += 1
            kbdesk("restore", backup, "--to", target)
            assert not list(tmp_path.glob(f".{target.name}.restoring-*"))
    assert interrupted >= 1  # the kills did land in the middle of a restore


def _was_verified(folder: Path) -> bool:
    """The database gets its real name only after every check passed."""
    with Archive.open(folder) as a:
        return check_archive(a).ok
