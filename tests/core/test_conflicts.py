"""Optimistic versioning: two people editing one record never lose a change silently."""

from __future__ import annotations

import pytest

from kbdesk.errors import ConflictError
from kbdesk.services import Services
from kbdesk.storage.archive import Archive
from kbdesk.storage.models import Case

pytestmark = pytest.mark.both_engines


@pytest.fixture
def second(archive, request, tmp_path, engine):
    """A second desktop on the same archive: its own Archive instance, its own user."""
    if engine == "sqlite":
        other = Archive.open(archive.root)
    else:
        other = Archive.open_team(request.getfixturevalue("pg_url"), cache_root=tmp_path / "desk-b")
    yield Services(other, actor="bob")
    other.close()


def _case(services: Services) -> dict:
    cust = services.create("customer", {"name": "Acme Bank"})
    services.create("category", {"code": "network", "name_zh": "网络问题", "name_en": "Network"})
    return services.create("case", {"customer_id": cust["id"], "title": "Login fails", "phenomenon": "403",
                                     "category": "network", "severity": "low"})


def test_get_exposes_row_version_and_every_save_bumps_it(services):
    case = _case(services)
    assert services.get("case", case["id"])["row_version"] == 1
    services.update("case", case["id"], {"title": "Login fails after upgrade"})
    assert services.get("case", case["id"])["row_version"] == 2
    services.update("case", case["id"], {"phenomenon": "HTTP 403"}, expected_version=2)
    assert services.get("case", case["id"])["row_version"] == 3


def test_second_save_over_a_changed_record_is_refused_with_both_versions(services, second):
    case = _case(services)
    mine_opened = services.get("case", case["id"])       # alice opens the case
    theirs_opened = second.get("case", case["id"])       # bob opens it too
    assert mine_opened["row_version"] == theirs_opened["row_version"] == 1

    second.update("case", case["id"], {"title": "Bob's title", "phenomenon": "bob saw 500"},
                  expected_version=theirs_opened["row_version"])

    with pytest.raises(ConflictError) as caught:
        services.update("case", case["id"], {"title": "Alice's title"},
                        expected_version=mine_opened["row_version"])
    err = caught.value
    assert err.expected_version == 1 and err.stored_version == 2
    assert err.mine == {"title": "Alice's title"}
    assert err.theirs["title"] == "Bob's title" and err.theirs["phenomenon"] == "bob saw 500"
    assert err.changed_by == (services.archive.db_user or "bob") and err.changed_at is not None
    assert err.fields == ["title"]
    assert f"changed by {services.archive.db_user or 'bob'}" in str(err) and "nothing was saved" in str(err)

    # Nothing was written: bob's change is intact, no audit entry for alice's attempt.
    stored = services.get("case", case["id"])
    assert stored["title"] == "Bob's title" and stored["row_version"] == 2
    actors = [e["actor"] for e in services.list("audit", where={"record_id": case["id"]})]
    assert len(actors) == 2  # the create and bob's save only (a team archive names the login)

    # Alice merges: saving over the version she has now seen works.
    services.update("case", case["id"], {"title": "Alice's title"}, expected_version=err.stored_version)
    stored = second.get("case", case["id"])
    assert stored["title"] == "Alice's title" and stored["phenomenon"] == "bob saw 500"
    assert stored["row_version"] == 3


def test_a_save_without_expected_version_still_bumps_and_is_seen_by_the_other(services, second):
    case = _case(services)
    opened = second.get("case", case["id"])
    services.update("case", case["id"], {"title": "changed"})  # e.g. a CLI edit
    with pytest.raises(ConflictError):
        second.update("case", case["id"], {"phenomenon": "x"}, expected_version=opened["row_version"])
    assert services.get("case", case["id"])["phenomenon"] == "403"


def test_a_write_racing_another_between_load_and_update_is_refused(services, second, engine):
    if engine == "sqlite":
        pytest.skip("SQLite's write lock serialises the two transactions")
    case = _case(services)
    with pytest.raises(ConflictError) as caught:
        with services.unit_of_work() as uow:
            loaded = uow.session.get(Case, case["id"])  # loaded at version 1
            second.update("case", case["id"], {"title": "Bob first"})  # commits version 2
            uow.update("case", loaded, {"title": "Alice second"})  # UPDATE … WHERE row_version = 1
    assert caught.value.theirs["title"] == "Bob first" and caught.value.mine == {"title": "Alice second"}
    assert caught.value.changed_by == (services.archive.db_user or "bob")
    assert services.get("case", case["id"])["title"] == "Bob first"


def test_a_delete_racing_an_update_is_refused_and_deletes_nothing(services, second, engine):
    if engine == "sqlite":
        pytest.skip("SQLite's write lock serialises the two transactions")
    case = _case(services)
    with pytest.raises(ConflictError) as caught:
        with services.unit_of_work() as uow:
            loaded = uow.session.get(Case, case["id"])  # loaded at version 1
            second.update("case", case["id"], {"title": "Bob first"})  # commits version 2
            uow.delete("case", loaded)
    assert caught.value.stored_version == 2 and caught.value.changed_by == (services.archive.db_user or "bob")
    assert services.get("case", case["id"])["title"] == "Bob first"
