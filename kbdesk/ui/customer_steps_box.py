"""The case workflow tab's customer box: tell the customer of a major fault (prompted at
once), record the recovery plan, its review and approval, both verifications, and
write the recovery notice (故障恢复通告). The rules are in kbdesk.services.customer_steps."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .formatting import plan_time
from .labels import code_label

CHANNELS = ("phone", "sms", "email", "im", "onsite")
KINDS = ("recovery_plan", "plan_review", "customer_approval", "technical_verification", "business_verification")


def load_customer_steps(services, case: dict[str, Any], plan) -> dict[str, Any]:
    """The box's data (runs in the panel's worker with the rest of the case state)."""
    from ..services.customer_steps import steps_of

    contacts = services.list("contact", where={"customer_id": case["customer_id"]}, order_by="name")
    contacts.sort(key=lambda c: not c["designated"])  # the major-fault contact first
    return {**steps_of(services, case["id"]), "contacts": contacts,
            "major": plan.is_major(case["severity"], case["fault_level"]) and not case["not_a_fault"]}


class CustomerStepsBox(QGroupBox):
    def __init__(self, panel: Any):
        super().__init__()
        self.setTitle(self.tr("Customer"))
        self.panel = panel
        self.prompt = QLabel()
        self.prompt.setObjectName("notify_prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.prompt.hide()
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("customer_steps")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Step"), self.tr("Who"), self.tr("Details")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.notify_button = QPushButton(self.tr("Customer notified…"))
        self.notify_button.setObjectName("notify_customer")
        self.confirm_button = QPushButton(self.tr("Plan, approval or verification…"))
        self.confirm_button.setObjectName("confirm_step")
        self.recovery_button = QPushButton(self.tr("Recovery notice…"))
        self.recovery_button.setObjectName("recovery_notice")
        self.notify_button.clicked.connect(self.open_notify_dialog)
        self.confirm_button.clicked.connect(self.open_confirm_dialog)
        self.recovery_button.clicked.connect(self.open_recovery_dialog)
        buttons = QHBoxLayout()
        for b in (self.notify_button, self.confirm_button, self.recovery_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.state: dict[str, Any] | None = None

    def show_state(self, state: dict[str, Any] | None) -> None:
        self.state = state
        steps = state["customer_steps"] if state else None
        for b in (self.notify_button, self.confirm_button, self.recovery_button):
            b.setEnabled(state is not None)
        if not steps:
            self.table.setRowCount(0)
            self.prompt.hide()
            return
        zone = state["zone"]
        rows = [(n["at"], code_label("timeline_kind", "customer_notified"), n["contact_name"],
                 f"{code_label('notify_channel', n['channel'])} {n['note']}".strip()) for n in steps["notifications"]]
        rows += [(c["at"], code_label("confirmation_kind", c["kind"]), c["person"],
                  ("" if c["passed"] else self.tr("not passed") + " · ") + c["text"]) for c in steps["confirmations"]]
        rows.sort(key=lambda r: r[0])
        self.table.setRowCount(len(rows))
        for i, (at, step, who, details) in enumerate(rows):
            for j, text in enumerate((plan_time(at, zone, labelled=False), step, who, details)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        case = state["case"]
        if steps["major"] and not steps["notifications"] and case["status"] != "closed":
            who = steps["contacts"][0] if steps["contacts"] else None
            text = self.tr("Major fault: tell the customer's designated contact now.")
            if who:
                text += " " + escape(f"{who['name']} {who['phone']} {who['email']}".strip())
            self.prompt.setText(text)
            self.prompt.show()
        else:
            self.prompt.hide()

    # --- dialogs -------------------------------------------------------------------

    def open_notify_dialog(self) -> QDialog:
        dialog = NotifyDialog(self.state["customer_steps"]["contacts"] if self.state else [], self)
        case_id = self.panel.case_id

        def save() -> None:
            contact_id, name, channel, note = dialog.values()
            self.panel._write(lambda: self.panel.workflow.notify_customer(case_id, channel, contact_id, name, note),
                              self.tr("Notification of the customer recorded."))

        dialog.accepted.connect(save)
        return self.panel._open(dialog)

    def open_confirm_dialog(self) -> QDialog:
        status = self.state["case"]["status"] if self.state else ""
        dialog = ConfirmDialog(status, self)
        case_id = self.panel.case_id

        def save() -> None:
            kind, person, text, passed = dialog.values()
            self.panel._write(lambda: self.panel.workflow.confirm(case_id, kind, person, text, passed),
                              self.tr("Recorded: %1.").replace("%1", code_label("confirmation_kind", kind)))

        dialog.accepted.connect(save)
        return self.panel._open(dialog)

    def open_recovery_dialog(self) -> QDialog:
        dialog = RecoveryNoticeDialog(self)
        case_id = self.panel.case_id

        def save() -> None:
            lang, follow_up = dialog.values()
            self.panel._write(lambda: self.panel.workflow.add_recovery_notice(case_id, lang, follow_up),
                              self.tr("Recovery notice added to the timeline."))

        dialog.accepted.connect(save)
        return self.panel._open(dialog)


def _form(dialog: QDialog, rows: list[tuple[str, QWidget]]) -> QDialogButtonBox:
    form = QFormLayout()
    for label, widget in rows:
        form.addRow(label, widget)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons


class NotifyDialog(QDialog):
    def __init__(self, contacts: list[dict[str, Any]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Customer notified"))
        self.setMinimumWidth(460)
        self.contact = QComboBox()
        for c in contacts:
            mark = " ★ " + self.tr("major-fault contact") if c["designated"] else ""
            self.contact.addItem(f"{c['name']} {c['phone']}".strip() + mark, c["id"])
        self.contact.addItem(self.tr("Someone else (type the name)"), None)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name, when not a listed contact"))
        self.channel = QComboBox()
        for code in CHANNELS:
            self.channel.addItem(code_label("notify_channel", code), code)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What the customer was told"))
        _form(self, [(self.tr("Who was told:"), self.contact), (self.tr("Name:"), self.name),
                     (self.tr("How:"), self.channel), (self.tr("Note:"), self.note)])

    def values(self) -> tuple[str | None, str, str, str]:
        return self.contact.currentData(), self.name.text(), self.channel.currentData(), self.note.text()


class ConfirmDialog(QDialog):
    def __init__(self, status: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan, approval or verification"))
        self.setMinimumWidth(480)
        self.kind = QComboBox()
        for code in KINDS:
            self.kind.addItem(code_label("confirmation_kind", code), code)
        # Handling writes the plan; a recovered case is verified next.
        self.kind.setCurrentIndex(3 if status == "recovered" else 0)
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("Who wrote, reviewed, approved or verified it"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("The plan, or what was checked and seen"))
        self.passed = QCheckBox(self.tr("Passed / approved"))
        self.passed.setChecked(True)
        _form(self, [(self.tr("Step:"), self.kind), (self.tr("Person:"), self.person),
                     (self.tr("Details:"), self.text), ("", self.passed)])

    def values(self) -> tuple[str, str, str, bool]:
        return self.kind.currentData(), self.person.text(), self.text.toPlainText(), self.passed.isChecked()


class RecoveryNoticeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery notice"))
        self.lang = QComboBox()
        self.lang.addItem("简体中文", "zh_CN")
        self.lang.addItem("English", "en")
        self.follow_up = QLineEdit()
        self.follow_up.setPlaceholderText(self.tr("e.g. the fault report follows within 24 hours"))
        note = QLabel(self.tr("The notice needs both verifications recorded as passed."))
        note.setTextFormat(Qt.TextFormat.PlainText)
        _form(self, [(self.tr("Language:"), self.lang), (self.tr("Follow-up:"), self.follow_up), ("", note)])

    def values(self) -> tuple[str, str]:
        return self.lang.currentData(), self.follow_up.text()
