"""The plan page's "Official holidays" box: which years are known, and importing more.

The import reads a text list or an ICS file in a worker and writes the days
into the archive's settings.json at once (all or nothing), then broadcasts a
``service_plan`` change so deadline views recompute.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..services import ChangeSet
from ..services.imports import HolidayList, import_holiday_file
from ..services.plan import ServicePlan, builtin_years, imported_summary
from .context import AppContext


class OfficialHolidaysBox(QGroupBox):
    sig_imported = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr("Official holidays"), parent)
        self.ctx = ctx
        self.status = QLabel()
        self.status.setObjectName("official_status")
        self.status.setWordWrap(True)
        self.help = QLabel(self.tr(
            "When the State Council publishes next year's holidays, import them: a text file with one "
            "date a line and “holiday” or “workday” (休 / 班, 调休), ranges allowed, or an ICS "
            "calendar."))
        self.help.setWordWrap(True)
        self.example = QLabel("2027-01-01 holiday 元旦\n2027-02-06 ~ 2027-02-12 休 春节\n2027-02-14 班")
        self.example.setStyleSheet("font-family: monospace;")
        self.import_button = QPushButton(self.tr("Import holidays…"))
        self.import_button.setObjectName("import_holidays")
        self.import_button.clicked.connect(self._on_import_clicked)
        self.result = QLabel()
        self.result.setObjectName("holiday_import_result")
        self.result.setWordWrap(True)
        self.result.hide()
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.help, self.example):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.result)

    def show_plan(self, plan: ServicePlan) -> None:
        first, last = builtin_years()
        lines = [self.tr("Built in: %1–%2.").replace("%1", str(first)).replace("%2", str(last))]
        for year, (holidays, workdays) in imported_summary(plan).items():
            lines.append(self.tr("Imported: %1 — holidays: %2, make-up working days: %3.").replace(
                "%1", str(year)).replace("%2", str(holidays)).replace("%3", str(workdays)))
        self.status.setText("\n".join(lines))

    # --- importing ------------------------------------------------------------

    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import official holidays"), "",
            self.tr("Holiday lists (*.txt *.ics *.csv);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Read and save in a worker; the result shows under the button."""
        self.import_button.setEnabled(False)
        settings_path = self.ctx.archive.settings_path
        self.ctx.tasks.run(lambda: import_holiday_file(settings_path, path), self._on_imported,
                           self._on_failed, write=True)

    def _on_imported(self, days: HolidayList) -> None:
        self.import_button.setEnabled(True)
        years = ", ".join(map(str, days.years))
        self._show_result(self.tr("Imported the official calendar of %1 — holidays: %2, make-up "
                                  "working days: %3.").replace("%1", years).replace("%2", str(len(days.holidays)))
                          .replace("%3", str(len(days.workdays))), error=False)
        self.sig_imported.emit()
        self.ctx.sig_changed.emit(ChangeSet.of("service_plan"))

    def _on_failed(self, exc: Exception) -> None:
        self.import_button.setEnabled(True)
        self._show_result(self.tr("Nothing was imported: %1").replace("%1", str(exc)), error=True)

    def _show_result(self, text: str, error: bool) -> None:
        self.result.setText(text)
        self.result.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.result.show()
