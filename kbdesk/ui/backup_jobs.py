"""File → Back up now… and File → Restore…, and the automatic backups (daily
while the app is open, and when it closes). Every backup and restore runs in
a kbdesk child process (``kbdesk backup`` / ``kbdesk restore``), never on the
GUI thread; the dialogs show progress and can cancel."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.backups import SUFFIX, BackupConfig, default_backup_name
from .job_dialog import JobDialog
from .jobs import ProcessJob

if TYPE_CHECKING:
    from .main_window import MainWindow

DAILY = timedelta(hours=24)
SKIP_ON_CLOSE = timedelta(hours=1)
CHECK_EVERY_MS = 30 * 60 * 1000


class BackupJobDialog(JobDialog):
    """A JobDialog whose progress is in bytes: shows megabytes and a percentage.
    ``success``: the words shown when it worked (the child's own line is English)."""

    def __init__(self, title: str, archive: Path, args: list[str], parent: QWidget, success: str = ""):
        super().__init__(title, archive, args, parent)
        self.success = success

    def _on_finished(self, ok: bool, message: str) -> None:
        super()._on_finished(ok, self.success if ok and self.success else message)

    def _on_progress(self, done: int, total: int) -> None:
        if not total:
            return super()._on_progress(done, total)
        self.bar.setRange(0, 1000)
        self.bar.setValue(int(done * 1000 / total))
        locale = QLocale()
        self.label.setText(
            self.tr("%1 of %2…")
            .replace("%1", locale.formattedDataSize(done))
            .replace("%2", locale.formattedDataSize(total))
        )


def file_filter() -> str:
    return QCoreApplication.translate("RestoreDialog", "kbdesk backup (*%1);;All files (*)").replace(
        "%1", SUFFIX
    )


def back_up_now(win: MainWindow) -> None:
    root = Path(win.ctx.archive.root)
    folder = BackupConfig.load(root).folder_for(root)
    title = QCoreApplication.translate("MainWindow", "Back up now")
    path, _ = QFileDialog.getSaveFileName(win, title, str(folder / default_backup_name(root)), file_filter())
    if not path:
        return
    dialog = BackupJobDialog(
        QCoreApplication.translate("MainWindow", "Backing up the archive"),
        root,
        ["backup", "--to", path],
        win,
    )
    dialog.sig_done.connect(lambda _ok, message: win.show_status(message))
    dialog.start()


class RestoreDialog(QDialog):
    """Asks for a backup file and a new folder, verifies and restores in a child
    process, then offers to open the restored archive."""

    def __init__(self, win: MainWindow):
        super().__init__(win)
        self.win = win
        self.job: ProcessJob | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "The backup is checked completely (every checksum, the database, every attachment) "
                "and restored into a new folder; the open archive is not touched. The search index "
                "is rebuilt for the restored archive."
            )
        )
        intro.setWordWrap(True)
        self.backup = QLineEdit()
        self.backup.setObjectName("restore_backup_file")
        self.target = QLineEdit()
        self.target.setObjectName("restore_target")
        self.target.setPlaceholderText(self.tr("a new or empty folder"))
        form = QFormLayout()
        form.addRow(self.tr("Backup file"), self._with_button(self.backup, self._choose_backup))
        form.addRow(self.tr("Restore into"), self._with_button(self.target, self._choose_target))
        self.label = QLabel()
        self.label.setObjectName("restore_status")
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        self.bar.hide()
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            self.tr("Verify and restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button = self.buttons.addButton(
            self.tr("Open the restored archive"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.hide()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start_button.clicked.connect(self._start)
        self.open_button.clicked.connect(self._open_restored)
        self.cancel_button.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)

    def _with_button(self, edit: QLineEdit, slot) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        button = QPushButton(self.tr("Choose…"))
        button.clicked.connect(slot)
        layout.addWidget(edit, 1)
        layout.addWidget(button)
        return row

    def _choose_backup(self) -> None:
        root = Path(self.win.ctx.archive.root)
        folder = BackupConfig.load(root).folder_for(root)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), str(folder), file_filter())
        if path:
            self.backup.setText(path)
            if not self.target.text():
                name = Path(path).name.removesuffix(SUFFIX)
                self.target.setText(str(Path(root).parent / f"{name}-restored"))

    def _choose_target(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a new, empty folder"))
        if path:
            self.target.setText(path)

    def _start(self) -> None:
        backup, target = self.backup.text().strip(), self.target.text().strip()
        if not backup or not target:
            self.label.setText(self.tr("Choose the backup file and a new folder to restore into."))
            return
        self.start_button.setEnabled(False)
        self.label.setText(self.tr("Verifying and restoring…"))
        self.bar.show()
        self.job = ProcessJob(Path(self.win.ctx.archive.root), ["restore", backup, "--to", target], self)
        self.job.sig_progress.connect(self._on_progress)
        self.job.sig_finished.connect(self._on_finished)
        self.job.start()

    def _on_progress(self, done: int, total: int) -> None:
        if total:
            self.bar.setValue(int(done * 1000 / total))

    def _on_finished(self, ok: bool, message: str) -> None:
        self.job = None
        self.bar.setValue(1000 if ok else 0)
        if ok:
            message = self.tr(
                "Restored into %1: every checksum, the database and every attachment "
                "were verified and the search index was rebuilt."
            ).replace("%1", self.target.text())
        self.label.setText(message)
        self.start_button.setEnabled(not ok)
        self.open_button.setVisible(ok)
        self.cancel_button.setText(self.tr("Close"))

    def _cancel(self) -> None:
        if self.job is not None and self.job.running():
            self.job.cancel()
        else:
            self.reject()

    def _open_restored(self) -> None:
        self.accept()
        self.win.sig_open_archive.emit(self.target.text().strip())


def restore(win: MainWindow) -> None:
    RestoreDialog(win).show()


class AutoBackup(QObject):
    """Daily backups while a window is open, and one when it closes (skipped
    when one was taken in the last hour). Watches one window at a time."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.window: MainWindow | None = None
        self.job: ProcessJob | None = None
        self.closing = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run_if_due)
        self.timer.start()
        QTimer.singleShot(60_000, self.run_if_due)  # soon after start, not during it

    def attach(self, window: MainWindow) -> None:
        if self.window is not None:
            self.window.removeEventFilter(self)
        self.window = window
        window.installEventFilter(self)

    def config(self) -> BackupConfig:
        return BackupConfig.load(Path(self.window.ctx.archive.root))

    def run_if_due(self) -> None:
        if self.window is None or self.job is not None or not self.config().automatic:
            return
        last = self.config().last.when
        if last is None or datetime.now(UTC) - last >= DAILY:
            self.job = ProcessJob(Path(self.window.ctx.archive.root), ["backup", "--auto"], self)
            self.job.sig_finished.connect(self._on_daily_done)
            self.job.start()

    def _on_daily_done(self, ok: bool, message: str) -> None:
        self.job = None
        if self.window is not None:
            self.window.show_status(
                message if ok else self.tr("Automatic backup failed: %1").replace("%1", message)
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and not self.closing:
            config = self.config()
            last = config.last.when
            recent = last is not None and not config.last.error and datetime.now(UTC) - last < SKIP_ON_CLOSE
            if config.automatic and not recent:
                event.ignore()
                self._back_up_then_close()
                return True
        return False

    def _back_up_then_close(self) -> None:
        self.closing = True
        if self.job is not None:
            self.job.cancel()  # a daily one still running: the closing one replaces it
        win = self.window
        dialog = BackupJobDialog(
            self.tr("Backing up before closing"),
            Path(win.ctx.archive.root),
            ["backup", "--auto", "--skip-if-within", "1"],
            win,
        )
        dialog.setObjectName("closing_backup")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # no edits after the snapshot

        def finished(ok: bool, _message: str) -> None:
            if ok or dialog.job.cancelled:
                dialog.accept()
                win.close()
            else:  # the user reads why, then closes the dialog; the window follows
                dialog.finished.connect(lambda _r: win.close())

        dialog.sig_done.connect(finished)
        dialog.start()
