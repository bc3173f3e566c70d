"""The service plan's figures as a form, saved to the archive's settings.json.

Meant to sit as a page of the settings dialog: ``PlanSettingsWidget(ctx)``,
then ``save()`` when the dialog is accepted (False = something to fix, shown
in the widget). Saving broadcasts a change so deadline views recompute.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.clock import utcnow
from ..services import ChangeSet
from ..services.plan import ServicePlan, plan_zone, unknown_years
from ..services.plan_store import read_plan, write_plan
from .calendar_notice import CalendarNotice
from .context import AppContext
from .holiday_import import OfficialHolidaysBox

COMMON_ZONES = ("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Singapore", "Asia/Tokyo", "Europe/London",
                "Europe/Berlin", "America/New_York", "America/Los_Angeles", "UTC")
# field -> (maximum, suffix kind)
INT_FIELDS = {
    "response_minutes_working": 10_000, "response_minutes_outside": 10_000, "restore_minutes_major": 10_000,
    "analysis_hours_major": 1_000, "duty_lead_minutes": 10_000, "goc_unattended_minutes": 10_000,
    "goc_no_progress_minutes": 10_000, "postmortem_working_days_high": 365,
    "postmortem_working_days_low": 365, "postmortem_high_max_level": 4, "consultations_per_quarter": 100,
    "onsite_trainings_per_year": 100, "action_due_soon_days": 365, "drill_interval_months": 120,
}


class PlanSettingsWidget(QWidget):
    sig_saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 now: Callable[[], datetime] = utcnow):
        super().__init__(parent)
        self.ctx = ctx
        self._now = now
        self.path = ctx.archive.settings_path
        self.loaded = ServicePlan()
        self.spins: dict[str, QSpinBox] = {}
        self._build()
        self.load()

    # --- layout -------------------------------------------------------------

    def _spin(self, name: str, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, INT_FIELDS[name])
        spin.setSuffix(suffix)
        self.spins[name] = spin
        return spin

    def _build(self) -> None:
        minutes, hours, days = self.tr(" min"), self.tr(" h"), self.tr(" working days")
        self.work_start = QTimeEdit()
        self.work_end = QTimeEdit()
        for edit in (self.work_start, self.work_end):
            edit.setDisplayFormat("HH:mm")
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(COMMON_ZONES)
        self.official = QCheckBox(self.tr("Use the official calendar (statutory holidays and make-up days)"))
        self.due_soon = QDoubleSpinBox()
        self.due_soon.setRange(0, 100)
        self.due_soon.setDecimals(0)
        self.due_soon.setSuffix(" %")
        self.holidays = QPlainTextEdit()
        self.workdays = QPlainTextEdit()
        for edit in (self.holidays, self.workdays):
            edit.setPlaceholderText(self.tr("One date a line, e.g. 2025-12-31"))
            edit.setMaximumHeight(110)

        calendar = _group(self.tr("Working calendar"), [
            (self.tr("Working hours from:"), self.work_start), (self.tr("to:"), self.work_end),
            (self.tr("Time zone:"), self.timezone), (None, self.official)])
        response = _group(self.tr("Response and restore"), [
            (self.tr("First response, reported in working hours:"), self._spin("response_minutes_working", minutes)),
            (self.tr("First response, reported outside:"), self._spin("response_minutes_outside", minutes)),
            (self.tr("Restore a major fault:"), self._spin("restore_minutes_major", minutes)),
            (self.tr("Analysis and solution of a major fault:"), self._spin("analysis_hours_major", hours)),
            (self.tr("Counts as due soon in the last:"), self.due_soon)])
        escalation = _group(self.tr("Escalation"), [
            (self.tr("Duty lead, at once (within):"), self._spin("duty_lead_minutes", minutes)),
            (self.tr("GOC when nobody took it:"), self._spin("goc_unattended_minutes", minutes)),
            (self.tr("GOC when there is no progress:"), self._spin("goc_no_progress_minutes", minutes))])
        postmortem = _group(self.tr("Postmortem and actions"), [
            (self.tr("Short deadline for levels 1 to:"), self._spin("postmortem_high_max_level", "")),
            (self.tr("Postmortem, short deadline:"), self._spin("postmortem_working_days_high", days)),
            (self.tr("Postmortem, other levels:"), self._spin("postmortem_working_days_low", days)),
            (self.tr("Action due soon within:"), self._spin("action_due_soon_days", self.tr(" days")))])
        quotas = _group(self.tr("Customer quotas"), [
            (self.tr("Consultations per quarter:"), self._spin("consultations_per_quarter", "")),
            (self.tr("On-site trainings per year:"), self._spin("onsite_trainings_per_year", "")),
            (self.tr("Drill each runbook every:"), self._spin("drill_interval_months", self.tr(" months")))])
        self.spins["drill_interval_months"].setMinimum(1)  # a runbook may set its own interval
        extra = _group(self.tr("Extra days"), [
            (self.tr("Extra holidays (company days off):"), self.holidays),
            (self.tr("Extra working days:"), self.workdays)])
        self.official_box = OfficialHolidaysBox(self.ctx, self)
        self.official_box.sig_imported.connect(self._on_holidays_imported)
        self.problems = QLabel()
        self.problems.setObjectName("plan_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828;")
        self.problems.hide()

        grid = QGridLayout()
        for i, box in enumerate((calendar, self.official_box, response, escalation, postmortem, quotas,
                                 extra)):
            grid.addWidget(box, i // 2, i % 2)
        inner = QWidget()
        iv = QVBoxLayout(inner)
        iv.addLayout(grid)
        iv.addWidget(QLabel(self.tr("Stored in this archive's settings.json; applies to every user of "
                                    "the archive.")))
        iv.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problems)
        self.notice = CalendarNotice(self, button=False)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)

    # --- load / save --------------------------------------------------------

    def load(self) -> None:
        plan = self.loaded = read_plan(self.path)
        self.work_start.setTime(_qtime(plan.start_time))
        self.work_end.setTime(_qtime(plan.end_time))
        self.timezone.setCurrentText(plan.timezone)
        self.official.setChecked(plan.use_official_calendar)
        self.due_soon.setValue(round(plan.due_soon_fraction * 100))
        for name, spin in self.spins.items():
            spin.setValue(getattr(plan, name))
        self.holidays.setPlainText("\n".join(plan.extra_holidays))
        self.workdays.setPlainText("\n".join(plan.extra_workdays))
        self.problems.hide()
        self._show_calendar_state()

    def _show_calendar_state(self) -> None:
        plan = self.loaded
        self.official_box.show_plan(plan)
        self.notice.show_years(unknown_years(plan, self._now().astimezone(plan_zone(plan)).date()))

    def _on_holidays_imported(self) -> None:
        """The import wrote settings.json: keep its days, or OK would write the old ones back."""
        fresh = read_plan(self.path)
        self.loaded = replace(self.loaded, imported_holidays=fresh.imported_holidays,
                              imported_workdays=fresh.imported_workdays)
        self._show_calendar_state()

    def plan(self) -> ServicePlan:
        """The plan as edited; raises ValueError listing what to fix."""
        problems = []
        start, end = self.work_start.time().toString("HH:mm"), self.work_end.time().toString("HH:mm")
        if start >= end:
            problems.append(self.tr("Working hours must end after they start."))
        zone = self.timezone.currentText().strip()
        if zone not in zoneinfo.available_timezones():
            problems.append(self.tr("“%1” is not a time zone name such as Asia/Shanghai.").replace("%1", zone))
        holidays, bad_h = _dates(self.holidays.toPlainText())
        workdays, bad_w = _dates(self.workdays.toPlainText())
        for bad in bad_h + bad_w:
            problems.append(self.tr("“%1” is not a date; write it as YYYY-MM-DD.").replace("%1", bad))
        if problems:
            raise ValueError("\n".join(problems))
        values = {name: spin.value() for name, spin in self.spins.items()}
        return replace(self.loaded, work_start=start, work_end=end, timezone=zone,
                       use_official_calendar=self.official.isChecked(),
                       due_soon_fraction=self.due_soon.value() / 100, extra_holidays=holidays,
                       extra_workdays=workdays, **values)

    def save(self) -> bool:
        """Write the plan; False (with the problems shown) when something needs fixing."""
        try:
            plan = self.plan()
            write_plan(plan, self.path)
        except (ValueError, OSError) as exc:
            self.problems.setText(str(exc))
            self.problems.show()
            return False
        self.loaded = plan
        self.problems.hide()
        self.ctx.sig_changed.emit(ChangeSet.of("service_plan"))
        self.sig_saved.emit()
        return True


def _group(title: str, rows: list[tuple[str | None, QWidget]]) -> QGroupBox:
    box = QGroupBox(title)
    form = QFormLayout(box)
    for label, widget in rows:
        if label is None:
            form.addRow(widget)
        else:
            form.addRow(label, widget)
    return box


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _dates(text: str) -> tuple[list[str], list[str]]:
    good, bad = [], []
    for line in (part.strip() for part in text.replace(",", "\n").splitlines()):
        if not line:
            continue
        try:
            good.append(date.fromisoformat(line).isoformat())
        except ValueError:
            bad.append(line)
    return sorted(set(good)), bad
