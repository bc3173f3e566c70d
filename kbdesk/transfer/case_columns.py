"""Which spreadsheet column fills which case field, guessed from the header.

Only exact names (Chinese or English, case and spacing ignored) count, so a
guess is never surprising; the user corrects it before importing. Severity
and status cells may hold the Chinese or English word instead of the code.
"""

from __future__ import annotations

from ..rules.notices import STATUS_NAMES

# The fields a spreadsheet import offers, in form order, with the header names taken for each.
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("标题", "工单标题", "故障标题", "主题", "title", "subject", "summary"),
    "customer": ("客户", "客户名称", "customer", "customer name"),
    "severity": ("严重性", "严重程度", "级别", "优先级", "severity", "priority"),
    "category": ("分类", "类别", "故障分类", "category"),
    "status": ("状态", "status"),
    "fault_level": ("故障级别", "故障等级", "fault level"),
    "reported_at": ("上报时间", "报告时间", "报障时间", "创建时间", "reported", "reported at", "created"),
    "occurred_at": ("发生时间", "故障时间", "故障发生时间", "occurred", "occurred at"),
    "phenomenon": ("现象", "故障现象", "问题描述", "描述", "phenomenon", "symptom", "description"),
    "business_impact": ("业务影响", "影响", "impact", "business impact"),
    "error_messages": ("错误信息", "报错信息", "报错", "error", "errors", "error message", "error messages"),
    "product": ("产品", "product"),
    "component": ("组件", "模块", "component"),
    "environment": ("环境", "environment"),
    "owner": ("负责人", "处理人", "owner", "assignee"),
    "root_cause": ("根因", "根本原因", "root cause"),
    "resolution": ("解决方案", "处理结果", "resolution", "solution"),
    "tags": ("标签", "tags"),
    "number": ("工单号", "工单编号", "编号", "number", "case number"),
}
SEVERITY_WORDS = {"严重": "critical", "紧急": "urgent", "高": "high", "中": "medium", "低": "low"}
STATUS_WORDS = {word.casefold(): code for code, words in STATUS_NAMES.items() for word in words}


def _norm(name: str) -> str:
    return "".join(name.split()).replace("_", "").casefold()


def guess_mapping(header: list[str]) -> dict[str, str]:
    """field -> column for every header name that exactly names a field."""
    by_name: dict[str, str] = {}
    for heading in header:
        by_name.setdefault(_norm(heading), heading)
    out: dict[str, str] = {}
    used: set[str] = set()
    for field, names in COLUMN_NAMES.items():
        for name in (field, *names):
            column = by_name.get(_norm(name))
            if column is not None and column not in used:
                out[field] = column
                used.add(column)
                break
    return out


def code_from_word(field: str, value: str) -> str:
    """"高" -> "high", "故障处理" -> "handling"; anything else is left for the validator."""
    word = value.strip()
    if field == "severity":
        return SEVERITY_WORDS.get(word, word.casefold() if word.casefold() in SEVERITY_WORDS.values() else value)
    if field == "status":
        return STATUS_WORDS.get(word.casefold(), value)
    return value
