"""One app window per archive: the choice a second app instance offers.

The lock itself is Qt-free (:mod:`kbdesk.storage.instance_lock`, reached through
:mod:`kbdesk.services.archives`). Here: a
``QLocalServer`` keyed on the archive path, through which a second instance
asks the running window to raise itself, and the question shown when the
archive is already open (switch to that window, or open read-only).
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import ArchiveError
from ..services.archives import ArchiveInUseError, InstanceLock, LockedOnOtherHostError

log = logging.getLogger(__name__)

RAISE = b"raise\n"
RAISED = b"raised\n"


def server_name(root: Path) -> str:
    """One name per archive folder (and per user: local sockets are per user)."""
    key = f"{os.getuid() if hasattr(os, 'getuid') else ''}:{Path(root).resolve()}"
    return "kbdesk-" + hashlib.sha256(key.encode()).hexdigest()[:20]


class InstanceServer(QObject):
    """Listens for "raise your window" requests from later app instances."""

    sig_raise_requested = Signal()

    def __init__(self, root: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        name = server_name(root)
        QLocalServer.removeServer(name)  # a crashed app's leftover socket file
        if not self.server.listen(name):
            log.warning("cannot listen for other kbdesk windows: %s", self.server.errorString())
        self.server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._on_request(s))
            sock.disconnected.connect(sock.deleteLater)

    def _on_request(self, sock: QLocalSocket) -> None:
        if bytes(sock.readAll()).startswith(RAISE.strip()):
            log.info("raising the window at the request of another kbdesk instance")
            self.sig_raise_requested.emit()
            sock.write(RAISED)
            sock.flush()

    def close(self) -> None:
        self.server.close()


def ask_running_window_to_raise(root: Path, timeout_ms: int = 3000) -> bool:
    """True when the app holding ``root`` answered and raised its window."""
    sock = QLocalSocket()
    sock.connectToServer(server_name(root))
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write(RAISE)
    sock.flush()
    ok = sock.waitForReadyRead(timeout_ms) and bytes(sock.readAll()).startswith(RAISED.strip())
    sock.disconnectFromServer()
    return ok


@dataclass
class Claim:
    """How this app instance may use the archive."""

    proceed: bool  # False: the user switched to the other window or cancelled
    lock: InstanceLock | None = None  # None with proceed: read-only
    switched: bool = False

    @property
    def read_only(self) -> bool:
        return self.proceed and self.lock is None


def claim_archive(root: Path, parent: QWidget | None = None, read_only: bool = False) -> Claim:
    """Take the archive for this window, or ask the user what to do instead."""
    if read_only:
        return Claim(True)
    try:
        return Claim(True, InstanceLock.acquire(root))
    except ArchiveInUseError as exc:
        return _ask_in_use(root, exc, parent)
    except LockedOnOtherHostError as exc:
        return _ask_other_host(root, exc, parent)
    except ArchiveError as exc:  # e.g. a read-only folder: no lock file can be made
        log.warning("%s; opening read-only", exc)
        return Claim(True)


def _ask_in_use(root: Path, exc: ArchiveInUseError, parent: QWidget | None) -> Claim:
    holder = exc.holder
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("InstanceChoice", "Archive already open"))
    box.setText(QCoreApplication.translate("InstanceChoice", "This archive is already open in another kbdesk window."))
    detail = QCoreApplication.translate("InstanceChoice", "Only one window can edit an archive at a time. You can switch to the "
                 "open window, or open the archive here read-only.")
    if holder is not None:
        detail += "\n\n" + QCoreApplication.translate("InstanceChoice", "Opened by process %1 on %2 at %3.").replace(
            "%1", str(holder.pid)).replace("%2", holder.host).replace("%3", holder.started_at)
    box.setInformativeText(detail)
    switch = box.addButton(QCoreApplication.translate("InstanceChoice", "Switch to the open window"), QMessageBox.ButtonRole.AcceptRole)
    switch.setObjectName("switch_window")
    viewer = box.addButton(QCoreApplication.translate("InstanceChoice", "Open read-only"), QMessageBox.ButtonRole.ActionRole)
    viewer.setObjectName("open_read_only")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(switch)
    box.exec()
    if box.clickedButton() is switch:
        if ask_running_window_to_raise(root):
            return Claim(False, switched=True)
        log.warning("the other kbdesk window did not answer; opening read-only")
        return Claim(True)
    if box.clickedButton() is viewer:
        return Claim(True)
    return Claim(False)


def _ask_other_host(root: Path, exc: LockedOnOtherHostError, parent: QWidget | None) -> Claim:
    holder = exc.holder
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("InstanceChoice", "Archive opened on another computer"))
    box.setText(QCoreApplication.translate("InstanceChoice", "This archive was opened by kbdesk on another computer: %1.").replace("%1", holder.host))
    box.setInformativeText(QCoreApplication.translate("InstanceChoice",
        "Process %1 there has held it since %2. If kbdesk is no longer running on %3, take the "
        "archive over; otherwise open it read-only, so that two people do not edit it at once."
    ).replace("%1", str(holder.pid)).replace("%2", holder.started_at).replace("%3", holder.host))
    take = box.addButton(QCoreApplication.translate("InstanceChoice", "Take over"), QMessageBox.ButtonRole.AcceptRole)
    take.setObjectName("take_over")
    viewer = box.addButton(QCoreApplication.translate("InstanceChoice", "Open read-only"), QMessageBox.ButtonRole.ActionRole)
    viewer.setObjectName("open_read_only")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(viewer)
    box.exec()
    if box.clickedButton() is take:
        try:
            return Claim(True, InstanceLock.acquire(root, take_over_other_host=True))
        except ArchiveInUseError as again:
            return _ask_in_use(root, again, parent)
    if box.clickedButton() is viewer:
        return Claim(True)
    return Claim(False)
