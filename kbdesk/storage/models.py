"""The archive's tables, one typed ORM class per record type.

Ids are 32-character hex strings so records keep their identity when exported
and imported into another archive. Parent → child ownership (a case's
timeline, a runbook's steps, …) cascades in the database; references between
independent records are RESTRICT or SET NULL, decided per foreign key below.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from ..domain.clock import new_id, utcnow
from .types import UTCDateTime


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[str]: JSON}
    if TYPE_CHECKING:  # every model maps one Table (DeclarativeBase says FromClause: a join, a select)
        __table__: ClassVar[Table]


def _id() -> Mapped[str]:
    return mapped_column(String(32), primary_key=True, default=new_id)


def _fk(target: str, ondelete: str, nullable: bool = False) -> Mapped[Any]:
    return mapped_column(
        String(32), ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True
    )


class Versioned:
    """Optimistic versioning: bumped by every save, checked by the next one."""

    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # Every ORM UPDATE says "WHERE row_version = <loaded>" and bumps it: a row
        # changed by someone else since it was loaded updates nothing, and the
        # unit of work turns that into ConflictError (services/unit_of_work.py).
        return {"version_id_col": cls.row_version}


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


# --- bookkeeping -----------------------------------------------------------


class Meta(Base):
    """Key/value facts about the archive itself (schema version, creator)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AppliedMigration(Base):
    __tablename__ = "migrations"
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEntry(Base):
    """Who changed what and when. Never updated, never deleted by services."""

    __tablename__ = "audit_log"
    id: Mapped[str] = _id()
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(16))
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(32))
    # {field: [old, new]} for updates; the full record for create/delete.
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    __table_args__ = (Index("ix_audit_record", "record_type", "record_id"),)


# --- customers -------------------------------------------------------------


class Customer(Versioned, Timestamped, Base):
    __tablename__ = "customers"
    id: Mapped[str] = _id()
    name: Mapped[str] = mapped_column(String(200), unique=True)
    organisation: Mapped[str] = mapped_column(String(200), default="")
    plan_level: Mapped[str] = mapped_column(String(20), default="standard")
    service_manager: Mapped[str] = mapped_column(String(100), default="")
    technical_manager: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Months between drills of this customer's runbooks; None follows the service plan.
    drill_interval_months: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Contact(Versioned, Base):
    __tablename__ = "contacts"
    id: Mapped[str] = _id()
    customer_id: Mapped[str] = _fk("customers.id", "CASCADE")
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    # The designated contact is notified at once of a major fault.
    designated: Mapped[bool] = mapped_column(Boolean, default=False)


# --- cases -----------------------------------------------------------------


class Category(Base):
    """Case categories: four built in, more defined by the user."""

    __tablename__ = "categories"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class Case(Versioned, Timestamped, Base):
    __tablename__ = "cases"
    id: Mapped[str] = _id()
    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[str] = _fk("customers.id", "RESTRICT")
    title: Mapped[str] = mapped_column(String(300))
    phenomenon: Mapped[str] = mapped_column(Text, default="")  # 故障现象
    business_impact: Mapped[str] = mapped_column(Text, default="")  # 业务影响
    occurred_at: Mapped[datetime | None]
    reported_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    product: Mapped[str] = mapped_column(String(100), default="", index=True)
    component: Mapped[str] = mapped_column(String(100), default="")
    environment: Mapped[str] = mapped_column(Text, default="")
    error_messages: Mapped[str] = mapped_column(Text, default="")
    logs: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(
        String(40), ForeignKey("categories.code", ondelete="RESTRICT"), index=True
    )
    severity: Mapped[str] = mapped_column(String(20), index=True)
    fault_level: Mapped[str | None] = mapped_column(String(4))
    status: Mapped[str] = mapped_column(String(20), default="reported", index=True)
    owner: Mapped[str] = mapped_column(String(100), default="")
    root_cause: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[str] = mapped_column(Text, default="")
    workaround: Mapped[str] = mapped_column(Text, default="")
    # Planned changes and the user's own use are not faults (spec).
    not_a_fault: Mapped[bool] = mapped_column(Boolean, default=False)
    not_a_fault_reason: Mapped[str] = mapped_column(String(200), default="")
    responded_at: Mapped[datetime | None]
    recovered_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    # A customer's dossier pages its cases newest first; counting a customer's
    # open cases reads the index alone, not 100k rows.
    __table_args__ = (
        Index("ix_cases_customer_reported", "customer_id", "reported_at"),
        Index("ix_cases_customer_status", "customer_id", "status"),
    )


class TimelineEntry(Base):
    """One line of a case's history: status change, progress notice, note."""

    __tablename__ = "case_timeline"
    id: Mapped[str] = _id()
    case_id: Mapped[str] = _fk("cases.id", "CASCADE")
    at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(20))
    author: Mapped[str] = mapped_column(String(100), default="")
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")


class Escalation(Base):
    __tablename__ = "escalations"
    id: Mapped[str] = _id()
    case_id: Mapped[str] = _fk("cases.id", "CASCADE")
    at: Mapped[datetime] = mapped_column(default=utcnow)
    target: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    escalated_by: Mapped[str] = mapped_column(String(100), default="")
    impact_reassessment: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_escalations_at", "at"),)  # escalations are walked by time


class CustomerNotification(Base):
    """Who at the customer was told of a fault, when and how (a major fault: at once)."""

    __tablename__ = "customer_notifications"
    id: Mapped[str] = _id()
    case_id: Mapped[str] = _fk("cases.id", "CASCADE")
    contact_id: Mapped[str | None] = _fk("contacts.id", "SET NULL", nullable=True)
    contact_name: Mapped[str] = mapped_column(String(100))  # kept if the contact is deleted later
    channel: Mapped[str] = mapped_column(String(20))  # phone | sms | email | im | onsite
    at: Mapped[datetime] = mapped_column(default=utcnow)
    notified_by: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class CaseConfirmation(Base):
    """A customer-facing step of handling and recovery: the recovery plan, its review,
    the customer's approval, the vendor's technical and the customer's business verification."""

    __tablename__ = "case_confirmations"
    id: Mapped[str] = _id()
    case_id: Mapped[str] = _fk("cases.id", "CASCADE")
    kind: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    person: Mapped[str] = mapped_column(String(100))  # who reviewed, approved or verified
    passed: Mapped[bool] = mapped_column(Boolean, default=True)
    text: Mapped[str] = mapped_column(Text, default="")  # the plan, or what was checked


class Link(Base):
    """A link between any two records (case ↔ article ↔ runbook ↔ case)."""

    __tablename__ = "links"
    id: Mapped[str] = _id()
    source_type: Mapped[str] = mapped_column(String(40))
    source_id: Mapped[str] = mapped_column(String(32))
    target_type: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[str] = mapped_column(String(32))
    relation: Mapped[str] = mapped_column(String(20), default="related")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (
        UniqueConstraint("source_type", "source_id", "target_type", "target_id"),
        Index("ix_links_source", "source_type", "source_id"),
        Index("ix_links_target", "target_type", "target_id"),
    )


class MatchFeedback(Base):
    """What a person said about one match suggestion (docs/matching.md, "Learning from the team").

    ``kind``: ``same_fault`` (a suggested case is the same fault as the case),
    ``solved_by`` (a suggested article or runbook solved it) or ``dismissed``
    (not relevant for that case or pasted text). The query is a case
    (``case_id``) or a pasted text (``query_key``, a hash of its normalised
    words, and ``query_text``, its start). A confirmation names the link it
    made or found (``link_id``); removing that link removes the confirmation.
    """

    __tablename__ = "match_feedback"
    id: Mapped[str] = _id()
    kind: Mapped[str] = mapped_column(String(20))
    case_id: Mapped[str | None] = mapped_column(
        String(32), ForeignKey("cases.id", ondelete="CASCADE"), nullable=True, index=True
    )
    query_key: Mapped[str] = mapped_column(String(64), default="", index=True)
    query_text: Mapped[str] = mapped_column(Text, default="")
    target_type: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[str] = mapped_column(String(32))
    link_id: Mapped[str | None] = mapped_column(
        String(32), ForeignKey("links.id", ondelete="CASCADE"), nullable=True, index=True
    )
    made_link: Mapped[bool] = mapped_column(Boolean, default=False)  # undo removes the link too
    actor: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (Index("ix_match_feedback_target", "target_type", "target_id"),)


class RectificationAction(Versioned, Base):
    """A follow-up tracked to closure: from a postmortem or from a drill."""

    __tablename__ = "actions"
    id: Mapped[str] = _id()
    case_id: Mapped[str | None] = _fk("cases.id", "CASCADE", nullable=True)
    drill_id: Mapped[str | None] = _fk("drills.id", "CASCADE", nullable=True)
    title: Mapped[str] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(String(100), default="")
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
    closed_at: Mapped[datetime | None]
    notes: Mapped[str] = mapped_column(Text, default="")


# --- service records, complaints, surveys ----------------------------------


class ServiceRecord(Versioned, Base):
    __tablename__ = "service_records"
    id: Mapped[str] = _id()
    customer_id: Mapped[str] = _fk("customers.id", "RESTRICT")
    date: Mapped[date] = mapped_column(Date, index=True)
    engineer: Mapped[str] = mapped_column(String(100))
    channel: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    content: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")


class Complaint(Versioned, Base):
    __tablename__ = "complaints"
    id: Mapped[str] = _id()
    customer_id: Mapped[str] = _fk("customers.id", "RESTRICT")
    case_id: Mapped[str | None] = _fk("cases.id", "SET NULL", nullable=True)
    received_at: Mapped[datetime]
    channel: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(String(300))
    against: Mapped[str] = mapped_column(String(100), default="")
    details: Mapped[str] = mapped_column(Text, default="")
    response: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None]


class Survey(Versioned, Base):
    """Satisfaction survey: three 1–5 scores and a comment."""

    __tablename__ = "surveys"
    id: Mapped[str] = _id()
    customer_id: Mapped[str] = _fk("customers.id", "RESTRICT")
    case_id: Mapped[str | None] = _fk("cases.id", "SET NULL", nullable=True)
    date: Mapped[date] = mapped_column(Date)
    attitude: Mapped[int] = mapped_column(Integer)  # 服务态度
    business: Mapped[int] = mapped_column(Integer)  # 业务水平
    technical: Mapped[int] = mapped_column(Integer)  # 技术水平
    comment: Mapped[str] = mapped_column(Text, default="")


# --- knowledge base --------------------------------------------------------


class Article(Versioned, Timestamped, Base):
    __tablename__ = "articles"
    id: Mapped[str] = _id()
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")  # Markdown
    product: Mapped[str] = mapped_column(String(100), default="")
    problem: Mapped[str] = mapped_column(Text, default="")
    solution: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    source_case_id: Mapped[str | None] = _fk("cases.id", "SET NULL", nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    author: Mapped[str] = mapped_column(String(100), default="")


class ArticleVersion(Base):
    """Every saved state of an article, the current one included."""

    __tablename__ = "article_versions"
    id: Mapped[str] = _id()
    article_id: Mapped[str] = _fk("articles.id", "CASCADE")
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    product: Mapped[str] = mapped_column(String(100), default="")
    problem: Mapped[str] = mapped_column(Text, default="")
    solution: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    edited_by: Mapped[str] = mapped_column(String(100), default="")
    edited_at: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (UniqueConstraint("article_id", "version"),)


# --- runbooks and drills ---------------------------------------------------


class Runbook(Versioned, Timestamped, Base):
    __tablename__ = "runbooks"
    id: Mapped[str] = _id()
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    product: Mapped[str] = mapped_column(String(100), default="")
    customer_id: Mapped[str | None] = _fk("customers.id", "SET NULL", nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    preconditions: Mapped[str] = mapped_column(Text, default="")
    linked_systems: Mapped[list[str]] = mapped_column(JSON, default=list)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Months between drills for this runbook; None follows the service plan.
    drill_interval_months: Mapped[int | None] = mapped_column(Integer, nullable=True)


class RunbookStep(Base):
    __tablename__ = "runbook_steps"
    id: Mapped[str] = _id()
    runbook_id: Mapped[str] = _fk("runbooks.id", "CASCADE")
    position: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(Text)
    expected_result: Mapped[str] = mapped_column(Text, default="")
    rollback: Mapped[str] = mapped_column(Text, default="")
    estimated_minutes: Mapped[int] = mapped_column(Integer, default=5)
    # The heading the step stood under (备份 / 恢复 / Restore …) and its shell/SQL blocks.
    phase: Mapped[str] = mapped_column(String(200), default="")
    commands: Mapped[list[str]] = mapped_column(JSON, default=list)
    __table_args__ = (UniqueConstraint("runbook_id", "position"),)


class Drill(Versioned, Base):
    """One execution of a runbook, as a drill or for real."""

    __tablename__ = "drills"
    id: Mapped[str] = _id()
    runbook_id: Mapped[str] = _fk("runbooks.id", "RESTRICT")
    customer_id: Mapped[str | None] = _fk("customers.id", "SET NULL", nullable=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(10), default="drill")
    participants: Mapped[list[str]] = mapped_column(JSON, default=list)
    outcome: Mapped[str] = mapped_column(String(20), default="success")
    deviations: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    # A run under way is "running" until finished; a record typed in afterwards is "finished".
    status: Mapped[str] = mapped_column(String(20), default="finished", index=True)
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]


class DrillStepResult(Base):
    __tablename__ = "drill_step_results"
    id: Mapped[str] = _id()
    drill_id: Mapped[str] = _fk("drills.id", "CASCADE")
    step_id: Mapped[str | None] = _fk("runbook_steps.id", "SET NULL", nullable=True)
    position: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    ok: Mapped[bool] = mapped_column(Boolean, default=True)  # kept equal to status != "failed"
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="done")  # done | failed | skipped
    # Copied from the runbook step when it is run, so the record stays true if the step changes.
    planned_minutes: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(Text, default="")


# --- training --------------------------------------------------------------


class Course(Versioned, Timestamped, Base):
    __tablename__ = "courses"
    id: Mapped[str] = _id()
    title: Mapped[str] = mapped_column(String(300))
    outline: Mapped[str] = mapped_column(Text, default="")
    trainer: Mapped[str] = mapped_column(String(100), default="")
    duration_hours: Mapped[int] = mapped_column(Integer, default=2)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)


class Material(Versioned, Base):
    """A course material; ``text`` is what search reads (extracted or typed)."""

    __tablename__ = "materials"
    id: Mapped[str] = _id()
    course_id: Mapped[str] = _fk("courses.id", "CASCADE")
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text, default="")
    # The course folder's subfolder the file came from ("Day 1", "Labs"); may be empty.
    section: Mapped[str] = mapped_column(String(200), default="")


class TrainingSession(Versioned, Base):
    __tablename__ = "training_sessions"
    id: Mapped[str] = _id()
    course_id: Mapped[str] = _fk("courses.id", "RESTRICT")
    customer_id: Mapped[str | None] = _fk("customers.id", "RESTRICT", nullable=True)
    planned_date: Mapped[date] = mapped_column(Date, index=True)
    held_date: Mapped[date | None] = mapped_column(Date)
    trainer: Mapped[str] = mapped_column(String(100), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    onsite: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    feedback: Mapped[str] = mapped_column(Text, default="")


class Attendance(Base):
    __tablename__ = "attendance"
    id: Mapped[str] = _id()
    session_id: Mapped[str] = _fk("training_sessions.id", "CASCADE")
    name: Mapped[str] = mapped_column(String(100))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    attended: Mapped[bool] = mapped_column(Boolean, default=True)
    score: Mapped[int | None] = mapped_column(Integer)  # feedback 1–5
    comment: Mapped[str] = mapped_column(Text, default="")


# --- attachments -----------------------------------------------------------


class Attachment(Base):
    """A file attached to a record. The bytes live once per content hash."""

    __tablename__ = "attachments"
    id: Mapped[str] = _id()
    owner_type: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    # A newer version of a file names the row it replaces; the replaced row
    # stays (a course material keeps its earlier versions). No foreign key:
    # an import may bring the two rows in any order.
    replaces_id: Mapped[str | None] = mapped_column(String(32), index=True)
    __table_args__ = (Index("ix_attachments_owner", "owner_type", "owner_id"),)


class AttachmentText(Base):
    """The text extracted from one stored file (by content hash), or why there is none.

    Derived data: every attachment with this hash (on a case, an article, a
    material, …) shares it; it is rebuilt by extraction, never exported.
    """

    __tablename__ = "attachment_texts"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    extractor_version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))  # ok | image | encrypted | … (kbdesk.extract)
    reason: Mapped[str] = mapped_column(String(500), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    extracted_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- search outbox ---------------------------------------------------------


class IndexQueueItem(Base):
    """A record whose index entry is stale. Written in the same transaction
    as the change itself, drained by the search layer after it updates the
    index; whatever is left at open time is replayed (crash repair).

    Only indexed types are queued (case, article, runbook, drill, material,
    course, service_record, complaint); a change to a child (timeline entry,
    escalation, runbook step, drill step) queues an ``upsert`` of its parent.
    """

    __tablename__ = "index_queue"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(32))
    op: Mapped[str] = mapped_column(String(10))  # upsert | delete
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Team archive: the revision handed out at COMMIT (see storage/feed.py); SQLite leaves it NULL.
    revision: Mapped[int | None] = mapped_column(BigInteger, index=True)
    # AUTOINCREMENT: a drained seq is never handed out again.
    __table_args__ = {"sqlite_autoincrement": True}


class FeedHead(Base):
    """The one row handing out team revisions, locked only for the instant of a COMMIT."""

    __tablename__ = "feed_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    revision: Mapped[int] = mapped_column(BigInteger)


class CaseCounter(Base):
    """Per year, the highest case number handed out in a team archive (services/policies.CaseNumbers)."""

    __tablename__ = "case_counters"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer)


# --- attachment files kept in the database (team archive) ---------------------


class Blob(Base):
    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class BlobChunk(Base):
    __tablename__ = "blob_chunks"
    sha256: Mapped[str] = mapped_column(String(64), ForeignKey("blobs.sha256", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
