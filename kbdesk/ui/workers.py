"""Run work off the UI thread and hand results back to it.

``TaskRunner.run(fn, on_done, key=...)`` runs ``fn`` in a thread pool; the
callbacks run on the GUI thread. Tasks sharing a key supersede each other: a
result from an older request (a stale search) is dropped, never shown.
Short, mostly-native work only: pure-Python CPU work holds the GIL and
stalls the event loop, so rebuilds and bulk imports use ``jobs.ProcessJob``.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..errors import storage_error

log = logging.getLogger(__name__)


def _alive(callback: Callable | None) -> bool:
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class _Relay(QObject):
    sig_done = Signal(object)
    sig_failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the GUI thread, shown in words there
            log.debug("task failed:\n%s", traceback.format_exc())
            self.relay.sig_failed.emit(storage_error(exc) or exc)
        else:
            self.relay.sig_done.emit(result)


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None, threads: int = 2):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        # Writes go through one thread so they never contend for the lock.
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)
        self._generation: dict[str, int] = {}
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        key: str | None = None,
        write: bool = False,
    ) -> None:
        generation = None
        if key is not None:
            generation = self._generation.get(key, 0) + 1
            self._generation[key] = generation
        relay = _Relay()
        self._relays.add(relay)

        def current() -> bool:
            # Stale (a newer request under the same key) or addressed to a
            # widget that has been closed meanwhile: drop it.
            if key is not None and self._generation.get(key) != generation:
                return False
            return all(_alive(cb) for cb in (on_done, on_error))

        def done(result: Any) -> None:
            self._relays.discard(relay)
            if current() and on_done:
                on_done(result)

        def failed(exc: Exception) -> None:
            self._relays.discard(relay)
            if current():
                if on_error:
                    on_error(exc)
                else:
                    log.error("background task failed: %s", exc)

        relay.sig_done.connect(done)
        relay.sig_failed.connect(failed)
        (self.writer if write else self.pool).start(_Task(fn, relay))

    def wait(self, msecs: int = 30000) -> bool:
        """For tests and shutdown: wait until every task has finished."""
        return self.pool.waitForDone(msecs) and self.writer.waitForDone(msecs)
