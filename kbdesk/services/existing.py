"""What an import checks against the archive: which ids and unique values it already has.

A few IN queries per type instead of one query per line; answers are cached,
so a reference to the same customer on 100,000 lines is looked up once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.archive import Archive
from ..storage.models import Customer
from ..storage.registry import RECORD_TYPES
from .fields import SPECS
from .plain import row_to_dict

_IN_CHUNK = 500


class ExistingRecords:
    """Answers "is this id already in the archive?" with a few IN queries."""

    def __init__(self, session: Session):
        self.s = session
        self._cache: dict[str, set[str]] = defaultdict(set)
        self._asked: dict[str, set[str]] = defaultdict(set)

    def present(self, rtype: str, keys: list[str]) -> set[str]:
        col = getattr(RECORD_TYPES[rtype], SPECS[rtype].key)
        found: set[str] = set()
        for i in range(0, len(keys), _IN_CHUNK):
            found.update(self.s.scalars(select(col).where(col.in_(keys[i:i + _IN_CHUNK]))))
        self._asked[rtype].update(keys)
        self._cache[rtype].update(found)
        return found

    def has(self, rtype: str, key: str) -> bool:
        if key not in self._asked[rtype]:
            self.present(rtype, [key])
        return key in self._cache[rtype]

    def get(self, rtype: str, key: str) -> dict[str, Any] | None:
        obj = self.s.get(RECORD_TYPES[rtype], key)
        return None if obj is None else row_to_dict(obj)

    def values_taken(self, rtype: str, field: str, values: list[str]) -> set[str]:
        column = getattr(RECORD_TYPES[rtype], field)
        taken: set[str] = set()
        for i in range(0, len(values), _IN_CHUNK):
            taken.update(self.s.scalars(select(column).where(column.in_(values[i:i + _IN_CHUNK]))))
        return taken


@contextmanager
def existing_records(archive: Archive) -> Iterator[ExistingRecords]:
    with archive.read_session() as s:
        yield ExistingRecords(s)


def customer_ids_by_name(archive: Archive) -> dict[str, str]:
    """Customer name -> id: a spreadsheet names customers, the archive refers to them by id."""
    with archive.read_session() as s:
        return {name: cid for cid, name in s.execute(select(Customer.id, Customer.name))}
