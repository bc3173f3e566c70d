"""An editor for any record type, built from the field rules the services use.

Each field gets the widget its type calls for and a message line under it;
a ValidationError from the services lands next to the fields it names.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services.fields import CHOICES, RANGES, SPECS, FieldSpec
from .labels import field_label, field_value_label
from .problem_words import problem_words

# Fields edited in a multi-line box.
LONG_TEXT_MIN = 1000
NULL_DATE = QDate(1900, 1, 1)

# choices(record_type, field) -> [(value, label)] for reference fields.
ChoiceProvider = Callable[[str, str], list[tuple[str, str]]]


class ValueEditor(QWidget):
    """A field editor that is not a stock widget (the case picker): it holds
    one stored value and says when the user changed it."""

    sig_changed = Signal()

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


# pickers(referenced type) -> an editor for references too many for a list
# (cases), or None for the plain drop-down.
PickerFactory = Callable[[str], ValueEditor | None]


class RecordForm(QWidget):
    sig_edited = Signal()

    def __init__(self, record_type: str, fields: list[str], choices: ChoiceProvider,
                 read_only: tuple[str, ...] = (), parent: QWidget | None = None,
                 tz: Callable[[], tzinfo] | None = None,
                 pickers: PickerFactory | None = None):
        super().__init__(parent)
        # Date-times are shown and typed in the service plan's zone (None: the machine's).
        self.tz = tz or (lambda: None)
        self.record_type = record_type
        self.fields = fields
        self.spec = SPECS[record_type]
        self.choices = choices
        self.pickers = pickers
        self.read_only = set(read_only)
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.record: dict[str, Any] | None = None
        self._shown: dict[str, Any] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in fields:
            fspec = self.spec.fields[name]
            editor = self._editor_for(fspec)
            editor.setObjectName(f"field_{name}")
            if isinstance(editor, ValueEditor):
                editor.set_read_only(name in self.read_only)
            else:
                editor.setEnabled(name not in self.read_only)
            message = QLabel()
            message.setObjectName(f"problem_{name}")
            message.setStyleSheet("color: #c62828;")
            message.setWordWrap(True)
            message.hide()
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(2)
            v.addWidget(editor)
            v.addWidget(message)
            label = field_label(record_type, name) + (" *" if fspec.required else "")
            layout.addRow(label, box)
            self.editors[name] = editor
            self.messages[name] = message

    # --- building ----------------------------------------------------------

    def _editor_for(self, f: FieldSpec) -> QWidget:
        picker = self.pickers(f.reference) if self.pickers and f.reference else None
        if picker is not None:
            picker.sig_changed.connect(self.sig_edited)
            return picker
        if f.reference or CHOICES.get((self.record_type, f.name)):
            combo = QComboBox()
            self._fill_combo(combo, f)
            combo.currentIndexChanged.connect(self.sig_edited)
            return combo
        if f.kind == "str" and (f.max_length is None or f.max_length >= LONG_TEXT_MIN):
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setMinimumHeight(60)
            box.textChanged.connect(self.sig_edited)
            return box
        if f.kind in ("str", "list"):
            line = QLineEdit()
            if f.kind == "list":
                line.setPlaceholderText(self.tr("comma-separated"))
            line.textEdited.connect(self.sig_edited)
            return line
        if f.kind == "bool":
            check = QCheckBox()
            check.toggled.connect(self.sig_edited)
            return check
        if f.kind == "int":
            spin = QSpinBox()
            lo, hi = RANGES.get((self.record_type, f.name), (0, 1_000_000))
            # One below the range means "no value": empty, or not chosen yet.
            spin.setRange(lo - 1 if f.nullable or f.must_choose else lo, hi)
            if f.nullable or f.must_choose:
                spin.setSpecialValueText("—")
            spin.valueChanged.connect(self.sig_edited)
            return spin
        if f.kind == "datetime":
            edit = QDateTimeEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setMinimumDateTime(QDateTime(NULL_DATE, QTime(0, 0)))
            edit.setSpecialValueText("—")
            edit.dateTimeChanged.connect(self.sig_edited)
            return edit
        if f.kind == "date":
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(NULL_DATE)
            edit.setSpecialValueText("—")
            edit.dateChanged.connect(self.sig_edited)
            return edit
        line = QLineEdit()
        line.setEnabled(False)
        return line

    def _fill_combo(self, combo: QComboBox, f: FieldSpec) -> None:
        # A required choice without a default starts on "Choose…": the user
        # must pick one, nothing is preselected (not the first code, not the
        # first customer). Other fields start on the model's default.
        if f.nullable:
            combo.addItem("—", None)
        elif f.must_choose:
            combo.addItem(self.tr("Choose…"), None)
        allowed = CHOICES.get((self.record_type, f.name))
        options = (self.choices(self.record_type, f.name) if f.reference else
                   [(c, field_value_label(self.record_type, f.name, c)) for c in sorted(allowed)])
        for value, label in options:
            combo.addItem(label, value)

    def refresh_choices(self, changed_types: set[str]) -> None:
        """Reload pickers whose referenced records changed (a new customer…)."""
        for name, editor in self.editors.items():
            target = self.spec.fields[name].reference
            if target in changed_types and isinstance(editor, QComboBox):
                current = editor.currentData()
                editor.blockSignals(True)
                editor.clear()
                self._fill_combo(editor, self.spec.fields[name])
                _set_value(editor, current)
                editor.blockSignals(False)

    # --- values ------------------------------------------------------------

    def set_record(self, record: dict[str, Any] | None) -> None:
        """Show a record, or the defaults of a new one when None."""
        self.record = record
        self.clear_problems()
        for name, editor in self.editors.items():
            editor.blockSignals(True)
            try:
                _set_value(editor, record.get(name) if record else _new_default(self.spec.fields[name]),
                           self.tz())
            finally:
                editor.blockSignals(False)
        # Compare later edits with what the widgets showed, not the raw record:
        # a widget rounds (minutes, trimmed lists) and that is not an edit.
        self._shown = {n: _get_value(e, self.spec.fields[n], self.tz()) for n, e in self.editors.items()}

    def values(self) -> dict[str, Any]:
        """What the user entered: everything for a new record, changes otherwise."""
        out = {}
        for name, editor in self.editors.items():
            if name in self.read_only:
                continue
            value = _get_value(editor, self.spec.fields[name], self.tz())
            if self.record is None:
                if value not in (None, "", []) or self.spec.fields[name].kind == "bool":
                    out[name] = value
            elif value != self._shown[name]:
                out[name] = value
        return out

    def missing_choices(self) -> dict[str, str]:
        """Required choices the user has not made yet, with a message each."""
        return {
            name: self.tr("Required: choose a value.")
            for name, editor in self.editors.items()
            if name not in self.read_only and self.spec.fields[name].must_choose
            and _get_value(editor, self.spec.fields[name]) is None
        }

    def show_problems(self, problems: dict[str, str]) -> list[str]:
        """Put each message under its field; returns those with no field here."""
        self.clear_problems()
        unplaced = []
        for name, text in problems.items():
            text = problem_words(text)
            label = self.messages.get(name)
            if label is None:
                unplaced.append(f"{field_label(self.record_type, name)}: {text}")
                continue
            label.setText(text)
            label.show()
        return unplaced

    def clear_problems(self) -> None:
        for label in self.messages.values():
            label.hide()
            label.clear()


def _new_default(f: FieldSpec) -> Any:
    """What a new record's field shows: the model's default, else now/today
    for a required date, else nothing (a required choice stays unchosen)."""
    value = f.new_value()
    if value is not None:
        return value
    if f.kind == "datetime" and not f.nullable:
        return datetime.now(UTC)
    if f.kind == "date" and not f.nullable:
        return date.today()
    return None


def _set_value(editor: QWidget, value: Any, tz: tzinfo | None = None) -> None:
    if isinstance(editor, ValueEditor):
        editor.set_value(value)
    elif isinstance(editor, QComboBox):
        i = editor.findData(value) if value is not None else _none_index(editor)
        if i < 0 and value is not None:
            # A stored value the list does not offer (a code from a newer
            # version, a deleted category): show it as stored, never another.
            editor.addItem(str(value), value)
            i = editor.count() - 1
        editor.setCurrentIndex(i)
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(value or "")
    elif isinstance(editor, QLineEdit):
        editor.setText(", ".join(value) if isinstance(value, list) else (value or ""))
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(editor.minimum() if value is None else int(value))
    elif isinstance(editor, QDateTimeEdit) and not isinstance(editor, QDateEdit):
        # The wall-clock time in the plan's zone, whatever zone the machine is in.
        local = value.astimezone(tz).replace(tzinfo=None) if value else None
        editor.setDateTime(QDateTime(local) if local else editor.minimumDateTime())
    elif isinstance(editor, QDateEdit):
        editor.setDate(QDate(value.year, value.month, value.day) if value else NULL_DATE)


def _none_index(combo: QComboBox) -> int:
    """The "—" / "Choose…" entry, or -1 (nothing shown) when there is none."""
    return 0 if combo.count() and combo.itemData(0) is None else -1


def _get_value(editor: QWidget, f: FieldSpec, tz: tzinfo | None = None) -> Any:
    if isinstance(editor, ValueEditor):
        return editor.value()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QLineEdit):
        text = editor.text()
        if f.kind == "list":
            return [t.strip() for t in text.replace("，", ",").split(",") if t.strip()]
        return text
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox):
        unset = (f.nullable or f.must_choose) and editor.value() == editor.minimum()
        return None if unset else editor.value()
    if isinstance(editor, QDateEdit):
        d = editor.date()
        return None if d == NULL_DATE else date(d.year(), d.month(), d.day())
    if isinstance(editor, QDateTimeEdit):
        dt = editor.dateTime()
        if dt.date() == NULL_DATE:
            return None
        wall = dt.toPython().replace(tzinfo=None)
        return wall.replace(tzinfo=tz) if tz is not None else wall.astimezone()
    return None


