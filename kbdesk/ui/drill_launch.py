"""Starting and resuming runs: from a runbook, a match result, a case, Attention.

:class:`RunLauncher` belongs to the main window. Asked to run a runbook it
first offers an unfinished run of it; otherwise it asks drill or real and
who is present, starts the run in the writer thread and opens the execution
screen. At start-up it offers any run left unfinished (a crash, a closed
laptop). Dialogs are opened non-blocking and kept in ``self.dialog``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import DrillKind
from ..errors import KbdeskError, ValidationError
from ..services.drill_runs import DrillRuns, RunState
from .context import AppContext
from .drill_run import DrillRunWindow, split_names
from .formatting import display


class StartRunDialog(QDialog):
    """Drill or real, and who is present; the runbook's size for orientation."""

    def __init__(self, runbook: dict[str, Any], steps: int, minutes: int, actor: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("start_run")
        self.setWindowTitle(self.tr("Run runbook"))
        self.setMinimumWidth(520)
        title = QLabel(runbook["title"])
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 17px; font-weight: 600;")
        size = QLabel(self.tr("%1 steps, %2 min planned").replace("%1", str(steps)).replace("%2", str(minutes)))
        self.drill_radio = QRadioButton(self.tr("Drill (exercise)"))
        self.drill_radio.setObjectName("run_kind_drill")
        self.real_radio = QRadioButton(self.tr("Real incident"))
        self.real_radio.setObjectName("run_kind_real")
        self.drill_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.drill_radio)
        group.addButton(self.real_radio)
        self.participants = QLineEdit(actor)
        self.participants.setObjectName("start_participants")
        self.participants.setPlaceholderText(self.tr("Names, separated by commas"))
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.drill_radio)
        form.addRow("", self.real_radio)
        form.addRow(self.tr("Present:"), self.participants)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.addButton(self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("start_run_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(size)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def kind(self) -> str:
        return DrillKind.REAL.value if self.real_radio.isChecked() else DrillKind.DRILL.value

    def names(self) -> list[str]:
        return split_names(self.participants.text())


class RunbookPicker(QDialog):
    """Which runbook to run for a case: its linked ones first, then every other."""

    def __init__(self, runbooks: list[dict[str, Any]], linked: set[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pick_runbook")
        self.setWindowTitle(self.tr("Run a runbook for this case"))
        self.setMinimumSize(520, 420)
        self.list = QListWidget()
        self.list.setObjectName("runbook_choices")
        ordered = sorted(runbooks, key=lambda r: (r["id"] not in linked, r["title"].casefold()))
        for rb in ordered:
            text = rb["title"] + ("  —  " + self.tr("linked to this case") if rb["id"] in linked else "")
            item = QListWidgetItem(text)
            item.setData(256, rb["id"])
            self.list.addItem(item)
        if ordered:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Runbooks linked to the case are listed first.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(256) if item else None


class RunLauncher(QObject):
    sig_open_record = Signal(str, str)
    sig_status = Signal(str)

    def __init__(self, window: QWidget, ctx: AppContext):
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.runs = DrillRuns(ctx.services)
        self.dialog: QDialog | QMessageBox | None = None
        self.run_windows: dict[str, DrillRunWindow] = {}

    # --- entry points ---------------------------------------------------------

    def start(self, runbook_id: str, case_id: str = "") -> None:
        """Run a runbook (or, with no runbook and a case, pick one for the case)."""
        if not runbook_id:
            self._pick_for_case(case_id)
            return
        runs, services = self.runs, self.ctx.services

        def look():
            runbook = services.get("runbook", runbook_id)
            steps = services.list("runbook_step", where={"runbook_id": runbook_id})
            return runbook, steps, runs.unfinished(runbook_id)

        self.ctx.tasks.run(look, lambda r: self._offer_start(*r, case_id), self._on_failed)

    def resume(self, drill_id: str) -> None:
        window = self.run_windows.get(drill_id)
        if window is not None:
            window.show()
            window.raise_()
            window.activateWindow()
            return
        self.ctx.tasks.run(lambda: self.runs.state(drill_id), self.open_run, self._on_failed)

    def offer_unfinished(self) -> None:
        """At start-up: a run left unfinished is offered again."""
        runs = self.runs

        def look():
            return [runs.state(d["id"]) for d in runs.unfinished()]

        self.ctx.tasks.run(look, self._on_unfinished, self._on_failed)

    # --- dialogs --------------------------------------------------------------

    def _offer_start(self, runbook: dict, steps: list[dict], unfinished: list[dict], case_id: str) -> None:
        if not steps:
            self._warn(self.tr("“%1” has no steps yet: add them under Runbook steps, then run it.")
                       .replace("%1", runbook["title"]))
            return
        if unfinished:
            box = self._resume_box(self.runs_state_text(unfinished[0], runbook["title"]), new_run=True)
            box.finished.connect(lambda _r: self._after_resume_box(box, unfinished[0]["id"], runbook, steps,
                                                                   case_id))
            box.open()
            return
        self._ask_start(runbook, steps, case_id)

    def _after_resume_box(self, box: QMessageBox, drill_id: str, runbook: dict, steps: list, case_id: str) -> None:
        clicked = box.clickedButton()
        if clicked is box.resume_button:
            self.resume(drill_id)
        elif clicked is getattr(box, "new_button", None):
            self._ask_start(runbook, steps, case_id)

    def _ask_start(self, runbook: dict, steps: list[dict], case_id: str) -> None:
        minutes = sum(s["estimated_minutes"] or 0 for s in steps)
        dialog = StartRunDialog(runbook, len(steps), minutes, self.ctx.services.actor, self.window)
        dialog.accepted.connect(lambda: self._start(runbook["id"], dialog.kind(), dialog.names(), case_id))
        self.dialog = dialog
        dialog.open()

    def _start(self, runbook_id: str, kind: str, names: list[str], case_id: str) -> None:
        runs = self.runs
        self.ctx.tasks.run(lambda: runs.start(runbook_id, kind, names, case_id=case_id or None),
                           self.open_run, self._on_failed, write=True)

    def _pick_for_case(self, case_id: str) -> None:
        services = self.ctx.services

        def look():
            linked = {lk["target_id"] for lk in services.links_of("case", case_id) if lk["target_type"] == "runbook"}
            linked |= {lk["source_id"] for lk in services.links_of("case", case_id) if lk["source_type"] == "runbook"}
            return services.list("runbook", order_by="title"), linked

        def pick(result) -> None:
            runbooks, linked = result
            if not runbooks:
                self.sig_status.emit(self.tr("This archive has no runbooks yet."))
                return
            picker = RunbookPicker(runbooks, linked, self.window)
            picker.accepted.connect(lambda: picker.chosen() and self.start(picker.chosen(), case_id))
            self.dialog = picker
            picker.open()

        self.ctx.tasks.run(look, pick, self._on_failed)

    def _on_unfinished(self, states: list[RunState]) -> None:
        if not states:
            return
        first = states[0]
        text = self.runs_state_text(first.drill, first.runbook["title"], first)
        if len(states) > 1:
            text += "\n" + self.tr("%1 more runs are unfinished; Attention lists them.").replace(
                "%1", str(len(states) - 1))
        box = self._resume_box(text, new_run=False)
        box.finished.connect(lambda _r: box.clickedButton() is box.resume_button and self.resume(first.drill["id"]))
        box.open()

    def _resume_box(self, text: str, new_run: bool) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unfinished run"), text,
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("resume_offer")
        box.resume_button = box.addButton(self.tr("Resume"), QMessageBox.ButtonRole.AcceptRole)
        if new_run:
            box.new_button = box.addButton(self.tr("Start a new run"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Later") if not new_run else self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.dialog = box
        return box

    def runs_state_text(self, drill: dict, title: str, state: RunState | None = None) -> str:
        text = self.tr("A run of “%1” started %2 is not finished.").replace("%1", title).replace(
            "%2", display(drill["started_at"]))
        if state is not None:
            index = state.current_index
            step = len(state.steps) if index is None else index + 1
            text += " " + self.tr("It stopped at step %1 of %2.").replace("%1", str(step)).replace(
                "%2", str(len(state.steps)))
        return text + "\n" + self.tr("Resume it where it stopped?")

    # --- the run window ---------------------------------------------------------

    def open_run(self, state: RunState) -> DrillRunWindow:
        drill_id = state.drill["id"]
        window = self.run_windows.get(drill_id)
        if window is None:
            window = DrillRunWindow(self.ctx, state, self.window)
            window.sig_finished.connect(self._on_run_finished)
            window.sig_closed.connect(lambda d: self.run_windows.pop(d, None))
            self.run_windows[drill_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        window.setFocus()
        return window

    def _on_run_finished(self, drill_id: str) -> None:
        self.sig_status.emit(self.tr("Run finished: here is its drill record."))
        self.sig_open_record.emit("drill", drill_id)

    def _on_failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            text = "; ".join(exc.problems.values())
        elif isinstance(exc, KbdeskError):
            text = str(exc)
        else:
            text = self.tr("Could not start the run: %1").replace("%1", str(exc))
        self._warn(text)

    def _warn(self, text: str) -> None:
        self.sig_status.emit(text)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Run runbook"), text, QMessageBox.StandardButton.Ok,
                          self.window)
        self.dialog = box
        box.open()
