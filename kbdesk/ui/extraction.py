"""Text of newly attached files, extracted in the background.

Whenever attachments change (added in a panel, imported, restored) the files
without a stored text are extracted: the reading happens in a child process
(kbdesk.extract) driven from the worker pool, the storing through the single
writer; storing queues the owners for re-indexing, and the context's usual
sync after a change brings the new text into search.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from ..services.attachment_text import PendingFile, files_needing_text, store_extraction
from ..services.changes import ChangeKind
from ..services.extraction import ExtractRunner, runner_for

log = logging.getLogger(__name__)

BATCH = 8  # files per pool task: the pool's two threads stay free for searches


class BackgroundExtraction(QObject):
    sig_finished = Signal(int)  # files stored in this round

    def __init__(self, ctx, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.runner: ExtractRunner | None = None
        self.running = False
        self.closing = False
        self._again = False
        self._forced: list[PendingFile] = []
        self._stored = 0

    def schedule(self, files: list[PendingFile] | None = None) -> None:
        """Extract the files without current text (and ``files`` again, if given)."""
        if self.closing:
            return
        if files:
            self._forced.extend(files)
        if self.running:
            self._again = True
            return
        self.running, self._again = True, False
        self._next_batch()

    def close(self) -> None:
        self.closing = True
        if self.runner is not None:
            self.runner.close()  # an extraction in flight ends now; its result is dropped

    def _next_batch(self) -> None:
        archive = self.ctx.archive
        forced, self._forced = self._forced[:BATCH], self._forced[BATCH:]

        def work() -> list[tuple[str, object]]:
            todo = forced or files_needing_text(archive)[:BATCH]
            runner = self._runner()
            out = []
            for f in todo:
                if self.closing:
                    break
                if archive.blobs.has(f.sha256):
                    out.append((f.sha256, runner.extract(archive.blobs.path_for(f.sha256), f.filename, f.mime)))
            return out

        self.ctx.tasks.run(work, self._store, self._failed)

    def _runner(self) -> ExtractRunner:
        if self.runner is None:
            self.runner = runner_for(self.ctx.archive)
        return self.runner

    def _store(self, results: list) -> None:
        if self.closing:
            return
        if not results:
            self._round_done()
            return
        services = self.ctx.services

        def write() -> int:
            for sha, result in results:
                store_extraction(services, sha, result)
            return len(results)

        self.ctx.tasks.run(write, self._stored_batch, self._failed, write=True)

    def _stored_batch(self, n: int) -> None:
        self._stored += n
        self._next_batch()  # until nothing is left

    def _round_done(self) -> None:
        self.running = False
        stored, self._stored = self._stored, 0
        self.sig_finished.emit(stored)
        if self._again or self._forced:
            self.schedule()

    def _failed(self, exc: Exception) -> None:
        log.error("attachment text extraction failed: %s", exc)
        self._forced.clear()
        self._round_done()


def wants_extraction(changes) -> bool:
    """Did ``changes`` add attachments (or import records that may carry some)?"""
    # No ids: another process (an import job) may have added any number of them.
    return any(c.record_type == "attachment" and (c.kind == ChangeKind.CREATED or not c.ids)
               for c in changes.changes)

