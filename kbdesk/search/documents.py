"""Turn archive records into index documents (one schema for every type).

The database is the source of truth: these functions read records with plain
SQLAlchemy Core selects (fast enough for a full rebuild) and return dicts of
index fields. Nothing here writes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, aliased

from ..domain.enums import SOLVED_STATUSES
from ..storage import models as m

# The record types that are indexed, and the table of each.
INDEXED: dict[str, type[m.Base]] = {
    "case": m.Case,
    "article": m.Article,
    "runbook": m.Runbook,
    "drill": m.Drill,
    "material": m.Material,
    "course": m.Course,
    "service_record": m.ServiceRecord,
    "complaint": m.Complaint,
}

_SOLVED = frozenset(str(s) for s in SOLVED_STATUSES)

# A newer version of a file (a course material's slides replaced by v2): the
# replaced row's text is history, kept out of search and matching.
_NEWER = aliased(m.Attachment)

# Attachment text a record contributes to fault matching (its "body"): logs
# can be 50 MB; the title and the phenomenon must still carry the record.
# Keyword search sees all of the stored text (the "attach" field).
MATCH_EXCERPT_CHARS = 20_000
# Attachment text one record brings to keyword search (≈0.75 s of CPU per
# million characters at reindex on a 2-core machine; see benchmarks/extract_bench.py).
ATTACH_INDEX_CHARS = 8_000_000
# base64 blobs and hex dumps in logs: one unbroken run becomes no giant term
LONG_RUN = re.compile(r"\S{301,}")


def uid(record_type: str, record_id: str) -> str:
    return f"{record_type}:{record_id}"


def split_uid(value: str) -> tuple[str, str]:
    record_type, _, record_id = value.partition(":")
    return record_type, record_id


def _join(*parts: Any) -> str:
    return "\n".join(str(p) for p in parts if p)


def _when(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return None


def _doc(record_type: str, row: Any, title: str, body: str, **facets: Any) -> dict[str, Any]:
    extra = " ".join(str(x) for x in [facets.get("product"), *(facets.get("tags") or [])] if x)
    doc: dict[str, Any] = {
        "uid": uid(record_type, row.id),
        "rtype": record_type,
        "title": title or "",
        "body": f"{body}\n{extra}" if body and extra else (body or extra),
    }
    for key in ("customer", "product", "severity", "status"):
        value = facets.get(key)
        if value:
            doc[key] = str(value)
    tags = facets.get("tags") or []
    if tags:
        doc["tags"] = ",".join(str(t).strip().lower() for t in tags if str(t).strip())
    when = _when(facets.get("date"))
    if when is not None:
        doc["date"] = when.replace(tzinfo=None)
    doc["solved"] = "1" if facets.get("solved") else "0"
    return doc


def _customers(s: Session) -> dict[str, str]:
    return dict(s.execute(select(m.Customer.id, m.Customer.name)).all())


class DocBuilder:
    """Builds index documents for records of any indexed type."""

    def __init__(self, session: Session):
        self.s = session
        self._customer_names: dict[str, str] | None = None

    def customer(self, customer_id: str | None) -> str:
        if not customer_id:
            return ""
        if self._customer_names is None:
            self._customer_names = _customers(self.s)
        return self._customer_names.get(customer_id, "")

    # --- one function per type ------------------------------------------

    def case(self, rows: list[Any]) -> Iterator[dict]:
        for r in rows:
            body = _join(
                r.phenomenon,
                r.error_messages,
                r.logs,
                r.environment,
                r.business_impact,
                r.component,
                r.root_cause,
                r.workaround,
                r.resolution,
            )
            yield _doc(
                "case",
                r,
                r.title,
                body,
                customer=self.customer(r.customer_id),
                product=r.product,
                severity=r.severity,
                status=r.status,
                tags=r.tags,
                date=r.reported_at,
                solved=r.status in _SOLVED,
            )

    def article(self, rows: list[Any]) -> Iterator[dict]:
        for r in rows:
            yield _doc(
                "article",
                r,
                r.title,
                _join(r.problem, r.solution, r.body),
                product=r.product,
                tags=r.tags,
                date=r.updated_at,
                solved=True,
            )

    def runbook(self, rows: list[Any]) -> Iterator[dict]:
        steps: dict[str, list[str]] = defaultdict(list)
        ids = [r.id for r in rows]
        for i in range(0, len(ids), 500):
            q = (
                select(
                    m.RunbookStep.runbook_id,
                    m.RunbookStep.phase,
                    m.RunbookStep.action,
                    m.RunbookStep.expected_result,
                    m.RunbookStep.rollback,
                    m.RunbookStep.commands,
                )
                .where(m.RunbookStep.runbook_id.in_(ids[i : i + 500]))
                .order_by(m.RunbookStep.runbook_id, m.RunbookStep.position)
            )
            for rid, phase, action, expected, rollback, commands in self.s.execute(q):
                # A fault that quotes a step's command (`br restore full …`) must reach the runbook.
                steps[rid].append(_join(phase, action, expected, rollback, *(commands or [])))
        for r in rows:
            body = _join(r.summary, r.preconditions, " ".join(r.linked_systems or []), *steps[r.id])
            yield _doc(
                "runbook",
                r,
                r.title,
                body,
                customer=self.customer(r.customer_id),
                product=r.product,
                status=r.kind,
                tags=r.tags,
                solved=True,
            )

    def drill(self, rows: list[Any]) -> Iterator[dict]:
        ids = {r.runbook_id for r in rows}
        titles = (
            dict(self.s.execute(select(m.Runbook.id, m.Runbook.title).where(m.Runbook.id.in_(ids))).all())
            if ids
            else {}
        )
        notes: dict[str, list[str]] = defaultdict(list)
        drill_ids = [r.id for r in rows]
        for i in range(0, len(drill_ids), 500):
            # What went wrong in a step is a finding too.
            q = (
                select(m.DrillStepResult.drill_id, m.DrillStepResult.notes)
                .where(m.DrillStepResult.drill_id.in_(drill_ids[i : i + 500]), m.DrillStepResult.notes != "")
                .order_by(m.DrillStepResult.drill_id, m.DrillStepResult.position)
            )
            for did, note in self.s.execute(q):
                notes[did].append(note)
        for r in rows:
            # Titles are shown as they are: no codes in them ("drill", "real"), only data.
            title = f"{titles.get(r.runbook_id, '')} ({r.date})"
            body = _join(r.deviations, r.findings, *notes[r.id], " ".join(r.participants or []))
            yield _doc(
                "drill",
                r,
                title,
                body,
                customer=self.customer(r.customer_id),
                status=r.outcome,
                date=r.date,
            )

    def material(self, rows: list[Any]) -> Iterator[dict]:
        for r in rows:
            yield _doc("material", r, r.title, r.text, status=r.kind)

    def course(self, rows: list[Any]) -> Iterator[dict]:
        for r in rows:
            yield _doc("course", r, r.title, _join(r.outline, r.trainer), tags=r.tags, date=r.updated_at)

    def service_record(self, rows: list[Any]) -> Iterator[dict]:
        for r in rows:
            first = (r.content or "").strip().splitlines()
            title = first[0][:120] if first else f"{self.customer(r.customer_id)} {r.date}".strip()
            yield _doc(
                "service_record",
                r,
                title,
                _join(r.content, r.outcome, r.engineer),
                customer=self.customer(r.customer_id),
                status=r.kind,
                date=r.date,
            )

    def complaint(self, rows: list[Any]) -> Iterator[dict]:
        for r in rows:
            body = _join(r.details, r.against, r.response, r.resolution)
            yield _doc(
                "complaint",
                r,
                r.subject,
                body,
                customer=self.customer(r.customer_id),
                status="closed" if r.closed_at else "open",
                date=r.received_at,
                solved=bool(r.closed_at),
            )

    # --- entry points ----------------------------------------------------

    def build(self, record_type: str, rows: Sequence[Any]) -> Iterator[dict]:
        docs = list(getattr(self, record_type)(rows))
        self._add_attachments(record_type, docs)
        return iter(docs)

    def _add_attachments(self, record_type: str, docs: list[dict]) -> None:
        """``doc["attachments"]``: [(file name, extracted text)] of each record's files."""
        by_id = {split_uid(d["uid"])[1]: d for d in docs}
        ids = list(by_id)
        for i in range(0, len(ids), 500):
            q = (
                select(m.Attachment.owner_id, m.Attachment.filename, m.Attachment.sha256, m.AttachmentText.text)
                .join(m.AttachmentText, m.AttachmentText.sha256 == m.Attachment.sha256)
                .where(m.Attachment.owner_type == record_type, m.Attachment.owner_id.in_(ids[i : i + 500]))
                .where(m.AttachmentText.text != "")
                .where(~exists().where(_NEWER.replaces_id == m.Attachment.id))  # earlier versions: not searched
                .order_by(m.Attachment.owner_id, m.Attachment.added_at, m.Attachment.filename)
            )
            seen: set[tuple[str, str]] = set()
            for owner_id, filename, sha, text in self.s.execute(q):
                if (owner_id, sha) not in seen:  # the same file twice on one record counts once
                    seen.add((owner_id, sha))
                    by_id[owner_id].setdefault("attachments", []).append((filename, text))

    def load(self, record_type: str, ids: Iterable[str]) -> dict[str, dict]:
        """Index documents of the given records that exist, by record id."""
        model = INDEXED[record_type]
        ids = list(ids)
        out: dict[str, dict] = {}
        for i in range(0, len(ids), 500):
            rows = self.s.execute(select(model.__table__).where(model.__table__.c.id.in_(ids[i : i + 500]))).all()
            for doc in self.build(record_type, rows):
                out[split_uid(doc["uid"])[1]] = doc
        return out

    def iter_all(self, batch: int = 2000) -> Iterator[list[dict]]:
        """Every indexed record, in batches of documents."""
        for record_type, model in INDEXED.items():
            table = model.__table__
            result = self.s.execute(select(table).order_by(table.c.id)).yield_per(batch)
            for rows in result.partitions(batch):
                yield list(self.build(record_type, list(rows)))

    def count_all(self) -> int:
        from sqlalchemy import func

        return sum(
            self.s.execute(select(func.count()).select_from(model.__table__)).scalar_one()
            for model in INDEXED.values()
        )


def shorten_runs(text: str) -> str:
    return LONG_RUN.sub(lambda m: m.group()[:300], text)


def attachment_excerpt(doc: dict, cap: int = MATCH_EXCERPT_CHARS) -> str:
    """The part of a record's attachment text used for matching: each file's
    start, then its lines with error codes, shared out up to ``cap`` characters."""
    files = doc.get("attachments") or []
    if not files:
        return ""
    from .analysis import extract_codes

    share = max(1000, cap // len(files))
    parts = []
    for _name, text in files:
        if len(text) <= share:
            parts.append(text)
            continue
        head = text[: share // 2]
        rest = share - len(head)
        coded = []
        for line in text[share // 2 :].splitlines():
            if rest <= 0:
                break
            if extract_codes(line[:500]):
                coded.append(line[:500])
                rest -= len(coded[-1]) + 1
        parts.append(head + "\n" + "\n".join(coded))
    return shorten_runs("\n".join(parts)[:cap])


def record_texts(session: Session, record_type: str, record_id: str) -> dict | None:
    """The index document (title, body, facets) of one record, or None."""
    return DocBuilder(session).load(record_type, [record_id]).get(record_id)
