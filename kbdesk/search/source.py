"""What search reads from the archive: the document-source interface.

Search never touches the database itself. It is handed a
:class:`DocumentSource` (implemented in :mod:`kbdesk.services.search_source`
over the SQLite archive; another storage engine brings its own) that gives
plain records of the indexed types, the files' extracted text, and the index
outbox (the changes queued for the index, acknowledged once applied).

Reads that belong together (one drain of the outbox, one full rebuild) go
through one :meth:`DocumentSource.reading` block: a :class:`DocumentReader`
bound to one consistent snapshot of the archive, read in batches.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

# --- the records search indexes (only the fields it reads) -------------------


@dataclass(frozen=True, slots=True)
class CaseRecord:
    id: str
    title: str
    phenomenon: str
    error_messages: str
    logs: str
    environment: str
    business_impact: str
    component: str
    root_cause: str
    workaround: str
    resolution: str
    customer_id: str | None
    product: str
    severity: str
    status: str
    tags: list[str]
    reported_at: datetime | None


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    id: str
    title: str
    problem: str
    solution: str
    body: str
    product: str
    tags: list[str]
    updated_at: datetime | None


@dataclass(frozen=True, slots=True)
class RunbookRecord:
    id: str
    title: str
    summary: str
    preconditions: str
    linked_systems: list[str]
    customer_id: str | None
    product: str
    kind: str
    tags: list[str]


@dataclass(frozen=True, slots=True)
class DrillRecord:
    id: str
    runbook_id: str
    date: date
    deviations: str
    findings: str
    participants: list[str]
    customer_id: str | None
    outcome: str


@dataclass(frozen=True, slots=True)
class MaterialRecord:
    id: str
    title: str
    text: str
    kind: str


@dataclass(frozen=True, slots=True)
class CourseRecord:
    id: str
    title: str
    outline: str
    trainer: str
    tags: list[str]
    updated_at: datetime | None


@dataclass(frozen=True, slots=True)
class ServiceRecordRecord:
    id: str
    content: str
    customer_id: str | None
    date: date
    outcome: str
    engineer: str
    kind: str


@dataclass(frozen=True, slots=True)
class ComplaintRecord:
    id: str
    subject: str
    details: str
    against: str
    response: str
    resolution: str
    customer_id: str | None
    received_at: datetime | None
    closed_at: datetime | None


IndexedRecord = (
    CaseRecord | ArticleRecord | RunbookRecord | DrillRecord | MaterialRecord | CourseRecord
    | ServiceRecordRecord | ComplaintRecord
)

# The record types that are indexed, and the record class of each (in index order).
INDEXED: dict[str, type[IndexedRecord]] = {
    "case": CaseRecord,
    "article": ArticleRecord,
    "runbook": RunbookRecord,
    "drill": DrillRecord,
    "material": MaterialRecord,
    "course": CourseRecord,
    "service_record": ServiceRecordRecord,
    "complaint": ComplaintRecord,
}

# The types whose records carry a ``title`` (shown and used to rerank matches).
TITLED = frozenset(t for t, cls in INDEXED.items() if "title" in cls.__dataclass_fields__)


# --- what comes with the records ---------------------------------------------


@dataclass(frozen=True, slots=True)
class RunbookStepText:
    runbook_id: str
    phase: str
    action: str
    expected_result: str
    rollback: str
    commands: list[str]


@dataclass(frozen=True, slots=True)
class AttachmentText:
    """The extracted text of one current (not replaced) file of a record."""

    owner_id: str
    filename: str
    sha256: str
    text: str


@dataclass(frozen=True, slots=True)
class QueuedChange:
    """One row of the index outbox: record ``op`` ("upsert"/"delete") to apply."""

    seq: int
    record_type: str
    record_id: str
    op: str


class DocumentReader(Protocol):
    """Reads of one consistent snapshot (see :meth:`DocumentSource.reading`)."""

    def pending(self, limit: int) -> list[QueuedChange]:
        """The oldest ``limit`` queued changes, by seq."""
        ...

    def records(self, record_type: str, ids: Sequence[str]) -> list[IndexedRecord]:
        """The records of ``record_type`` with these ids that exist (any order)."""
        ...

    def iter_records(self, batch: int) -> Iterator[tuple[str, list[IndexedRecord]]]:
        """Every indexed record: (type, up to ``batch`` records), type by type in
        :data:`INDEXED` order, each type's records by id."""
        ...

    def counts(self) -> dict[str, int]:
        """Number of records of each indexed type."""
        ...

    def customer_names(self) -> dict[str, str]:
        """Customer id → name, of every customer."""
        ...

    def runbook_steps(self, runbook_ids: Sequence[str]) -> list[RunbookStepText]:
        """The steps of these runbooks, by runbook then position."""
        ...

    def runbook_titles(self, runbook_ids: Sequence[str]) -> dict[str, str]:
        ...

    def drill_step_notes(self, drill_ids: Sequence[str]) -> list[tuple[str, str]]:
        """(drill id, notes) of the steps with notes, by drill then position."""
        ...

    def attachment_texts(self, owner_type: str, owner_ids: Sequence[str]) -> list[AttachmentText]:
        """Extracted, non-empty text of the current files of these records, by
        owner, then time added, then file name."""
        ...

    def titles(self, record_type: str, ids: Sequence[str]) -> dict[str, str]:
        """Id → title of records of a :data:`TITLED` type."""
        ...


class DocumentSource(Protocol):
    """The archive as search sees it."""

    @property
    def index_dir(self) -> Path:
        """The folder of this archive's search index."""
        ...

    def reading(self) -> AbstractContextManager[DocumentReader]:
        """A reader over one consistent snapshot, for the ``with`` block."""
        ...

    def pending_count(self) -> int:
        """Changes queued for the index."""
        ...

    def last_seq(self) -> int:
        """The highest queued ``seq`` (0 when none)."""
        ...

    def ack(self, through_seq: int) -> None:
        """Drop queued changes up to ``through_seq``: they are in the index."""
        ...

    def rebuild_requested(self) -> bool:
        """Whether the archive asked for a full reindex (e.g. after a migration)."""
        ...

    def clear_rebuild_request(self) -> None:
        ...
