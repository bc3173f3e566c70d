"""Keep the index in step with the archive through the ``index_queue`` outbox.

The service layer queues ``(record_type, record_id, op)`` in the same database
transaction as each change. :func:`drain` re-reads those records, applies them
with one Whoosh writer, commits the index, and only then deletes the drained
queue rows (up to the highest ``seq`` handled). A crash anywhere in between
leaves rows in the queue; they are replayed at the next open (replaying an
upsert or a delete twice is harmless).
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from . import housekeeping
from .documents import INDEXED, DocBuilder, uid
from .index import WRITE_TIMEOUT, IndexFolder, to_fields
from .results import SyncReport
from .source import DocumentSource

log = logging.getLogger(__name__)

BATCH = 2000


def queue_length(source: DocumentSource) -> int:
    return source.pending_count()


def max_seq(source: DocumentSource) -> int:
    return source.last_seq()


def drain(
    source: DocumentSource,
    ix,
    folder: IndexFolder,
    delete_uids=None,
    limit: int = BATCH,
    timeout: float = WRITE_TIMEOUT,
    own_build: Path | None = None,
    readers_lock=None,
) -> SyncReport:
    """Apply queued changes to the index until the queue is empty.

    ``delete_uids(writer, uids)`` deletes the old versions (default: the
    writer's own ``delete_by_term``). ``timeout``: seconds to wait for
    another process's write lock (Whoosh's ``LockError`` after that).
    ``own_build``: the caller's own build announcement (see housekeeping).
    ``readers_lock``: held while the writer runs and commits, so a search in
    another thread of this process never reads a segment the commit merges away."""
    report = SyncReport()
    while True:
        done, kept = _drain_once(source, ix, folder, limit, report, delete_uids, timeout, own_build,
                                 readers_lock or contextlib.nullcontext())
        if done < limit or kept:
            return report


def _drain_once(
    source: DocumentSource, ix, folder: IndexFolder, limit: int, report: SyncReport, delete_uids, timeout: float, own_build,
    readers_lock,
) -> tuple[int, bool]:
    with source.reading() as reader:
        rows = reader.pending(limit)
        if not rows:
            return 0, False
        top = rows[-1].seq
        latest: dict[tuple[str, str], str] = {}
        for row in rows:
            latest[(row.record_type, row.record_id)] = row.op
        wanted: dict[str, list[str]] = {}
        for (rtype, rid), op in latest.items():
            if rtype in INDEXED and op != "delete":
                wanted.setdefault(rtype, []).append(rid)
        builder = DocBuilder(reader)
        docs = {rtype: builder.load(rtype, ids) for rtype, ids in wanted.items()}
    with folder.write_lock, readers_lock:
        writer = ix.writer(timeout=timeout)
        try:
            # delete + add (Whoosh's update_document missed committed
            # documents of other segments here)
            uids = [uid(rtype, rid) for rtype, rid in latest]
            if delete_uids is not None:
                delete_uids(writer, uids)
            else:
                for u in uids:
                    writer.delete_by_term("uid", u)
            for (rtype, rid), op in latest.items():
                doc = docs.get(rtype, {}).get(rid) if op != "delete" else None
                if doc is None:
                    report.deleted += 1
                else:
                    writer.add_document(**to_fields(doc))
                    report.upserted += 1
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        folder.record_commit(ix)
    report.last_seq = top
    if housekeeping.any_build_live(folder.root, ignore=own_build):
        # Another process is building a new generation from a snapshot that
        # may predate these changes: keep them queued for replay into it.
        return len(rows), True
    source.ack(top)
    return len(rows), False


def forget_through(source: DocumentSource, seq: int) -> None:
    """Drop queue rows a full rebuild already covered."""
    if seq > 0:
        source.ack(seq)
