"""Each desktop keeps its own index of the team archive, kept in step by the change feed."""

import json

import pytest

from kbdesk.services import Services
from kbdesk.services.search import open_search
from kbdesk.storage.archive import Archive


@pytest.fixture
def team(pg_url, tmp_path):
    admin = Archive.create_team(pg_url, cache_root=tmp_path / "admin")
    customer = Services(admin, actor="admin").create("customer", {"name": "华东电商"})["id"]
    admin.close()
    return pg_url, customer


def _case(services, customer, title):
    return services.create("case", {"customer_id": customer, "title": title, "category": "os_problem",
                                    "severity": "low"})


def _desk(url, root):
    archive = Archive.open_team(url, cache_root=root)
    search = open_search(archive)
    search.open()
    return archive, search


def test_a_case_saved_on_one_desk_is_found_on_another(team, tmp_path):
    url, customer = team
    a, search_a = _desk(url, tmp_path / "a")
    b, search_b = _desk(url, tmp_path / "b")
    _case(Services(a, actor="alice"), customer, "Redis主从延迟 ERR max clients reached")
    search_a.sync()  # A's own index first: B's must not lose what A applied
    assert search_b.search("主从延迟").total == 0
    report = search_b.sync()
    assert report.upserted == 1
    assert search_b.search("主从延迟").total == 1
    assert search_a.search("主从延迟").total == 1
    for s, arch in ((search_a, a), (search_b, b)):
        s.close()
        arch.close()


def test_a_desk_that_was_away_catches_up_when_it_opens(team, tmp_path):
    url, customer = team
    b, search_b = _desk(url, tmp_path / "b")
    search_b.close()
    b.close()
    a = Archive.open_team(url, cache_root=tmp_path / "a")
    alice = Services(a, actor="alice")
    for n in range(30):
        _case(alice, customer, f"ORA-00600 internal error batch {n}")
    a.close()
    b = Archive.open_team(url, cache_root=tmp_path / "b")
    search_b = open_search(b)
    report = search_b.open()
    assert not report.rebuilt and report.upserted == 30  # only the 30 changes, not a rebuild
    assert search_b.search("ORA-00600").total == 30
    state = json.loads((tmp_path / "b" / "team-feed.json").read_text("utf-8"))
    with b.engine.connect() as conn:
        from kbdesk.storage import feed

        assert state["revision"] == feed.head(conn)
    search_b.close()
    b.close()


def test_one_transaction_is_one_revision_and_never_split(team, tmp_path):
    url, customer = team
    a, search_a = _desk(url, tmp_path / "a")
    alice = Services(a, actor="alice")
    ids = [_case(alice, customer, f"kafka lag {n}")["id"] for n in range(5)]
    with a.engine.connect() as conn:
        from sqlalchemy import text

        revisions = conn.execute(text("SELECT DISTINCT revision FROM index_queue ORDER BY 1")).scalars().all()
    assert None not in revisions and revisions == sorted(revisions)
    assert len(revisions) == len(ids)  # one per saved case (customers are not indexed)
    source = search_a.source
    with source.reading() as reader:
        first = reader.pending(1)
    assert {r.seq for r in first} == {revisions[0]}
    search_a.close()
    a.close()
