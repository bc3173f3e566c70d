"""The small dialogs of the case workflow tab: escalate, progress notice,
not a fault, rectification action."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..services.deadlines import NoticeFields, render_notice
from .formatting import zone_label
from .labels import code_label


class EscalateDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Escalate"))
        self.target = QComboBox()
        for code in ("duty_lead", "goc"):
            self.target.addItem(code_label("escalation_target", code), code)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why is the fault escalated?"))
        self.impact = QPlainTextEdit()
        self.impact.setPlaceholderText(self.tr("Impact as re-assessed now (scope, users, services)"))
        self.buttons = _form(self, [(self.tr("Escalate to:"), self.target), (self.tr("Reason:"), self.reason),
                                    (self.tr("Impact re-assessment:"), self.impact)])
        self.reason.textChanged.connect(self._on_edited)
        self._on_edited()

    def values(self) -> tuple[str, str, str]:
        return self.target.currentData(), self.reason.toPlainText(), self.impact.toPlainText()

    def _on_edited(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.toPlainText().strip()))


class NoticeDialog(QDialog):
    """故障修复进展通告: fields prefilled from the case, live preview."""

    def __init__(self, state: dict[str, Any], now: datetime, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Progress notice"))
        self.resize(640, 560)
        self.state = state
        self.tz = state["tz"]
        self.lang = QComboBox()
        self.lang.addItem("简体中文", "zh_CN")
        self.lang.addItem("English", "en")
        self.impact = QPlainTextEdit(state["case"]["business_impact"] or "")
        self.actions_taken = QPlainTextEdit()
        self.has_next = QCheckBox(self.tr("Next update at (%1):").replace("%1", zone_label(state["zone"], now)))
        self.has_next.setChecked(True)
        nxt = (now + timedelta(minutes=30)).astimezone(self.tz).replace(tzinfo=None, second=0, microsecond=0)
        nxt += timedelta(minutes=-nxt.minute % 5)  # a round time for the customer
        self.next_at = QDateTimeEdit(QDateTime(nxt))
        self.next_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.next_at.setCalendarPopup(True)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(190)
        for edit in (self.impact, self.actions_taken):
            edit.setMaximumHeight(90)
        self.buttons = _form(self, [(self.tr("Language:"), self.lang), (self.tr("Impact:"), self.impact),
                                    (self.tr("Actions taken:"), self.actions_taken),
                                    (self.has_next, self.next_at), (self.tr("Preview:"), self.preview)])
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save to timeline"))
        for signal in (self.lang.currentIndexChanged, self.impact.textChanged, self.actions_taken.textChanged,
                       self.has_next.toggled, self.next_at.dateTimeChanged):
            signal.connect(self._on_edited)
        self._on_edited()

    def language(self) -> str:
        return self.lang.currentData()

    def fields(self) -> dict[str, Any]:
        nxt = self.next_at.dateTime().toPython().replace(tzinfo=self.tz) if self.has_next.isChecked() else None
        return {"impact": self.impact.toPlainText(), "actions_taken": self.actions_taken.toPlainText(),
                "next_update_at": nxt}

    def _on_edited(self, *_args) -> None:
        self.next_at.setEnabled(self.has_next.isChecked())
        case = self.state["case"]
        notice = NoticeFields(case_number=case["number"], title=case["title"], customer=self.state["customer"],
                              status=case["status"], **self.fields())
        self.preview.setPlainText(render_notice(notice, self.language(), self.tz, self.state["zone"]))


class NotAFaultDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Not a fault"))
        self.reason_box = QComboBox()
        self.reason_box.setEditable(True)
        self.reason_box.addItems([self.tr("Planned change"), self.tr("User's own use"),
                                  self.tr("Problem on the customer's side")])
        self.reason_box.setCurrentIndex(-1)
        self.reason_box.lineEdit().setMaxLength(200)
        self.reason_box.lineEdit().setPlaceholderText(self.tr("Why is this not a fault?"))
        _form(self, [(self.tr("Reason:"), self.reason_box),
                     (QLabel(self.tr("The case leaves the fault statistics and owes only the first response.")),
                      None)])

    def reason(self) -> str:
        return self.reason_box.currentText()


class ActionDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add rectification action"))
        self.title = QLineEdit()
        self.owner = QLineEdit()
        self.has_due = QCheckBox(self.tr("Due date:"))
        self.has_due.setChecked(True)
        self.due = QDateEdit(QDate(today.year, today.month, today.day).addDays(14))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.has_due.toggled.connect(self.due.setEnabled)
        self.notes = QPlainTextEdit()
        self.buttons = _form(self, [(self.tr("Action:"), self.title), (self.tr("Owner:"), self.owner),
                                    (self.has_due, self.due), (self.tr("Notes:"), self.notes)])
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.title.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        ok.setEnabled(False)

    def values(self) -> dict[str, Any]:
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        return {"title": self.title.text().strip(), "owner": self.owner.text().strip(), "due_date": due,
                "notes": self.notes.toPlainText()}


# --- helpers -------------------------------------------------------------------------


def _form(dialog: QDialog, rows: list[tuple[Any, QWidget | None]]) -> QDialogButtonBox:
    form = QFormLayout()
    for label, widget in rows:
        if widget is None:
            label.setWordWrap(True)
            form.addRow(label)
        else:
            form.addRow(label, widget)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons
