"""The SQLite archive as a search document source (see :mod:`kbdesk.search.source`).

Plain SQLAlchemy Core selects of only the columns search reads, in batches
of 500 ids (fast enough for a full rebuild); records come out as the frozen
dataclasses of :mod:`kbdesk.search.source`. Nothing here writes records; the
outbox methods delete the ``index_queue`` rows search has applied.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path

from sqlalchemy import exists, func, select, text
from sqlalchemy.orm import Session, aliased

from ..jsonstore import JsonStore
from ..search.source import (
    INDEXED,
    TITLED,
    AttachmentText,
    IndexedRecord,
    QueuedChange,
    RunbookStepText,
)
from ..storage import feed
from ..storage import models as m
from ..storage.archive import Archive

_MODELS: dict[str, type[m.Base]] = {
    "case": m.Case,
    "article": m.Article,
    "runbook": m.Runbook,
    "drill": m.Drill,
    "material": m.Material,
    "course": m.Course,
    "service_record": m.ServiceRecord,
    "complaint": m.Complaint,
}
assert list(_MODELS) == list(INDEXED)

# The columns of each record class, in field order (records are built positionally).
_COLUMNS = {
    rtype: [_MODELS[rtype].__table__.c[f.name] for f in fields(cls)] for rtype, cls in INDEXED.items()
}

# A newer version of a file (a course material's slides replaced by v2): the
# replaced row's text is history, kept out of search and matching.
_NEWER = aliased(m.Attachment)
_CHUNK = 500


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


class ArchiveReader:
    """:class:`kbdesk.search.source.DocumentReader` over one read session."""

    def __init__(self, session: Session):
        self.s = session

    def pending(self, limit: int) -> list[QueuedChange]:
        rows = self.s.execute(
            text("SELECT seq, record_type, record_id, op FROM index_queue ORDER BY seq LIMIT :n"), {"n": limit}
        )
        return [QueuedChange(*row) for row in rows]

    def records(self, record_type: str, ids: Sequence[str]) -> list[IndexedRecord]:
        cls, cols = INDEXED[record_type], _COLUMNS[record_type]
        key = _MODELS[record_type].__table__.c.id
        ids = list(ids)
        return [cls(*row) for chunk in _chunks(ids) for row in self.s.execute(select(*cols).where(key.in_(chunk)))]

    def iter_records(self, batch: int) -> Iterator[tuple[str, list[IndexedRecord]]]:
        for record_type, cls in INDEXED.items():
            key = _MODELS[record_type].__table__.c.id
            result = self.s.execute(select(*_COLUMNS[record_type]).order_by(key)).yield_per(batch)
            for rows in result.partitions(batch):
                yield record_type, [cls(*row) for row in rows]

    def counts(self) -> dict[str, int]:
        return {
            rtype: self.s.execute(select(func.count()).select_from(model.__table__)).scalar_one()
            for rtype, model in _MODELS.items()
        }

    def customer_names(self) -> dict[str, str]:
        return dict(self.s.execute(select(m.Customer.id, m.Customer.name)).all())

    def runbook_steps(self, runbook_ids: Sequence[str]) -> list[RunbookStepText]:
        st = m.RunbookStep
        out = []
        for chunk in _chunks(list(runbook_ids)):
            q = (
                select(st.runbook_id, st.phase, st.action, st.expected_result, st.rollback, st.commands)
                .where(st.runbook_id.in_(chunk))
                .order_by(st.runbook_id, st.position)
            )
            out += [RunbookStepText(*row) for row in self.s.execute(q)]
        return out

    def runbook_titles(self, runbook_ids: Sequence[str]) -> dict[str, str]:
        ids = list(runbook_ids)
        if not ids:
            return {}
        return dict(self.s.execute(select(m.Runbook.id, m.Runbook.title).where(m.Runbook.id.in_(ids))).all())

    def drill_step_notes(self, drill_ids: Sequence[str]) -> list[tuple[str, str]]:
        r = m.DrillStepResult
        out: list[tuple[str, str]] = []
        for chunk in _chunks(list(drill_ids)):
            q = (
                select(r.drill_id, r.notes)
                .where(r.drill_id.in_(chunk), r.notes != "")
                .order_by(r.drill_id, r.position)
            )
            out += [(did, note) for did, note in self.s.execute(q)]
        return out

    def attachment_texts(self, owner_type: str, owner_ids: Sequence[str]) -> list[AttachmentText]:
        a, t = m.Attachment, m.AttachmentText
        out = []
        for chunk in _chunks(list(owner_ids)):
            q = (
                select(a.owner_id, a.filename, a.sha256, t.text)
                .join(t, t.sha256 == a.sha256)
                .where(a.owner_type == owner_type, a.owner_id.in_(chunk))
                .where(t.text != "")
                .where(~exists().where(_NEWER.replaces_id == a.id))  # earlier versions: not searched
                .order_by(a.owner_id, a.added_at, a.filename)
            )
            out += [AttachmentText(*row) for row in self.s.execute(q)]
        return out

    def titles(self, record_type: str, ids: Sequence[str]) -> dict[str, str]:
        if record_type not in TITLED:
            return {}
        model = _MODELS[record_type]
        key, title = model.__table__.c.id, model.__table__.c.title
        return {
            rid: value or ""
            for chunk in _chunks(list(ids))
            for rid, value in self.s.execute(select(key, title).where(key.in_(chunk)))
        }


class ArchiveDocuments:
    """:class:`kbdesk.search.source.DocumentSource` of an open :class:`Archive`."""

    def __init__(self, archive: Archive):
        self.archive = archive

    @property
    def index_dir(self) -> Path:
        return self.archive.index_dir

    @contextmanager
    def reading(self) -> Iterator[ArchiveReader]:
        with self.archive.read_session() as s:
            yield ArchiveReader(s)

    def pending_count(self) -> int:
        with self.archive.engine.connect() as conn:
            return conn.execute(text("SELECT COUNT(*) FROM index_queue")).scalar_one()

    def last_seq(self) -> int:
        with self.archive.engine.connect() as conn:
            return conn.execute(text("SELECT COALESCE(MAX(seq), 0) FROM index_queue")).scalar_one()

    def ack(self, through_seq: int) -> None:
        with self.archive.session() as s:
            s.execute(text("DELETE FROM index_queue WHERE seq <= :top"), {"top": through_seq})

    def rebuild_requested(self) -> bool:
        with self.archive.engine.connect() as conn:
            row = conn.execute(text("SELECT value FROM meta WHERE key='index_rebuild_needed'")).first()
        return bool(row and row[0] not in ("", "0"))

    def clear_rebuild_request(self) -> None:
        with self.archive.session() as s:
            s.execute(text("DELETE FROM meta WHERE key='index_rebuild_needed'"))


class TeamReader(ArchiveReader):
    """Reads the team archive's change feed from this desktop's watermark on."""

    def __init__(self, session: Session, watermark: int):
        super().__init__(session)
        self.watermark = watermark

    def pending(self, limit: int) -> list[QueuedChange]:
        # Whole revisions only: the watermark moves past a revision once all of it is applied.
        top = self.s.execute(
            text("SELECT revision FROM index_queue WHERE revision > :w ORDER BY revision OFFSET :k LIMIT 1"),
            {"w": self.watermark, "k": max(0, limit - 1)},
        ).scalar()
        if top is None:
            top = self.s.execute(
                text("SELECT MAX(revision) FROM index_queue WHERE revision > :w"), {"w": self.watermark}
            ).scalar()
        if top is None:
            return []
        rows = self.s.execute(
            text("SELECT revision, record_type, record_id, op FROM index_queue"
                 " WHERE revision > :w AND revision <= :top ORDER BY revision, seq"),
            {"w": self.watermark, "top": top},
        )
        return [QueuedChange(*row) for row in rows]


class TeamDocuments(ArchiveDocuments):
    """A team archive as the source of this desktop's own index.

    The feed rows stay on the server for every desktop; this one remembers,
    next to its index, the last revision it applied (written after the index
    commit: a crash in between replays those changes, which is harmless). A
    desktop without that file builds its index from scratch."""

    def __init__(self, archive: Archive):
        super().__init__(archive)
        self.state = JsonStore(archive.root / "team-feed.json")
        self._head_seen = 0

    def watermark(self) -> int | None:
        value = self.state.read().get("revision")
        return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None

    @contextmanager
    def reading(self) -> Iterator[ArchiveReader]:
        with self.archive.read_session() as s:
            yield TeamReader(s, self.watermark() or 0)

    def pending_count(self) -> int:
        with self.archive.engine.connect() as conn:
            return conn.execute(
                text("SELECT COUNT(*) FROM index_queue WHERE revision > :w"), {"w": self.watermark() or 0}
            ).scalar_one()

    def last_seq(self) -> int:
        with self.archive.engine.connect() as conn:
            self._head_seen = feed.head(conn)  # a rebuild's snapshot starts here
        return self._head_seen

    def ack(self, through_seq: int) -> None:
        mark = self.watermark()
        if mark is None or through_seq > mark:
            self.state.write({"revision": through_seq, "archive": self.archive.url})

    def rebuild_requested(self) -> bool:
        return self.watermark() is None

    def clear_rebuild_request(self) -> None:
        """After a full build: this desktop's index holds everything up to the head seen when it began."""
        if self.watermark() is None:
            self.ack(self._head_seen)
