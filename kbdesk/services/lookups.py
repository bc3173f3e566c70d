"""Small read queries for the front ends: names of referenced records, filter choices.

Plain values out (dicts, lists of tuples); the GUI and the CLI never build SQL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute

from ..storage import models as m
from ..storage.archive import Archive
from ..storage.registry import RECORD_TYPES

# How a referenced record is named in lists and pickers: (its key column, the column naming it;
# a category's name is in the language asked for, English here).
NAME_COLUMN: dict[str, tuple[InstrumentedAttribute[str], InstrumentedAttribute[Any]]] = {
    "customer": (m.Customer.id, m.Customer.name), "runbook": (m.Runbook.id, m.Runbook.title),
    "course": (m.Course.id, m.Course.title), "category": (m.Category.code, m.Category.name_en),
    "drill": (m.Drill.id, m.Drill.date),
    "training_session": (m.TrainingSession.id, m.TrainingSession.planned_date),
    "article": (m.Article.id, m.Article.title), "case": (m.Case.id, m.Case.number),
    "runbook_step": (m.RunbookStep.id, m.RunbookStep.action),
}
NAMED_TYPES = frozenset(NAME_COLUMN)


def record_types() -> tuple[str, ...]:
    """Every record type of the archive."""
    return tuple(RECORD_TYPES)


def record_columns(record_type: str) -> list[str]:
    """The field names of a record type, in table order."""
    return list(RECORD_TYPES[record_type].__table__.columns.keys())


def reference_names(archive: Archive, record_type: str, chinese: bool = False) -> dict[str, str]:
    """Id → the name shown for each record of a :data:`NAMED_TYPES` type (a
    category: code → its Chinese or English name)."""
    key, name = NAME_COLUMN[record_type]
    if record_type == "category" and chinese:
        name = m.Category.name_zh
    with archive.read_session() as s:
        return {k: str(v) for k, v in s.execute(select(key, name))}


def customers_by_name(archive: Archive) -> list[tuple[str, str]]:
    """(id, name) of every customer, by name."""
    with archive.read_session() as s:
        return [(i, n) for i, n in s.execute(select(m.Customer.id, m.Customer.name).order_by(m.Customer.name))]


def case_products(archive: Archive) -> list[str]:
    """The products cases name, each once, sorted."""
    with archive.read_session() as s:
        return [p for p in s.scalars(select(m.Case.product).distinct().order_by(m.Case.product)) if p]


def find_customer(archive: Archive, name_or_id: str) -> str | None:
    """The id of the customer with this id, or else with this name; None if neither."""
    with archive.read_session() as s:
        return s.scalar(select(m.Customer.id).where(m.Customer.id == name_or_id)) or s.scalar(
            select(m.Customer.id).where(m.Customer.name == name_or_id)
        )
