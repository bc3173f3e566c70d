"""Progress and outcome lines: for a person at a terminal, or for the GUI.

With ``--progress-lines`` (used by the desktop app's background jobs) the
command prints ``PROGRESS done total``, then ``DONE message`` or ``ERROR
message`` (followed by ``DETAIL line`` for each further line of the message)
on stdout, one per line, which the app parses. Before ``DONE`` a writing
command prints ``CHANGED type:count …``: what its units of work wrote, so the
app reloads only the lists it touched.
"""

from __future__ import annotations

import sys

from ..services.changes import ChangeSet


class Output:
    def __init__(self, machine: bool):
        self.machine = machine
        self._drawn = False
        self.changes = ChangeSet()  # every change set published while the command ran

    def collect(self, changes: ChangeSet) -> None:
        """A ChangeHub listener."""
        self.changes = self.changes.merged(changes)

    def progress(self, done: int, total: int) -> None:
        if self.machine:
            print(f"PROGRESS {done} {total}", flush=True)
        elif sys.stderr.isatty():
            of = f"/{total}" if total else ""
            print(f"\r{done}{of}…", end="", file=sys.stderr, flush=True)
            self._drawn = True

    def done(self, message: str) -> None:
        self._end_line()
        if self.machine and self.changes:
            print(f"CHANGED {self.changes.summary_line()}", flush=True)
        print(f"DONE {message}" if self.machine else message, flush=True)

    def error(self, message: str) -> None:
        self._end_line()
        if self.machine:
            first, *rest = message.splitlines() or [""]
            print(f"ERROR {first}", flush=True)
            for line in rest:  # the problems and their line numbers: the app shows them too
                print(f"DETAIL {line}", flush=True)
        print(message, file=sys.stderr)

    def _end_line(self) -> None:
        if self._drawn:
            print(file=sys.stderr)
            self._drawn = False
