"""ORM rows to plain data and back: what crosses threads and goes to files."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ..storage.models import Base


def row_to_dict(obj: Base) -> dict[str, Any]:
    return {col.key: getattr(obj, col.key) for col in obj.__table__.columns}


def to_json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def to_json_dict(data: dict[str, Any]) -> dict[str, Any]:
    return {k: to_json_value(v) for k, v in data.items()}
