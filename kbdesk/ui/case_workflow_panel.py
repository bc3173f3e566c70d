"""The case's lifecycle as a tab of the case view: deadlines, next status,
escalation, progress notices, not-a-fault, rectification actions.

Reads run in a worker, writes through ``ctx.tasks.run(..., write=True)``;
a refusal from :class:`kbdesk.services.workflow.CaseWorkflow` is shown in
words above the buttons. The panel reloads from the change broadcast.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.clock import utcnow
from ..errors import KbdeskError, ValidationError
from ..services.attention import case_deadlines
from ..services.deadlines import Deadline
from ..services.plan import WorkCalendar
from ..services.plan_store import load_plan
from ..services.workflow import ACTION_MOVES, CaseWorkflow
from .case_workflow_dialogs import ActionDialog, EscalateDialog, NotAFaultDialog, NoticeDialog
from .context import AppContext
from .customer_steps_box import CustomerStepsBox, load_customer_steps
from .formatting import display, plan_time, zone_label
from .labels import code_label
from .sections.attention import kind_label, remaining_text, state_brushes, state_label

WATCHED = {"case", "timeline", "escalation", "action", "notification", "confirmation", "contact"}


def load_case_state(services, case_id: str, now: datetime) -> dict[str, Any]:
    """Everything the panel shows, read in one go (runs in a worker)."""
    case = services.get("case", case_id)
    plan = load_plan(services)
    return {
        "case": case,
        "customer": services.get("customer", case["customer_id"])["name"],
        "deadlines": case_deadlines(services, case_id, now, plan),
        "allowed": CaseWorkflow(services).allowed_next(case_id),
        "actions": services.list("action", where={"case_id": case_id}, order_by="due_date"),
        "tz": WorkCalendar(plan).tz,
        "zone": plan.timezone,
        "customer_steps": load_customer_steps(services, case, plan),
    }


def refusal_text(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(exc.problems.values())
    return str(exc)


class CaseWorkflowPanel(QWidget):
    sig_status = Signal(str)
    sig_open_record = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 now: Callable[[], datetime] = utcnow):
        super().__init__(parent)
        self.ctx = ctx
        self._now = now
        self.workflow = CaseWorkflow(ctx.services, now=now)
        self.case_id: str | None = None
        self.state: dict[str, Any] | None = None
        self.dialog: QDialog | None = None
        self._key = f"workflow-{id(self)}"
        self._build()
        self._reload_timer = QTimer(self, singleShot=True, interval=50)
        self._reload_timer.timeout.connect(self.reload)
        self._tick = QTimer(self, interval=60_000)
        self._tick.timeout.connect(self.reload)
        self._tick.start()
        ctx.sig_changed.connect(self._on_changed)
        self._show_state()

    # --- layout -------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("workflow_heading")
        self.heading.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("workflow_message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.deadlines = _table([self.tr("Deadline"), self.tr("Due at"), self.tr("Remaining / result"),
                                 self.tr("State")], stretch=2)
        self.deadlines.setObjectName("workflow_deadlines")

        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("workflow_note")
        self.note_edit.setPlaceholderText(self.tr("Note for the timeline (optional)"))
        self.status_row = QHBoxLayout()
        self.status_buttons: dict[str, QPushButton] = {}
        self.escalate_button = QPushButton(self.tr("Escalate…"))
        self.notice_button = QPushButton(self.tr("Progress notice…"))
        self.naf_button = QPushButton(self.tr("Not a fault…"))
        self.report_button = QPushButton(self.tr("Fault report…"))
        self.escalate_button.clicked.connect(self.open_escalate_dialog)
        self.notice_button.clicked.connect(self.open_notice_dialog)
        self.naf_button.clicked.connect(self._on_not_a_fault_clicked)
        self.report_button.clicked.connect(self._on_report_clicked)
        status_box = QGroupBox(self.tr("Status"))
        sv = QVBoxLayout(status_box)
        move = QHBoxLayout()
        move.addWidget(QLabel(self.tr("Move to:")))
        move.addLayout(self.status_row)
        move.addStretch(1)
        sv.addLayout(move)
        sv.addWidget(self.note_edit)
        tools = QHBoxLayout()
        for button in (self.escalate_button, self.notice_button, self.naf_button, self.report_button):
            tools.addWidget(button)
        tools.addStretch(1)
        sv.addLayout(tools)

        self.actions = _table([self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status"),
                               self.tr("Deadline")], stretch=0)
        self.actions.setObjectName("workflow_actions")
        self.actions.itemSelectionChanged.connect(self._update_action_buttons)
        self.actions.doubleClicked.connect(self._on_action_activated)
        self.add_action_button = QPushButton(self.tr("Add action…"))
        self.add_action_button.clicked.connect(self.open_action_dialog)
        self.action_buttons = {
            "in_progress": QPushButton(self.tr("Start")), "done": QPushButton(self.tr("Done")),
            "cancelled": QPushButton(self.tr("Cancel action")), "open": QPushButton(self.tr("Reopen")),
        }
        action_box = QGroupBox(self.tr("Rectification actions"))
        av = QVBoxLayout(action_box)
        av.addWidget(self.actions)
        ab = QHBoxLayout()
        ab.addWidget(self.add_action_button)
        for status, button in self.action_buttons.items():
            button.clicked.connect(lambda _=False, s=status: self.set_action_status(s))
            ab.addWidget(button)
        ab.addStretch(1)
        av.addLayout(ab)

        deadline_box = QGroupBox(self.tr("Deadlines"))
        dv = QVBoxLayout(deadline_box)
        dv.addWidget(self.deadlines)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(status_box)
        self.customer_box = CustomerStepsBox(self)
        layout.addWidget(self.customer_box, 1)
        layout.addWidget(deadline_box, 2)
        layout.addWidget(action_box, 2)

    # --- loading ------------------------------------------------------------

    def set_case(self, case_id: str | None) -> None:
        if case_id != self.case_id:
            self.message.hide()
            self.state = None
        self.case_id = case_id
        self._show_state()
        self.reload()

    def reload(self) -> None:
        if self.case_id is None:
            return
        services, case_id, now = self.ctx.services, self.case_id, self._now()
        self.ctx.tasks.run(lambda: load_case_state(services, case_id, now), self._on_loaded,
                           self._on_load_failed, key=self._key)

    def _on_loaded(self, state: dict[str, Any]) -> None:
        if state["case"]["id"] != self.case_id:
            return
        self.state = state
        self._show_state()

    def _on_load_failed(self, exc: Exception) -> None:
        self.state = None
        self._show_state()
        self.show_message(str(exc), error=True)

    def _show_state(self) -> None:
        st = self.state
        self.customer_box.show_state(st)
        for button in (self.escalate_button, self.notice_button, self.naf_button, self.report_button,
                       self.add_action_button, self.note_edit):
            button.setEnabled(st is not None)
        while self.status_row.count():
            self.status_row.takeAt(0).widget().deleteLater()
        self.status_buttons = {}
        if st is None:
            self.heading.setText(self.tr("No case selected.") if self.case_id is None else self.tr("Loading…"))
            self.deadlines.setRowCount(0)
            self.actions.setRowCount(0)
            self._update_action_buttons()
            return
        case = st["case"]
        head = f"<b>{case['number']}</b> · {_esc(case['title'])} — {_esc(st['customer'])}<br>" + self.tr(
            "Status: %1").replace("%1", f"<b>{code_label('status', case['status'])}</b>")
        if case["not_a_fault"]:
            head += " · " + self.tr("not a fault: %1").replace("%1", _esc(case["not_a_fault_reason"]))
        self.heading.setText(head)
        for status in st["allowed"]:
            if status == "escalated":
                continue  # through Escalate…, which records target and reason
            button = QPushButton(code_label("status", status))
            button.setObjectName(f"move_{status}")
            button.clicked.connect(lambda _=False, s=status: self.move_to(s))
            self.status_row.addWidget(button)
            self.status_buttons[status] = button
        self.escalate_button.setEnabled("escalated" in st["allowed"])
        self.naf_button.setText(self.tr("Count as a fault again") if case["not_a_fault"]
                                else self.tr("Not a fault…"))
        self.naf_button.setEnabled(case["status"] != "closed")
        self._fill_deadlines([d for d in st["deadlines"] if d.record_type == "case"])
        self._disable_if_read_only()
        self._fill_actions(st["actions"], {d.record_id: d for d in st["deadlines"] if d.record_type == "action"})

    def _fill_deadlines(self, rows: list[Deadline]) -> None:
        now = self._now()
        zone_name = self.state["zone"]
        # The zone goes in the header: every due time below is in the plan's zone.
        self.deadlines.horizontalHeaderItem(1).setText(
            self.tr("Due at (%1)").replace("%1", zone_label(zone_name, now)))
        self.deadlines.setRowCount(len(rows))
        for i, d in enumerate(rows):
            state = state_label(d.state) + (" " + self.tr("(estimated calendar)") if d.estimated else "")
            due = plan_time(d.due_at, zone_name, labelled=False)
            _set_row(self.deadlines, i, [kind_label(d.kind), due, remaining_text(d, now), state],
                     d.state, coloured=(2, 3))

    def _fill_actions(self, actions: list[dict[str, Any]], deadlines: dict[str, Deadline]) -> None:
        now = self._now()
        self.actions.setRowCount(len(actions))
        for i, a in enumerate(actions):
            d = deadlines.get(a["id"])
            due = "" if d is None else f"{state_label(d.state)} · {remaining_text(d, now)}"
            _set_row(self.actions, i, [a["title"], a["owner"], display(a["due_date"]),
                                       code_label("action_status", a["status"]), due],
                     d.state if d else "", coloured=(4,))
            self.actions.item(i, 0).setData(Qt.ItemDataRole.UserRole, a)
        self._update_action_buttons()

    # --- writes ---------------------------------------------------------------

    def _write(self, fn: Callable[[], Any], done: str) -> None:
        self.ctx.tasks.run(fn, lambda _result: self._on_written(done), self._on_write_failed, write=True)

    def _on_written(self, done: str) -> None:
        self.show_message(done)
        self.sig_status.emit(done)
        self.reload()

    def _on_write_failed(self, exc: Exception) -> None:
        if not isinstance(exc, KbdeskError):
            exc = Exception(self.tr("Not saved: %1").replace("%1", str(exc)))
        self.show_message(refusal_text(exc), error=True)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c62828; font-weight: bold;" if error else "color: #2e7d32;")
        self.message.setVisible(bool(text))

    def move_to(self, status: str) -> None:
        case_id, note = self.case_id, self.note_edit.text().strip()
        if case_id is None:
            return
        self.note_edit.clear()
        self._write(lambda: self.workflow.transition(case_id, status, note),
                    self.tr("Moved to %1.").replace("%1", code_label("status", status)))

    def set_action_status(self, status: str) -> None:
        action = self.selected_action()
        if action is not None:
            self._write(lambda: self.workflow.set_action_status(action["id"], status),
                        self.tr("Action is now %1.").replace("%1", code_label("action_status", status)))

    def selected_action(self) -> dict[str, Any] | None:
        rows = self.actions.selectionModel().selectedRows()
        return self.actions.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def _update_action_buttons(self) -> None:
        action = self.selected_action()
        allowed = ACTION_MOVES.get(action["status"], frozenset()) if action else frozenset()
        for status, button in self.action_buttons.items():
            button.setEnabled(status in allowed)
        self._disable_if_read_only()

    def _disable_if_read_only(self) -> None:
        if self.ctx.read_only:  # another window edits this archive; the services refuse too
            for button in self.findChildren(QPushButton):
                button.setEnabled(button is self.report_button)  # exporting only reads
            self.note_edit.setEnabled(False)

    # --- dialogs ----------------------------------------------------------------

    # Each dialog's values are read here, on the GUI thread; the worker gets plain data.

    def open_escalate_dialog(self) -> QDialog:
        dialog = EscalateDialog(self)
        case_id = self.case_id

        def save() -> None:
            target, reason, impact = dialog.values()
            self._write(lambda: self.workflow.escalate(case_id, target, reason, impact),
                        self.tr("Escalation recorded."))

        dialog.accepted.connect(save)
        return self._open(dialog)

    def open_notice_dialog(self) -> QDialog:
        dialog = NoticeDialog(self.state, self._now(), self)
        case_id = self.case_id

        def save() -> None:
            fields, lang = dialog.fields(), dialog.language()
            self._write(lambda: self.workflow.add_progress_notice(case_id, fields, lang),
                        self.tr("Progress notice added to the timeline."))

        dialog.accepted.connect(save)
        return self._open(dialog)

    def open_not_a_fault_dialog(self) -> QDialog:
        dialog = NotAFaultDialog(self)
        case_id = self.case_id

        def save() -> None:
            reason = dialog.reason()
            self._write(lambda: self.workflow.mark_not_a_fault(case_id, reason), self.tr("Marked not a fault."))

        dialog.accepted.connect(save)
        return self._open(dialog)

    def open_action_dialog(self) -> QDialog:
        dialog = ActionDialog(self._now().astimezone(self.ctx.plan_tz()).date(), self)
        case_id = self.case_id

        def save() -> None:
            values = dialog.values()
            self._write(lambda: self.workflow.add_action(case_id, **values), self.tr("Action added."))

        dialog.accepted.connect(save)
        return self._open(dialog)

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- slots -----------------------------------------------------------------

    def _on_not_a_fault_clicked(self) -> None:
        if self.state and self.state["case"]["not_a_fault"]:
            case_id = self.case_id
            self._write(lambda: self.workflow.clear_not_a_fault(case_id),
                        self.tr("Counted as a fault again."))
        else:
            self.open_not_a_fault_dialog()

    def _on_report_clicked(self) -> None:
        from .fault_report_export import export_fault_report

        if self.case_id:
            export_fault_report(self, self.ctx, self.case_id)

    def _on_action_activated(self, index) -> None:
        action = self.actions.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        self.sig_open_record.emit("action", action["id"])

    def _on_changed(self, changes: Any) -> None:
        """The case, or a record of it (timeline, escalation, action, step), or a contact
        of its customer: another case's writes leave this panel alone."""
        if self.case_id is None or not changes.types() & WATCHED:
            return
        customer = self.state["case"]["customer_id"] if self.state else None
        if changes.touches("case", self.case_id) or (
                "contact" in changes.types() and (customer is None or changes.touches("customer", customer))):
            self._reload_timer.start()


# --- dialogs ---------------------------------------------------------------------


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _set_row(table: QTableWidget, row: int, texts: list[str], state: str, coloured: tuple[int, ...]) -> None:
    back, fore = state_brushes(state)
    for col, text in enumerate(texts):
        item = QTableWidgetItem(text)
        if col in coloured and fore is not None:
            item.setForeground(fore)
        if col == coloured[-1] and back is not None:
            item.setBackground(back)
        table.setItem(row, col, item)


def _esc(text: str) -> str:
    import html

    return html.escape(text or "")
