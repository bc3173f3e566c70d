"""Case import from spreadsheets as Chinese Excel writes them: GB18030, UTF-16, UTF-8-BOM, .xlsx."""

from __future__ import annotations

from datetime import UTC, datetime

import openpyxl
import pytest

from kbdesk.cli.main import main
from kbdesk.errors import ImportRejected
from kbdesk.services import Services
from kbdesk.transfer.csv_cases import import_cases_csv
from kbdesk.transfer.spreadsheet import read_table
from kbdesk.transfer.text_encoding import detect_encoding

ROWS = [
    ["标题", "现象", "严重性", "上报时间", "客户"],
    ["磁盘写满", "errno 28 设备上没有空间", "high", "2026-11-30 09:41", "华东某银行"],
    ["连接超时", "ORA-12170: TNS:连接超时", "urgent", "2026-12-01 22:05", "华东某银行"],
]
MAPPING = {"title": "标题", "phenomenon": "现象", "severity": "严重性", "reported_at": "上报时间"}
CSV_TEXT = "".join(",".join(r) + "\r\n" for r in ROWS)  # Excel writes CRLF


@pytest.fixture
def bank(services):
    return services.create("customer", {"name": "华东某银行"})


def _cases(archive):
    return Services(archive, "t").list("case", order_by="title")


@pytest.mark.parametrize("encoding, prefix, how", [
    ("gb18030", b"", "detected"),
    ("gbk", b"", "detected"),
    ("utf-16-le", b"\xff\xfe", "bom"),  # Excel "Unicode text"
    ("utf-8", b"\xef\xbb\xbf", "bom"),  # Excel "CSV UTF-8"
])
def test_chinese_excel_csv_encodings_import(archive, tmp_path, bank, encoding, prefix, how):
    path = tmp_path / "cases.csv"
    path.write_bytes(prefix + CSV_TEXT.encode(encoding))
    table = read_table(path)
    assert table.header == ROWS[0] and table.how == how
    report = import_cases_csv(archive, path, MAPPING, {"category": "os_problem", "customer": "华东某银行"})
    assert report.counts == {"case": 2}
    cases = _cases(archive)
    assert [c["title"] for c in cases] == ["磁盘写满", "连接超时"]
    assert cases[0]["phenomenon"] == "errno 28 设备上没有空间"
    # A spreadsheet time has no zone: it is the plan's (Beijing) time.
    assert cases[0]["reported_at"] == datetime(2026, 11, 30, 1, 41, tzinfo=UTC)


def test_detection_prefers_bom_then_utf8():
    assert detect_encoding("\ufeff标题".encode("utf-16-be")) == ("utf-16", "bom")
    assert detect_encoding("标题,现象".encode()) == ("utf-8", "utf-8")
    assert detect_encoding("标题,现象,严重性\n磁盘写满,设备上没有空间,高\n".encode("gbk"))[0] == "gb18030"


def test_encoding_override_and_bad_encoding_name(archive, tmp_path, bank):
    path = tmp_path / "cases.csv"
    path.write_bytes(CSV_TEXT.encode("gb18030"))
    with pytest.raises(ImportRejected, match=r"read as iso8859-1 .as given.*--encoding"):
        import_cases_csv(archive, path, MAPPING, {"customer": "华东某银行"}, encoding="latin-1")
    with pytest.raises(ImportRejected, match="not an encoding name"):
        import_cases_csv(archive, path, MAPPING, encoding="no-such-codec")
    with pytest.raises(ImportRejected, match=r"line 1: the file is not valid utf-8 text"):
        import_cases_csv(archive, path, MAPPING, encoding="utf-8")
    assert _cases(archive) == []


def test_xlsx_first_sheet_or_named_sheet(archive, tmp_path, bank):
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active.append(["这一页只是说明"])
    sheet = book.create_sheet("工单")
    for row in ROWS:
        sheet.append(row)
    sheet["D2"] = datetime(2026, 11, 30, 9, 41)  # a real date cell, as Excel stores it
    path = tmp_path / "cases.xlsx"
    book.save(path)
    with pytest.raises(ImportRejected, match="no column named"):
        import_cases_csv(archive, path, MAPPING, {"category": "os_problem", "customer": "华东某银行"})
    with pytest.raises(ImportRejected, match=r"no sheet named 'Sheet9'.*说明, 工单"):
        import_cases_csv(archive, path, MAPPING, sheet="Sheet9")
    report = import_cases_csv(archive, path, MAPPING, {"category": "os_problem", "customer": "华东某银行"},
                              sheet="工单")
    assert report.counts == {"case": 2}
    first = _cases(archive)[0]
    assert first["title"] == "磁盘写满"
    assert first["reported_at"] == datetime(2026, 11, 30, 1, 41, tzinfo=UTC)


def test_broken_xlsx_is_a_sentence(archive, tmp_path):
    path = tmp_path / "cases.xlsx"
    path.write_bytes(b"not a zip at all")
    with pytest.raises(ImportRejected, match=r"not a readable \.xlsx workbook"):
        import_cases_csv(archive, path, MAPPING)


def test_unterminated_quote_is_reported_at_its_line(archive, tmp_path, bank):
    """It used to swallow the rest of the file into one cell and say "case.severity is required"."""
    text = CSV_TEXT + '"没有结尾的引号,x,high,2026-12-01 10:00,华东某银行\r\n后面一行,y,low,2026-12-01 11:00,华东某银行\r\n'
    path = tmp_path / "cases.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRejected) as err:
        import_cases_csv(archive, path, MAPPING, {"category": "os_problem", "customer": "华东某银行"})
    assert err.value.problems == [(4, 'a quoted cell starts on this line and its closing quote (") is '
                                      "missing, so the rest of the file would be read into that one cell")]
    assert "severity" not in str(err.value)
    assert _cases(archive) == []


def test_quoted_multiline_cells_keep_their_start_line(archive, tmp_path, bank):
    text = ('标题,现象,严重性\r\n"多行\r\n现象",x,high\r\n第二条,y,enormous\r\n')
    path = tmp_path / "cases.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRejected) as err:
        import_cases_csv(archive, path, {"title": "标题", "severity": "严重性"},
                         {"category": "os_problem", "customer": "华东某银行"})
    assert [line for line, _ in err.value.problems] == [4]


def test_cli_customer_option_documented_in_import_format(capsys, archive, tmp_path, bank):
    """docs/import-format.md shows `--customer NAME`; the CLI used to reject it."""
    path = tmp_path / "cases.csv"
    path.write_bytes(CSV_TEXT.encode("gb18030"))
    args = ["--archive", str(archive.root), "import-csv", str(path), "--customer", "华东某银行",
            "--default", "category=os_problem"]
    args += [f"--map={f}={c}" for f, c in MAPPING.items()]
    assert main(args) == 0
    assert "Imported 2 cases." in capsys.readouterr().out
    assert len(_cases(archive)) == 2


def test_cli_preview_and_error_show_decoded_lines(capsys, archive, tmp_path, bank):
    path = tmp_path / "cases.csv"
    path.write_bytes(CSV_TEXT.encode("gb18030"))
    assert main(["--archive", str(archive.root), "import-csv", str(path), "--preview"]) == 0
    out = capsys.readouterr().out
    assert "encoding: gb18030 (detected)" in out and "--encoding NAME" in out
    assert "1  标题,现象,严重性,上报时间,客户" in out
    code = main(["--archive", str(archive.root), "import-csv", str(path), "--encoding", "cp1252",
                 "--map", "title=标题"])
    err = capsys.readouterr().err
    assert code == 1
    assert "first lines as decoded:" in err and "encoding: cp1252 (as given with --encoding)" in err
    assert _cases(archive) == []


def test_docs_show_the_options_the_cli_takes():
    from pathlib import Path

    from kbdesk.cli.main import build_parser

    doc = (Path(__file__).parents[2] / "docs" / "import-format.md").read_text("utf-8")
    section = doc[doc.index("## CSV import of cases"):]
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices["import-csv"]
    known = {s for a in sub._actions for s in a.option_strings}
    import re

    for option in set(re.findall(r"(--[a-z-]+)", section)):
        assert option in known, f"docs mention {option}, the CLI does not take it"


def test_mapping_guessed_from_headers_and_chinese_words_read_as_codes(archive, tmp_path, bank):
    from kbdesk.transfer.case_columns import guess_mapping

    header = ["工单标题", "故障现象", "严重程度", "状态", "Reported At", "客户名称", "备注"]
    assert guess_mapping(header) == {"title": "工单标题", "phenomenon": "故障现象", "severity": "严重程度",
                                     "status": "状态", "reported_at": "Reported At", "customer": "客户名称"}
    path = tmp_path / "cases.csv"
    path.write_text("标题,严重性,状态\n数据库宕机,严重,故障处理\n慢查询,Low,已报告\n", "utf-8")
    import_cases_csv(archive, path, {"title": "标题", "severity": "严重性", "status": "状态"},
                     {"category": "os_problem", "customer": "华东某银行"})
    by_title = {c["title"]: c for c in _cases(archive)}
    assert (by_title["数据库宕机"]["severity"], by_title["数据库宕机"]["status"]) == ("critical", "handling")
    assert (by_title["慢查询"]["severity"], by_title["慢查询"]["status"]) == ("low", "reported")
