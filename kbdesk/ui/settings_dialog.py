"""Settings: archive, language, theme, your name in the audit trail, service plan."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .context import AppContext
from .i18n import LANGUAGES


class SettingsDialog(QDialog):
    sig_open_archive = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.resize(640, 520)
        settings = ctx.settings

        general = QWidget()
        form = QFormLayout(general)
        archive_row = QHBoxLayout()
        path = QLabel(str(ctx.archive.root))
        path.setObjectName("archive_path")
        path.setWordWrap(True)
        other = QPushButton(self.tr("Open another…"))
        other.clicked.connect(self._on_open_other)
        archive_row.addWidget(path, 1)
        archive_row.addWidget(other)
        form.addRow(self.tr("Archive"), archive_row)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(self.tr("Language"), self.language)
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        for code, name in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            self.theme.addItem(name, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        form.addRow(self.tr("Theme"), self.theme)
        self.actor = QLineEdit(settings.actor)
        self.actor.setPlaceholderText(ctx.services.actor)
        form.addRow(self.tr("Your name (audit trail)"), self.actor)

        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        from .categories_widget import CategoriesWidget

        self.tabs.addTab(CategoriesWidget(ctx), self.tr("Case categories"))
        self.plan = self._plan_widget()
        if self.plan is not None:
            self.tabs.addTab(self.plan, self.tr("Service plan and working calendar"))
        from .backup_settings import BackupSettingsWidget

        self.backup = BackupSettingsWidget(ctx)
        self.tabs.addTab(self.backup, self.tr("Backups"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _plan_widget(self) -> QWidget | None:
        try:
            from .plan_settings import PlanSettingsWidget
        except ImportError:
            return None
        return PlanSettingsWidget(self.ctx)

    def _on_open_other(self) -> None:
        self.reject()
        self.sig_open_archive.emit("")

    def _on_accept(self) -> None:
        if self.plan is not None and hasattr(self.plan, "save") and not self.plan.save():
            return
        self.backup.save()
        settings = self.ctx.settings
        settings.language = self.language.currentData()
        settings.theme = self.theme.currentData()
        settings.actor = self.actor.text().strip()
        if settings.actor:
            self.ctx.services.actor = settings.actor
        self.ctx.save_settings()
        self.accept()
