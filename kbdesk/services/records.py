"""Create, read, update, delete and list any record type, with validation and audit.

Every write is one unit of work (:mod:`kbdesk.services.unit_of_work`): one
transaction that also records the audit entry and queues the search-index
update, so the three never disagree after a crash, and that returns the
change set. What a type adds (numbers, versions, …) is its policy
(:mod:`kbdesk.services.policies`).
"""

from __future__ import annotations

import builtins
import copy
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Self

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from ..errors import NotFoundError, ReferencedError, ValidationError
from ..storage.archive import Archive
from ..storage.models import Base
from ..storage.registry import RECORD_TYPES
from .changes import ChangeHub, ChangeSet
from .fields import POLYMORPHIC, SPECS
from .plain import row_to_dict, to_json_dict
from .unit_of_work import UnitOfWork, unit_of_work, validate


@dataclass(frozen=True)
class Saved:
    """A save's result: the record as stored and the change set of its unit of work."""

    record: dict[str, Any]
    changes: ChangeSet
    records: tuple[dict[str, Any], ...] = ()  # every record of a create_all, in order


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
                 read_only: bool = False, origin: str = ""):
        self.archive = archive
        self.actor = archive.db_user or actor  # a team archive: the authenticated user
        self.hub = hub or ChangeHub()
        self.origin = origin  # who starts the writes: a view's name, "cli", …
        # Another app instance holds the archive: every write is refused here,
        # whatever the UI enables.
        self.read_only = read_only

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

    def unit_of_work(self, origin: str | None = None) -> AbstractContextManager[UnitOfWork]:
        """One write transaction (validate, write, audit, outbox, change set); see unit_of_work.py."""
        return unit_of_work(self.archive, self.actor, self.hub,
                            self.origin if origin is None else origin, self.read_only)

    def for_origin(self, origin: str) -> Self:
        """The same services, writing on behalf of one view: its change sets name it."""
        clone = copy.copy(self)
        clone.origin = origin
        return clone

    def save(self, record_type: str, data: dict[str, Any], record_id: str | None = None,
             expected_version: int | None = None) -> Saved:
        """Create (no ``record_id``) or update one record; the record as saved and what changed.

        ``expected_version``: the ``row_version`` of the record as the user opened
        it (``get()`` returns it); a record changed since is not overwritten:
        :class:`~kbdesk.errors.ConflictError` with both versions, nothing written."""
        if record_id is None:
            return self.create_all_saved([(record_type, data)])
        _writable(record_type)
        spec = SPECS[record_type]
        if spec.key in data and data[spec.key] != record_id:
            raise ValidationError(record_type, {spec.key: "cannot be changed"})
        values = _clean(record_type, data, partial=True)
        with self.unit_of_work() as uow:
            record = uow.update(record_type, record_id, values, expected_version=expected_version)
        return Saved(record, uow.changes)

    def create(self, record_type: str, data: dict[str, Any]) -> dict[str, Any]:
        return self.create_all([(record_type, data)])[0]

    # builtins.list: in this class body, "list" is the method list() above.
    def create_all(self, items: builtins.list[tuple[str, dict[str, Any]]]) -> builtins.list[dict[str, Any]]:
        """Create several records in one transaction: all of them or none."""
        return list(self.create_all_saved(items).records)

    def create_all_saved(self, items: builtins.list[tuple[str, dict[str, Any]]]) -> Saved:
        """:meth:`create_all`, with the change set."""
        cleaned = [(t, _clean(t, d)) for t, d in items]
        with self.unit_of_work() as uow:
            records = [uow.create(record_type, values) for record_type, values in cleaned]
        return Saved(records[0], uow.changes, tuple(records))

    def update(self, record_type: str, record_id: str, data: dict[str, Any],
               expected_version: int | None = None) -> dict[str, Any]:
        return self.save(record_type, data, record_id, expected_version).record

    def delete(self, record_type: str, record_id: str) -> DeleteResult:
        _writable(record_type)
        result = DeleteResult(record_type, record_id)
        with self.unit_of_work() as uow:
            obj = uow.session.get(_model(record_type), record_id)
            if obj is None:
                raise NotFoundError(record_type, record_id)
            blockers = self._blocking_references(uow.session, record_type, record_id)
            if blockers:
                raise ReferencedError(record_type, record_id, blockers)
            self._delete_dependents(uow, record_type, record_id, result)
            uow.delete(record_type, obj)
        result.changes = uow.changes
        return result

    def _blocking_references(self, s: Session, record_type: str, record_id: str) -> dict[str, int]:
        blockers: dict[str, int] = {}
        for child_type, col, ondelete in _incoming(record_type):
            if ondelete == "RESTRICT":
                n = s.scalar(select(func.count()).where(col == record_id)) or 0
                if n:
                    blockers[child_type] = n
        return blockers

    def _delete_dependents(self, uow: UnitOfWork, record_type: str, record_id: str,
                           result: DeleteResult) -> None:
        """Audit what the database will cascade, and remove polymorphic links."""
        s = uow.session
        for child_type, col, ondelete in _incoming(record_type):
            model = RECORD_TYPES[child_type]
            rows = s.scalars(select(model).where(col == record_id)).all()
            if not rows:
                continue
            if ondelete == "CASCADE":
                for child in rows:
                    child_id = SPECS[child_type].key
                    self._delete_dependents(uow, child_type, getattr(child, child_id), result)
                    rec = row_to_dict(child)
                    uow.record(child_type, rec, "delete", to_json_dict(rec))
                    s.delete(child)
                result.cascaded[child_type] = result.cascaded.get(child_type, 0) + len(rows)
            else:  # SET NULL
                for child in rows:
                    rec = row_to_dict(child)
                    setattr(child, col.key, None)
                    uow.record(child_type, rec, "update", {col.key: [record_id, None]})
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
                    uow.record(poly_type, rec, "delete", to_json_dict(rec))
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
    validate(record_type, {}, partial=True)


def _clean(record_type: str, data: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    """Validated before the write lock is taken: bad input never waits for it."""
    return validate(record_type, data, partial=partial)


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
