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
    "total": "Total",
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


def english(namespace: str, key: str) -> str:
    if namespace == "report":
        return REPORT_WORDS.get(key, key)
    return CODE_WORDS.get(namespace, {}).get(key, key)


def resolving(label: Labeler, table: ReportTable, chinese: bool = False) -> Labeler:
    """``label`` plus the table's own code names (user categories) and the total row."""

    def resolve(namespace: str, key: str) -> str:
        if key == "total" and namespace != "report":
            return label("report", "total")
        names = table.code_names.get(namespace, {}).get(key)
        if names and label(namespace, key) == key:
            return names[0] if chinese else names[1]
        return label(namespace, key)

    return resolve
