"""The record types by name: one place that maps a type code to its table.

Order matters: a type may only reference types listed before it, so this is
also the order in which an export writes and an import inserts.
"""

from __future__ import annotations

from . import models as m

RECORD_TYPES: dict[str, type[m.Base]] = {
    "category": m.Category,
    "customer": m.Customer,
    "contact": m.Contact,
    "case": m.Case,
    "timeline": m.TimelineEntry,
    "escalation": m.Escalation,
    "notification": m.CustomerNotification,
    "confirmation": m.CaseConfirmation,
    "service_record": m.ServiceRecord,
    "complaint": m.Complaint,
    "survey": m.Survey,
    "article": m.Article,
    "article_version": m.ArticleVersion,
    "runbook": m.Runbook,
    "runbook_step": m.RunbookStep,
    "drill": m.Drill,
    "drill_step": m.DrillStepResult,
    "action": m.RectificationAction,
    "course": m.Course,
    "material": m.Material,
    "training_session": m.TrainingSession,
    "attendance": m.Attendance,
    "link": m.Link,
    "match_feedback": m.MatchFeedback,
    "attachment": m.Attachment,
    "audit": m.AuditEntry,
}

TYPE_OF_TABLE = {cls.__tablename__: name for name, cls in RECORD_TYPES.items()}

# Types a link or an attachment may point at (polymorphic references).
LINKABLE = (
    "customer", "case", "article", "runbook", "drill", "course", "material",
    "training_session", "service_record", "complaint", "survey",
)


def primary_key_name(record_type: str) -> str:
    return RECORD_TYPES[record_type].__table__.primary_key.columns.keys()[0]
