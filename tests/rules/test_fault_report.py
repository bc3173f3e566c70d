"""Fault report: golden Markdown and HTML for a fixed case, both languages.

Regenerate after an intended change with KBDESK_UPDATE_GOLDEN=1.
"""

from __future__ import annotations

import base64
import os
from datetime import date
from pathlib import Path

import pytest

from kbdesk.reports.fault_report import build_fault_report

from .conftest import cst

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
# A 1×1 PNG, so the embedded data: URI stays short and stable.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


@pytest.fixture
def sample_case(services):
    cust = services.create("customer", {"id": "cust0001", "name": "华东某银行"})
    case = services.create("case", {
        "id": "case0001", "number": "CS-2025-0042", "customer_id": cust["id"],
        "title": "RDS MySQL 连接数打满 ERROR 1040", "category": "configuration_error",
        "severity": "critical", "fault_level": "T1", "status": "closed", "owner": "李强",
        "product": "RDS MySQL", "component": "proxy",
        "phenomenon": "应用报错 ERROR 1040 (HY000): Too many connections，交易页面超时。",
        "business_impact": "手机银行转账失败约 25 分钟 | 影响 3 个分行。",
        "error_messages": "ERROR 1040 (HY000): Too many connections\n<script>alert(1)</script>",
        "occurred_at": cst(2025, 9, 29, 9, 50), "reported_at": cst(2025, 9, 29, 10),
        "responded_at": cst(2025, 9, 29, 10, 4), "recovered_at": cst(2025, 9, 29, 10, 28),
        "closed_at": cst(2025, 10, 13, 16),
        "root_cause": "连接池参数 max_connections=500 过小，批量任务未释放连接。",
        "resolution": "调大 max_connections 至 2000，批量任务增加连接超时。",
    })
    rows = [
        ("tl01", cst(2025, 9, 29, 10, 4), "status_change", "reported", "pre_assessment", "影响 3 个分行，初判 T1"),
        ("tl02", cst(2025, 9, 29, 10, 6), "status_change", "pre_assessment", "handling", "李强 接手"),
        ("tl03", cst(2025, 9, 29, 10, 15), "progress_notice", None, None, "已定位：连接数打满\n下次通告 10:45"),
        ("tl04", cst(2025, 9, 29, 10, 28), "status_change", "handling", "recovered", "业务验证通过"),
        ("tl05", cst(2025, 10, 10, 10), "status_change", "recovered", "postmortem", ""),
        ("tl06", cst(2025, 10, 13, 16), "status_change", "postmortem", "closed", "复盘完成"),
    ]
    for tid, at, kind, frm, to, text in rows:
        services.create("timeline", {"id": tid, "case_id": case["id"], "at": at, "kind": kind,
                                     "from_status": frm, "to_status": to, "text": text, "author": "李强"})
    services.create("escalation", {"id": "esc01", "case_id": case["id"], "at": cst(2025, 9, 29, 10, 5),
                                   "target": "duty_lead", "reason": "T1 故障", "escalated_by": "李强",
                                   "impact_reassessment": "3 个分行"})
    services.create("action", {"id": "act01", "case_id": case["id"], "title": "连接数监控告警",
                               "owner": "王敏", "due_date": date(2025, 10, 20), "status": "done",
                               "closed_at": cst(2025, 10, 17, 11)})
    services.create("action", {"id": "act02", "case_id": case["id"], "title": "批量任务连接超时治理",
                               "owner": "李强", "due_date": date(2025, 11, 15)})
    contact = services.create("contact", {"id": "con01", "customer_id": cust["id"], "name": "张伟",
                                          "designated": True})
    services.create("notification", {"id": "ntf01", "case_id": case["id"], "contact_id": contact["id"],
                                     "contact_name": "张伟", "channel": "phone", "at": cst(2025, 9, 29, 10, 3),
                                     "notified_by": "李强", "note": "告知影响 | 3 个分行"})
    for cid, kind, at, person, passed, text in [
        ("cf01", "recovery_plan", cst(2025, 9, 29, 10, 10), "李强", True, "扩容连接数并重启 proxy"),
        ("cf02", "plan_review", cst(2025, 9, 29, 10, 12), "值班长 王敏", True, ""),
        ("cf03", "customer_approval", cst(2025, 9, 29, 10, 13), "张伟", True, "同意"),
        ("cf04", "technical_verification", cst(2025, 9, 29, 10, 30), "李强", True, "连接数回落"),
        ("cf05", "business_verification", cst(2025, 9, 29, 10, 35), "张伟", False, "转账仍超时"),
        ("cf06", "business_verification", cst(2025, 9, 29, 10, 45), "张伟", True, "转账正常"),
    ]:
        services.create("confirmation", {"id": cid, "case_id": case["id"], "kind": kind, "at": at,
                                         "person": person, "passed": passed, "text": text})
    sha = services.archive.blobs.put_bytes(PNG)
    services.create("attachment", {"id": "att00001", "owner_type": "case", "owner_id": case["id"],
                                   "sha256": sha, "filename": "error-1040.png", "mime": "image/png",
                                   "size": len(PNG), "added_at": cst(2025, 9, 29, 10, 20)})
    log = services.archive.blobs.put_bytes(b"log line")
    services.create("attachment", {"id": "att00002", "owner_type": "case", "owner_id": case["id"],
                                   "sha256": log, "filename": "mysql.log", "mime": "text/plain",
                                   "size": 8, "added_at": cst(2025, 9, 29, 10, 21)})
    return case


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("KBDESK_UPDATE_GOLDEN") or not path.exists():
        path.write_text(text, "utf-8")
    assert text == path.read_text("utf-8"), f"{name} differs from the golden file"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_golden_report(services, sample_case, lang):
    report = build_fault_report(services, sample_case["id"], lang)
    check_golden(f"fault_report.{lang}.md", report.markdown)
    check_golden(f"fault_report.{lang}.html", report.html)
    assert list(report.images) == ["images/att00001-error-1040.png"]


def test_html_is_sanitised_and_self_contained(services, sample_case):
    page = build_fault_report(services, sample_case["id"], "en").html
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'src="data:image/png;base64,' in page
    assert '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif' in page
    assert "mysql.log" not in page  # only images are screenshots
    for section in ("Phenomenon", "Business impact", "Time of occurrence", "Screenshots", "Timeline",
                    "Escalations", "Root cause", "Rectification actions"):
        assert section in page


def test_write_and_missing_screenshot(services, sample_case, tmp_path):
    report = build_fault_report(services, sample_case["id"], "zh_CN")
    written = report.write(tmp_path / "out")
    assert (tmp_path / "out" / "images" / "att00001-error-1040.png").read_bytes() == PNG
    assert {p.name for p in written} >= {"fault-report.md", "fault-report.html"}
    services.archive.blobs.path_for(services.get("attachment", "att00001")["sha256"]).unlink()
    again = build_fault_report(services, sample_case["id"], "zh_CN")
    assert again.missing == ["error-1040.png"] and "文件缺失" in again.markdown


def test_unknown_language(services, sample_case):
    with pytest.raises(ValueError, match="unknown language"):
        build_fault_report(services, sample_case["id"], "fr")


def test_a_screenshot_hash_naming_a_path_is_never_read(services, sample_case, tmp_path):
    """An attachment row whose sha256 is a relative path (as an older import let
    in) must not pull a file from outside the archive into the report."""
    from sqlalchemy import update

    from kbdesk.storage.models import Attachment

    archive = services.archive
    (archive.root.parent / "outside.png").write_bytes(b"secret from outside the archive")
    with archive.session() as s:
        s.execute(update(Attachment).where(Attachment.id == "att00001").values(sha256="../outside.png"))
    report = build_fault_report(services, sample_case["id"], "en")
    assert report.images == {} and report.missing == ["error-1040.png"]
    assert base64.b64encode(b"secret from outside the archive").decode() not in report.html


def test_the_report_html_follows_the_app_sanitiser_policy(services, sample_case):
    """The fault report renders through kbdesk.render.markdown like every article the app shows.

    The report's old pipeline (nh3's defaults plus http/https/mailto/data) let a remote image
    through, so a report opened or sent to a customer fetched whatever a pasted line pointed at,
    and kept links to relative paths. The one policy blocks both; the golden reports do not change.
    """
    services.update("case", sample_case["id"], {
        "root_cause": "见 ![tracker](http://evil.example/pixel.png) 与 [本地文件](../../etc/passwd)\n"
                      "[文档](https://docs.example/rds) [脚本](javascript:alert(1))",
    })
    report = build_fault_report(services, sample_case["id"], "zh_CN")
    for page in (report.html, report.html_linked):
        assert "evil.example" not in page and "javascript:" not in page and "etc/passwd" not in page
        assert '<span class="blocked-image">[tracker]</span>' in page
        assert '<a href="https://docs.example/rds">文档</a>' in page
        # a single newline in a field is a line break, as in articles and the report's own table cells
        assert "<a>本地文件</a><br>\n<a href" in page
    assert 'src="data:image/png;base64,' in report.html
    assert 'src="images/att00001-error-1040.png"' in report.html_linked and "data:image" not in report.html_linked


def test_text_naming_an_attachment_gets_no_source(services, sample_case):
    """Only the report's own screenshots are pointed at files: an author's kbdesk-attachment: link
    to another id stays unresolved (and loads nothing outside the app)."""
    services.update("case", sample_case["id"], {"resolution": "![x](kbdesk-attachment:att00002)"})
    page = build_fault_report(services, sample_case["id"], "en").html_linked
    assert 'src="kbdesk-attachment:att00002"' in page and "mysql.log" not in page
