"""Who may do what in a team archive is enforced by PostgreSQL: real roles, real GRANTs and RLS."""

import uuid

import pytest
from sqlalchemy import text

from kbdesk.cli.main import main
from kbdesk.errors import NotAllowedError
from kbdesk.services import Services
from kbdesk.services.workflow import CaseWorkflow
from kbdesk.storage.archive import Archive


@pytest.fixture
def team(pg_server, pg_url, tmp_path):
    assert main(["team", "init", pg_url]) == 0
    prefix = "u" + uuid.uuid4().hex[:8] + "_"
    people = {role: prefix + role for role in ("reader", "engineer", "lead")}
    for role, name in people.items():
        assert main(["--archive", pg_url, "team", "add-user", name, "--role", role]) == 0
    db = pg_url.split("/")[3].split("?")[0]
    owner = Archive.open_team(pg_url, cache_root=tmp_path / "owner")
    customer = Services(owner, actor="owner").create("customer", {"name": "华东电商"})["id"]
    owner.close()
    yield pg_server, db, people, customer
    pg_server.drop_database(db)
    pg_server.drop_roles(prefix)
    pg_server.drop_roles(f"kbdesk_{db}_")


def _as(server, db, name, tmp_path):
    archive = Archive.open_team(server.url(db, user=name), cache_root=tmp_path / name)
    return archive, Services(archive, actor="typed name")


NEW_CASE = {"title": "RDS 连接数满 ERROR 1040 (HY000)", "category": "os_problem", "severity": "low"}


def test_a_reader_is_refused_a_write_in_words_and_nothing_changes(team, tmp_path):
    server, db, people, customer = team
    archive, reader = _as(server, db, people["reader"], tmp_path)
    with pytest.raises(NotAllowedError, match=r"does not allow that change.*nothing was changed"):
        reader.create("case", {**NEW_CASE, "customer_id": customer})
    assert reader.count("case") == 0
    archive.close()


def test_an_engineer_saves_cases_but_may_not_delete_or_mark_not_a_fault(team, tmp_path):
    server, db, people, customer = team
    archive, engineer = _as(server, db, people["engineer"], tmp_path)
    case = engineer.create("case", {**NEW_CASE, "customer_id": customer})
    with pytest.raises(NotAllowedError):
        CaseWorkflow(engineer).mark_not_a_fault(case["id"], "planned change")
    with pytest.raises(NotAllowedError):
        engineer.delete("case", case["id"])
    assert engineer.get("case", case["id"])["not_a_fault"] is False
    trail = engineer.list("audit", where={"record_type": "case", "record_id": case["id"]})
    assert [e["actor"] for e in trail] == [people["engineer"]]  # who logged in, not the typed name
    archive.close()


def test_a_lead_may_mark_not_a_fault_and_delete(team, tmp_path):
    server, db, people, customer = team
    archive, lead = _as(server, db, people["lead"], tmp_path)
    case = lead.create("case", {**NEW_CASE, "customer_id": customer})
    CaseWorkflow(lead).mark_not_a_fault(case["id"], "planned change")
    assert lead.get("case", case["id"])["not_a_fault"] is True
    lead.delete("case", case["id"])
    assert lead.count("case") == 0
    archive.close()


def test_the_cli_opens_a_team_archive_and_lists_its_people(team, capsys):
    server, db, people, _ = team
    url = server.url(db)
    assert main(["--archive", url, "team", "users"]) == 0
    listed = capsys.readouterr().out
    for role, name in people.items():
        assert f"{name}" in listed and role in listed
    assert main(["--archive", server.url(db, user=people["reader"]), "list", "customer"]) == 0
    assert "华东电商" in capsys.readouterr().out
    assert main(["--archive", server.url(db, user=people["reader"]), "info"]) == 0
    assert f"{people['reader']}@" in capsys.readouterr().out


def test_a_reader_writing_from_the_cli_gets_one_sentence_and_exit_1(team, tmp_path, capsys):
    server, db, people, _ = team
    lines = ['{"kbdesk": "export", "format": 1, "schema": 2, "exported_at": "2026-11-01T00:00:00+00:00"}',
             '{"type": "customer", "data": {"id": "cust-new", "name": "某银行"}}',
             '{"kbdesk": "end", "records": 1, "blobs": 0}']
    (tmp_path / "one.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    code = main(["--archive", server.url(db, user=people["reader"]), "import", str(tmp_path / "one.jsonl")])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "does not allow that change" in err and "Traceback" not in err
    with Archive.open_team(server.url(db), cache_root=tmp_path / "check") as a, a.engine.connect() as c:
        assert c.execute(text("SELECT COUNT(*) FROM customers")).scalar() == 1
