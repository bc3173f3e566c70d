"""Runbooks and drills: the shared record sections plus running and reporting.

A runbook has a Run… button and, while a run of it is unfinished, a banner
offering to resume it. A drill opens on its record (steps planned against
actual) and exports its report.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ...services.drill_runs import DrillRuns
from ..context import AppContext
from ..drill_record import DrillRecordView
from ..formatting import display
from .catalog import CONFIGS
from .record_section import RecordSection


class RunbookSection(RecordSection):
    sig_run_runbook = Signal(str, str)  # runbook id, case id ("" = none)
    sig_resume_run = Signal(str)  # drill id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        self.unfinished_id: str | None = None
        super().__init__(ctx, CONFIGS["runbook"], parent)
        self.heading.parentWidget().layout().insertWidget(1, self.banner)
        ctx.sig_changed.connect(self._on_runs_changed)

    def extra_buttons(self) -> list[QWidget]:
        # Called from RecordSection.__init__, before the first record is shown.
        self._key = f"runbook-unfinished-{id(self)}"
        self.banner = ResumeBanner()
        self.banner.resume_button.clicked.connect(lambda: self.unfinished_id and self.sig_resume_run.emit(
            self.unfinished_id))
        self.run_button = QPushButton(self.tr("Run…"))
        self.run_button.setObjectName("run_runbook")
        self.run_button.setToolTip(self.tr("Run this runbook step by step, as a drill or for real"))
        self.run_button.setStyleSheet("font-weight: 600;")
        self.run_button.clicked.connect(lambda: self.current and self.sig_run_runbook.emit(self.current["id"], ""))
        return [self.run_button]

    def record_shown(self, record: dict[str, Any] | None) -> None:
        self.run_button.setEnabled(record is not None)
        self._check_unfinished()

    def _check_unfinished(self) -> None:
        self.banner.hide()
        self.unfinished_id = None
        if self.current is None:
            return
        runbook_id, runs = self.current["id"], DrillRuns(self.ctx.services)
        self.ctx.tasks.run(lambda: (runbook_id, runs.unfinished(runbook_id)), self._on_unfinished, key=self._key)

    def _on_unfinished(self, result: tuple[str, list[dict]]) -> None:
        runbook_id, drills = result
        if not drills or self.current is None or self.current["id"] != runbook_id:
            return
        self.unfinished_id = drills[0]["id"]
        self.banner.text.setText(self.tr("A run of this runbook started %1 is not finished.").replace(
            "%1", display(drills[0]["started_at"])))
        self.banner.show()

    def _on_runs_changed(self, changes: Any) -> None:
        if "drill" in changes.types():
            self._check_unfinished()


class DrillSection(RecordSection):
    sig_resume_run = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, CONFIGS["drill"], parent)
        self.record_view.sig_use_derived.connect(self._on_use_derived)
        # The record first: a drill is read far more often than its fields are edited.
        self.tabs.insertTab(0, self.record_view, self.tr("Record"))
        self.tabs.setCurrentIndex(0)
        # The record's step table needs the width more than the list does.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

    def extra_tabs(self) -> list[tuple[str, QWidget]]:
        self.record_view = DrillRecordView(self.ctx)
        self.record_view.setObjectName("drill_record")
        return []

    def extra_buttons(self) -> list[QWidget]:
        self.report_button = QPushButton(self.tr("Export report…"))
        self.report_button.setObjectName("export_drill_report")
        self.report_button.clicked.connect(self.export_report)
        self.resume_button = QPushButton(self.tr("Resume run"))
        self.resume_button.setObjectName("resume_drill_run")
        self.resume_button.clicked.connect(lambda: self.current and self.sig_resume_run.emit(self.current["id"]))
        return [self.report_button, self.resume_button]

    def record_shown(self, record: dict[str, Any] | None) -> None:
        self.record_view.set_drill(record["id"] if record else None)
        self.report_button.setEnabled(record is not None)
        self.resume_button.setVisible(bool(record and record.get("status") == "running"))
        if record is not None:
            self.tabs.setCurrentWidget(self.record_view)

    def export_report(self):
        from ..drill_report_export import DrillReportDialog

        if self.current is None:
            return None
        dialog = DrillReportDialog(self.ctx, self.current["id"], self)
        self.report_dialog = dialog
        dialog.open()
        return dialog

    def _on_use_derived(self, drill_id: str, outcome: str) -> None:
        self.ctx.tasks.run(lambda: self.ctx.services.update("drill", drill_id, {"outcome": outcome}),
                           lambda rec: self.current and self.current["id"] == drill_id and self.show_record(rec),
                           lambda exc: self.sig_status.emit(str(exc)), write=True)


class ResumeBanner(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("resume_banner")
        self.setStyleSheet("#resume_banner { background: rgba(245, 165, 0, 60); border-radius: 4px; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Resume"))
        self.resume_button.setObjectName("resume_run")
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.resume_button)
        self.hide()
