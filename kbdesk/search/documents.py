"""Turn archive records into index documents (one schema for every type).

The database is the source of truth: these functions read plain records
through a :class:`~kbdesk.search.source.DocumentReader` (batched reads, fast
enough for a full rebuild) and return dicts of index fields. Nothing here writes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any

from ..domain.enums import SOLVED_STATUSES
from .source import INDEXED, DocumentReader

__all__ = ["INDEXED", "DocBuilder", "attachment_excerpt", "record_texts", "split_uid", "uid"]

_SOLVED = frozenset(str(s) for s in SOLVED_STATUSES)

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


class DocBuilder:
    """Builds index documents for records of any indexed type."""

    def __init__(self, reader: DocumentReader):
        self.r = reader
        self._customer_names: dict[str, str] | None = None

    def customer(self, customer_id: str | None) -> str:
        if not customer_id:
            return ""
        if self._customer_names is None:
            self._customer_names = self.r.customer_names()
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
        for st in self.r.runbook_steps([r.id for r in rows]):
            # A fault that quotes a step's command (`br restore full …`) must reach the runbook.
            steps[st.runbook_id].append(
                _join(st.phase, st.action, st.expected_result, st.rollback, *(st.commands or []))
            )
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
        titles = self.r.runbook_titles(list({r.runbook_id for r in rows}))
        notes: dict[str, list[str]] = defaultdict(list)
        for did, note in self.r.drill_step_notes([r.id for r in rows]):  # what went wrong in a step is a finding too
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

    def build(self, record_type: str, rows: list[Any]) -> Iterator[dict]:
        docs = list(getattr(self, record_type)(rows))
        self._add_attachments(record_type, docs)
        return iter(docs)

    def _add_attachments(self, record_type: str, docs: list[dict]) -> None:
        """``doc["attachments"]``: [(file name, extracted text)] of each record's files."""
        by_id = {split_uid(d["uid"])[1]: d for d in docs}
        seen: set[tuple[str, str]] = set()
        for f in self.r.attachment_texts(record_type, list(by_id)):
            if (f.owner_id, f.sha256) not in seen:  # the same file twice on one record counts once
                seen.add((f.owner_id, f.sha256))
                by_id[f.owner_id].setdefault("attachments", []).append((f.filename, f.text))

    def load(self, record_type: str, ids: Iterable[str]) -> dict[str, dict]:
        """Index documents of the given records that exist, by record id."""
        ids = list(ids)
        out: dict[str, dict] = {}
        for i in range(0, len(ids), 500):
            for doc in self.build(record_type, self.r.records(record_type, ids[i : i + 500])):
                out[split_uid(doc["uid"])[1]] = doc
        return out

    def iter_all(self, batch: int = 2000) -> Iterator[list[dict]]:
        """Every indexed record, in batches of documents."""
        for record_type, rows in self.r.iter_records(batch):
            yield list(self.build(record_type, rows))

    def count_all(self) -> int:
        return sum(self.r.counts().values())


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


def record_texts(reader: DocumentReader, record_type: str, record_id: str) -> dict | None:
    """The index document (title, body, facets) of one record, or None."""
    return DocBuilder(reader).load(record_type, [record_id]).get(record_id)
