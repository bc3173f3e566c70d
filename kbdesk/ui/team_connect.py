"""File → Connect to team archive…: an address, an optional password, connect off the UI thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..errors import KbdeskError
from ..services.archives import Archive
from ..services.team_access import (
    KeyringUnavailable,
    is_team_url,
    open_team_archive,
    remember_password,
    without_password,
)
from .workers import TaskRunner


class TeamConnectDialog(QDialog):
    """Connects in a worker; ``archive`` holds the open team archive after ``accept()``."""

    def __init__(self, parent: QWidget | None = None, url: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to team archive"))
        self.archive: Archive | None = None
        self.runner = TaskRunner(self, threads=1)
        self._waiting = False
        self.address = QLineEdit(url)
        self.address.setPlaceholderText("postgresql://user@host/kbdesk")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: from the system keyring or PGPASSFILE"))
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.status = QLabel(self.tr("Each person logs in as their own database user; "
                                     "this desktop keeps its own search index of the archive."))
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _connect(self) -> None:
        url = self.address.text().strip()
        if not is_team_url(url):
            self.status.setText(self.tr("Type an address such as postgresql://user@host/kbdesk."))
            return
        password = self.password.text() or None
        self._waiting = True
        self.connect_button.setEnabled(False)
        self.status.setText(self.tr("Connecting to %1…").replace("%1", without_password(url)))
        self.runner.run(lambda: open_team_archive(url, password), self._opened, self._failed)

    def _opened(self, archive: Archive) -> None:
        self._waiting = False
        if not self.isVisible():  # cancelled while connecting
            archive.close()
            return
        if self.remember.isChecked() and self.password.text():
            try:
                remember_password(self.address.text().strip(), self.password.text())
            except KeyringUnavailable as exc:
                self.status.setText(str(exc))
        self.archive = archive
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._waiting = False
        self.connect_button.setEnabled(True)
        self.status.setText(str(exc) if isinstance(exc, KbdeskError) else self.tr("Could not connect: %1").replace("%1", str(exc)))
