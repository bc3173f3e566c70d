"""Files are knowledge: real PDF/DOCX/PPTX/XLSX/GB18030 files found by search and by matching."""

from __future__ import annotations

import pytest

from kbdesk.search.service import SearchService
from kbdesk.services.attachment_text import extract_pending, skipped_files
from kbdesk.services.search_source import ArchiveDocuments

from . import fixtures as fx

FILES = {
    "runbook.pdf": ("zqpdfalpha", fx.pdf_bytes),
    "notes.docx": ("zqdocxbravo", fx.docx_bytes),
    "slides.pptx": ("zqpptxcharlie", fx.pptx_bytes),
    "hosts.xlsx": ("zqxlsxdelta", fx.xlsx_bytes),
    "slow_query.log": ("zqlogecho", fx.gb18030_log),
}


@pytest.fixture
def search(archive):
    s = SearchService(ArchiveDocuments(archive))
    s.open()
    yield s
    s.close()


def _case(services, title: str, phenomenon: str, product: str = "RDS") -> str:
    customer = services.create("customer", {"name": f"客户 {title}"})["id"]
    return services.create(
        "case",
        {
            "title": title,
            "phenomenon": phenomenon,
            "customer_id": customer,
            "product": product,
            "severity": "medium",
            "category": "operation_error",
        },
    )["id"]


def test_each_file_kind_is_found_by_search_and_by_matching(tmp_path, services, search):
    case_id = _case(services, "数据库连接偶发失败", "应用报错，连接被拒绝")
    other = _case(services, "对象存储上传慢", "上传 10GB 文件超时", "OSS")
    for name, (word, make) in FILES.items():
        services.attach_file("case", case_id, fx.write(tmp_path / "in", name, make(word)))
    report = extract_pending(services)
    assert report.with_text == len(FILES), report.by_status
    search.sync()

    for name, (word, _) in FILES.items():
        result = search.search(word)
        assert [h.record_id for h in result.hits] == [case_id], name
        hit = result.hits[0]
        assert hit.attachment == name
        assert word in hit.snippet.replace('<b class="match">', "").replace("</b>", "")

        matched = search.match(f"客户报障\n{word} 出现后无法连接")
        assert matched.cases and matched.cases[0].record_id == case_id, name
        assert other not in [h.record_id for h in matched.cases[:1]]
        reasons = [r for r in matched.cases[0].reasons if r["kind"] == "in_attachment"]
        assert reasons and reasons[0]["file"] == name, matched.cases[0].reasons


def test_the_skipped_report_lists_an_encrypted_pdf_and_an_image(tmp_path, services):
    case_id = _case(services, "证书过期", "HTTPS 握手失败")
    services.attach_file("case", case_id, fx.write(tmp_path, "secret.pdf", fx.pdf_bytes("x", password="pw")))
    services.attach_file("case", case_id, fx.write(tmp_path, "screen.png", fx.png_bytes()))
    services.attach_file("case", case_id, fx.write(tmp_path, "scan.pdf", fx.pdf_bytes("", text_layer=False)))
    services.attach_file("case", case_id, fx.write(tmp_path, "ok.log", b"plain words here"))
    extract_pending(services)
    skipped = {s.filename: s for s in skipped_files(services.archive)}
    assert set(skipped) == {"secret.pdf", "screen.png", "scan.pdf"}
    assert skipped["secret.pdf"].status == "encrypted"
    assert skipped["screen.png"].status == "image"
    assert skipped["scan.pdf"].status == "no_text_layer"
    assert skipped["screen.png"].owner_type == "case" and skipped["screen.png"].owner_id == case_id
    assert "证书过期" in skipped["screen.png"].owner_label


def test_removing_the_last_attachment_with_a_word_makes_the_record_unfindable(tmp_path, services, search):
    case_id = _case(services, "磁盘告警", "磁盘使用率 95%")
    first = services.attach_file("case", case_id, fx.write(tmp_path / "a", "a.log", b"zqfoxtrot one"))
    second = services.attach_file("case", case_id, fx.write(tmp_path / "b", "b.log", b"zqfoxtrot two"))
    extract_pending(services)
    search.sync()
    assert [h.record_id for h in search.search("zqfoxtrot").hits] == [case_id]
    services.delete("attachment", first["id"])
    search.sync()
    assert [h.record_id for h in search.search("zqfoxtrot").hits] == [case_id]  # b.log still has it
    services.delete("attachment", second["id"])
    search.sync()
    assert search.search("zqfoxtrot").hits == []
    assert [h.record_id for h in search.search("磁盘告警").hits] == [case_id]


def test_one_file_on_two_records_is_extracted_once_and_indexed_with_both(tmp_path, services, search):
    case_id = _case(services, "慢查询", "SQL 执行超过 10 秒")
    article = services.create("article", {"title": "慢查询排查", "body": "看慢日志"})["id"]
    path = fx.write(tmp_path, "slow_query.log", fx.gb18030_log("zqgolf"))
    services.attach_file("case", case_id, path)
    services.attach_file("article", article, path)
    assert extract_pending(services).extracted == 1
    assert extract_pending(services).extracted == 0  # stored: nothing to do again
    search.sync()
    assert {h.record_id for h in search.search("zqgolf").hits} == {case_id, article}


def test_a_rebuild_uses_the_stored_text(tmp_path, services, search):
    case_id = _case(services, "网络抖动", "丢包")
    services.attach_file("case", case_id, fx.write(tmp_path, "mtr.txt", b"zqhotel 12% loss"))
    extract_pending(services)
    search.rebuild()
    assert [h.record_id for h in search.search("zqhotel").hits] == [case_id]


def test_a_huge_log_does_not_drown_the_title_in_matching(tmp_path, services, search):
    noisy = _case(services, "主从复制延迟", "从库延迟 600 秒")
    quiet = _case(services, "主从复制延迟告警", "从库延迟持续增加")
    log = ("2026-03-01 INFO heartbeat ok checkpoint flushed pages buffer pool\n" * 200_000).encode()
    services.attach_file("case", noisy, fx.write(tmp_path, "huge.log", log))
    extract_pending(services)
    search.sync()
    result = search.match("主从复制延迟\n从库延迟")
    assert {h.record_id for h in result.cases[:2]} == {noisy, quiet}
    match_case = search.match(case_id=noisy)
    assert quiet in [h.record_id for h in match_case.cases]


def test_a_log_with_a_huge_base64_run_is_indexed_and_its_words_found(tmp_path, services, search):
    import base64
    import os

    case_id = _case(services, "上传失败", "请求体过大")
    blob = base64.b64encode(os.urandom(300_000))
    log = b"2026-03-01 request body " + blob + b"\n2026-03-01 ERROR zqindia after the blob\n"
    services.attach_file("case", case_id, fx.write(tmp_path, "body.log", log))
    extract_pending(services)
    search.sync()
    assert [h.record_id for h in search.search("zqindia").hits] == [case_id]
