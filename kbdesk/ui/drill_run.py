"""The execution screen: one runbook step at a time, for a tense moment.

Large type, the current step's action, expected result, rollback and
commands (each with a copy button), a clock for the step and for the whole
run against the runbook's estimate, and three answers: done (Space), failed
(F), skipped (S), with an optional note (N). Every answer is stamped with
the time of the key press and saved at once through the run service in the
writer thread; the screen moves on without waiting, so a quick second key
marks the next step. Closing the window (or a crash) loses nothing: the run
resumes at the first step without a result.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.clock import utcnow
from ..domain.enums import StepStatus
from ..services.drill_runs import DrillRuns, RunState, RunStep, commands_of
from ..services.drills import clock_text, format_minutes
from .context import AppContext
from .labels import code_label

TICK_MS = 1000
_FENCE = re.compile(r"```[^\n]*\n.*?```", re.S)
_SPLIT_NAMES = re.compile(r"[,，、;；\n]+")
MARK_ICON = {StepStatus.DONE: "✓", StepStatus.FAILED: "✗", StepStatus.SKIPPED: "↷", None: "·"}
STATUS_COLOR = {StepStatus.DONE: "#2e7d32", StepStatus.FAILED: "#c62828", StepStatus.SKIPPED: "#6d6d6d"}
SHEET = """
#drill_run QLabel { font-size: 17px; }
#drill_run QLabel#run_title { font-size: 22px; font-weight: 600; }
#drill_run QLabel#run_kind { font-size: 16px; font-weight: 700; padding: 3px 10px; border-radius: 4px;
                             color: white; background: #1565c0; }
#drill_run QLabel#run_kind[real="true"] { background: #c62828; }
#drill_run QLabel#step_heading { font-size: 18px; color: #546e7a; font-weight: 600; }
#drill_run QLabel#step_action { font-size: 28px; font-weight: 600; }
#drill_run QLabel[role="caption"] { font-size: 15px; color: #607d8b; font-weight: 600; }
#drill_run QLabel#overall_clock, #drill_run QLabel#step_clock { font-size: 24px; font-weight: 600; }
#drill_run QLabel[role="command"] { font-family: monospace; font-size: 17px; background: #263238; color: #eceff1;
                            padding: 6px 8px; border-radius: 3px; }
#drill_run QPushButton[role="answer"] { font-size: 22px; font-weight: 600; padding: 14px 18px; min-width: 150px; }
#drill_run QPushButton#mark_done { background: #2e7d32; color: white; }
#drill_run QPushButton#mark_failed { background: #c62828; color: white; }
#drill_run QPushButton#mark_skipped { background: #607d8b; color: white; }
#drill_run QPushButton[role="answer"]:disabled { background: #bdbdbd; color: #eeeeee; }
#drill_run QLineEdit { font-size: 17px; padding: 6px; }
#drill_run QListWidget { font-size: 16px; }
#drill_run QPushButton#finish_run, #drill_run QPushButton#undo_step, #drill_run QPushButton#copy_command {
    font-size: 16px; padding: 6px 14px; }
"""
OVER = "color: #c62828;"
NEAR = "color: #ef6c00;"


def split_names(text: str) -> list[str]:
    return [n.strip() for n in _SPLIT_NAMES.split(text) if n.strip()]


def shown_action(step: dict[str, Any]) -> str:
    """The action without the code blocks the commands box shows on its own."""
    return _FENCE.sub("", step.get("action") or "").strip()


class DrillRunWindow(QWidget):
    sig_finished = Signal(str)  # drill id: the run is finished, show its record
    sig_status = Signal(str)
    sig_closed = Signal(str)  # drill id

    def __init__(self, ctx: AppContext, state: RunState, parent: QWidget | None = None,
                 now: Callable[[], datetime] = utcnow):
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.state = state
        self.drill_id = state.drill["id"]
        self._now = now
        self.runs = DrillRuns(ctx.services, now)
        self.pending = 0
        self.setObjectName("drill_run")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(SHEET)
        self.resize(1280, 820)
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._show_state()

    # --- building -----------------------------------------------------------

    def _build(self) -> None:
        self.title = _label("run_title", wrap=True)
        self.kind = _label("run_kind")
        self.progress = _label("run_progress")
        self.overall_clock = _label("overall_clock")
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.title, 1)
        top.addWidget(self.progress)
        top.addSpacing(20)
        top.addWidget(self.overall_clock)

        self.step_heading = _label("step_heading")
        self.step_clock = _label("step_clock")
        self.action = _label("step_action", wrap=True, selectable=True)
        self.expected_caption = _caption(self.tr("Expected result"))
        self.expected = _label("step_expected", wrap=True, selectable=True)
        self.rollback_caption = _caption(self.tr("Rollback"))
        self.rollback = _label("step_rollback", wrap=True, selectable=True)
        self.commands_caption = _caption(self.tr("Commands"))
        self.commands_box = QVBoxLayout()
        self.commands_box.setSpacing(6)
        self.copy_buttons: list[QPushButton] = []

        step_col = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(self.step_heading, 1)
        head.addWidget(self.step_clock)
        step_col.addLayout(head)
        step_col.addWidget(self.action)
        step_col.addSpacing(8)
        for widget in (self.expected_caption, self.expected, self.rollback_caption, self.rollback,
                       self.commands_caption):
            step_col.addWidget(widget)
        step_col.addLayout(self.commands_box)
        step_col.addStretch(1)
        step_widget = QWidget()
        step_widget.setLayout(step_col)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(step_widget)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.note = QLineEdit()
        self.note.setObjectName("step_note")
        self.note.setPlaceholderText(self.tr("Note for this step (N), then Enter — saved with the answer"))
        self.note.returnPressed.connect(self.setFocus)
        self.note.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.done_button = self._answer("mark_done", self.tr("Done  (Space)"), StepStatus.DONE)
        self.failed_button = self._answer("mark_failed", self.tr("Failed  (F)"), StepStatus.FAILED)
        self.skip_button = self._answer("mark_skipped", self.tr("Skip  (S)"), StepStatus.SKIPPED)
        answers = QHBoxLayout()
        for b in (self.done_button, self.failed_button, self.skip_button):
            answers.addWidget(b, 1)

        self.undo_button = _plain_button("undo_step", self.tr("Undo last (Ctrl+Z)"), self.undo)
        self.finish_button = _plain_button("finish_run", self.tr("Finish run…"), self.finish)
        self.save_state = _label("save_state", wrap=True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_state, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.finish_button)

        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(_rule())
        left.addWidget(scroll, 1)
        left.addWidget(self.note)
        left.addLayout(answers)
        left.addLayout(bottom)

        self.step_list = QListWidget()
        self.step_list.setObjectName("run_steps")
        self.step_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.step_list.setWordWrap(True)
        self.participants = QLineEdit()
        self.participants.setObjectName("run_participants")
        self.participants.setPlaceholderText(self.tr("Names, separated by commas"))
        self.participants.editingFinished.connect(self._on_participants_edited)
        self.participants.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.deviation = QLineEdit()
        self.deviation.setObjectName("run_deviation")
        self.deviation.setPlaceholderText(self.tr("What went differently from the runbook…"))
        self.deviation.returnPressed.connect(self.add_deviation)
        self.deviation.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        add_deviation = _plain_button("add_deviation", self.tr("Record"), self.add_deviation)
        dev_row = QHBoxLayout()
        dev_row.addWidget(self.deviation, 1)
        dev_row.addWidget(add_deviation)
        self.deviations = _label("run_deviations", wrap=True, selectable=True)
        self.deviations.setStyleSheet("font-size: 15px;")
        self.deviations.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right = QGridLayout()
        right.addWidget(_caption(self.tr("Steps")), 0, 0)
        right.addWidget(self.step_list, 1, 0)
        right.addWidget(_caption(self.tr("Present")), 2, 0)
        right.addWidget(self.participants, 3, 0)
        right.addWidget(_caption(self.tr("Deviations")), 4, 0)
        right.addLayout(dev_row, 5, 0)
        right.addWidget(self.deviations, 6, 0)
        right.setRowStretch(1, 3)
        right.setRowStretch(6, 1)
        side = QWidget()
        side.setLayout(right)
        side.setMinimumWidth(340)
        side.setMaximumWidth(460)

        outer = QHBoxLayout(self)
        outer.addLayout(left, 1)
        outer.addWidget(side)

    def _answer(self, name: str, text: str, status: StepStatus) -> QPushButton:
        button = _plain_button(name, text, lambda: self.mark(status))
        button.setProperty("role", "answer")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    def showEvent(self, event) -> None:
        # The window holds the focus, so Space answers the step instead of typing into a field.
        super().showEvent(event)
        QTimer.singleShot(0, self.setFocus)

    def closeEvent(self, event) -> None:
        # Every answer is already saved (or queued in the writer): closing loses nothing.
        self.timer.stop()
        self.sig_closed.emit(self.drill_id)
        super().closeEvent(event)

    # --- keys ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys reach here unless a text field takes them (typing a note never answers)."""
        key, mods = event.key(), event.modifiers()
        plain = not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if plain and key == Qt.Key.Key_Space:
            self.mark(StepStatus.DONE)
        elif plain and key == Qt.Key.Key_F:
            self.mark(StepStatus.FAILED)
        elif plain and key == Qt.Key.Key_S:
            self.mark(StepStatus.SKIPPED)
        elif plain and key == Qt.Key.Key_N:
            self.note.setFocus()
        elif key == Qt.Key.Key_Z and mods & Qt.KeyboardModifier.ControlModifier:
            self.undo()
        elif key == Qt.Key.Key_Escape:
            self.setFocus()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- answers ------------------------------------------------------------

    def mark(self, status: str) -> None:
        current = self.state.current
        if current is None or not self.state.running:
            return
        at, note, step_id = self._now(), self.note.text().strip(), current.step["id"]
        # Shown at once; the saved result replaces it when the writer is done.
        current.result = {"id": None, "status": str(status), "ok": status != StepStatus.FAILED, "notes": note,
                          "started_at": min(self.state.current_started_at(), at), "ended_at": at,
                          "planned_minutes": current.step.get("estimated_minutes"),
                          "action": current.step.get("action") or ""}
        self.note.clear()
        drill_id = self.drill_id
        self._save(lambda: self.runs.mark(drill_id, step_id, str(status), note, at))
        self._show_state()
        self.setFocus()

    def undo(self) -> None:
        last = self.state.last_marked()
        if last is None or not self.state.running:
            return
        last.result = None
        drill_id = self.drill_id
        self._save(lambda: self.runs.undo_last(drill_id))
        self._show_state()

    def add_deviation(self) -> None:
        text, at = self.deviation.text().strip(), self._now()
        if not text:
            return
        self.deviation.clear()
        drill_id = self.drill_id
        self._save(lambda: self.runs.add_deviation(drill_id, text, at))
        self.setFocus()

    def _on_participants_edited(self) -> None:
        names = split_names(self.participants.text())
        if names != list(self.state.drill["participants"]):
            self.state.drill["participants"] = names
            drill_id = self.drill_id
            self._save(lambda: self.runs.set_participants(drill_id, names))

    def finish(self) -> None:
        # Queued behind any answer still being saved: the writer runs them in order.
        left = len(self.state.steps) - self.state.marked
        if left:
            answer = QMessageBox.question(
                self, self.tr("Finish run"),
                # One literal: every lupdate release then sees the plural form.
                self.tr("%n step(s) not answered yet. Finish the run anyway? They count as not reached.", None, left))
            if answer != QMessageBox.StandardButton.Yes:
                return
        at, drill_id = self._now(), self.drill_id
        self.ctx.tasks.run(lambda: self.runs.finish(drill_id, at), self._on_finished, self._on_save_failed,
                           write=True)

    def _on_finished(self, state: RunState) -> None:
        self.state = state
        self.sig_finished.emit(self.drill_id)
        self.close()

    # --- saving -------------------------------------------------------------

    def _save(self, work: Callable[[], RunState]) -> None:
        self.pending += 1
        self.save_state.setStyleSheet("")
        self.save_state.setText(self.tr("Saving…"))
        self.ctx.tasks.run(work, self._on_saved, self._on_save_failed, write=True)

    def _on_saved(self, state: RunState) -> None:
        self.pending = max(0, self.pending - 1)
        if self.pending == 0:  # an older answer's state would undo newer ones on screen
            self.state = state
            self._show_state()
            self.save_state.setStyleSheet("color: #2e7d32;")
            self.save_state.setText(self.tr("Saved %1").replace("%1", self._now().astimezone().strftime("%H:%M:%S")))

    def _on_save_failed(self, exc: Exception) -> None:
        self.pending = max(0, self.pending - 1)
        self.save_state.setStyleSheet(OVER)
        self.save_state.setText(self.tr("Not saved: %1 — the screen shows what the archive holds.")
                                .replace("%1", str(exc)))
        drill_id = self.drill_id
        self.ctx.tasks.run(lambda: self.runs.state(drill_id), self._on_reloaded)

    def _on_reloaded(self, state: RunState) -> None:
        if self.pending == 0:
            self.state = state
            self._show_state()

    # --- showing ------------------------------------------------------------

    def _show_state(self) -> None:
        s = self.state
        self.setWindowTitle(self.tr("Run: %1").replace("%1", s.runbook["title"]))
        self.title.setText(s.runbook["title"])
        real = s.drill["kind"] == "real"
        self.kind.setText(code_label("drill_kind", s.drill["kind"]))
        self.kind.setProperty("real", "true" if real else "false")
        self.kind.style().unpolish(self.kind)
        self.kind.style().polish(self.kind)
        if not self.participants.hasFocus():
            self.participants.setText(", ".join(s.drill["participants"]))
        self.deviations.setText(s.drill["deviations"] or self.tr("None recorded."))
        self._show_step(s.current_index)
        self._fill_step_list()
        self.undo_button.setEnabled(s.marked > 0 and s.running)
        self._tick()

    def _show_step(self, index: int | None) -> None:
        s = self.state
        total = len(s.steps)
        answering = index is not None and s.running
        for b in (self.done_button, self.failed_button, self.skip_button):
            b.setEnabled(answering)
        self.note.setEnabled(answering)
        if index is None:
            self.progress.setText(self.tr("All %1 steps answered").replace("%1", str(total)))
            self.step_heading.setText(self.tr("Every step has an answer"))
            self.action.setText(self.tr("Finish the run to see the drill record (outcome, planned against "
                                        "actual minutes)."))
            self.finish_button.setDefault(True)
            step: dict[str, Any] = {}
        else:
            step = s.steps[index].step
            self.progress.setText(self.tr("Step %1 of %2").replace("%1", str(index + 1)).replace("%2", str(total)))
            self.step_heading.setText(self.tr("Step %1 · planned %2 min").replace("%1", str(step["position"]))
                                      .replace("%2", str(s.steps[index].planned_minutes)))
            self.action.setText(shown_action(step))
        _show_pair(self.expected_caption, self.expected, step.get("expected_result") or "")
        _show_pair(self.rollback_caption, self.rollback, step.get("rollback") or "")
        self._show_commands(commands_of(step) if step else [])

    def _show_commands(self, commands: list[str]) -> None:
        while self.commands_box.count():
            item = self.commands_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
            elif item.layout():
                while item.layout().count():
                    inner = item.layout().takeAt(0)
                    if inner.widget():
                        inner.widget().deleteLater()
        self.copy_buttons = []
        self.commands_caption.setVisible(bool(commands))
        for text in commands:
            row = QHBoxLayout()
            label = _label("command", wrap=True, selectable=True)
            label.setProperty("role", "command")
            label.setText(text)
            copy = _plain_button("copy_command", self.tr("Copy"), lambda _=False, t=text: self._copy(t))
            row.addWidget(label, 1)
            row.addWidget(copy, 0, Qt.AlignmentFlag.AlignTop)
            self.copy_buttons.append(copy)
            self.commands_box.addLayout(row)

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.save_state.setStyleSheet("")
        self.save_state.setText(self.tr("Command copied."))

    def _fill_step_list(self) -> None:
        self.step_list.clear()
        current = self.state.current_index
        for i, rs in enumerate(self.state.steps):
            item = QListWidgetItem(self._step_line(rs))
            if rs.status in STATUS_COLOR:
                item.setForeground(_brush(STATUS_COLOR[rs.status]))
            if i == current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            item.setToolTip(rs.result["notes"] if rs.result and rs.result["notes"] else "")
            self.step_list.addItem(item)
        if current is not None:
            self.step_list.setCurrentRow(current)
            self.step_list.scrollToItem(self.step_list.item(current))

    def _step_line(self, rs: RunStep) -> str:
        action = shown_action(rs.step).splitlines()[0] if shown_action(rs.step) else ""
        line = f"{MARK_ICON.get(rs.status, '·')} {rs.step['position']}. {action}"
        if rs.result:
            line += "  —  " + self.tr("%1 of %2 min").replace("%1", format_minutes(rs.actual_minutes)).replace(
                "%2", str(rs.planned_minutes))
        return line

    def _tick(self) -> None:
        s, now = self.state, self._now()
        elapsed = s.overall_elapsed(now)
        planned = s.planned_total()
        self.overall_clock.setText(self.tr("Overall %1 / %2 min").replace("%1", clock_text(elapsed))
                                   .replace("%2", str(planned)))
        minutes = elapsed.total_seconds() / 60
        self.overall_clock.setStyleSheet(OVER if minutes > planned else
                                         NEAR if minutes > s.planned_through_current() else "")
        current = s.current
        if current is None:
            self.step_clock.setText("")
            return
        step_minutes = s.step_elapsed(now).total_seconds() / 60
        self.step_clock.setText(self.tr("This step %1").replace("%1", clock_text(s.step_elapsed(now))))
        self.step_clock.setStyleSheet(OVER if step_minutes > current.planned_minutes else "")


def _label(name: str, wrap: bool = False, selectable: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "caption")
    return label


def _plain_button(name: str, text: str, slot: Callable) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space answers the step, never "clicks" a button
    button.clicked.connect(slot)
    return button


def _show_pair(caption: QLabel, label: QLabel, text: str) -> None:
    caption.setVisible(bool(text.strip()))
    label.setVisible(bool(text.strip()))
    label.setText(text.strip())


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    return line


def _brush(color: str):
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(color))
