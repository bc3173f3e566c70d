"""Text of attached files: extract, store per content hash, list what gave none.

The text lives in ``attachment_texts`` keyed by the file's SHA-256, so every
record that owns the file (case, article, material, …) reuses it and a rebuild
of the search index does not extract again. Storing a text queues an index
update of every indexed owner in the same transaction (see IndexQueueItem).
Extraction itself runs in a child process (:class:`kbdesk.extract.ExtractRunner`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, select

from ..domain.clock import utcnow
from ..extract import EXTRACTOR_VERSION, OK, Extraction, ExtractRunner, Limits
from ..extract.core import MB
from ..jsonstore import JsonStore
from ..storage import models as m
from ..storage.registry import RECORD_TYPES
from .unit_of_work import unit_of_work

log = logging.getLogger(__name__)

SETTINGS_KEY = "extraction"  # in the archive's settings.json
CHECK_SAMPLE = 3  # stored texts `kbdesk check` extracts again to compare


@dataclass
class PendingFile:
    sha256: str
    filename: str
    mime: str


@dataclass
class ExtractReport:
    extracted: int = 0
    with_text: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # file names whose stored file is gone
    cancelled: bool = False


@dataclass
class SkippedFile:
    attachment_id: str
    filename: str
    owner_type: str
    owner_id: str
    owner_label: str
    status: str
    reason: str
    sha256: str


def limits_for(archive) -> Limits:
    """The archive's extraction limits (settings.json ``extraction``), else the defaults."""
    path = getattr(archive, "settings_path", None)
    raw = JsonStore(path).section(SETTINGS_KEY) if path is not None else {}
    base = Limits()
    values: dict[str, Any] = {}
    for key, attr, scale in (
        ("max_input_mb", "max_input_bytes", MB),
        ("timeout_s", "timeout_s", 1),
        ("max_text_mb", "max_text_chars", MB),
    ):
        value = raw.get(key) if isinstance(raw, dict) else None
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            values[attr] = type(getattr(base, attr))(value * scale)
    return Limits(**{**base.__dict__, **values})


def files_needing_text(
    archive, reextract: bool = False, hashes: Iterable[str] | None = None
) -> list[PendingFile]:
    """Attached files without a stored text of the current extractor version
    (``reextract``: every attached file)."""
    q = (
        select(m.Attachment.sha256, func.min(m.Attachment.filename), func.min(m.Attachment.mime))
        .outerjoin(m.AttachmentText, m.AttachmentText.sha256 == m.Attachment.sha256)
        .group_by(m.Attachment.sha256)
        .order_by(m.Attachment.sha256)
    )
    if not reextract:
        q = q.where(
            (m.AttachmentText.sha256.is_(None)) | (m.AttachmentText.extractor_version < EXTRACTOR_VERSION)
        )
    if hashes is not None:
        q = q.where(m.Attachment.sha256.in_(list(hashes)))
    with archive.read_session() as s:
        return [PendingFile(sha, name, mime or "") for sha, name, mime in s.execute(q)]


def store_extraction(services, sha256: str, result: Extraction) -> None:
    """Keep ``result`` for the file and queue its owners for re-indexing."""
    row = {
        "sha256": sha256,
        "extractor_version": result.extractor_version,
        "status": result.status,
        "reason": result.reason[:500],
        "text": result.text,
        "extracted_at": utcnow(),
    }
    # Derived data, kept even when another instance holds the archive for records.
    with unit_of_work(services.archive, services.actor, services.hub, origin="extraction") as uow:
        s = uow.session
        s.execute(delete(m.AttachmentText).where(m.AttachmentText.sha256 == sha256))
        s.execute(insert(m.AttachmentText), [row])
        owners = s.execute(
            select(m.Attachment.owner_type, m.Attachment.owner_id)
            .where(m.Attachment.sha256 == sha256)
            .distinct()
        ).all()
        uow.derived("attachment_text", sha256)
        for t, i in owners:
            uow.derived(t, i)


def extract_files(
    services,
    files: list[PendingFile],
    runner: ExtractRunner | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Any = None,
) -> ExtractReport:
    """Extract and store the text of ``files`` (in a child process)."""
    report = ExtractReport()
    own = runner is None
    runner = runner or ExtractRunner(limits_for(services.archive))
    blobs = services.archive.blobs
    try:
        for n, f in enumerate(files):
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                break
            if progress:
                progress(n, len(files))
            if not blobs.has(f.sha256):
                report.missing.append(f.filename)  # `kbdesk check` reports it; nothing to read
                continue
            result = runner.extract(blobs.path_for(f.sha256), f.filename, f.mime)
            store_extraction(services, f.sha256, result)
            report.extracted += 1
            report.with_text += result.status == OK
            report.by_status[result.status] = report.by_status.get(result.status, 0) + 1
        if progress and not report.cancelled:
            progress(len(files), len(files))
    finally:
        if own:
            runner.close()
    return report


def extract_pending(services, reextract: bool = False, **kwargs: Any) -> ExtractReport:
    """Extract every attached file that has no current stored text."""
    return extract_files(services, files_needing_text(services.archive, reextract), **kwargs)


def files_to_reextract(archive, everything: bool = False) -> list[PendingFile]:
    """After an upgrade: the files that gave no text and those of older extractor
    versions (``everything``: every attached file)."""
    if everything:
        return files_needing_text(archive, reextract=True)
    skipped = {f.sha256 for f in skipped_files(archive)}
    pending = files_needing_text(archive)
    have = {f.sha256 for f in pending}
    return pending + [f for f in files_needing_text(archive, True, skipped) if f.sha256 not in have]


def skipped_files(archive) -> list[SkippedFile]:
    """Every attachment whose file gave no text, with the reason (code + detail)."""
    q = (
        select(
            m.Attachment.id,
            m.Attachment.filename,
            m.Attachment.owner_type,
            m.Attachment.owner_id,
            m.AttachmentText.status,
            m.AttachmentText.reason,
            m.Attachment.sha256,
        )
        .join(m.AttachmentText, m.AttachmentText.sha256 == m.Attachment.sha256)
        .where(m.AttachmentText.status != OK)
        .order_by(m.Attachment.owner_type, m.Attachment.owner_id, m.Attachment.filename)
    )
    with archive.read_session() as s:
        rows = s.execute(q).all()
        labels = _owner_labels(s, {(r[2], r[3]) for r in rows})
    return [
        SkippedFile(r[0], r[1], r[2], r[3], labels.get((r[2], r[3]), r[3]), r[4], r[5], r[6]) for r in rows
    ]


def _owner_labels(s, owners: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """A readable name for each owning record (case number + title, a title, …)."""
    out: dict[tuple[str, str], str] = {}
    by_type: dict[str, list[str]] = {}
    for t, i in owners:
        by_type.setdefault(t, []).append(i)
    for t, ids in by_type.items():
        model = RECORD_TYPES.get(t)
        if model is None:
            continue
        cols = [c for c in ("number", "title", "subject", "name") if hasattr(model, c)]
        if not cols:
            continue
        key = model.__table__.c.id
        for row in s.execute(select(key, *[getattr(model, c) for c in cols]).where(key.in_(ids))):
            out[(t, row[0])] = " ".join(str(v) for v in row[1:] if v)
    return out


@dataclass
class TextCheck:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    compared: int = 0


def check_texts(archive, runner: ExtractRunner | None = None, sample: int = CHECK_SAMPLE) -> TextCheck:
    """Stored texts against the stored files: rows whose file is gone, attached
    files without a text, and a few texts extracted again to compare."""
    out = TextCheck()
    with archive.read_session() as s:
        texts = dict(s.execute(select(m.AttachmentText.sha256, m.AttachmentText.status)).all())
        attached = set(s.scalars(select(m.Attachment.sha256).distinct()))
    gone = sorted(sha for sha in texts if not archive.blobs.has(sha))
    for sha in gone:
        out.problems.append(f"extracted text {sha[:12]}… belongs to no stored file")
    unused = len([sha for sha in texts if sha not in attached and sha not in gone])
    if unused:
        out.notes.append(f"{unused} extracted text(s) of files no longer attached to any record")
    without = files_needing_text(archive)
    if without:
        out.notes.append(
            f"{len(without)} attached file(s) without current extracted text "
            "(run `kbdesk attachments --extract`)"
        )
    candidates = sorted(
        sha for sha, status in texts.items() if status == OK and sha in attached and archive.blobs.has(sha)
    )[:sample]
    if candidates:
        own = runner is None
        runner = runner or ExtractRunner(limits_for(archive))
        try:
            for sha in candidates:
                out.problems.extend(_compare(archive, runner, sha))
                out.compared += 1
        finally:
            if own:
                runner.close()
    return out


def _compare(archive, runner: ExtractRunner, sha: str) -> list[str]:
    with archive.read_session() as s:
        stored = s.get(m.AttachmentText, sha)
        name, mime = s.execute(
            select(m.Attachment.filename, m.Attachment.mime).where(m.Attachment.sha256 == sha).limit(1)
        ).one()
        stored_text, version = stored.text, stored.extractor_version
    if archive.blobs.verify(sha):
        return []  # the file itself is damaged: the attachment check says so
    fresh = runner.extract(archive.blobs.path_for(sha), name, mime)
    if version == fresh.extractor_version and (fresh.status != OK or fresh.text != stored_text):
        return [
            f"the stored text of {name} differs from a fresh extraction "
            "(run `kbdesk attachments --reextract`)"
        ]
    return []


@dataclass(frozen=True)
class TextSummary:
    """How many distinct attached files there are, and their text's status counts."""

    files: int
    by_status: dict[str, int]


def text_summary(archive) -> TextSummary:
    with archive.read_session() as s:
        files = s.scalar(select(func.count(func.distinct(m.Attachment.sha256)))) or 0
        by_status = dict(s.execute(
            select(m.AttachmentText.status, func.count())
            .where(m.AttachmentText.sha256.in_(select(m.Attachment.sha256)))
            .group_by(m.AttachmentText.status)).all())
    return TextSummary(files, by_status)


def text_statuses(archive, hashes: set[str]) -> dict[str, tuple[str, str, int]]:
    """sha256 → (status, reason, length of the text) of the files with stored text."""
    with archive.read_session() as s:
        rows = s.execute(select(m.AttachmentText.sha256, m.AttachmentText.status, m.AttachmentText.reason,
                                func.length(m.AttachmentText.text))
                         .where(m.AttachmentText.sha256.in_(hashes)))
        return {r[0]: (r[1], r[2], r[3] or 0) for r in rows}
