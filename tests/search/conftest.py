"""Fixtures: a real archive (SQLite file) and a real Whoosh index in tmp_path.

Records are written the way the service layer writes them: the row and its
``index_queue`` entry in one transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import count

import pytest
from sqlalchemy import text

from kbdesk.search import SearchService
from kbdesk.services.search_source import ArchiveDocuments
from kbdesk.storage import models as m
from kbdesk.storage.archive import Archive

_numbers = count(1)


class Writer:
    """Adds records with their queue rows, like kbdesk.services does."""

    def __init__(self, archive: Archive):
        self.archive = archive
        self.customers: dict[str, str] = {}

    def customer(self, name: str) -> str:
        if name not in self.customers:
            with self.archive.session() as s:
                c = s.query(m.Customer).filter_by(name=name).one_or_none()
                if c is None:
                    c = m.Customer(name=name)
                    s.add(c)
                    s.flush()
                self.customers[name] = c.id
        return self.customers[name]

    def _queue(self, s, record_type: str, record_id: str, op: str = "upsert") -> None:
        s.add(m.IndexQueueItem(record_type=record_type, record_id=record_id, op=op))

    def case(self, title: str, phenomenon: str = "", customer: str = "ACME", **kw) -> str:
        cid = self.customer(customer)
        with self.archive.session() as s:
            c = m.Case(
                number=f"C-{next(_numbers)}",
                customer_id=cid,
                title=title,
                phenomenon=phenomenon,
                category="operation_error",
                severity=kw.pop("severity", "medium"),
                reported_at=kw.pop("reported_at", datetime(2024, 3, 1, tzinfo=UTC)),
                **kw,
            )
            s.add(c)
            s.flush()
            self._queue(s, "case", c.id)
            return c.id

    def article(self, title: str, body: str = "", **kw) -> str:
        with self.archive.session() as s:
            a = m.Article(title=title, body=body, **kw)
            s.add(a)
            s.flush()
            self._queue(s, "article", a.id)
            return a.id

    def runbook(self, title: str, summary: str = "", steps: list[str] = (), **kw) -> str:
        with self.archive.session() as s:
            r = m.Runbook(title=title, kind=kw.pop("kind", "emergency"), summary=summary, **kw)
            s.add(r)
            s.flush()
            for i, action in enumerate(steps, 1):
                s.add(m.RunbookStep(runbook_id=r.id, position=i, action=action))
            self._queue(s, "runbook", r.id)
            return r.id

    def update_case(self, case_id: str, **values) -> None:
        with self.archive.session() as s:
            c = s.get(m.Case, case_id)
            for k, v in values.items():
                setattr(c, k, v)
            self._queue(s, "case", case_id)

    def delete_case(self, case_id: str) -> None:
        with self.archive.session() as s:
            s.delete(s.get(m.Case, case_id))
            self._queue(s, "case", case_id, "delete")

    def queue_length(self) -> int:
        with self.archive.engine.connect() as conn:
            return conn.execute(text("SELECT COUNT(*) FROM index_queue")).scalar_one()


@pytest.fixture
def archive(tmp_path):
    a = Archive.create(tmp_path / "arch")
    yield a
    a.close()


@pytest.fixture
def writer(archive):
    return Writer(archive)


@pytest.fixture
def service(archive):
    svc = SearchService(ArchiveDocuments(archive), procs=1)
    svc.open()
    yield svc
    svc.close()
