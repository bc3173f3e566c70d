"""Long jobs (reindex, import, export) in a separate kbdesk process.

A child process keeps its CPU work and its GIL away from the event loop. It
is the same `kbdesk` command line with ``--progress-lines``: it prints
``PROGRESS done total`` lines and a final ``DONE message`` or ``ERROR
message``. Cancelling kills it; every job writes in one transaction or to a
temporary file, so a killed job leaves nothing half done.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Signal

from ..services.changes import ChangeSet


def kbdesk_command() -> list[str]:
    """How to start the kbdesk CLI: the frozen executable or this interpreter."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "kbdesk"]


# A refusal can list thousands of problems; the dialog shows the first ones.
MAX_DETAIL_LINES = 20


class ProcessJob(QObject):
    sig_progress = Signal(int, int)  # done, total (0 = unknown)
    sig_finished = Signal(bool, str)  # ok, message for the user

    def __init__(self, archive: Path, args: list[str], parent: QObject | None = None):
        super().__init__(parent)
        self.archive = archive
        self.args = args
        self.cancelled = False
        self.changes = ChangeSet()  # reported by the job on a CHANGED line
        self._message = ""
        self._details = 0
        self._buffer = b""
        self.proc = QProcess(self)
        self.proc.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        self.proc.readyReadStandardOutput.connect(self._on_output)
        self.proc.finished.connect(self._on_finished)
        self.proc.errorOccurred.connect(self._on_error)

    def start(self) -> None:
        program, *base = kbdesk_command()
        self.proc.start(program, [*base, "--archive", str(self.archive), "--progress-lines", *self.args])

    def cancel(self) -> None:
        self.cancelled = True
        self.proc.kill()

    def running(self) -> bool:
        return self.proc.state() != QProcess.ProcessState.NotRunning

    def _on_output(self) -> None:
        self._buffer += bytes(self.proc.readAllStandardOutput())
        *lines, self._buffer = self._buffer.split(b"\n")
        for raw in lines:
            line = raw.decode("utf-8", "replace").strip()
            if line.startswith("PROGRESS "):
                parts = line.split()
                if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
                    self.sig_progress.emit(int(parts[1]), int(parts[2]))
            elif line.startswith("CHANGED "):  # what the job wrote: the views reload only that
                self.changes = self.changes.merged(ChangeSet.from_summary_line(line[len("CHANGED "):], "job"))
            elif line.startswith(("DONE ", "ERROR ")):
                self._message = line.split(" ", 1)[1]
            elif line.startswith("DETAIL") and self._details < MAX_DETAIL_LINES:
                # The refusal's problems ("line 4: …"): without them the user cannot fix the file.
                self._message += "\n" + raw.decode("utf-8", "replace").rstrip()[len("DETAIL "):]
                self._details += 1

    def _on_finished(self, code: int, _status) -> None:
        self._on_output()
        if self.cancelled:
            self.sig_finished.emit(False, self.tr("Cancelled; nothing was changed."))
            return
        if code == 0:
            self.sig_finished.emit(True, self._message)
        else:
            err = bytes(self.proc.readAllStandardError()).decode("utf-8", "replace").strip()
            self.sig_finished.emit(False, self._message or err or self.tr("The job failed."))

    def _on_error(self, error) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.sig_finished.emit(False, self.tr("Could not start the background process."))
