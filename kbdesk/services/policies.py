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

from sqlalchemy import Integer, cast, func, select
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
    """

    def __init__(self, session: Session, taken: Iterable[str] = ()):
        self.s = session
        self.taken = set(taken)
        self._next: dict[int, int] = {}

    def next(self, reported_at: datetime | None) -> str:
        year = (reported_at or utcnow()).year
        prefix = f"CS-{year}-"
        if year not in self._next:
            self._next[year] = max(self._highest_stored(prefix), _highest(prefix, self.taken)) + 1
        number = f"{prefix}{self._next[year]:04d}"
        while number in self.taken:  # an explicit number in the same file
            self._next[year] += 1
            number = f"{prefix}{self._next[year]:04d}"
        self._next[year] += 1
        self.taken.add(number)
        return number

    def _highest_stored(self, prefix: str) -> int:
        suffix = cast(func.substr(Case.number, len(prefix) + 1), Integer)
        return self.s.scalar(select(func.max(suffix)).where(Case.number.like(prefix + "%"))) or 0


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
        numbers = CaseNumbers(context.session, (c["number"] for c in cases if c.get("number")))
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
