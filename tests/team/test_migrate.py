"""`kbdesk migrate --to URL`: a SQLite archive copied into an empty team archive, all or nothing."""

import hashlib

import pytest
from sqlalchemy import func, select, text

from kbdesk.errors import KbdeskError
from kbdesk.locate import create_demo
from kbdesk.services import Services
from kbdesk.storage.archive import Archive
from kbdesk.storage.models import Base
from kbdesk.transfer.jsonl import export_jsonl
from kbdesk.transfer.to_team import migrate_to_team

SKIP = {"index_queue", "meta", "migrations", "feed_head", "blobs", "blob_chunks"}


def _counts(engine):
    with engine.connect() as c:
        return {t.name: c.execute(select(func.count()).select_from(t)).scalar_one()
                for t in Base.metadata.sorted_tables if t.name not in SKIP}


@pytest.fixture
def demo(tmp_path):
    a = create_demo(tmp_path / "demo")
    yield a
    a.close()


def test_demo_migrates_with_same_rows_records_and_attachments(demo, pg_url, tmp_path):
    sv = Services(demo, actor="alice")
    src = tmp_path / "note.bin"
    payload = bytes(range(256)) * 9000  # > 2 MiB: three chunks
    src.write_bytes(payload)
    cust = sv.create("customer", {"name": "华东电商"})["id"]
    att = sv.attach_file("customer", cust, src)
    migrate_to_team(demo, pg_url, cache_root=tmp_path / "cache")
    team = Archive.open_team(pg_url, cache_root=tmp_path / "cache2")
    try:
        assert _counts(team.engine) == _counts(demo.engine)
        assert sum(_counts(team.engine).values()) > 50
        st = Services(team, actor="alice")
        case = sv.list("case", limit=1)[0]
        assert st.get("case", case["id"]) == sv.get("case", case["id"])
        assert st.attachment_path(att["id"]).read_bytes() == payload
        assert hashlib.sha256(payload).hexdigest() == att["sha256"]
        with team.engine.connect() as c:
            assert c.execute(text("SELECT revision FROM feed_head")).scalar() == 0
        a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
        export_jsonl(demo, a)
        export_jsonl(team, b)
        def records(path):  # everything but the header (it carries the export time)
            return sorted(line for line in path.read_text("utf-8").splitlines() if '"exported_at"' not in line)
        assert records(a) == records(b)
        new = st.create("customer", {"name": "新客户"})["id"]
        fresh = st.create("case", {"customer_id": new, "title": "迁移后新建", "category": case["category"],
                                   "severity": "low", "reported_at": case["reported_at"]})
        numbers = [c["number"] for c in sv.list("case", limit=10_000)]
        assert fresh["number"] not in numbers  # the copied case counters go on from the copied numbers
    finally:
        team.close()


def test_non_empty_target_is_refused(demo, pg_url, tmp_path):
    migrate_to_team(demo, pg_url, cache_root=tmp_path / "c1")
    with pytest.raises(KbdeskError, match=r"already holds|not empty"):
        migrate_to_team(demo, pg_url, cache_root=tmp_path / "c2")


def test_failure_midway_leaves_target_empty(demo, pg_url, tmp_path):
    # a case SQLite takes but PostgreSQL refuses: a number longer than VARCHAR(40), the last case copied
    with demo.engine.begin() as c:
        row = dict(c.execute(text("SELECT * FROM cases LIMIT 1")).mappings().one())
        row["id"], row["number"] = "zz-broken", "Z" * 300
        c.execute(text(f"INSERT INTO cases ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})"), row)
    with pytest.raises(KbdeskError, match="rolled back"):
        migrate_to_team(demo, pg_url, cache_root=tmp_path / "c")
    team = Archive.open_team(pg_url, cache_root=tmp_path / "c3")
    try:
        counts = _counts(team.engine)
        assert counts["cases"] == 0 and counts["customers"] == 0
    finally:
        team.close()


def test_cli_migrate_reports_and_refuses_a_second_run(tmp_path, pg_url, monkeypatch, capsys):
    from kbdesk.cli.main import main

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    create_demo(tmp_path / "src").close()
    assert main(["--archive", str(tmp_path / "src"), "migrate", "--to", pg_url]) == 0
    assert "Copied" in capsys.readouterr().out
    assert main(["--archive", str(tmp_path / "src"), "migrate", "--to", pg_url]) != 0
    assert "already holds" in capsys.readouterr().err
