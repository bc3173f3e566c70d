"""What an export reads: every record as plain JSON-ready data, and the attachment hashes.

One read snapshot for all the records, streamed type by type in primary-key
order (``yield_per``), so memory does not grow with the archive.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select

from ..storage.archive import Archive
from ..storage.models import Attachment
from ..storage.registry import RECORD_TYPES
from .plain import row_to_dict, to_json_dict


@contextmanager
def records_by_type(archive: Archive) -> Iterator[Iterator[tuple[str, Iterator[dict[str, Any]]]]]:
    """``with records_by_type(a) as types: for rtype, rows in types: …`` — each
    type's rows must be read before the next type is asked for."""
    with archive.read_session() as s:
        def types() -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
            for rtype, model in RECORD_TYPES.items():
                key = model.__table__.primary_key.columns.values()[0]
                rows = s.scalars(select(model).order_by(key).execution_options(yield_per=2000))
                yield rtype, (to_json_dict(row_to_dict(obj)) for obj in rows)

        yield types()


def attachment_hashes(archive: Archive) -> list[str]:
    """The distinct hashes of the stored attachment files, sorted."""
    with archive.read_session() as s:
        return sorted(set(s.scalars(select(Attachment.sha256))))
