"""The one write path: every service write is a unit of work.

A unit of work is one transaction. Inside it a write validates the record
(its type's :mod:`policy <kbdesk.services.policies>` included), writes it,
records the audit entry and queues the search-index update (the outbox), and
notes the change. When the transaction commits, the unit of work's
:class:`~kbdesk.services.changes.ChangeSet` is final and is broadcast once;
when anything in it fails, nothing is kept: no audit entry without its data,
no data without its outbox row.

    with services.unit_of_work(origin="cases") as uow:
        case = uow.create("case", values)
        uow.create("timeline", {...})
    uow.changes  # what changed, by whom, from which view

Single saves (:class:`~kbdesk.services.records.RecordService`), the case
workflow and bulk imports (:mod:`kbdesk.transfer.batch`) all write here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..domain.clock import new_id, utcnow
from ..errors import ConflictError, KbdeskError, NotFoundError, ReadOnlyArchiveError, ValidationError
from ..storage.models import AuditEntry, Base, IndexQueueItem
from ..storage.registry import RECORD_TYPES
from .changes import KIND_OF_ACTION, Change, ChangeHub, ChangeKind, ChangeSet
from .fields import POLYMORPHIC, SPECS, clean_record
from .indexing import INDEXED_TYPES
from .plain import row_to_dict, to_json_dict, to_json_value
from .policies import ImportContext, policy_for

if TYPE_CHECKING:
    from ..storage.archive import Archive


class RefusedByArchive(KbdeskError):
    """The database refused rows that passed every check (a constraint the checks do not know)."""


class UnitOfWork:
    """One write transaction; see the module docstring."""

    def __init__(self, session: Session, archive: Archive, actor: str, origin: str = ""):
        self.session = session
        self.archive = archive
        # A team archive's audit trail names who logged in, not a typed name.
        actor = getattr(archive, "db_user", None) or actor
        self.actor = actor
        self.origin = origin
        self.changes = ChangeSet(actor=actor, origin=origin)  # final once committed
        self._changes: list[Change] = []
        self._affected: set[tuple[str, str]] = set()

    # --- single records -----------------------------------------------------

    def create(self, record_type: str, data: dict[str, Any]) -> dict[str, Any]:
        """Validate and create one record; the record as stored."""
        values = validate(record_type, data)
        policy = policy_for(record_type)
        if SPECS[record_type].key == "id":
            values.setdefault("id", new_id())
        policy.prepare_create(self, values)
        self.check_references(record_type, values)
        policy.check(self, values)
        obj = RECORD_TYPES[record_type](**values)
        self.session.add(obj)
        self.flush(record_type)
        record = row_to_dict(obj)
        policy.after_write(self, record, "create")
        self.record(record_type, record, "create", to_json_dict(record))
        return record

    def insert(self, record_type: str, values: dict[str, Any]) -> dict[str, Any]:
        """Add a row the caller built itself (a snapshot, a timeline entry): no policy, same bookkeeping."""
        return self.add(record_type, RECORD_TYPES[record_type](**values))

    def add(self, record_type: str, obj: Base) -> dict[str, Any]:
        self.session.add(obj)
        self.flush(record_type)
        record = row_to_dict(obj)
        self.record(record_type, record, "create", to_json_dict(record))
        return record

    def update(
        self, record_type: str, target: str | Base, values: dict[str, Any], *,
        lifecycle: bool = False, skip_unchanged: bool = True, expected_version: int | None = None,
    ) -> dict[str, Any]:
        """Change fields of one record (by id or loaded row); the audit keeps the diff.

        ``lifecycle``: the case workflow's own move (its fields are allowed);
        ``skip_unchanged``: an update that changes nothing writes nothing;
        ``expected_version``: the ``row_version`` the user opened: when the
        record has changed since, ConflictError and nothing is written. Every
        write of a versioned record bumps its row_version and is made
        ``WHERE row_version = <loaded>`` (models.Versioned), so a write racing
        another one between load and UPDATE is refused the same way.
        """
        policy = policy_for(record_type)
        if not lifecycle:  # the workflow's own values are not user input
            values = validate(record_type, values, partial=True)
        obj = self._load(record_type, target)
        before = row_to_dict(obj)
        if expected_version is not None and "row_version" in before and before["row_version"] != expected_version:
            raise self._conflict(record_type, before, values, expected_version, self.session)
        if not lifecycle:
            self.check_references(record_type, {**before, **values})
            policy.check(self, {**before, **values})
        diff = {k: [to_json_value(before[k]), to_json_value(v)] for k, v in values.items() if before.get(k) != v}
        if not diff and skip_unchanged:
            return before
        policy.before_update(self, before, values, lifecycle)
        for k, v in values.items():
            setattr(obj, k, v)
        if lifecycle:
            obj.updated_at = utcnow()  # type: ignore[attr-defined]
        try:
            self.flush(record_type)
        except StaleDataError:  # another writer committed between our load and our UPDATE
            key = SPECS[record_type].key
            with self.archive.read_session() as s:
                stored = s.get(RECORD_TYPES[record_type], before[key])
                if stored is None:
                    raise NotFoundError(record_type, str(before[key])) from None
                raise self._conflict(record_type, row_to_dict(stored), values,
                                     before["row_version"] if expected_version is None else expected_version,
                                     s) from None
        record = row_to_dict(obj)
        diff.pop("updated_at", None)
        policy.after_write(self, record, "update")
        self.record(record_type, record, "update", diff)
        return record

    def _conflict(self, record_type: str, theirs: dict[str, Any], mine: dict[str, Any],
                  expected_version: int, session: Session) -> ConflictError:
        """The refusal of a save over a changed record: theirs (with who and when), mine."""
        record_id = str(theirs[SPECS[record_type].key])
        last = session.execute(
            select(AuditEntry.actor, AuditEntry.at)
            .where(AuditEntry.record_type == record_type, AuditEntry.record_id == record_id)
            .order_by(AuditEntry.at.desc()).limit(1)
        ).first()
        return ConflictError(record_type, record_id, expected_version, theirs["row_version"], mine, theirs,
                             changed_by=last.actor if last else "", changed_at=last.at if last else None)

    def delete(self, record_type: str, target: str | Base) -> dict[str, Any]:
        """Remove one record (its dependents are the caller's: see RecordService.delete)."""
        obj = self._load(record_type, target)
        record = row_to_dict(obj)
        self.session.delete(obj)
        try:
            self.session.flush()
        except StaleDataError:  # changed or deleted by someone else since it was loaded
            key = SPECS[record_type].key
            with self.archive.read_session() as s:
                stored = s.get(RECORD_TYPES[record_type], record[key])
                if stored is None:
                    raise NotFoundError(record_type, str(record[key])) from None
                raise self._conflict(record_type, row_to_dict(stored), {}, record["row_version"], s) from None
        self.record(record_type, record, "delete", to_json_dict(record))
        return record

    # --- bulk -----------------------------------------------------------------

    def insert_many(self, record_type: str, rows: list[dict[str, Any]], now: datetime,
                    action: str = "import") -> None:
        """Insert complete rows (every column given) with their audit and outbox rows, fast."""
        # The table, not the mapped class: an ORM bulk insert would reset row_version to 1
        # (version_id_col), and an imported record keeps the version it was exported with.
        self.session.execute(insert(RECORD_TYPES[record_type].__table__), rows)
        key = SPECS[record_type].key
        self.session.execute(insert(AuditEntry), [
            {"id": new_id(), "at": now, "actor": self.actor, "action": action,
             "record_type": record_type, "record_id": str(r[key]), "changes": None}
            for r in rows
        ])
        if key == "id":
            entries = policy_for(record_type).index_entries
            self._queue([q for r in rows for q in entries(record_type, r, action)], now)
        for r in rows:
            self._affected.update(_references(record_type, r))
        self._note(record_type, [str(r[key]) for r in rows], KIND_OF_ACTION[action])

    def import_context(self, with_defaults: Callable[[str, dict], dict]) -> ImportContext:
        return ImportContext(self.session, self.actor, with_defaults)

    # --- bookkeeping ------------------------------------------------------------

    def record(self, record_type: str, record: dict[str, Any], action: str, audit_changes: dict | None) -> None:
        """The audit entry, the index outbox row(s) and the change, for one written record."""
        key = SPECS[record_type].key
        now = utcnow()
        record_id = str(record[key])
        self.session.execute(insert(AuditEntry), [{
            "id": new_id(), "at": now, "actor": self.actor, "action": action,
            "record_type": record_type, "record_id": record_id, "changes": audit_changes,
        }])
        if key == "id":
            self._queue(policy_for(record_type).index_entries(record_type, record, action), now)
        self._affected.update(_references(record_type, record))
        fields = frozenset(audit_changes or ()) if action == "update" else frozenset()
        self._note(record_type, [record_id], KIND_OF_ACTION[action], fields)

    def derived(self, record_type: str, record_id: str) -> None:
        """Data shown with a record changed without the record itself (the text of its file):
        no audit entry; its index entry is queued and the views hear of it."""
        if record_type in INDEXED_TYPES:
            self._queue([(record_type, record_id, "upsert")], utcnow())
        self._note(record_type, [record_id], ChangeKind.UPDATED)

    def _queue(self, queued: list[tuple[str, str, str]], now: datetime) -> None:
        if queued:
            self.session.execute(insert(IndexQueueItem), [
                {"record_type": t, "record_id": i, "op": op, "queued_at": now} for t, i, op in queued
            ])
            self._affected.update((t, i) for t, i, _op in queued)

    def _note(self, record_type: str, ids: list[str], kind: ChangeKind,
              fields: frozenset[str] = frozenset()) -> None:
        last = self._changes[-1] if self._changes else None
        if last is not None and (last.record_type, last.kind, last.fields) == (record_type, kind, fields):
            self._changes[-1] = Change(record_type, last.ids + tuple(ids), kind, fields)
        else:
            self._changes.append(Change(record_type, tuple(ids), kind, fields))

    def change_set(self) -> ChangeSet:
        return ChangeSet(tuple(self._changes), self.actor, self.origin, frozenset(self._affected))

    # --- checks -------------------------------------------------------------------

    def check_references(self, record_type: str, values: dict[str, Any]) -> None:
        problems: dict[str, str] = {}
        s = self.session
        for fspec in SPECS[record_type].fields.values():
            target = fspec.reference
            ref = values.get(fspec.name)
            if target and ref is not None and s.get(RECORD_TYPES[target], ref) is None:
                problems[fspec.name] = f"no {target} with id {ref!r}"
        for type_field, id_field in POLYMORPHIC.get(record_type, ()):
            t, i = values.get(type_field), values.get(id_field)
            if t in RECORD_TYPES and i is not None and s.get(RECORD_TYPES[t], i) is None:
                problems[id_field] = f"no {t} with id {i!r}"
        if problems:
            raise ValidationError(record_type, problems)

    def flush(self, record_type: str) -> None:
        try:
            self.session.flush()
        except IntegrityError as exc:
            raise ValidationError(record_type, {"record": _integrity_message(exc)}) from exc

    def _load(self, record_type: str, target: str | Base) -> Base:
        if isinstance(target, Base):
            return target
        obj = self.session.get(RECORD_TYPES[record_type], target)
        if obj is None:
            raise NotFoundError(record_type, target)
        return obj


@contextmanager
def unit_of_work(archive: Archive, actor: str, hub: ChangeHub | None = None, origin: str = "",
                 read_only: bool = False) -> Iterator[UnitOfWork]:
    """Open one unit of work; its change set is published on ``hub`` once it has committed."""
    if read_only:
        raise ReadOnlyArchiveError()
    try:
        with archive.session() as s:
            uow = UnitOfWork(s, archive, actor, origin)
            yield uow
    except IntegrityError as exc:  # single writes turn theirs into ValidationError at flush
        raise RefusedByArchive(str(exc.orig)) from exc
    # Committed: only now is the change set final, and only now may the views hear of it.
    uow.changes = uow.change_set()
    if hub is not None:
        hub.publish(uow.changes)


def validate(record_type: str, data: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    """The values to store for ``data`` (see ``fields.clean_record``), or ValidationError."""
    if record_type not in RECORD_TYPES:
        raise ValidationError(record_type, {"type": f"unknown record type {record_type!r}"})
    if not policy_for(record_type).writable:
        raise ValidationError(record_type, {"type": "history records cannot be changed"})
    values, problems = clean_record(record_type, data, partial=partial)
    if problems:
        raise ValidationError(record_type, problems)
    return values


def _references(record_type: str, record: dict[str, Any]) -> list[tuple[str, str]]:
    """The records this one points at (its case, customer, owner…): their views show it."""
    fields = _REFERENCE_FIELDS.get(record_type)
    if fields is None:
        fields = _REFERENCE_FIELDS[record_type] = [
            (f.name, f.reference) for f in SPECS[record_type].fields.values() if f.reference]
    out = [(target, str(record[name])) for name, target in fields if record.get(name) is not None]
    for type_field, id_field in POLYMORPHIC.get(record_type, ()):
        if record.get(type_field) and record.get(id_field) is not None:
            out.append((record[type_field], str(record[id_field])))
    return out


_REFERENCE_FIELDS: dict[str, list[tuple[str, str]]] = {}


def _integrity_message(exc: IntegrityError) -> str:
    text = str(exc.orig)
    if "UNIQUE" in text:
        cols = text.split(":", 1)[-1].strip()
        return f"another record already has the same {cols}"
    if "FOREIGN KEY" in text:
        return "refers to a record that does not exist"
    return text
