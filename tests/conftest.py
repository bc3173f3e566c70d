import os

import pytest

# Qt must never look for a display in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path, monkeypatch):
    """No test reads or writes the user's real settings or archive."""
    monkeypatch.delenv("KBDESK_HOME", raising=False)
    monkeypatch.setenv("KBDESK_CONFIG", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "both_engines: run the test on a SQLite archive and on a team archive in PostgreSQL")


def pytest_generate_tests(metafunc):
    # Tests marked both_engines get their `archive` twice: SQLite, then PostgreSQL.
    if "engine" in metafunc.fixturenames:
        both = metafunc.definition.get_closest_marker("both_engines") is not None
        metafunc.parametrize("engine", ["sqlite", "postgresql"] if both else ["sqlite"])


@pytest.fixture
def archive(request, tmp_path, engine):
    from kbdesk.storage.archive import Archive

    if engine == "sqlite":
        a = Archive.create(tmp_path / "archive")
    else:
        url = request.getfixturevalue("pg_url")
        a = Archive.create_team(url, cache_root=tmp_path / "team-cache")
    yield a
    a.close()


@pytest.fixture
def services(archive):
    from kbdesk.services import Services

    return Services(archive, actor="tester")

# A field without a label fails the test instead of showing its English name (kbdesk/ui/labels.py).
os.environ.setdefault("KBDESK_STRICT_LABELS", "1")


# --- a real PostgreSQL server for the team archive (tests/pgserver.py) ------------
@pytest.fixture(scope="session")
def pg_server():
    import pgserver

    server = pgserver.from_environment()
    if server is not None:
        yield server
        return
    if pgserver.bindir() is None:
        if os.environ.get("KBDESK_REQUIRE_PG") == "1":
            pytest.fail("KBDESK_REQUIRE_PG=1 but no PostgreSQL server programs are installed")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    local = pgserver.LocalServer()
    try:
        yield local.start()
    finally:
        local.stop()


@pytest.fixture
def pg_url(pg_server):
    """An empty database of its own on the real server, dropped afterwards."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)
