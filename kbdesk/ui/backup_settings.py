"""The Backups page of the settings dialog: where automatic backups go, how
many are kept, when Attention warns, and what the last backup was.

``BackupSettingsWidget(ctx)``, then ``save()`` when the dialog is accepted.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services.backups import BackupConfig, LastBackup
from .context import AppContext


class BackupSettingsWidget(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.root = Path(ctx.archive.root)
        config = BackupConfig.load(self.root)
        layout = QVBoxLayout(self)
        layout.addWidget(self._last_box(config.last))
        layout.addWidget(self._auto_box(config))
        layout.addStretch(1)

    def _last_box(self, last: LastBackup) -> QGroupBox:
        box = QGroupBox(self.tr("Last backup"))
        form = QFormLayout(box)
        self.last_when = QLabel(_when_text(last.when) if last.when else self.tr("Never backed up"))
        self.last_when.setObjectName("last_backup_when")
        form.addRow(self.tr("When"), self.last_when)
        if last.path:
            where = QLabel(last.path)
            where.setWordWrap(True)
            where.setObjectName("last_backup_path")
            form.addRow(self.tr("Where"), where)
            form.addRow(self.tr("Size"), QLabel(QLocale().formattedDataSize(last.size)))
            verified = (
                self.tr("Yes: every checksum read back")
                if last.verified
                else self.tr(
                    "No (taken from the command line without --verify; check it with kbdesk verify-backup)"
                )
            )
            label = QLabel(verified)
            label.setWordWrap(True)
            label.setObjectName("last_backup_verified")
            form.addRow(self.tr("Verified"), label)
        if last.error:
            error = QLabel(self.tr("The last attempt failed: %1").replace("%1", last.error))
            error.setWordWrap(True)
            error.setObjectName("last_backup_error")
            error.setStyleSheet("color: #c0392b;")
            form.addRow(self.tr("Problem"), error)
        return box

    def _auto_box(self, config: BackupConfig) -> QGroupBox:
        box = QGroupBox(self.tr("Automatic backups"))
        form = QFormLayout(box)
        self.automatic = QCheckBox(self.tr("Back up daily while kbdesk is open, and when it closes"))
        self.automatic.setObjectName("backup_automatic")
        self.automatic.setChecked(config.automatic)
        form.addRow(self.automatic)
        row = QHBoxLayout()
        self.folder = QLineEdit(config.folder)
        self.folder.setObjectName("backup_folder")
        self.folder.setPlaceholderText(str(config.folder_for(self.root)))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._on_browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Folder"), row)
        advice = QLabel(
            self.tr(
                "Choose a folder on another disk (an external drive or another partition): a backup "
                "on the same disk as the archive is lost with it."
            )
        )
        advice.setWordWrap(True)
        advice.setObjectName("backup_advice")
        form.addRow("", advice)
        self.keep_daily = self._spin(config.keep_daily, 0, 365, "keep_daily")
        self.keep_weekly = self._spin(config.keep_weekly, 0, 520, "keep_weekly")
        self.keep_monthly = self._spin(config.keep_monthly, 0, 1200, "keep_monthly")
        keep = QHBoxLayout()
        for spin, text in (
            (self.keep_daily, self.tr("daily")),
            (self.keep_weekly, self.tr("weekly")),
            (self.keep_monthly, self.tr("monthly")),
        ):
            keep.addWidget(spin)
            keep.addWidget(QLabel(text))
        keep.addStretch(1)
        form.addRow(self.tr("Keep"), keep)
        self.warn_after = self._spin(config.warn_after_days, 0, 365, "warn_after_days")
        self.warn_after.setSuffix(self.tr(" days"))
        self.warn_after.setSpecialValueText(self.tr("never"))
        warn = QHBoxLayout()
        warn.addWidget(self.warn_after)
        warn.addStretch(1)
        form.addRow(self.tr("Warn in Attention after"), warn)
        return box

    def _spin(self, value: int, low: int, high: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def _on_browse(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for automatic backups"), self.folder.text() or self.folder.placeholderText()
        )
        if path:
            self.folder.setText(path)

    def save(self) -> bool:
        # Reload first: a background backup may have recorded itself meanwhile.
        config = BackupConfig.load(self.root)
        config.folder = self.folder.text().strip()
        config.automatic = self.automatic.isChecked()
        config.keep_daily = self.keep_daily.value()
        config.keep_weekly = self.keep_weekly.value()
        config.keep_monthly = self.keep_monthly.value()
        config.warn_after_days = self.warn_after.value()
        config.save(self.root)
        return True


def _when_text(when: datetime) -> str:
    return QLocale().toString(when.astimezone(), QLocale.FormatType.ShortFormat)
