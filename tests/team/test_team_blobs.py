"""Attachment files of a team archive live in PostgreSQL, each desktop caching what it reads."""

import hashlib
import os
import uuid

import pytest
from sqlalchemy import text

from kbdesk.errors import ArchiveError
from kbdesk.services import Services
from kbdesk.storage.archive import Archive


@pytest.fixture
def two_desks(pg_url, tmp_path):
    a = Archive.create_team(pg_url, cache_root=tmp_path / "desk-a")
    b = Archive.open_team(pg_url, cache_root=tmp_path / "desk-b")
    yield a, b
    a.close()
    b.close()


def _customer(services):
    return services.create("customer", {"name": f"华东电商 {uuid.uuid4().hex[:6]}"})["id"]


def test_a_file_attached_on_one_desk_opens_on_another(two_desks, tmp_path):
    a, b = two_desks
    payload = os.urandom(3 * (1 << 20) + 123)  # four chunks
    source = tmp_path / "slow-query.log"
    source.write_bytes(payload)
    sa = Services(a, actor="alice")
    att = sa.attach_file("customer", _customer(sa), source)
    assert att["sha256"] == hashlib.sha256(payload).hexdigest()
    with a.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM blob_chunks")).scalar() == 4
    path = Services(b, actor="bob").attachment_path(att["id"])
    assert path.read_bytes() == payload
    assert path.is_relative_to(tmp_path / "desk-b")  # B's own cache
    assert b.blobs.verify(att["sha256"]) is None


def test_the_same_content_is_stored_once_for_the_team(two_desks, tmp_path):
    a, b = two_desks
    (tmp_path / "one.txt").write_bytes(b"ORA-00600 internal error")
    (tmp_path / "two.txt").write_bytes(b"ORA-00600 internal error")
    sa, sb = Services(a, actor="alice"), Services(b, actor="bob")
    sa.attach_file("customer", _customer(sa), tmp_path / "one.txt")
    sb.attach_file("customer", _customer(sb), tmp_path / "two.txt")
    with a.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM blobs")).scalar() == 1
        assert conn.execute(text("SELECT COUNT(*) FROM attachments")).scalar() == 2
    assert a.blobs.all_hashes() == b.blobs.all_hashes()


def test_a_damaged_chunk_is_refused_not_handed_out(two_desks, tmp_path):
    a, b = two_desks
    (tmp_path / "f.txt").write_bytes(b"original bytes")
    sa = Services(a, actor="alice")
    att = sa.attach_file("customer", _customer(sa), tmp_path / "f.txt")
    with a.engine.begin() as conn:
        conn.execute(text("UPDATE blob_chunks SET data = :d"), {"d": b"tampered bytes"})
    assert "does not match" in b.blobs.verify(att["sha256"])
    with pytest.raises(ArchiveError, match="damaged"):
        Services(b, actor="bob").attachment_path(att["id"])
    assert not list((tmp_path / "desk-b" / "attachments").glob("??/*"))  # nothing cached
