"""What each record type adds to a write: one small policy object per type.

The unit of work (:mod:`kbdesk.services.unit_of_work`) calls the same hooks
for every type; a type with rules of its own (a case's number, an article's
version history, a drill step's status) overrides only those hooks. Single
saves and bulk imports go through the same policy, so a case imported without
a number gets the number a single save would give it.

Every record type has an entry in :data:`POLICIES` (a test enumerates the
types): a new type must say how it is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Integer, cast, func, select, text
from sqlalchemy.orm import Session

from ..domain.clock import new_id, utcnow
from ..errors import ValidationError
from ..storage.models import ArticleVersion, Case
from .drill_checks import check_step_times, complete_imported_steps, fill_from_step, sync_step_status
from .indexing import INDEXED_TYPES, index_entries
from .material_files import check_replacement

if TYPE_CHECKING:
    from .unit_of_work import UnitOfWork


class RecordPolicy:
    """The rules of a type without rules of its own: every hook does nothing."""

    writable = True  # False: history that no service write may change

    def prepare_create(self, uow: UnitOfWork, values: dict[str, Any]) -> None:
        """Fill what the user does not give (numbers, derived fields), before the checks."""

    def check(self, uow: UnitOfWork, values: dict[str, Any]) -> None:
        """Refuse values that are well-formed but not allowed (raise ValidationError)."""

    def before_update(self, uow: UnitOfWork, before: dict[str, Any], values: dict[str, Any],
                      lifecycle: bool) -> None:
        """Adjust or refuse an update; ``lifecycle``: the case workflow's own move."""

    def after_write(self, uow: UnitOfWork, record: dict[str, Any], action: str) -> None:
        """Write what follows from the record, in the same transaction."""

    def index_entries(self, record_type: str, record: dict[str, Any], action: str) -> list[tuple[str, str, str]]:
        """The search documents this change makes stale: (type, id, op) rows for the outbox."""
        return index_entries(record_type, record, action)

    # --- bulk import ------------------------------------------------------------

    def prepare_import(self, rows: dict[str, list[dict[str, Any]]], context: ImportContext) -> None:
        """Fill the rows of this type (and rows that follow from them) before they are inserted."""

    def after_import(self, uow: UnitOfWork) -> None:
        """Complete the imported rows in the database, before COMMIT."""


class ImportContext:
    """What a bulk import's policies need besides the rows: who imports, and the archive."""

    def __init__(self, session: Session, actor: str, defaults: Any):
        self.session = session
        self.actor = actor
        self.with_defaults = defaults  # (record type, row) -> the row with every column's default


# --- case numbers ---------------------------------------------------------------


class CaseNumbers:
    """``CS-<year>-<n>``: the next number after the highest of its year.

    One allocator for a single save and for a whole import: numbers already in
    the archive and in the file are never reused, and the order is the same.

    SQLite: the highest stored number + 1, read inside the write transaction,
    which holds the archive's only write lock: no one else can take it.

    PostgreSQL (a team archive, several writers at once): max + 1 would hand
    two people racing the same number and one save would fail on UNIQUE. The
    numbers come from the per-year row of ``case_counters`` instead, bumped in
    a short transaction of its own on a separate connection (one UPSERT, then
    COMMIT): its row lock lasts milliseconds, never the caller's transaction, so
    a long import does not make anyone wait. An import reserves the numbers it
    needs in one block (``want``). The counter never goes below the highest
    number stored, so numbers given by hand or written before the counter
    existed are never handed out again. Gaps are accepted: a number taken by a
    transaction that then rolls back (a refused save, a failed import) is not
    reused, so CS-2026-0007 may be followed by CS-2026-0009.
    """

    def __init__(self, session: Session, taken: Iterable[str] = (), want: dict[int, int] | None = None):
        self.s = session
        self.taken = set(taken)
        self.want = dict(want or {})  # year -> how many numbers to reserve at once (team archive)
        self._next: dict[int, int] = {}
        self._end: dict[int, int] = {}  # team archive: last number of the reserved block, per year
        self._shared = session.get_bind().dialect.name == "postgresql"

    def next(self, reported_at: datetime | None) -> str:
        year = (reported_at or utcnow()).year
        prefix = f"CS-{year}-"
        if self._shared:
            return self._next_shared(year, prefix)
        if year not in self._next:
            self._next[year] = max(self._highest_stored(prefix), _highest(prefix, self.taken)) + 1
        number = f"{prefix}{self._next[year]:04d}"
        while number in self.taken:  # an explicit number in the same file
            self._next[year] += 1
            number = f"{prefix}{self._next[year]:04d}"
        self._next[year] += 1
        self.taken.add(number)
        return number

    def _next_shared(self, year: int, prefix: str) -> str:
        while True:
            if year not in self._next or self._next[year] > self._end[year]:
                self._reserve(year, prefix, max(1, self.want.get(year, 1)))
            number = f"{prefix}{self._next[year]:04d}"
            self._next[year] += 1
            if number not in self.taken:  # an explicit number in the same file
                self.taken.add(number)
                return number

    def _reserve(self, year: int, prefix: str, count: int) -> None:
        """Take ``count`` numbers of ``year`` from the team's counter, committed at once."""
        bind = self.s.get_bind()
        engine = bind.engine  # an Engine's .engine is itself; a Connection's is its engine
        with engine.connect() as conn, conn.begin():
            floor = max(self._highest_stored(prefix, conn), _highest(prefix, self.taken))
            last = conn.execute(text(
                "INSERT INTO case_counters (year, last_number) VALUES (:year, :floor + :n) "
                "ON CONFLICT (year) DO UPDATE "
                "SET last_number = GREATEST(case_counters.last_number, :floor) + :n "
                "RETURNING last_number"
            ), {"year": year, "floor": floor, "n": count}).scalar_one()
        self._next[year], self._end[year] = last - count + 1, last

    def _highest_stored(self, prefix: str, conn: Connection | None = None) -> int:
        suffix = cast(func.substr(Case.number, len(prefix) + 1), Integer)
        stmt = select(func.max(suffix)).where(Case.number.like(prefix + "%"))
        return (conn.scalar(stmt) if conn is not None else self.s.scalar(stmt)) or 0


def _highest(prefix: str, numbers: Iterable[str]) -> int:
    tails = (n[len(prefix):] for n in numbers if n.startswith(prefix))
    return max((int(t) for t in tails if t.isdigit()), default=0)


class CasePolicy(RecordPolicy):
    # Changed only through CaseWorkflow, which enforces the allowed transitions
    # and writes the timeline entry in the same transaction.
    WORKFLOW_FIELDS = {
        "status": "change the status with the case workflow, which checks the allowed steps and "
                  "records them in the timeline",
        "not_a_fault": "mark or unmark \"not a fault\" with the case workflow, which records why",
    }

    def prepare_create(self, uow: UnitOfWork, values: dict[str, Any]) -> None:
        if not values.get("number"):
            values["number"] = CaseNumbers(uow.session).next(values.get("reported_at"))

    def before_update(self, uow: UnitOfWork, before: dict[str, Any], values: dict[str, Any],
                      lifecycle: bool) -> None:
        if lifecycle:
            return
        problems = {k: msg for k, msg in self.WORKFLOW_FIELDS.items() if k in values and values[k] != before[k]}
        if problems:
            raise ValidationError("case", problems)

    def prepare_import(self, rows: dict[str, list[dict[str, Any]]], context: ImportContext) -> None:
        cases = rows.get("case", [])
        unnumbered = [c for c in cases if not c.get("number")]
        if not unnumbered:
            return
        want: dict[int, int] = {}
        for case in unnumbered:
            year = (case.get("reported_at") or utcnow()).year
            want[year] = want.get(year, 0) + 1
        numbers = CaseNumbers(context.session, (c["number"] for c in cases if c.get("number")), want)
        for case in unnumbered:
            case["number"] = numbers.next(case.get("reported_at"))


# --- articles and their versions ---------------------------------------------------

ARTICLE_CONTENT = ("title", "body", "product", "problem", "solution", "tags")


def article_snapshot(article: dict[str, Any], edited_by: str, edited_at: datetime) -> dict[str, Any]:
    """The article_version row that keeps this version of an article's content."""
    version = {k: article[k] for k in ARTICLE_CONTENT}
    version.update(id=new_id(), article_id=article["id"], version=article["version"],
                   edited_by=edited_by, edited_at=edited_at)
    return version


class ArticlePolicy(RecordPolicy):
    def before_update(self, uow: UnitOfWork, before: dict[str, Any], values: dict[str, Any],
                      lifecycle: bool) -> None:
        if any(k in values and values[k] != before[k] for k in ARTICLE_CONTENT):
            values["version"] = before["version"] + 1

    def after_write(self, uow: UnitOfWork, record: dict[str, Any], action: str) -> None:
        if action == "create" or not _has_version(uow.session, record):
            uow.insert("article_version", article_snapshot(record, uow.actor, utcnow()))

    def prepare_import(self, rows: dict[str, list[dict[str, Any]]], context: ImportContext) -> None:
        """An article imported without its history gets its current version as the first."""
        versioned = {v["article_id"] for v in rows.get("article_version", [])}
        snapshots = []
        for art in rows.get("article", []):
            if art["id"] not in versioned:
                full = context.with_defaults("article", art)
                snapshots.append(article_snapshot(full, full["author"] or context.actor, full["updated_at"]))
        if snapshots:
            rows.setdefault("article_version", []).extend(snapshots)


def _has_version(s: Session, article: dict[str, Any]) -> bool:
    return bool(s.scalar(select(func.count()).where(
        ArticleVersion.article_id == article["id"], ArticleVersion.version == article["version"])))


# --- drills, attachments, history --------------------------------------------------


class DrillStepPolicy(RecordPolicy):
    def prepare_create(self, uow: UnitOfWork, values: dict[str, Any]) -> None:
        sync_step_status(values, {})
        fill_from_step(uow.session, values)

    def check(self, uow: UnitOfWork, values: dict[str, Any]) -> None:
        check_step_times(uow.session, uow.archive, values)

    def before_update(self, uow: UnitOfWork, before: dict[str, Any], values: dict[str, Any],
                      lifecycle: bool) -> None:
        sync_step_status(values, before)

    def prepare_import(self, rows: dict[str, list[dict[str, Any]]], context: ImportContext) -> None:
        for row in rows.get("drill_step", []):
            sync_step_status(row, {})  # an older file's ok = false is a failed step

    def after_import(self, uow: UnitOfWork) -> None:
        complete_imported_steps(uow.session)


class AttachmentPolicy(RecordPolicy):
    def index_entries(self, record_type: str, record: dict[str, Any], action: str) -> list[tuple[str, str, str]]:
        # The owner's document carries the file's text.
        if record.get("owner_type") in INDEXED_TYPES:
            return [(record["owner_type"], record["owner_id"], "upsert")]
        return []

    def check(self, uow: UnitOfWork, values: dict[str, Any]) -> None:
        # The blob is stored before the row that names it.
        if not uow.archive.blobs.has(values["sha256"]):
            raise ValidationError("attachment", {"sha256": "no stored file has this hash"})
        check_replacement(uow.session, values)


class HistoryPolicy(RecordPolicy):
    """The audit trail: written by the unit of work itself, never through a service write."""

    writable = False


_PLAIN = RecordPolicy()

POLICIES: dict[str, RecordPolicy] = {
    "category": _PLAIN,
    "customer": _PLAIN,
    "contact": _PLAIN,
    "case": CasePolicy(),
    "timeline": _PLAIN,
    "escalation": _PLAIN,
    "notification": _PLAIN,
    "confirmation": _PLAIN,
    "service_record": _PLAIN,
    "complaint": _PLAIN,
    "survey": _PLAIN,
    "article": ArticlePolicy(),
    "article_version": _PLAIN,
    "runbook": _PLAIN,
    "runbook_step": _PLAIN,
    "drill": _PLAIN,
    "drill_step": DrillStepPolicy(),
    "action": _PLAIN,
    "course": _PLAIN,
    "material": _PLAIN,
    "training_session": _PLAIN,
    "attendance": _PLAIN,
    "link": _PLAIN,
    "match_feedback": _PLAIN,  # a person's verdict on a suggestion (services/match_feedback.py)
    "attachment": AttachmentPolicy(),
    "audit": HistoryPolicy(),
}


def policy_for(record_type: str) -> RecordPolicy:
    try:
        return POLICIES[record_type]
    except KeyError:
        raise ValidationError(record_type, {"type": f"no write policy for record type {record_type!r}"}) from None
