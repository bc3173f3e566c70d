"""Progress and cancel for a long job running in a kbdesk child process."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from .jobs import ProcessJob


class JobDialog(QDialog):
    sig_done = Signal(bool, str)

    def __init__(self, title: str, archive: Path, args: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.label = QLabel(self.tr("Working…"))
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._on_cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.job = ProcessJob(archive, args, self)
        self.job.sig_progress.connect(self._on_progress)
        self.job.sig_finished.connect(self._on_finished)

    def start(self) -> None:
        self.job.start()
        self.show()

    def _on_progress(self, done: int, total: int) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.label.setText(self.tr("%1 of %2…").replace("%1", str(done)).replace("%2", str(total)))
        else:
            self.label.setText(self.tr("%1 done…").replace("%1", str(done)))

    def _on_cancel(self) -> None:
        if self.job.running():
            self.job.cancel()
        else:
            self.reject()

    def _on_finished(self, ok: bool, message: str) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1 if ok else 0)
        self.label.setText(message or (self.tr("Done.") if ok else self.tr("Failed.")))
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.accept)
        self.sig_done.emit(ok, message)
