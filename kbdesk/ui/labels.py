"""Words for the codes the core stores, in the user's language.

The domain returns codes ("urgent", "handling"); only the UI turns them into
words. Each literal sits in a ``translate`` call so lupdate finds it; the
tables are rebuilt on every language switch.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication


@cache
def _tables(_language: str) -> dict[str, dict[str, str]]:
    return {
        "record_type": {
            "case": QCoreApplication.translate("codes", "Case"),
            "customer": QCoreApplication.translate("codes", "Customer"),
            "contact": QCoreApplication.translate("codes", "Contact"),
            "article": QCoreApplication.translate("codes", "Article"),
            "runbook": QCoreApplication.translate("codes", "Runbook"),
            "runbook_step": QCoreApplication.translate("codes", "Runbook step"),
            "drill": QCoreApplication.translate("codes", "Drill"),
            "drill_step": QCoreApplication.translate("codes", "Drill step"),
            "action": QCoreApplication.translate("codes", "Follow-up action"),
            "course": QCoreApplication.translate("codes", "Course"),
            "material": QCoreApplication.translate("codes", "Material"),
            "training_session": QCoreApplication.translate("codes", "Training session"),
            "attendance": QCoreApplication.translate("codes", "Attendance"),
            "complaint": QCoreApplication.translate("codes", "Complaint"),
            "survey": QCoreApplication.translate("codes", "Survey"),
            "service_record": QCoreApplication.translate("codes", "Service record"),
            "timeline": QCoreApplication.translate("codes", "Timeline entry"),
            "escalation": QCoreApplication.translate("codes", "Escalation"),
            "link": QCoreApplication.translate("codes", "Link"),
            "attachment": QCoreApplication.translate("codes", "Attachment"),
            "category": QCoreApplication.translate("codes", "Category"),
            "audit": QCoreApplication.translate("codes", "Audit entry"),
            "article_version": QCoreApplication.translate("codes", "Article version"),
        },
        "severity": {
            "critical": QCoreApplication.translate("codes", "Critical"),
            "urgent": QCoreApplication.translate("codes", "Urgent"),
            "high": QCoreApplication.translate("codes", "High"),
            "medium": QCoreApplication.translate("codes", "Medium"),
            "low": QCoreApplication.translate("codes", "Low"),
        },
        "status": {
            "reported": QCoreApplication.translate("codes", "Reported"),
            "pre_assessment": QCoreApplication.translate("codes", "Pre-assessment"),
            "handling": QCoreApplication.translate("codes", "Handling"),
            "escalated": QCoreApplication.translate("codes", "Escalated"),
            "recovered": QCoreApplication.translate("codes", "Recovered"),
            "postmortem": QCoreApplication.translate("codes", "Postmortem"),
            "closed": QCoreApplication.translate("codes", "Closed"),
        },
        "plan_level": {
            "standard": QCoreApplication.translate("codes", "Standard"),
            "premium": QCoreApplication.translate("codes", "Premium"),
            "enterprise": QCoreApplication.translate("codes", "Enterprise"),
        },
        "timeline_kind": {
            "status_change": QCoreApplication.translate("codes", "Status change"),
            "progress_notice": QCoreApplication.translate("codes", "Progress notice"),
            "note": QCoreApplication.translate("codes", "Note"),
            "assignment": QCoreApplication.translate("codes", "Assignment"),
        },
        "escalation_target": {
            "duty_lead": QCoreApplication.translate("codes", "Duty lead (L2)"),
            "goc": QCoreApplication.translate("codes", "GOC"),
        },
        "channel": {
            "onsite": QCoreApplication.translate("codes", "On site"),
            "remote": QCoreApplication.translate("codes", "Remote"),
            "phone": QCoreApplication.translate("codes", "Phone"),
            "email": QCoreApplication.translate("codes", "Email"),
            "letter": QCoreApplication.translate("codes", "Letter"),
            "portal": QCoreApplication.translate("codes", "Portal"),
        },
        "service_kind": {
            "visit": QCoreApplication.translate("codes", "Visit"),
            "remote_session": QCoreApplication.translate("codes", "Remote session"),
            "consultation": QCoreApplication.translate("codes", "Technical consultation"),
            "briefing": QCoreApplication.translate("codes", "Technology briefing"),
            "training": QCoreApplication.translate("codes", "Training"),
        },
        "runbook_kind": {
            "backup": QCoreApplication.translate("codes", "Backup"),
            "recovery": QCoreApplication.translate("codes", "Recovery"),
            "emergency": QCoreApplication.translate("codes", "Emergency"),
        },
        "drill_kind": {
            "drill": QCoreApplication.translate("codes", "Drill"),
            "real": QCoreApplication.translate("codes", "Real execution"),
        },
        "outcome": {
            "success": QCoreApplication.translate("codes", "Success"),
            "partial": QCoreApplication.translate("codes", "Partial"),
            "failed": QCoreApplication.translate("codes", "Failed"),
        },
        "action_status": {
            "open": QCoreApplication.translate("codes", "Open"),
            "in_progress": QCoreApplication.translate("codes", "In progress"),
            "done": QCoreApplication.translate("codes", "Done"),
            "cancelled": QCoreApplication.translate("codes", "Cancelled"),
        },
        "material_kind": {
            "pdf": "PDF",
            "docx": "Word",
            "pptx": "PowerPoint",
            "slides": QCoreApplication.translate("codes", "Slides"),
            "notes": QCoreApplication.translate("codes", "Notes"),
            "video": QCoreApplication.translate("codes", "Video"),
            "other": QCoreApplication.translate("codes", "Other"),
        },
        "session_status": {
            "planned": QCoreApplication.translate("codes", "Planned"),
            "held": QCoreApplication.translate("codes", "Held"),
            "cancelled": QCoreApplication.translate("codes", "Cancelled"),
        },
        "relation": {
            "related": QCoreApplication.translate("codes", "Related"),
            "solved_by": QCoreApplication.translate("codes", "Solved by"),
            "duplicate_of": QCoreApplication.translate("codes", "Duplicate of"),
            "caused_by": QCoreApplication.translate("codes", "Caused by"),
        },
        "audit_action": {
            "create": QCoreApplication.translate("codes", "Created"),
            "update": QCoreApplication.translate("codes", "Changed"),
            "delete": QCoreApplication.translate("codes", "Deleted"),
            "import": QCoreApplication.translate("codes", "Imported"),
        },
        "category": {
            "operation_error": QCoreApplication.translate("codes", "Operation error"),
            "configuration_error": QCoreApplication.translate("codes", "Configuration error"),
            "os_problem": QCoreApplication.translate("codes", "OS problem"),
            "purchased_software": QCoreApplication.translate("codes", "Purchased-software problem"),
        },
    }


# Which table names the values of a field.
FIELD_TABLE = {
    ("case", "severity"): "severity",
    ("case", "status"): "status",
    ("timeline", "from_status"): "status",
    ("timeline", "to_status"): "status",
    ("customer", "plan_level"): "plan_level",
    ("timeline", "kind"): "timeline_kind",
    ("escalation", "target"): "escalation_target",
    ("service_record", "channel"): "channel",
    ("complaint", "channel"): "channel",
    ("service_record", "kind"): "service_kind",
    ("runbook", "kind"): "runbook_kind",
    ("drill", "kind"): "drill_kind",
    ("drill", "outcome"): "outcome",
    ("action", "status"): "action_status",
    ("material", "kind"): "material_kind",
    ("training_session", "status"): "session_status",
    ("link", "relation"): "relation",
    ("case", "category"): "category",
    ("link", "source_type"): "record_type",
    ("link", "target_type"): "record_type",
    ("attachment", "owner_type"): "record_type",
    ("audit", "record_type"): "record_type", ("audit", "action"): "audit_action",
}


def language() -> str:
    from PySide6.QtCore import QLocale

    return QLocale().name()


def code_label(table: str, code: str | None) -> str:
    if code is None:
        return ""
    return _tables(language()).get(table, {}).get(code, code)


def field_value_label(record_type: str, field: str, code: str | None) -> str:
    table = FIELD_TABLE.get((record_type, field))
    return code_label(table, code) if table else (code or "")


def type_label(record_type: str) -> str:
    return code_label("record_type", record_type)


def field_label(record_type: str, field: str) -> str:
    return _field_labels(language()).get(field, field.replace("_", " ").capitalize())


@cache
def _field_labels(_language: str) -> dict[str, str]:
    return {
        "number": QCoreApplication.translate("fields", "Number"),
        "title": QCoreApplication.translate("fields", "Title"),
        "name": QCoreApplication.translate("fields", "Name"),
        "customer_id": QCoreApplication.translate("fields", "Customer"),
        "phenomenon": QCoreApplication.translate("fields", "Phenomenon"),
        "business_impact": QCoreApplication.translate("fields", "Business impact"),
        "occurred_at": QCoreApplication.translate("fields", "Occurred at"),
        "reported_at": QCoreApplication.translate("fields", "Reported at"),
        "product": QCoreApplication.translate("fields", "Product"),
        "component": QCoreApplication.translate("fields", "Component"),
        "environment": QCoreApplication.translate("fields", "Environment"),
        "error_messages": QCoreApplication.translate("fields", "Error messages"),
        "logs": QCoreApplication.translate("fields", "Logs"),
        "category": QCoreApplication.translate("fields", "Category"),
        "severity": QCoreApplication.translate("fields", "Severity"),
        "fault_level": QCoreApplication.translate("fields", "Fault level"),
        "status": QCoreApplication.translate("fields", "Status"),
        "owner": QCoreApplication.translate("fields", "Owner"),
        "root_cause": QCoreApplication.translate("fields", "Root cause"),
        "resolution": QCoreApplication.translate("fields", "Resolution"),
        "workaround": QCoreApplication.translate("fields", "Workaround"),
        "not_a_fault": QCoreApplication.translate("fields", "Not a fault"),
        "not_a_fault_reason": QCoreApplication.translate("fields", "Why not a fault"),
        "responded_at": QCoreApplication.translate("fields", "Responded at"),
        "recovered_at": QCoreApplication.translate("fields", "Recovered at"),
        "closed_at": QCoreApplication.translate("fields", "Closed at"),
        "tags": QCoreApplication.translate("fields", "Tags"),
        "organisation": QCoreApplication.translate("fields", "Organisation"),
        "plan_level": QCoreApplication.translate("fields", "Support plan"),
        "service_manager": QCoreApplication.translate("fields", "Service manager"),
        "technical_manager": QCoreApplication.translate("fields", "Technical manager"),
        "region": QCoreApplication.translate("fields", "Region"),
        "notes": QCoreApplication.translate("fields", "Notes"),
        "body": QCoreApplication.translate("fields", "Body"),
        "problem": QCoreApplication.translate("fields", "Problem"),
        "solution": QCoreApplication.translate("fields", "Solution"),
        "source_case_id": QCoreApplication.translate("fields", "Source case"),
        "version": QCoreApplication.translate("fields", "Version"),
        "author": QCoreApplication.translate("fields", "Author"),
        "kind": QCoreApplication.translate("fields", "Kind"),
        "summary": QCoreApplication.translate("fields", "Summary"),
        "preconditions": QCoreApplication.translate("fields", "Preconditions"),
        "linked_systems": QCoreApplication.translate("fields", "Linked systems"),
        "runbook_id": QCoreApplication.translate("fields", "Runbook"),
        "date": QCoreApplication.translate("fields", "Date"),
        "participants": QCoreApplication.translate("fields", "Participants"),
        "outcome": QCoreApplication.translate("fields", "Outcome"),
        "deviations": QCoreApplication.translate("fields", "Deviations"),
        "findings": QCoreApplication.translate("fields", "Findings"),
        "outline": QCoreApplication.translate("fields", "Outline"),
        "trainer": QCoreApplication.translate("fields", "Trainer"),
        "duration_hours": QCoreApplication.translate("fields", "Duration (hours)"),
        "course_id": QCoreApplication.translate("fields", "Course"),
        "planned_date": QCoreApplication.translate("fields", "Planned date"),
        "held_date": QCoreApplication.translate("fields", "Held date"),
        "location": QCoreApplication.translate("fields", "Location"),
        "onsite": QCoreApplication.translate("fields", "On site"),
        "feedback": QCoreApplication.translate("fields", "Feedback"),
        "received_at": QCoreApplication.translate("fields", "Received at"),
        "channel": QCoreApplication.translate("fields", "Channel"),
        "subject": QCoreApplication.translate("fields", "Subject"),
        "against": QCoreApplication.translate("fields", "About whom"),
        "details": QCoreApplication.translate("fields", "Details"),
        "response": QCoreApplication.translate("fields", "Response"),
        "case_id": QCoreApplication.translate("fields", "Case"),
        "attitude": QCoreApplication.translate("fields", "Service attitude"),
        "business": QCoreApplication.translate("fields", "Business level"),
        "technical": QCoreApplication.translate("fields", "Technical level"),
        "comment": QCoreApplication.translate("fields", "Comment"),
        "engineer": QCoreApplication.translate("fields", "Engineer"),
        "content": QCoreApplication.translate("fields", "Content"),
        "role": QCoreApplication.translate("fields", "Role"),
        "phone": QCoreApplication.translate("fields", "Phone"),
        "email": QCoreApplication.translate("fields", "Email"),
        "designated": QCoreApplication.translate("fields", "Designated contact"),
        "text": QCoreApplication.translate("fields", "Text"),
        "created_at": QCoreApplication.translate("fields", "Created"),
        "updated_at": QCoreApplication.translate("fields", "Updated"),
        "due_date": QCoreApplication.translate("fields", "Due date"),
        "at": QCoreApplication.translate("fields", "When"),
        "actor": QCoreApplication.translate("fields", "Who"),
        "action": QCoreApplication.translate("fields", "Action"),
        "record_type": QCoreApplication.translate("fields", "Record type"),
        "record_id": QCoreApplication.translate("fields", "Record id"),
        "drill_id": QCoreApplication.translate("fields", "Drill"),
    }


def clear_cache() -> None:
    """Call after switching language."""
    _tables.cache_clear()
    _field_labels.cache_clear()
