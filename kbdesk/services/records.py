"""Create, read, update, delete and list any record type, with validation and audit.

Every write runs in one transaction that also records the audit entry and
queues the search-index update, so the three never disagree after a crash.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import NotFoundError, ReadOnlyArchiveError, ReferencedError, ValidationError
from ..storage.archive import Archive
from ..storage.models import AuditEntry, Base, IndexQueueItem
from ..storage.registry import RECORD_TYPES
from ..storage.types import new_id, utcnow
from .changes import ChangeHub, ChangeSet
from .fields import POLYMORPHIC, SPECS, clean_record
from .indexing import index_entries
from .plain import row_to_dict, to_json_dict, to_json_value

# Records that must stay as history: never updated through services.
READ_ONLY = {"audit"}


@dataclass
class DeleteResult:
    record_type: str
    record_id: str
    # Also removed with it, by type: e.g. {"timeline": 4, "link": 2}.
    cascaded: dict[str, int] = field(default_factory=dict)
    # Records that pointed at it and now point nowhere, by type.
    unlinked: dict[str, int] = field(default_factory=dict)
    changes: ChangeSet = field(default_factory=ChangeSet)


class RecordService:
    def __init__(self, archive: Archive, actor: str, hub: ChangeHub | None = None,
                 read_only: bool = False):
        self.archive = archive
        self.actor = actor
        self.hub = hub or ChangeHub()
        # Another app instance holds the archive: every write is refused here,
        # whatever the UI enables.
        self.read_only = read_only

    def write_session(self):
        """The write unit of work every service write goes through."""
        if self.read_only:
            raise ReadOnlyArchiveError()
        return self.archive.session()

    # --- reads --------------------------------------------------------------

    def get(self, record_type: str, record_id: str) -> dict[str, Any]:
        model = _model(record_type)
        with self.archive.read_session() as s:
            obj = s.get(model, record_id)
            if obj is None:
                raise NotFoundError(record_type, record_id)
            return row_to_dict(obj)

    def list(
        self,
        record_type: str,
        where: dict[str, Any] | None = None,
        order_by: str | None = None,
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
        text: str = "",
        text_fields: tuple[str, ...] = (),
    ) -> list[dict[str, Any]]:
        """Records matching ``where`` (field = value) and, when ``text`` is
        given, containing it in any of ``text_fields`` (case-insensitive)."""
        model = _model(record_type)
        stmt = self._filtered(model, record_type, where, text, text_fields)
        if order_by:
            col = _column(model, record_type, order_by)
            stmt = stmt.order_by(col.desc() if descending else col)
        stmt = stmt.offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.archive.read_session() as s:
            return [row_to_dict(o) for o in s.scalars(stmt)]

    def count(
        self, record_type: str, where: dict[str, Any] | None = None,
        text: str = "", text_fields: tuple[str, ...] = (),
    ) -> int:
        model = _model(record_type)
        stmt = self._filtered(model, record_type, where, text, text_fields)
        with self.archive.read_session() as s:
            return s.scalar(select(func.count()).select_from(stmt.subquery())) or 0

    def _filtered(
        self, model, record_type: str, where: dict[str, Any] | None,
        text: str = "", text_fields: tuple[str, ...] = (),
    ) -> Select:
        stmt = select(model)
        for name, value in (where or {}).items():
            stmt = stmt.where(_column(model, record_type, name) == value)
        if text.strip() and text_fields:
            pattern = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            stmt = stmt.where(or_(*(
                _column(model, record_type, f).ilike(pattern, escape="\\") for f in text_fields
            )))
        return stmt

    # --- writes -------------------------------------------------------------

    def create(self, record_type: str, data: dict[str, Any]) -> dict[str, Any]:
        return self.create_all([(record_type, data)])[0]

    # builtins.list: in this class body, "list" is the method list() above.
    def create_all(
        self, items: builtins.list[tuple[str, dict[str, Any]]]
    ) -> builtins.list[dict[str, Any]]:
        """Create several records in one transaction: all of them or none."""
        cleaned = []
        for record_type, data in items:
            _writable(record_type)
            values, problems = clean_record(record_type, data)
            if problems:
                raise ValidationError(record_type, problems)
            cleaned.append((record_type, values))
        changes = ChangeSet()
        records = []
        with self.write_session() as s:
            for record_type, values in cleaned:
                values = self.prepare_create(s, record_type, values)
                self.check_references(s, record_type, values)
                obj = _model(record_type)(**values)
                s.add(obj)
                self._flush(s, record_type)
                record = row_to_dict(obj)
                self.after_write(s, record_type, record, "create", changes)
                self.record(s, record_type, record, "create", to_json_dict(record), changes)
                records.append(record)
        self.hub.publish(changes)
        return records

    def update(self, record_type: str, record_id: str, data: dict[str, Any]) -> dict[str, Any]:
        _writable(record_type)
        spec = SPECS[record_type]
        if spec.key in data and data[spec.key] != record_id:
            raise ValidationError(record_type, {spec.key: "cannot be changed"})
        values, problems = clean_record(record_type, data, partial=True)
        if problems:
            raise ValidationError(record_type, problems)
        changes = ChangeSet()
        with self.write_session() as s:
            obj = s.get(_model(record_type), record_id)
            if obj is None:
                raise NotFoundError(record_type, record_id)
            before = row_to_dict(obj)
            self.check_references(s, record_type, {**before, **values})
            diff = {
                k: [to_json_value(before[k]), to_json_value(v)]
                for k, v in values.items()
                if before.get(k) != v
            }
            if not diff:
                return before
            self.before_update(s, record_type, obj, before, values)
            for k, v in values.items():
                setattr(obj, k, v)
            self._flush(s, record_type)
            record = row_to_dict(obj)
            diff = {k: d for k, d in diff.items() if k != "updated_at"}
            self.after_write(s, record_type, record, "update", changes)
            self.record(s, record_type, record, "update", diff, changes)
        self.hub.publish(changes)
        return record

    def delete(self, record_type: str, record_id: str) -> DeleteResult:
        _writable(record_type)
        model = _model(record_type)
        result = DeleteResult(record_type, record_id)
        with self.write_session() as s:
            obj = s.get(model, record_id)
            if obj is None:
                raise NotFoundError(record_type, record_id)
            blockers = self._blocking_references(s, record_type, record_id)
            if blockers:
                raise ReferencedError(record_type, record_id, blockers)
            record = row_to_dict(obj)
            self._delete_dependents(s, record_type, record_id, result)
            s.delete(obj)
            s.flush()
            self.record(s, record_type, record, "delete", to_json_dict(record), result.changes)
        self.hub.publish(result.changes)
        return result

    # --- hooks for specialised services ------------------------------------

    def prepare_create(self, s: Session, record_type: str, values: dict) -> dict:
        if SPECS[record_type].key == "id":
            values.setdefault("id", new_id())
        return values

    def before_update(self, s: Session, record_type: str, obj: Base, before: dict, values: dict) -> None:
        pass

    def after_write(self, s: Session, record_type: str, record: dict, action: str, changes: ChangeSet) -> None:
        pass

    # --- shared machinery ---------------------------------------------------

    def record(
        self, s: Session, record_type: str, record: dict, action: str,
        audit_changes: dict | None, changes: ChangeSet,
    ) -> None:
        """Audit entry + index queue + change broadcast entry, in the caller's transaction."""
        key = SPECS[record_type].key
        s.execute(
            insert(AuditEntry),
            [{
                "id": new_id(), "at": utcnow(), "actor": self.actor, "action": action,
                "record_type": record_type, "record_id": str(record[key]),
                "changes": audit_changes,
            }],
        )
        queued = index_entries(record_type, record, action) if key == "id" else []
        if queued:
            s.execute(
                insert(IndexQueueItem),
                [{"record_type": t, "record_id": i, "op": op, "queued_at": utcnow()} for t, i, op in queued],
            )
        changes.add(record_type, str(record[key]), action)

    def check_references(self, s: Session, record_type: str, values: dict) -> None:
        problems: dict[str, str] = {}
        for fspec in SPECS[record_type].fields.values():
            target = fspec.reference
            ref = values.get(fspec.name)
            if target and ref is not None and s.get(_model(target), ref) is None:
                problems[fspec.name] = f"no {target} with id {ref!r}"
        for type_field, id_field in POLYMORPHIC.get(record_type, ()):
            t, i = values.get(type_field), values.get(id_field)
            if t in RECORD_TYPES and i is not None and s.get(_model(t), i) is None:
                problems[id_field] = f"no {t} with id {i!r}"
        if problems:
            raise ValidationError(record_type, problems)

    def _flush(self, s: Session, record_type: str) -> None:
        try:
            s.flush()
        except IntegrityError as exc:
            raise ValidationError(record_type, {"record": _integrity_message(exc)}) from exc

    def _blocking_references(self, s: Session, record_type: str, record_id: str) -> dict[str, int]:
        blockers: dict[str, int] = {}
        for child_type, col, ondelete in _incoming(record_type):
            if ondelete == "RESTRICT":
                n = s.scalar(select(func.count()).where(col == record_id)) or 0
                if n:
                    blockers[child_type] = n
        return blockers

    def _delete_dependents(self, s: Session, record_type: str, record_id: str, result: DeleteResult) -> None:
        """Audit what the database will cascade, and remove polymorphic links."""
        for child_type, col, ondelete in _incoming(record_type):
            model = RECORD_TYPES[child_type]
            rows = s.scalars(select(model).where(col == record_id)).all()
            if not rows:
                continue
            if ondelete == "CASCADE":
                for child in rows:
                    child_id = SPECS[child_type].key
                    self._delete_dependents(s, child_type, getattr(child, child_id), result)
                    rec = row_to_dict(child)
                    self.record(s, child_type, rec, "delete", to_json_dict(rec), result.changes)
                    s.delete(child)
                result.cascaded[child_type] = result.cascaded.get(child_type, 0) + len(rows)
            else:  # SET NULL
                for child in rows:
                    rec = row_to_dict(child)
                    setattr(child, col.key, None)
                    self.record(s, child_type, rec, "update", {col.key: [record_id, None]}, result.changes)
                result.unlinked[child_type] = result.unlinked.get(child_type, 0) + len(rows)
        for poly_type, pairs in POLYMORPHIC.items():
            model = RECORD_TYPES[poly_type]
            for type_field, id_field in pairs:
                rows = s.scalars(
                    select(model).where(
                        getattr(model, type_field) == record_type, getattr(model, id_field) == record_id
                    )
                ).all()
                for row in rows:
                    rec = row_to_dict(row)
                    self.record(s, poly_type, rec, "delete", to_json_dict(rec), result.changes)
                    s.delete(row)
                if rows:
                    result.cascaded[poly_type] = result.cascaded.get(poly_type, 0) + len(rows)
        s.flush()


def _model(record_type: str) -> type[Base]:
    try:
        return RECORD_TYPES[record_type]
    except KeyError:
        raise ValidationError(record_type, {"type": f"unknown record type {record_type!r}"}) from None


def _writable(record_type: str) -> None:
    _model(record_type)
    if record_type in READ_ONLY:
        raise ValidationError(record_type, {"type": "history records cannot be changed"})


def _column(model, record_type: str, name: str):
    if name not in model.__table__.columns:
        raise ValidationError(record_type, {name: f"is not a field of {record_type}"})
    return getattr(model, name)


def _incoming(record_type: str) -> Iterable[tuple[str, Any, str]]:
    """(child type, child column, ON DELETE rule) for every FK into this type."""
    table = RECORD_TYPES[record_type].__table__
    for child_type, model in RECORD_TYPES.items():
        for col in model.__table__.columns:
            for fk in col.foreign_keys:
                if fk.column.table is table:
                    yield child_type, getattr(model, col.key), fk.ondelete or "RESTRICT"


def _integrity_message(exc: IntegrityError) -> str:
    text = str(exc.orig)
    if "UNIQUE" in text:
        cols = text.split(":", 1)[-1].strip()
        return f"another record already has the same {cols}"
    if "FOREIGN KEY" in text:
        return "refers to a record that does not exist"
    return text

