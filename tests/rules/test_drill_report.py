"""Drill report: golden Markdown and HTML for a fixed drill, both languages.

Regenerate after an intended change with KBDESK_UPDATE_GOLDEN=1.
"""

from __future__ import annotations

from datetime import date

import pytest

from kbdesk.reports.drill_report import build_drill_report
from kbdesk.services.drill_runs import DrillRuns

from .conftest import cst
from .test_fault_report import check_golden


@pytest.fixture
def sample_drill(services):
    cust = services.create("customer", {"id": "cust0001", "name": "华东某银行"})
    rb = services.create("runbook", {"id": "rb000001", "title": "RDS 时间点恢复", "kind": "recovery",
                                     "customer_id": cust["id"]})
    steps = [("停止应用写入", 5), ("创建恢复实例：`aliyun rds CloneDBInstance`", 15),
             ("校验数据 | 行数一致", 10), ("切换应用连接", 5)]
    for pos, (action, minutes) in enumerate(steps, 1):
        services.create("runbook_step", {"id": f"st00000{pos}", "runbook_id": rb["id"], "position": pos,
                                         "action": action, "estimated_minutes": minutes})
    runs = DrillRuns(services)
    drill = runs.start(rb["id"], "drill", ["王敏", "李强"], at=cst(2026, 3, 12, 9)).drill
    runs.mark(drill["id"], "st000001", "done", at=cst(2026, 3, 12, 9, 4))
    runs.mark(drill["id"], "st000002", "failed", "克隆超时 <b>30</b> 分钟", at=cst(2026, 3, 12, 9, 36))
    runs.mark(drill["id"], "st000003", "skipped", "无需校验", at=cst(2026, 3, 12, 9, 37))
    runs.add_deviation(drill["id"], "备份在另一地域", at=cst(2026, 3, 12, 9, 10))
    runs.mark(drill["id"], "st000004", "done", at=cst(2026, 3, 12, 9, 41))
    runs.finish(drill["id"], at=cst(2026, 3, 12, 9, 42))
    services.update("drill", drill["id"], {"findings": "恢复实例规格过小，克隆慢。", "outcome": "partial"})
    services.create("action", {"id": "act00001", "drill_id": drill["id"], "title": "预留大规格恢复实例",
                               "owner": "李强", "due_date": date(2026, 4, 1)})
    return drill


def test_golden_drill_report(services, sample_drill):
    for lang in ("zh_CN", "en"):
        report = build_drill_report(services, sample_drill["id"], lang)
        check_golden(f"drill_report.{lang}.md", report.markdown)
        check_golden(f"drill_report.{lang}.html", report.html)


def test_report_content(services, sample_drill):
    report = build_drill_report(services, sample_drill["id"], "en")
    md = report.markdown
    assert report.title == "Drill report: RDS 时间点恢复 2026-03-12"
    assert "Partly succeeded (as the steps say: Failed)" in md  # edited outcome, derived one beside it
    assert "| 2 | 创建恢复实例：`aliyun rds CloneDBInstance` | Failed | 15 / 32 | 09:04–09:36 |" in md
    assert "校验数据 \\| 行数一致" in md  # a pipe in a step does not break the table
    assert "| 35 min | 42 min |" in md
    assert "09:10 备份在另一地域" in md and "预留大规格恢复实例" in md and "王敏, 李强" in md
    assert "Every time falls on the drill's date" in md
    assert "<b>30</b>" not in report.html and "&lt;b&gt;30&lt;/b&gt;" in report.html


def test_time_problems_are_reported_as_sentences(services, sample_drill):
    result = services.list("drill_step", where={"drill_id": sample_drill["id"], "position": 4})[0]
    # Older data may hold such times (imported, or typed before the check existed).
    with services.archive.session() as s:
        from kbdesk.storage.models import DrillStepResult

        row = s.get(DrillStepResult, result["id"])
        row.ended_at = cst(2026, 3, 12, 9, 30)
        row.started_at = cst(2026, 3, 15, 9, 20)
    zh = build_drill_report(services, sample_drill["id"], "zh_CN").markdown
    assert "- 第 4 步: 结束时间早于开始时间" in zh
    assert "- 第 4 步: 开始时间不在演练日期内（演练当天或次日凌晨）" in zh
