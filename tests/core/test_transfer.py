import json

import pytest

from kbdesk.errors import ImportRejected
from kbdesk.services import Services
from kbdesk.services.plain import row_to_dict
from kbdesk.storage.archive import Archive
from kbdesk.storage.registry import RECORD_TYPES
from kbdesk.transfer.csv_cases import import_cases_csv
from kbdesk.transfer.jsonl import export_jsonl, import_jsonl

from .sample import fill


def dump(archive):
    """Every record of every type, keyed by primary key; audit separately."""
    out = {}
    with archive.read_session() as s:
        for rtype, model in RECORD_TYPES.items():
            out[rtype] = {str(next(iter(row_to_dict(o).values()))): row_to_dict(o)
                          for o in s.query(model)}
    return out


def assert_same_archive(src, dst):
    a, b = dump(src), dump(dst)
    for rtype in RECORD_TYPES:
        if rtype == "audit":
            continue
        assert a[rtype] == b[rtype], rtype
    # The import adds one "import" entry per record; the history itself is kept as it was.
    assert all(b["audit"][k] == v for k, v in a["audit"].items())
    added = [e for k, e in b["audit"].items() if k not in a["audit"]]
    assert {e["action"] for e in added} == {"import"}
    builtin = sum(1 for c in a["category"].values() if c["builtin"])
    assert len(added) == sum(len(a[t]) for t in RECORD_TYPES) - builtin
    for att in a["attachment"].values():
        assert dst.blobs.read(att["sha256"]) == src.blobs.read(att["sha256"])


def test_export_then_import_gives_the_same_archive(services, archive, tmp_path):
    fill(services, tmp_path)
    export_jsonl(archive, tmp_path / "out.jsonl")
    with Archive.create(tmp_path / "copy") as copy:
        report = import_jsonl(copy, tmp_path / "out.jsonl")
        assert report.counts["case"] == 2 and report.blobs_added == 1
        assert report.already_present == 4  # the built-in categories
        assert_same_archive(archive, copy)


def test_demo_archive_round_trips_record_for_record(tmp_path):
    from kbdesk.locate import create_demo
    from kbdesk.paths import demo_source

    if not demo_source().is_file():
        pytest.fail("data/demo.jsonl is missing: run data/build_demo.py")
    with create_demo(tmp_path / "demo") as demo:
        assert Services(demo, "t").count("case") >= 300
        export_jsonl(demo, tmp_path / "demo.jsonl")
        with Archive.create(tmp_path / "copy") as copy:
            import_jsonl(copy, tmp_path / "demo.jsonl")
            assert_same_archive(demo, copy)


# --- bad input: rejected with line numbers, archive unchanged ---------------

HEADER = {"kbdesk": "export", "format": 1, "schema": 2}


def write_lines(path, lines, trailer=True):
    recs = sum(1 for ln in lines if isinstance(ln, dict) and ln.get("type") not in (None, "blob"))
    blobs = sum(1 for ln in lines if isinstance(ln, dict) and ln.get("type") == "blob")
    out = [json.dumps(HEADER)] + [ln if isinstance(ln, str) else json.dumps(ln, ensure_ascii=False)
                                  for ln in lines]
    if trailer:
        out.append(json.dumps({"kbdesk": "end", "records": recs, "blobs": blobs}))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


GOOD_CUSTOMER = {"type": "customer", "data": {"id": "cust-1", "name": "客户一"}}
GOOD_CASE = {"type": "case", "data": {"id": "case-1", "customer_id": "cust-1", "title": "磁盘满",
                                      "category": "os_problem", "severity": "high",
                                      "reported_at": "2026-03-01T10:00:00+08:00"}}


def rejected(archive, path):
    before = dump(archive)
    with pytest.raises(ImportRejected) as err:
        import_jsonl(archive, path)
    assert dump(archive) == before, "a rejected import changed the archive"
    assert "archive unchanged" in str(err.value)
    return err.value.problems


def test_good_file_imports(archive, tmp_path):
    write_lines(tmp_path / "f.jsonl", [GOOD_CUSTOMER, GOOD_CASE])
    report = import_jsonl(archive, tmp_path / "f.jsonl")
    assert report.counts == {"customer": 1, "case": 1}
    assert Services(archive, "t").get("case", "case-1")["number"] == "CS-2026-0001"


def test_malformed_json_is_reported_by_line(archive, tmp_path):
    write_lines(tmp_path / "f.jsonl", [GOOD_CUSTOMER, '{"type": "case", "data": {"title": ', GOOD_CASE])
    problems = rejected(archive, tmp_path / "f.jsonl")
    assert problems[0][0] == 3 and "not valid JSON" in problems[0][1]


def test_wrong_types_are_reported_by_line_and_field(archive, tmp_path):
    bad = {"type": "case", "data": {**GOOD_CASE["data"], "id": "case-2", "severity": 3,
                                    "reported_at": "03/01/2026", "tags": "disk"}}
    write_lines(tmp_path / "f.jsonl", [GOOD_CUSTOMER, GOOD_CASE, bad])
    problems = rejected(archive, tmp_path / "f.jsonl")
    assert {n for n, _ in problems} == {4}
    text = " | ".join(m for _, m in problems)
    assert "case.severity must be text" in text
    assert "case.reported_at '03/01/2026' is not a date-time" in text
    assert "case.tags must be a list of texts" in text


def test_unknown_references_and_fields_are_reported(archive, tmp_path):
    orphan = {"type": "case", "data": {**GOOD_CASE["data"], "id": "case-2", "customer_id": "ghost"}}
    typo = {"type": "customer", "data": {"id": "cust-2", "name": "二", "nmae": "x"}}
    write_lines(tmp_path / "f.jsonl", [GOOD_CUSTOMER, orphan, typo,
                                       {"type": "gadget", "data": {}}])
    problems = rejected(archive, tmp_path / "f.jsonl")
    assert (3, "case.customer_id refers to unknown customer 'ghost'") in problems
    assert (4, "customer.nmae is not a field of customer") in problems
    assert (5, "unknown record type 'gadget'") in problems


def test_truncated_file_is_refused(archive, tmp_path):
    write_lines(tmp_path / "f.jsonl", [GOOD_CUSTOMER, GOOD_CASE], trailer=False)
    problems = rejected(archive, tmp_path / "f.jsonl")
    assert "end line is missing" in problems[-1][1]
    # Cut in the middle of a line.
    write_lines(tmp_path / "g.jsonl", [GOOD_CUSTOMER, GOOD_CASE])
    raw = (tmp_path / "g.jsonl").read_bytes()
    (tmp_path / "g.jsonl").write_bytes(raw[: raw.index(b'"title"') + 12])
    problems = rejected(archive, tmp_path / "g.jsonl")
    assert problems[0][0] == 3 and "cut off" in problems[0][1]


def test_missing_lines_are_detected_by_the_trailer(archive, tmp_path):
    write_lines(tmp_path / "f.jsonl", [GOOD_CUSTOMER, GOOD_CASE])
    lines = (tmp_path / "f.jsonl").read_text().splitlines()
    del lines[2]
    (tmp_path / "f.jsonl").write_text("\n".join(lines) + "\n")
    problems = rejected(archive, tmp_path / "f.jsonl")
    assert "lines are missing" in problems[-1][1]


def test_duplicates_and_existing_ids_are_refused(archive, tmp_path):
    write_lines(tmp_path / "f.jsonl", [GOOD_CUSTOMER, GOOD_CASE])
    import_jsonl(archive, tmp_path / "f.jsonl")
    write_lines(tmp_path / "g.jsonl", [GOOD_CUSTOMER, {"type": "customer", "data": {"name": "客户一"}}])
    problems = rejected(archive, tmp_path / "g.jsonl")
    assert (2, "customer 'cust-1' already exists in the archive") in problems
    assert (2, "customer.name '客户一' already exists in the archive") in problems
    assert (3, "customer.name '客户一' already used on line 2") in problems


def test_damaged_blob_and_missing_content_are_refused(archive, tmp_path):
    att = {"type": "attachment", "data": {"owner_type": "customer", "owner_id": "cust-1",
                                          "sha256": "ab" * 32, "filename": "x.log", "size": 3}}
    blob = {"type": "blob", "sha256": "cd" * 32, "size": 3, "data": "YWJj"}
    write_lines(tmp_path / "f.jsonl", [GOOD_CUSTOMER, att, blob])
    problems = rejected(archive, tmp_path / "f.jsonl")
    assert any(n == 4 and "does not match its sha256" in m for n, m in problems)
    assert any(n == 3 and "neither in the file nor stored" in m for n, m in problems)


def test_not_a_kbdesk_file(archive, tmp_path):
    (tmp_path / "f.jsonl").write_text('{"hello": 1}\n')
    assert "header" in rejected(archive, tmp_path / "f.jsonl")[0][1]
    (tmp_path / "g.jsonl").write_bytes(b"\xff\xfe\x00garbage")
    assert "not UTF-8" in rejected(archive, tmp_path / "g.jsonl")[0][1]


def test_cut_inside_a_chinese_character(archive, tmp_path):
    write_lines(tmp_path / "f.jsonl", [GOOD_CUSTOMER, GOOD_CASE])
    raw = (tmp_path / "f.jsonl").read_bytes()
    cut = raw.index("磁盘".encode()) + 1  # in the middle of a 3-byte character
    (tmp_path / "f.jsonl").write_bytes(raw[:cut])
    problems = rejected(archive, tmp_path / "f.jsonl")
    assert problems[0][0] == 3 and "cut off" in problems[0][1]


def test_export_failure_leaves_no_partial_file(archive, tmp_path):
    from kbdesk.errors import KbdeskError

    target = tmp_path / "missing-dir" / "out.jsonl"
    with pytest.raises(KbdeskError, match="Nothing was written"):
        export_jsonl(archive, target)
    assert not target.exists()


# --- CSV --------------------------------------------------------------------

CSV = """标题,现象,级别,产品,客户
磁盘写满,errno 28 No space left on device,high,ECS,客户一
连接超时,ORA-12170: TNS:Connect timeout,urgent,RDS,客户一
"""


def test_csv_import_with_column_mapping(archive, tmp_path):
    Services(archive, "t").create("customer", {"name": "客户一"})
    (tmp_path / "c.csv").write_text("\ufeff" + CSV, encoding="utf-8")
    report = import_cases_csv(archive, tmp_path / "c.csv",
                              {"title": "标题", "phenomenon": "现象", "severity": "级别",
                               "product": "产品", "customer": "客户"},
                              {"category": "os_problem"})
    assert report.counts == {"case": 2}
    cases = Services(archive, "t").list("case", order_by="number")
    assert [c["title"] for c in cases] == ["磁盘写满", "连接超时"]
    assert cases[1]["phenomenon"].startswith("ORA-12170")


def test_csv_rejects_bad_rows_by_line(archive, tmp_path):
    Services(archive, "t").create("customer", {"name": "客户一"})
    bad = CSV + "坏行,x,enormous,ECS,客户一\n未知客户,x,low,ECS,没有这个客户\n"
    (tmp_path / "c.csv").write_text(bad, encoding="utf-8")
    before = dump(archive)
    with pytest.raises(ImportRejected) as err:
        import_cases_csv(archive, tmp_path / "c.csv",
                         {"title": "标题", "severity": "级别", "customer": "客户"},
                         {"category": "os_problem"})
    assert dump(archive) == before
    lines = dict(err.value.problems)
    assert "not one of" in lines[4]
    assert "unknown customer" in lines[5]


def test_csv_mapping_errors_are_clear(archive, tmp_path):
    (tmp_path / "c.csv").write_text(CSV, encoding="utf-8")
    with pytest.raises(ImportRejected, match="no column named '题目'"):
        import_cases_csv(archive, tmp_path / "c.csv", {"title": "题目"})
    with pytest.raises(ImportRejected, match="not case fields"):
        import_cases_csv(archive, tmp_path / "c.csv", {"titel": "标题"})


import pytest as _both_engines_pytest  # noqa: E402

pytestmark = _both_engines_pytest.mark.both_engines
