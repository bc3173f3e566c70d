"""Which record types each section lists, with which columns and fields."""

from __future__ import annotations

from .record_section import SectionConfig, spec_fields

CASE_FORM = [
    "title", "customer_id", "product", "component", "severity", "fault_level", "category",
    "status", "owner", "reported_at", "occurred_at", "phenomenon", "business_impact",
    "error_messages", "logs", "environment", "root_cause", "resolution", "workaround", "tags",
    "not_a_fault", "not_a_fault_reason", "responded_at", "recovered_at", "closed_at",
]

CONFIGS: dict[str, SectionConfig] = {
    "case": SectionConfig(
        "case", ["number", "severity", "status", "reported_at", "customer_id", "product", "title"],
        CASE_FORM, text_fields=("title", "number", "phenomenon", "error_messages", "product"),
        sort="reported_at", descending=True,
        # Status and "not a fault" move through the Workflow tab, which checks each step.
        read_only=("number", "status", "not_a_fault", "not_a_fault_reason"),
        name_columns={"customer_id": "customer"}, links=False,  # the case view adds its own
    ),
    "customer": SectionConfig(
        "customer", ["name", "plan_level", "service_manager", "technical_manager", "region"],
        spec_fields("customer"), text_fields=("name", "organisation", "region"), sort="name",
        children=[("contact", "customer_id", ["name", "role", "phone", "email", "designated"], "name")],
    ),
    "contact": SectionConfig(
        "contact", ["name", "customer_id", "role", "phone", "email", "designated"],
        spec_fields("contact"), text_fields=("name", "email", "phone"), sort="name",
        name_columns={"customer_id": "customer"},
    ),
    "service_record": SectionConfig(
        "service_record", ["date", "customer_id", "kind", "channel", "engineer"],
        spec_fields("service_record"), text_fields=("content", "engineer"), sort="date",
        descending=True, name_columns={"customer_id": "customer"},
    ),
    "article": SectionConfig(
        "article", ["title", "product", "version"],
        ["title", "product", "tags", "problem", "solution", "author", "source_case_id"],
        text_fields=("title", "body", "product"), sort="updated_at", descending=True,
        read_only=("source_case_id",), links=True,
    ),
    "runbook": SectionConfig(
        "runbook", ["title", "kind", "product"], spec_fields("runbook"),
        text_fields=("title", "summary", "product"), sort="title", links=True,
        children=[("runbook_step", "runbook_id",
                   ["position", "action", "expected_result", "rollback", "estimated_minutes"], "position")],
    ),
    "drill": SectionConfig(
        "drill", ["date", "runbook_id", "kind", "status", "outcome", "customer_id"], spec_fields("drill"),
        text_fields=("findings", "deviations"), sort="date", descending=True,
        # The run screen stamps these; the record's outcome and texts stay editable.
        read_only=("status", "started_at", "ended_at"),
        name_columns={"runbook_id": "runbook", "customer_id": "customer"},
        children=[("drill_step", "drill_id", ["position", "action", "status", "planned_minutes", "started_at",
                                              "ended_at", "notes"], "position"),
                  ("action", "drill_id", ["title", "status", "owner", "due_date"], "due_date")],
    ),
    "action": SectionConfig(
        "action", ["title", "status", "owner", "due_date"], spec_fields("action", skip=("case_id",)),
        text_fields=("title", "owner"), sort="due_date",
    ),
    "course": SectionConfig(
        "course", ["title", "trainer", "duration_hours"], spec_fields("course"),
        text_fields=("title", "outline", "trainer"), sort="title",
        children=[("material", "course_id", ["title", "kind"], "title"),
                  ("training_session", "course_id", ["planned_date", "status", "onsite", "trainer"],
                   "planned_date")],
    ),
    "material": SectionConfig(
        "material", ["title", "kind", "course_id"], spec_fields("material"),
        text_fields=("title", "text"), sort="title", name_columns={"course_id": "course"},
    ),
    "training_session": SectionConfig(
        "training_session", ["planned_date", "course_id", "customer_id", "status", "onsite", "trainer"],
        spec_fields("training_session"), text_fields=("trainer", "location"), sort="planned_date",
        descending=True, name_columns={"course_id": "course", "customer_id": "customer"},
        children=[("attendance", "session_id", ["name", "organisation", "attended", "score", "comment"], "name")],
    ),
    "complaint": SectionConfig(
        "complaint", ["received_at", "customer_id", "channel", "subject", "closed_at"],
        spec_fields("complaint"), text_fields=("subject", "details"),
        sort="received_at", descending=True, name_columns={"customer_id": "customer"},
    ),
    "survey": SectionConfig(
        "survey", ["date", "customer_id", "attitude", "business", "technical", "comment"],
        spec_fields("survey"), text_fields=("comment",), sort="date",
        descending=True, name_columns={"customer_id": "customer"},
    ),
}
