"""English words for report keys: what the CLI prints and exports.

The app passes its own :data:`~kbdesk.reports.table.Labeler` (Qt translations,
kbdesk/ui/report_labels.py) instead; both go through :func:`resolving`.
"""

from __future__ import annotations

from ..domain.enums import BUILTIN_CATEGORIES
from .table import Labeler, ReportTable

REPORT_WORDS = {
    # titles
    "sla_title": "SLA compliance",
    "times_title": "Response and recovery times",
    "cases_by_category": "Cases by category",
    "cases_by_product": "Cases by product",
    "cases_by_customer": "Cases by customer",
    "cases_by_month": "Cases by month",
    "complaints_by_month": "Complaints by month",
    "complaints_by_subject": "Complaints by subject",
    "satisfaction_by_quarter": "Satisfaction by quarter",
    "satisfaction_by_customer": "Satisfaction by customer",
    "satisfaction_by_engineer": "Satisfaction by engineer",
    "training_title": "Training plan progress",
    "drills_title": "Drills done against plan",
    "response_time": "Time to first response",
    "recovery_time": "Time to recovery",
    # columns, series and axes
    "severity": "Severity",
    "customer": "Customer",
    "month": "Month",
    "quarter": "Quarter",
    "category": "Category",
    "product": "Product",
    "subject": "Subject",
    "engineer": "Engineer",
    "runbook": "Runbook",
    "kind": "Kind",
    "measure": "Measure",
    "cases": "Cases",
    "major": "Major",
    "response_met": "Response met",
    "restore_met": "Restore met (major)",
    "postmortem_on_time": "Postmortem on time",
    "response_p50": "Response p50",
    "response_p90": "Response p90",
    "recovery_p50": "Recovery p50",
    "recovery_p90": "Recovery p90",
    "p50": "p50",
    "p90": "p90",
    "max": "Max",
    "open": "Open",
    "not_a_fault": "Not a fault",
    "received": "Received",
    "closed": "Closed",
    "days_to_close": "Days to close (avg)",
    "surveys": "Surveys",
    "attitude": "Service attitude",
    "business": "Business level",
    "technical": "Technical level",
    "overall": "Overall",
    "required": "Quota",
    "planned": "Planned",
    "held": "Held",
    "cancelled": "Cancelled",
    "remaining": "Still owed",
    "progress": "Progress",
    "done": "Done",
    "success": "Success",
    "partial": "Partial",
    "failed": "Failed",
    "real": "Real executions",
    "last_drill": "Last drill",
    "behind": "Behind plan",
    "percent_met": "% met",
    "complaints": "Complaints",
    "average_score": "Average score (1–5)",
    "sessions": "Sessions",
    "drills": "Drills",
    "time_to_response": "Time from report to first response",
    "time_to_recovery": "Time from report to recovery",
    "total": "Total", "all_time": "all time",
    "no_data": "No records in this period",
    # notes
    "note_not_a_fault_excluded": "Cases marked not a fault are left out.",
    "note_sla_pending": "Measures not yet due are left out of their percentage.",
    "note_times_from_report": "Times run from the report of a case to its first response and its recovery.",
    "note_cases_all": "Every case reported in the period counts, those marked not a fault included.",
    "note_complaints_product": "With a product chosen, only complaints about a case of that product count.",
    "note_scores": "Scores are 1–5; the engineer is the owner of the surveyed case.",
    "note_training_quota": "The quota is the plan's on-site trainings a year for each calendar year "
    "of the period; held on-site sessions count.",
    "note_drills_plan": "Each runbook is to be drilled once a year; real executions are counted apart.",
}

CODE_WORDS = {
    "severity": {
        "critical": "Critical",
        "urgent": "Urgent",
        "high": "High",
        "medium": "Medium",
        "low": "Low",
    },
    "measure": {"response": "First response", "recovery": "Recovery"},
    "time_bin": {
        "lt_10m": "< 10 min",
        "10_30m": "10–30 min",
        "30_60m": "30–60 min",
        "1_4h": "1–4 h",
        "4_24h": "4–24 h",
        "ge_24h": "≥ 24 h",
    },
    "outcome": {"success": "Success", "partial": "Partial", "failed": "Failed"},
    "runbook_kind": {"backup": "Backup", "recovery": "Recovery", "emergency": "Emergency"},
    "category": {code: en for code, (_zh, en) in BUILTIN_CATEGORIES.items()},
}


# The report is a document shared by the CLI and the app, so its Chinese words are chosen here
# (as for the fault report), keyed by the English ones.
CHINESE = {
    "SLA compliance": "SLA 达成情况",
    "Response and recovery times": "响应与恢复时长",
    "Cases by category": "按类别统计工单",
    "Cases by product": "按产品统计工单",
    "Cases by customer": "按客户统计工单",
    "Cases by month": "按月统计工单",
    "Complaints by month": "按月统计投诉",
    "Complaints by subject": "按事由统计投诉",
    "Satisfaction by quarter": "按季度统计满意度",
    "Satisfaction by customer": "按客户统计满意度",
    "Satisfaction by engineer": "按工程师统计满意度",
    "Training plan progress": "培训计划进度",
    "Drills done against plan": "演练完成情况（对照计划）",
    "Time to first response": "首次响应时长",
    "Time to recovery": "恢复时长",
    "Severity": "严重性",
    "Customer": "客户",
    "Month": "月份",
    "Quarter": "季度",
    "Category": "类别",
    "Product": "产品",
    "Subject": "事由",
    "Engineer": "工程师",
    "Runbook": "操作手册",
    "Kind": "类型",
    "Measure": "指标",
    "Cases": "工单数",
    "Major": "重大故障",
    "Response met": "响应达标",
    "Restore met (major)": "恢复达标（重大）",
    "Postmortem on time": "复盘按时",
    "Response p50": "响应 p50",
    "Response p90": "响应 p90",
    "Recovery p50": "恢复 p50",
    "Recovery p90": "恢复 p90",
    "p50": "p50",
    "p90": "p90",
    "Max": "最长",
    "Open": "未关闭",
    "Not a fault": "非故障",
    "Received": "收到",
    "Closed": "已关闭",
    "Days to close (avg)": "平均关闭天数",
    "Surveys": "评价数",
    "Service attitude": "服务态度",
    "Business level": "业务水平",
    "Technical level": "技术水平",
    "Overall": "综合",
    "Quota": "定额",
    "Planned": "已计划",
    "Held": "已举办",
    "Cancelled": "已取消",
    "Still owed": "尚欠",
    "Progress": "进度",
    "Done": "已完成",
    "Success": "成功",
    "Partial": "部分成功",
    "Failed": "失败",
    "Real executions": "实际执行",
    "Last drill": "最近演练",
    "Behind plan": "落后计划",
    "% met": "达标率 %",
    "Complaints": "投诉数",
    "Average score (1–5)": "平均分（1–5）",
    "Sessions": "场次",
    "Drills": "演练次数",
    "Time from report to first response": "从报告到首次响应的时长",
    "Time from report to recovery": "从报告到恢复的时长",
    "Total": "合计", "all time": "全部时间",
    "No records in this period": "此期间没有记录",
    "Cases marked not a fault are left out.": "已标记为非故障的工单不计入。",
    "Measures not yet due are left out of their percentage.": "尚未到期的指标不计入百分比。",
    "Times run from the report of a case to its first response and its recovery.": "时长从工单报告时起算，至首次响应和恢复。",
    "Every case reported in the period counts, those marked not a fault included.": "统计期内报告的所有工单均计入，含已标记为非故障的工单。",
    "With a product chosen, only complaints about a case of that product count.": "选定产品时，只计入与该产品工单相关的投诉。",
    "Scores are 1–5; the engineer is the owner of the surveyed case.": "评分为 1–5 分；工程师为被评价工单的负责人。",
    "The quota is the plan's on-site trainings a year for each calendar year of the period; held on-site sessions count.": "定额为服务方案规定的每年现场培训次数，按统计期涉及的每个自然年计；计入已举办的现场培训。",
    "Each runbook is to be drilled once a year; real executions are counted apart.": "每个操作手册每年演练一次；实际执行单独计数。",
    "First response": "首次响应",
    "Recovery": "恢复",
    "< 10 min": "< 10 分钟",
    "10–30 min": "10–30 分钟",
    "30–60 min": "30–60 分钟",
    "1–4 h": "1–4 小时",
    "4–24 h": "4–24 小时",
    "≥ 24 h": "≥ 24 小时",
    "Backup": "备份",
    "Emergency": "应急",
    "Critical": "严重",
    "Urgent": "紧急",
    "High": "高",
    "Medium": "中",
    "Low": "低",
}


def english(namespace: str, key: str) -> str:
    if namespace == "report":
        return REPORT_WORDS.get(key, key)
    return CODE_WORDS.get(namespace, {}).get(key, key)


def chinese(namespace: str, key: str) -> str:
    words = english(namespace, key)
    if namespace == "category" and key in BUILTIN_CATEGORIES:
        return BUILTIN_CATEGORIES[key][0]
    return CHINESE.get(words, words)


def labeler_for(language: str) -> Labeler:
    """The words of reports in ``language`` ("zh_CN", "en", …; Chinese for any zh)."""
    return chinese if language.startswith("zh") else english


def resolving(label: Labeler, table: ReportTable) -> Labeler:
    """``label`` plus the table's own code names (user categories) and the total row."""

    def resolve(namespace: str, key: str) -> str:
        if key == "total" and namespace != "report":
            return label("report", "total")
        names = table.code_names.get(namespace, {}).get(key)
        if names and label(namespace, key) == key:
            return names[0] if label is chinese else names[1]
        return label(namespace, key)

    return resolve
