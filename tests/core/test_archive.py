import hashlib
import sqlite3

import pytest
from sqlalchemy import text

from kbdesk.errors import ArchiveError, ArchiveTooNewError, NotAnArchiveError
from kbdesk.storage.archive import Archive
from kbdesk.storage.migrations import MIGRATIONS
from kbdesk.storage.models import Base, Customer
from kbdesk.storage.schema import SCHEMA_VERSION


def _snapshot(folder):
    # SQLite makes its -shm/-wal side files on any read of a WAL database;
    # they hold no data of ours, so "unchanged" means every other byte.
    return {p.relative_to(folder): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.endswith(("-shm", "-wal"))}


def test_new_archive_is_one_folder_with_its_parts(tmp_path):
    a = Archive.create(tmp_path / "a")
    assert (tmp_path / "a" / "kbdesk.sqlite").is_file()
    assert (tmp_path / "a" / "attachments").is_dir()
    assert (tmp_path / "a" / "index").is_dir()
    assert a.schema_version() == SCHEMA_VERSION
    a.close()


def test_connections_use_wal_foreign_keys_and_a_busy_timeout(archive):
    with archive.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000


def test_savepoints_roll_back_only_the_inner_part(archive):
    with archive.session() as s:
        s.add(Customer(name="kept"))
        s.flush()
        nested = s.begin_nested()
        s.add(Customer(name="dropped"))
        s.flush()
        nested.rollback()
    with archive.read_session() as s:
        names = s.scalars(text("SELECT name FROM customers")).all()
    assert names == ["kept"]


def test_failed_unit_of_work_leaves_nothing(archive):
    with pytest.raises(RuntimeError), archive.session() as s:
        s.add(Customer(name="half"))
        s.flush()
        raise RuntimeError("crash in the middle of a write")
    with archive.read_session() as s:
        assert s.scalar(text("SELECT COUNT(*) FROM customers")) == 0


def test_schema_matches_the_models(archive):
    """Migrations from scratch give exactly the tables and columns the ORM maps."""
    with archive.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            cols = {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table.name})")}
            assert cols == set(table.columns.keys()), table.name


def test_a_folder_that_is_not_an_archive_is_refused_untouched(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "notes.txt").write_text("hello")
    before = _snapshot(folder)
    with pytest.raises(NotAnArchiveError, match="not a kbdesk archive"):
        Archive.open(folder)
    with pytest.raises(ArchiveError, match="not empty"):
        Archive.create(folder)
    assert _snapshot(folder) == before


def test_another_sqlite_database_is_refused_untouched(tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    conn = sqlite3.connect(folder / "kbdesk.sqlite")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = _snapshot(folder)
    with pytest.raises(NotAnArchiveError, match="not a kbdesk archive"):
        Archive.open(folder)
    assert _snapshot(folder) == before


def test_garbage_file_named_like_the_database_is_refused(tmp_path):
    folder = tmp_path / "junk"
    folder.mkdir()
    (folder / "kbdesk.sqlite").write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(NotAnArchiveError):
        Archive.open(folder)


def test_an_archive_from_a_newer_kbdesk_is_refused_untouched(tmp_path):
    a = Archive.create(tmp_path / "a")
    with a.engine.begin() as conn:
        conn.execute(text("INSERT INTO migrations VALUES ('0099_future', '2030-01-01')"))
    a.close()
    before = _snapshot(tmp_path / "a")
    with pytest.raises(ArchiveTooNewError, match="newer kbdesk"):
        Archive.open(tmp_path / "a")
    assert _snapshot(tmp_path / "a") == before


def _make_schema1_archive(root):
    """An archive exactly as kbdesk with schema 1 wrote it, with data in it."""
    root.mkdir()
    conn = sqlite3.connect(root / "kbdesk.sqlite")
    conn.isolation_level = None
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{root / 'kbdesk.sqlite'}")
    with engine.begin() as c:
        MIGRATIONS[0][1](c)
        c.execute(text("INSERT INTO migrations VALUES ('0001_initial', '2026-01-01 00:00:00')"))
        c.execute(text("INSERT INTO meta VALUES ('app', 'kbdesk-archive')"))
        c.execute(text("INSERT INTO customers (id, name, organisation, plan_level, service_manager,"
                       " technical_manager, region, notes, created_at, updated_at) VALUES"
                       " ('c1', '旧客户', '', 'standard', '', '', '', '', '2026-01-01', '2026-01-01')"))
    engine.dispose()
    conn.close()


def test_schema_1_archive_is_upgraded_keeping_its_data(tmp_path):
    root = tmp_path / "old"
    _make_schema1_archive(root)
    a = Archive.open(root)
    assert a.upgraded_from == 1
    assert a.schema_version() == SCHEMA_VERSION
    with a.read_session() as s:
        assert s.get(Customer, "c1").name == "旧客户"
        assert s.scalar(text("SELECT COUNT(*) FROM index_queue")) == 0
    assert a.meta("index_rebuild_needed") == "1"
    assert (root / "kbdesk.sqlite.schema1.bak").is_file()
    a.close()
    Archive.open(root).close()  # opening again changes nothing more
