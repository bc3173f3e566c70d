"""Progress notices (故障修复进展通告) rendered into the case timeline."""

from __future__ import annotations

import pytest

from kbdesk.errors import ValidationError
from kbdesk.rules.notices import NoticeFields, render_notice
from kbdesk.rules.working_calendar import CHINA_FIXED

from .conftest import cst


def test_notice_in_the_timeline_chinese(services, workflow, make_case, customer):
    case = make_case(business_impact="手机银行转账失败")
    workflow.transition(case["id"], "handling", at=cst(2025, 3, 3, 10, 5))
    entry = workflow.add_progress_notice(case["id"], {
        "actions_taken": "已扩容只读实例", "next_update_at": "2025-03-03T11:00:00+08:00",
    }, at=cst(2025, 3, 3, 10, 30))
    assert entry["kind"] == "progress_notice" and entry["at"] == cst(2025, 3, 3, 10, 30)
    assert entry["text"] == (
        "【故障修复进展通告】\n"
        f"工单编号：{case['number']}\n"
        "故障标题：RDS 连接数打满\n"
        f"客户：{customer['name']}\n"
        "当前状态：故障处理\n"
        "影响范围：手机银行转账失败\n"
        "已采取措施：已扩容只读实例\n"
        "下次通告时间：2025-03-03 11:00 (北京时间 UTC+8)"
    )
    assert services.timeline_of(case["id"])[-1]["id"] == entry["id"]


def test_notice_in_english_with_overrides(workflow, make_case):
    case = make_case()
    entry = workflow.add_progress_notice(case["id"], {"impact": "3 branches"}, lang="en",
                                         at=cst(2025, 3, 3, 10, 1))
    assert "Current status: Reported" in entry["text"]
    assert "Impact: 3 branches" in entry["text"] and "Next update: —" in entry["text"]


def test_notice_field_errors(workflow, make_case):
    case = make_case()
    with pytest.raises(ValidationError, match="not a notice field"):
        workflow.add_progress_notice(case["id"], {"colour": "red"})
    with pytest.raises(ValidationError, match="time zone"):
        workflow.add_progress_notice(case["id"], {"next_update_at": "2025-03-03T11:00"})


def test_render_rejects_unknown_language():
    with pytest.raises(ValueError):
        render_notice(NoticeFields("CS-1", "t", "c", "handling"), "de", CHINA_FIXED)
