"""Words for the codes the core stores, in the user's language.

The domain returns codes ("urgent", "handling"); only the UI turns them into
words. Each literal sits in a ``translate`` call so lupdate finds it; the
tables are rebuilt on every language switch.
"""

from __future__ import annotations

import os
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
            "notification": QCoreApplication.translate("codes", "Customer notification"),
            "confirmation": QCoreApplication.translate("codes", "Plan, approval or verification"),
            "link": QCoreApplication.translate("codes", "Link"),
            "match_feedback": QCoreApplication.translate("codes", "Match feedback"),
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
            "customer_notified": QCoreApplication.translate("codes", "Customer notified"),
            "confirmation": QCoreApplication.translate("codes", "Plan, approval or verification"),
            "recovery_notice": QCoreApplication.translate("codes", "Recovery notice"),
        },
        "notify_channel": {
            "phone": QCoreApplication.translate("codes", "Phone"),
            "sms": QCoreApplication.translate("codes", "SMS"),
            "email": QCoreApplication.translate("codes", "Email"),
            "im": QCoreApplication.translate("codes", "Instant message"),
            "onsite": QCoreApplication.translate("codes", "On site"),
        },
        "confirmation_kind": {
            "recovery_plan": QCoreApplication.translate("codes", "Recovery plan"),
            "plan_review": QCoreApplication.translate("codes", "Plan review"),
            "customer_approval": QCoreApplication.translate("codes", "Customer approval"),
            "technical_verification": QCoreApplication.translate("codes", "Vendor technical verification"),
            "business_verification": QCoreApplication.translate("codes", "Customer business verification"),
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
        "drill_status": {
            "running": QCoreApplication.translate("codes", "Under way"),
            "finished": QCoreApplication.translate("codes", "Finished"),
        },
        "step_status": {
            "done": QCoreApplication.translate("codes", "Done", "drill step"),
            "failed": QCoreApplication.translate("codes", "Failed", "drill step"),
            "skipped": QCoreApplication.translate("codes", "Skipped", "drill step"),
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
        "feedback_kind": {
            "same_fault": QCoreApplication.translate("codes", "Same fault"),
            "solved_by": QCoreApplication.translate("codes", "Solved the case"),
            "dismissed": QCoreApplication.translate("codes", "Not relevant"),
        },
        "audit_action": {
            "create": QCoreApplication.translate("codes", "Created"),
            "update": QCoreApplication.translate("codes", "Changed"),
            "delete": QCoreApplication.translate("codes", "Deleted"),
            "import": QCoreApplication.translate("codes", "Imported"),
        },
        # A complaint's state in the search index: closed once it has a closing date.
        "complaint_state": {
            "open": QCoreApplication.translate("codes", "Open", "complaint not yet closed"),
            "closed": QCoreApplication.translate("codes", "Closed", "complaint closed"),
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
    ("notification", "channel"): "notify_channel",
    ("confirmation", "kind"): "confirmation_kind",
    ("service_record", "channel"): "channel",
    ("complaint", "channel"): "channel",
    ("service_record", "kind"): "service_kind",
    ("runbook", "kind"): "runbook_kind",
    ("drill", "kind"): "drill_kind",
    ("drill", "outcome"): "outcome",
    ("drill", "status"): "drill_status",
    ("drill_step", "status"): "step_status",
    ("action", "status"): "action_status",
    ("material", "kind"): "material_kind",
    ("training_session", "status"): "session_status",
    ("link", "relation"): "relation",
    ("case", "category"): "category",
    ("link", "source_type"): "record_type",
    ("link", "target_type"): "record_type",
    ("match_feedback", "kind"): "feedback_kind",
    ("match_feedback", "target_type"): "record_type",
    ("attachment", "owner_type"): "record_type",
    ("audit", "record_type"): "record_type",
    ("audit", "action"): "audit_action",
}


# Which table names the "status" an indexed record carries in the search index
# (kbdesk/search/documents.py puts each type's state or kind there).
INDEX_STATE_TABLE = {
    "case": "status",
    "runbook": "runbook_kind",
    "drill": "outcome",
    "material": "material_kind",
    "service_record": "service_kind",
    "complaint": "complaint_state",
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


def index_state_label(record_type: str | None, code: str) -> str:
    """Words for the state a search hit or facet carries; ``record_type``
    None (a facet over several types) tries each type's table in turn."""
    tables = [INDEX_STATE_TABLE[record_type]] if record_type in INDEX_STATE_TABLE else INDEX_STATE_TABLE.values()
    known = _tables(language())
    for table in tables:
        if code in known.get(table, {}):
            return known[table][code]
    return code


def facet_label(facet: str, code: str, record_type: str | None = None) -> str:
    """Words for one value of a search facet (severity, status)."""
    if facet == "severity":
        return code_label("severity", code)
    if facet == "status":
        return index_state_label(record_type, code)
    return code


# Words for the file types attachments usually have; the rest are named by extension.
_FILE_KINDS = {
    "application/pdf": "pdf",
    "application/msword": "word",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "word",
    "application/vnd.ms-powerpoint": "powerpoint",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "powerpoint",
    "application/vnd.ms-excel": "excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "excel",
    "text/plain": "text", "text/markdown": "markdown", "text/csv": "csv", "application/json": "json",
    "application/zip": "compressed", "application/gzip": "compressed", "application/x-tar": "compressed",
    "application/x-7z-compressed": "compressed", "application/x-gzip": "compressed",
}


def file_kind_label(mime: str | None, filename: str = "") -> str:
    """What kind of file an attachment is, in words ("PNG image", "Word document")."""
    mime = (mime or "").lower()
    ext = filename.rsplit(".", 1)[-1].upper() if "." in filename else ""
    if mime.startswith("image/"):
        return QCoreApplication.translate("codes", "%1 image").replace("%1", ext or mime[6:].upper())
    if ext == "LOG":
        return QCoreApplication.translate("codes", "Log file")
    kind = _FILE_KINDS.get(mime)
    if kind is not None:
        return _file_kind_words(language())[kind]
    if ext:
        return QCoreApplication.translate("codes", "%1 file").replace("%1", ext)
    return QCoreApplication.translate("codes", "File")


@cache
def _file_kind_words(_language: str) -> dict[str, str]:
    return {
        "pdf": QCoreApplication.translate("codes", "PDF document"),
        "word": QCoreApplication.translate("codes", "Word document"),
        "powerpoint": QCoreApplication.translate("codes", "PowerPoint presentation"),
        "excel": QCoreApplication.translate("codes", "Excel workbook"),
        "text": QCoreApplication.translate("codes", "Text file"),
        "markdown": QCoreApplication.translate("codes", "Markdown text"),
        "csv": QCoreApplication.translate("codes", "CSV table"),
        "json": QCoreApplication.translate("codes", "JSON data"),
        "compressed": QCoreApplication.translate("codes", "Compressed archive"),
    }


class MissingLabel(KeyError):
    """A field has no label: raised instead of falling back when labels are strict."""


def strict_labels() -> bool:
    """Strict in tests (tests/conftest.py): a missing label fails instead of
    quietly showing the field's English name in a Chinese window."""
    return os.environ.get("KBDESK_STRICT_LABELS", "") == "1"


def field_label(record_type: str, field: str) -> str:
    lang = language()
    label = _type_field_labels(lang).get((record_type, field)) or _field_labels(lang).get(field)
    if label is not None:
        return label
    if strict_labels():
        raise MissingLabel(f"no label for {record_type}.{field}: add it to kbdesk/ui/labels.py")
    return field.replace("_", " ").capitalize()


def has_field_label(record_type: str, field: str) -> bool:
    lang = language()
    return (record_type, field) in _type_field_labels(lang) or field in _field_labels(lang)


@cache
def _type_field_labels(_language: str) -> dict[tuple[str, str], str]:
    """Labels of fields whose meaning depends on the record (one English word, two Chinese)."""
    return {
        ("audit", "action"): QCoreApplication.translate(
            "fields", "Action", "audit trail: what was done to the record (created, changed, deleted)"),
        ("runbook_step", "action"): QCoreApplication.translate(
            "fields", "Action", "runbook step: what the engineer does in this step"),
        ("drill_step", "action"): QCoreApplication.translate(
            "fields", "Action", "runbook step: what the engineer does in this step"),
        ("drill", "status"): QCoreApplication.translate("fields", "Run", "drill: under way or finished"),
        ("drill_step", "status"): QCoreApplication.translate("fields", "Result", "drill step: done, failed or skipped"),
    }


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
        "section": QCoreApplication.translate("fields", "Section", "course material: the part of the course (subfolder)"),
        "replaces_id": QCoreApplication.translate("fields", "Replaces", "attachment: the earlier version this file replaced"),
        "author": QCoreApplication.translate("fields", "Author"),
        "kind": QCoreApplication.translate("fields", "Kind"),
        "summary": QCoreApplication.translate("fields", "Summary"),
        "preconditions": QCoreApplication.translate("fields", "Preconditions"),
        "drill_interval_months": QCoreApplication.translate(
            "fields", "Drill every (months)", "runbook: its own drill interval; empty follows the service plan"),
        "phase": QCoreApplication.translate("fields", "Phase", "runbook step: the heading it stands under"),
        "commands": QCoreApplication.translate("fields", "Commands"),
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
        "row_version": QCoreApplication.translate("fields", "Times saved"),
        "due_date": QCoreApplication.translate("fields", "Due date"),
        "at": QCoreApplication.translate("fields", "When"),
        "actor": QCoreApplication.translate("fields", "Who"),
        "record_type": QCoreApplication.translate("fields", "Record type"),
        "record_id": QCoreApplication.translate("fields", "Record id"),
        "drill_id": QCoreApplication.translate("fields", "Drill"),
        "id": QCoreApplication.translate("fields", "ID"),
        "position": QCoreApplication.translate("fields", "Position", "order of a step in a list"),
        "expected_result": QCoreApplication.translate("fields", "Expected result"),
        "rollback": QCoreApplication.translate("fields", "Rollback"),
        "estimated_minutes": QCoreApplication.translate("fields", "Estimated minutes"),
        "step_id": QCoreApplication.translate("fields", "Step"),
        "started_at": QCoreApplication.translate("fields", "Started at"),
        "ended_at": QCoreApplication.translate("fields", "Ended at"),
        "ok": QCoreApplication.translate("fields", "Succeeded"),
        "planned_minutes": QCoreApplication.translate("fields", "Planned minutes"),
        "session_id": QCoreApplication.translate("fields", "Training session"),
        "attended": QCoreApplication.translate("fields", "Attended"),
        "score": QCoreApplication.translate("fields", "Score"),
        "target": QCoreApplication.translate("fields", "Escalated to"),
        "reason": QCoreApplication.translate("fields", "Reason"),
        "impact_reassessment": QCoreApplication.translate("fields", "Impact re-assessment"),
        "escalated_by": QCoreApplication.translate("fields", "Escalated by"),
        "contact_id": QCoreApplication.translate("fields", "Contact"),
        "contact_name": QCoreApplication.translate("fields", "Who was told"),
        "notified_by": QCoreApplication.translate("fields", "Told by"),
        "note": QCoreApplication.translate("fields", "Note"),
        "person": QCoreApplication.translate("fields", "Person"),
        "passed": QCoreApplication.translate("fields", "Passed"),
        "from_status": QCoreApplication.translate("fields", "From status"),
        "to_status": QCoreApplication.translate("fields", "To status"),
        "relation": QCoreApplication.translate("fields", "Relation"),
        "source_type": QCoreApplication.translate("fields", "Source type"),
        "source_id": QCoreApplication.translate("fields", "Source record"),
        "target_type": QCoreApplication.translate("fields", "Target type"),
        "target_id": QCoreApplication.translate("fields", "Target record"),
        "query_key": QCoreApplication.translate("fields", "Pasted text key"),
        "query_text": QCoreApplication.translate("fields", "Pasted text"),
        "link_id": QCoreApplication.translate("fields", "Link"),
        "made_link": QCoreApplication.translate("fields", "Made the link"),
        "owner_type": QCoreApplication.translate("fields", "Attached to (type)"),
        "owner_id": QCoreApplication.translate("fields", "Attached to"),
        "filename": QCoreApplication.translate("fields", "File name"),
        "mime": QCoreApplication.translate("fields", "File type"),
        "size": QCoreApplication.translate("fields", "Size"),
        "sha256": QCoreApplication.translate("fields", "Checksum (SHA-256)"),
        "added_at": QCoreApplication.translate("fields", "Added at"),
        "changes": QCoreApplication.translate("fields", "Changes"),
        "article_id": QCoreApplication.translate("fields", "Article"),
        "edited_at": QCoreApplication.translate("fields", "Edited at"),
        "edited_by": QCoreApplication.translate("fields", "Edited by"),
        "code": QCoreApplication.translate("fields", "Code"),
        "name_zh": QCoreApplication.translate("fields", "Chinese name"),
        "name_en": QCoreApplication.translate("fields", "English name"),
        "builtin": QCoreApplication.translate("fields", "Built in"),
    }


def clear_cache() -> None:
    """Call after switching language."""
    _tables.cache_clear()
    _field_labels.cache_clear()
    _type_field_labels.cache_clear()
    _file_kind_words.cache_clear()
