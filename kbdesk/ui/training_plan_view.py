"""The Training section: courses, materials (with their files), sessions and the yearly plan.

The plan tab is a customer × month grid of held / planned on-site sessions
against the yearly quota (a service plan setting); customers behind the
pro-rata plan are highlighted and listed first. The figures are computed in
a worker by kbdesk.reports.training_plan.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.reporting import SessionFeedback, TrainingPlan, session_feedback, training_plan
from .context import AppContext
from .material_files import MaterialFilesPanel
from .sections.catalog import CONFIGS
from .sections.record_section import RecordSection
from .sections.tabbed import TabbedSections

BEHIND = QColor("#fde2e1")
UNDER_PLANNED = QColor("#fff4d6")
WATCHED = {"training_session", "customer", "service_plan", "attendance"}


class CourseSection(RecordSection):
    """Courses; their materials and sessions open in their own tabs (files, attendance) from here."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, CONFIGS["course"], parent)
        for table in self.child_tables:
            button = QPushButton(self.tr("Open"))
            button.setObjectName(f"open_{table.child_type}")
            button.setToolTip(self.tr("Show it in its own tab, with its files or its attendance list"))
            button.clicked.connect(lambda _=False, t=table: self._open_child(t))
            table.layout().itemAt(1).layout().insertWidget(1, button)

    def _open_child(self, table) -> None:
        row = table.table.currentRow()
        if 0 <= row < len(table.rows):
            self.sig_open_record.emit(table.child_type, table.rows[row]["id"])


class MaterialSection(RecordSection):
    """Materials with a Files tab: each file's versions, add, replace, open, preview."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, CONFIGS["material"], parent)

    def extra_tabs(self) -> list[tuple[str, QWidget]]:
        self.files = MaterialFilesPanel(self.ctx)
        self.files.sig_status.connect(self.sig_status)
        return [(self.tr("Files"), self.files)]

    def record_shown(self, record: dict[str, Any] | None) -> None:
        self.files.set_owner("material", record["id"] if record else None)


class SessionSection(RecordSection):
    """Training sessions with a one-line feedback summary of the attendance list."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        self.feedback_label = QLabel()
        self.feedback_label.setObjectName("session_feedback_summary")
        super().__init__(ctx, CONFIGS["training_session"], parent)
        ctx.sig_changed.connect(self._on_attendance_changed)

    def extra_buttons(self) -> list[QWidget]:
        return [self.feedback_label]

    def record_shown(self, record: dict[str, Any] | None) -> None:
        self.feedback_label.clear()
        if record is None:
            return
        services, session_id = self.ctx.services, record["id"]
        self.ctx.tasks.run(
            lambda: (session_id, session_feedback(services.list("attendance", where={"session_id": session_id}))),
            self._on_feedback, None, key=f"session-feedback-{id(self)}")

    def _on_feedback(self, result: tuple[str, SessionFeedback]) -> None:
        session_id, f = result
        if self.current is None or self.current["id"] != session_id:
            return
        if not f.listed:
            self.feedback_label.setText(self.tr("No attendance list yet."))
            return
        text = self.tr("%1 of %2 attended").replace("%1", str(f.present)).replace("%2", str(f.listed))
        if f.average is not None:
            text += self.tr(" · average score %1 from %n rating(s)", "", f.ratings).replace(
                "%1", QLocale().toString(f.average, "f", 1))
        if f.comments:
            text += self.tr(" · %n comment(s)", "", f.comments)
        self.feedback_label.setText(text)

    def _on_attendance_changed(self, changes) -> None:
        if self.current is not None and "attendance" in changes.types():
            self.record_shown(self.current)


class TrainingPlanView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today  # None: today in the plan's zone (tests pin it)
        self.plan: TrainingPlan | None = None
        self.year = QSpinBox()
        self.year.setObjectName("training_plan_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(self._today().year)
        self.year.valueChanged.connect(self.reload)
        self.summary = QLabel()
        self.summary.setObjectName("training_plan_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("training_plan_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: palette(placeholder-text);")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        ctx.sig_changed.connect(self._on_changes)
        self.reload()

    def _today(self) -> date:
        if self.today is not None:
            return self.today
        return QDate.currentDate().toPython()

    def reload(self) -> None:
        services, year, today = self.ctx.services, self.year.value(), self._today()
        quota = self.ctx.plan().onsite_trainings_per_year
        self.summary.setText(self.tr("Loading…"))
        self.ctx.tasks.run(lambda: training_plan(services, year, quota, today), self._on_loaded,
                           self._on_failed, key=f"training-plan-{id(self)}")

    def _on_failed(self, exc: Exception) -> None:
        self.summary.setText(self.tr("The training plan could not be computed: %1").replace("%1", str(exc)))

    def _on_loaded(self, plan: TrainingPlan) -> None:
        self.plan = plan
        months = [QLocale().standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
        headers = [self.tr("Customer"), *months, self.tr("Held / planned"), self.tr("Expected by now"),
                   self.tr("Attendees"), self.tr("Average score")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(plan.rows))
        for row, r in enumerate(plan.rows):
            cells = [r.customer]
            cells += [_month_cell(r.held_by_month[m], r.planned_by_month[m]) for m in range(12)]
            score = QLocale().toString(r.average_score, "f", 1) if r.average_score is not None else "–"
            cells += [f"{r.held} / {r.planned}", str(r.expected_by_now), str(r.attendees), score]
            colour = BEHIND if r.behind else (UNDER_PLANNED if r.under_planned and r.held < r.quota else None)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if colour is not None:
                    item.setBackground(QBrush(colour))
                    item.setForeground(QBrush(QColor("#202020")))
                item.setToolTip(self._tip(r))
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        behind = sum(r.behind for r in plan.rows)
        self.summary.setText(
            self.tr("On-site trainings %1: quota %2 per customer a year; %n customer(s) behind plan.", "", behind)
            .replace("%1", str(plan.year)).replace("%2", str(plan.quota)))
        self.legend.setText(self.tr(
            "Each month shows held / planned on-site sessions. Red: fewer held than the share of the quota "
            "for the part of the year gone by. Yellow: not enough sessions planned to meet the quota. "
            "The quota is set in Settings → Service plan."))

    def _tip(self, r) -> str:
        state = (self.tr("Behind plan: %1 held, %2 expected by now.") if r.behind
                 else self.tr("On track: %1 held, %2 expected by now."))
        return state.replace("%1", str(r.held)).replace("%2", str(r.expected_by_now))

    def _on_changes(self, changes) -> None:
        if WATCHED & set(changes.types()):
            self.reload()


def _month_cell(held: int, planned: int) -> str:
    if not held and not planned:
        return ""
    return f"{held} / {planned}"


def training_section(ctx: AppContext) -> TabbedSections:
    """Courses, materials, sessions, and the plan as a fourth tab."""
    section = TabbedSections(ctx, [CourseSection(ctx), MaterialSection(ctx),
                                   SessionSection(ctx)])
    section.plan_view = TrainingPlanView(ctx)
    section.tabs.addTab(section.plan_view, QCoreApplication.translate("TrainingPlanView", "Training plan"))
    return section
