"""The drill record: what a run left behind, read at a glance.

Runbook, kind, times, who was present, the outcome (and the one the steps
say, when it was changed by hand), every step's action with its result and
planned against actual minutes, and a sentence for each time that does not
fit the drill's date. Computed in a worker; the record's fields are edited
in the Details tab, its follow-up actions in the Actions tab.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services import drills as rules
from ..services.drill_runs import DrillRuns, RunState, StepRow, step_rows
from ..services.plan import WorkCalendar
from ..services.plan_store import load_plan
from .context import AppContext
from .drill_run import STATUS_COLOR
from .labels import code_label, type_label

COLUMNS = ("position", "action", "status", "planned", "actual", "started", "ended", "notes")


def problem_sentence(code: str) -> str:
    return {
        rules.ENDS_BEFORE_START: QCoreApplication.translate("DrillRecordView", "ends before it starts"),
        rules.STARTS_OUTSIDE: QCoreApplication.translate(
            "DrillRecordView", "starts outside the drill's date (the drill day or the night after)"),
        rules.ENDS_OUTSIDE: QCoreApplication.translate(
            "DrillRecordView", "ends outside the drill's date (the drill day or the night after)"),
    }.get(code, code)


class DrillRecordView(QWidget):
    sig_use_derived = Signal(str, str)  # drill id, outcome

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.drill_id: str | None = None
        self.state: RunState | None = None
        self.rows: list[StepRow] = []
        self._key = f"drill-record-{id(self)}"
        self.summary = QLabel()
        self.summary.setObjectName("record_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setStyleSheet("font-size: 15px;")
        self.derived_button = QPushButton()
        self.derived_button.setObjectName("use_derived_outcome")
        self.derived_button.clicked.connect(self._on_use_derived)
        self.derived_button.hide()
        self.problems = QLabel()
        self.problems.setObjectName("record_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828; font-size: 14px;")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("record_steps")
        self.table.setHorizontalHeaderLabels([
            self.tr("#"), self.tr("Action"), self.tr("Result"), self.tr("Planned min"), self.tr("Actual min"),
            self.tr("Start"), self.tr("End"), self.tr("Notes")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("action"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMNS.index("notes"), QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COLUMNS.index("notes"), 180)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.texts = QLabel()
        self.texts.setObjectName("record_texts")
        self.texts.setWordWrap(True)
        self.texts.setTextFormat(Qt.TextFormat.RichText)
        self.texts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(self.tr("Edit the outcome, findings and participants under Details; "
                              "follow-up actions (owner, due date) under %1.").replace("%1", type_label("action")))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #607d8b;")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.derived_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.texts)
        layout.addWidget(hint)
        ctx.sig_changed.connect(self._on_changes)

    def set_drill(self, drill_id: str | None) -> None:
        self.drill_id = drill_id
        if drill_id is None:
            self.state, self.rows = None, []
            self.summary.setText(self.tr("Save the drill to see its record."))
            self.table.setRowCount(0)
            self.problems.clear()
            self.derived_button.hide()
            return
        services = self.ctx.services

        def work():
            state = DrillRuns(services).state(drill_id)
            tz = WorkCalendar(load_plan(services)).tz
            return state, step_rows(state, tz), tz

        self.ctx.tasks.run(work, self._on_loaded, self._on_failed, key=self._key)

    def _on_loaded(self, result: tuple[RunState, list[StepRow], Any]) -> None:
        # Times in the plan's zone, as the report and the deviations' stamps have them.
        self.state, self.rows, self.tz = result
        self._show_summary()
        self._show_rows()

    def _on_failed(self, exc: Exception) -> None:
        self.summary.setText(self.tr("Could not read the drill: %1").replace("%1", str(exc)))

    def _show_summary(self) -> None:
        s = self.state
        d = s.drill
        derived = s.derived_outcome()
        running = d["status"] == "running"
        actual = rules.minutes_between(d["started_at"], d["ended_at"])
        parts = [
            f"<b style='font-size:17px'>{_h(s.runbook['title'])}</b> · {_h(code_label('drill_kind', d['kind']))}"
            f" · {d['date'].isoformat()}",
            self.tr("Outcome: %1").replace("%1", "<b>" + _h(self.tr("under way") if running else
                                                              code_label("outcome", d["outcome"])) + "</b>"),
            self.tr("Planned %1 min, actual %2 min").replace("%1", str(s.planned_total())).replace(
                "%2", rules.format_minutes(actual)),
            self.tr("Present: %1").replace("%1", _h(", ".join(d["participants"]) or "—")),
        ]
        if not running and derived != d["outcome"]:
            parts.append("<span style='color:#ef6c00'>" + _h(self.tr("The steps say: %1").replace(
                "%1", code_label("outcome", derived))) + "</span>")
            self.derived_button.setText(self.tr("Set outcome to “%1”").replace("%1", code_label("outcome", derived)))
            self.derived_button.show()
        else:
            self.derived_button.hide()
        self.summary.setText("<br>".join(parts))
        texts = [f"<b>{_h(title)}</b>: " + _h(body.strip()).replace("\n", "<br>")
                 for title, body in ((self.tr("Deviations"), d["deviations"]), (self.tr("Findings"), d["findings"]))
                 if body.strip()]
        self.texts.setText("<br>".join(texts))
        self.texts.setVisible(bool(texts))

    def _show_rows(self) -> None:
        self.table.setRowCount(len(self.rows))
        problems = []
        for r, row in enumerate(self.rows):
            status = code_label("step_status", row.status) if row.status else self.tr("not reached")
            values = [str(row.position), row.action, status,
                      "—" if row.planned_minutes is None else str(row.planned_minutes),
                      rules.format_minutes(row.actual_minutes), _clock(row.started_at, self.tz),
                      _clock(row.ended_at, self.tz),
                      row.notes]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if COLUMNS[c] == "status" and row.status in STATUS_COLOR:
                    item.setForeground(QBrush(QColor(STATUS_COLOR[row.status])))
                if COLUMNS[c] == "actual" and row.actual_minutes is not None and row.planned_minutes is not None \
                        and row.actual_minutes > row.planned_minutes:
                    item.setForeground(QBrush(QColor("#c62828")))
                if row.problems and COLUMNS[c] in ("started", "ended"):
                    item.setBackground(QBrush(QColor(220, 40, 40, 60)))
                self.table.setItem(r, c, item)
            problems += [self.tr("Step %1 %2.").replace("%1", str(row.position)).replace("%2", problem_sentence(p))
                         for p in row.problems]
        self.table.resizeRowsToContents()
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))

    def _on_use_derived(self) -> None:
        if self.state is not None:
            self.sig_use_derived.emit(self.state.drill["id"], self.state.derived_outcome())

    def _on_changes(self, changes: Any) -> None:
        if self.drill_id and changes.types() & {"drill", "drill_step", "runbook_step"}:
            self.set_drill(self.drill_id)


def _clock(dt, tz) -> str:
    return dt.astimezone(tz).strftime("%H:%M") if dt else "—"


def _h(text: str) -> str:
    from html import escape

    return escape(text)
