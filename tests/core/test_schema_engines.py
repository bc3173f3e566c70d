"""One set of migrations: a new SQLite archive, an upgraded old one and a new
PostgreSQL archive all end with the schema the models describe."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from kbdesk.errors import ArchiveError
from kbdesk.storage import schema
from kbdesk.storage.archive import Archive
from kbdesk.storage.models import Base

from .test_archive import _make_schema1_archive


def _differences(conn) -> list:
    diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # SQLite reports an INTEGER PRIMARY KEY AUTOINCREMENT as nullable; it is not.
    return [d for d in diffs if not (isinstance(d, list) and d[0][0] == "modify_nullable"
                                     and d[0][2] == "index_queue" and d[0][3] == "seq")]


def test_a_new_sqlite_archive_matches_the_models(tmp_path):
    a = Archive.create(tmp_path / "a")
    with a.engine.connect() as conn:
        assert _differences(conn) == []
        assert schema.current_revision(conn) == schema.HEAD
    a.close()


def test_an_old_sqlite_archive_is_upgraded_to_the_same_schema(tmp_path):
    _make_schema1_archive(tmp_path / "old")
    a = Archive.open(tmp_path / "old")
    with a.engine.connect() as conn:
        assert _differences(conn) == []
        assert schema.current_revision(conn) == schema.HEAD
        names = [r[0] for r in conn.execute(text("SELECT name FROM migrations ORDER BY name"))]
    fresh = Archive.create(tmp_path / "new")
    with fresh.engine.connect() as conn:
        assert [r[0] for r in conn.execute(text("SELECT name FROM migrations ORDER BY name"))] == names
    assert len(names) == schema.SCHEMA_VERSION
    a.close()
    fresh.close()


def test_the_same_revisions_build_the_schema_on_postgresql(pg_url):
    engine = create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        schema.upgrade(conn, 0)
    with engine.connect() as conn:
        assert _differences(conn) == []
        assert schema.current_revision(conn) == schema.HEAD
        assert conn.execute(text("SELECT COUNT(*) FROM migrations")).scalar() == schema.SCHEMA_VERSION
    engine.dispose()


def test_an_upgrade_that_fails_leaves_postgresql_at_the_old_revision(pg_url):
    engine = create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE feed_head (id integer)"))  # the step will collide with it
    with pytest.raises(ProgrammingError, match="feed_head"), engine.begin() as conn:
        schema.upgrade(conn, 0)
    with engine.connect() as conn:
        tables = set(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname='public'")).scalars())
    assert tables == {"feed_head"}  # transactional DDL: nothing of the failed upgrade is left
    engine.dispose()


def _baseline_team_archive(url):
    """A team archive as a kbdesk at schema 9 (the baseline) left it."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        schema.upgrade(conn, 0, target=schema.BASELINE)
        conn.execute(text("INSERT INTO meta VALUES ('app', 'kbdesk-archive')"))
        conn.execute(text("INSERT INTO customers (id, name, organisation, plan_level, service_manager,"
                          " technical_manager, region, notes, created_at, updated_at) VALUES"
                          " ('c1', '旧客户', '', 'standard', '', '', '', '', now(), now())"))
    engine.dispose()


def test_a_team_archive_is_upgraded_after_a_pg_dump_of_it(pg_url, tmp_path):
    import subprocess

    _baseline_team_archive(pg_url)
    a = Archive.open_team(pg_url, cache_root=tmp_path / "cache")
    assert a.upgraded_from == 9 and a.schema_version() == schema.SCHEMA_VERSION
    listing = subprocess.run(["pg_restore", "--list", str(a.upgrade_dump)], capture_output=True, text=True,
                             check=True).stdout
    assert "TABLE DATA public customers" in listing and "feed_head" not in listing  # the old schema
    with a.read_session() as s:
        assert s.execute(text("SELECT name FROM customers")).scalar() == "旧客户"
    a.close()


def test_no_dump_no_upgrade(pg_url, tmp_path, monkeypatch):
    _baseline_team_archive(pg_url)
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))  # pg_dump not found
    with pytest.raises(ArchiveError, match="pg_dump is not installed"):
        Archive.open_team(pg_url, cache_root=tmp_path / "cache")
    engine = create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM migrations")).scalar() == 9  # untouched
    engine.dispose()
