"""Blobs an import renamed into place just before a COMMIT that never came
(killed in between) are removed at the next open; nothing else is."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time

from kbdesk.services import Services
from kbdesk.storage.archive import Archive
from kbdesk.storage.blobs import JOURNAL_PREFIX


def _dead_owner_tag() -> str:
    code = "from kbdesk.storage.owners import owner_tag; print(owner_tag())"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip()


def _plant(archive: Archive, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    path = archive.blobs.path_for(sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return sha


def test_a_killed_writers_unreferenced_blobs_go_at_open(tmp_path):
    root = tmp_path / "arch"
    with Archive.create(root) as archive:
        services = Services(archive, "tester")
        customer = services.create("customer", {"name": "客户"})
        case = services.create("case", {"customer_id": customer["id"], "title": "t",
                                        "category": "os_problem", "severity": "low"})
        log = tmp_path / "kept.log"
        log.write_bytes(b"referenced")
        services.attach_file("case", case["id"], log)
        referenced = hashlib.sha256(b"referenced").hexdigest()
        orphan = _plant(archive, b"placed, never committed")
        reused = _plant(archive, b"placed, then found again by a later attach")
        journal = archive.blobs.root / f"{JOURNAL_PREFIX}{_dead_owner_tag()}abc"
        journal.write_text("\n".join([orphan, reused, referenced]))
        later = time.time() + 5
        os.utime(archive.blobs.path_for(reused), (later, later))

    with Archive.open(root) as archive:
        assert not archive.blobs.path_for(orphan).exists()
        assert archive.blobs.path_for(reused).exists()
        assert archive.blobs.path_for(referenced).exists()
        assert not journal.exists()


def test_a_live_writers_journal_is_left_alone(tmp_path):
    root = tmp_path / "arch"
    with Archive.create(root) as archive:
        sha = _plant(archive, b"being committed right now")
        journal = archive.blobs.begin_placing([hashlib.sha256(b"another").hexdigest()])
        (archive.blobs.root / journal.name).write_text(sha)
    with Archive.open(root) as archive:
        assert archive.blobs.path_for(sha).exists() and journal.exists()


def test_an_import_leaves_no_journal(tmp_path):
    from kbdesk.transfer.jsonl import export_jsonl, import_jsonl

    src, dst = tmp_path / "src", tmp_path / "dst"
    with Archive.create(src) as archive:
        services = Services(archive, "tester")
        customer = services.create("customer", {"name": "客户"})
        case = services.create("case", {"customer_id": customer["id"], "title": "t",
                                        "category": "os_problem", "severity": "low"})
        log = tmp_path / "a.log"
        log.write_bytes(b"x" * 1000)
        services.attach_file("case", case["id"], log)
        export_jsonl(archive, tmp_path / "out.jsonl")
    with Archive.create(dst) as archive:
        import_jsonl(archive, tmp_path / "out.jsonl", "tester")
        assert not list(archive.blobs.root.glob(JOURNAL_PREFIX + "*"))
        assert len(archive.blobs.all_hashes()) == 1
