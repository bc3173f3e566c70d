"""A new record's form starts on the model's defaults, never on the first code.

Every section's form and every child table's dialog is opened new, given only
its required fields, saved through the widgets, and what was stored is
compared with the ORM defaults field by field.
"""

from datetime import UTC, date, datetime, timedelta

import pytest
from core.sample import fill
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

from kbdesk.services import Services
from kbdesk.services.fields import SPECS, FieldSpec
from kbdesk.storage.archive import Archive
from kbdesk.ui.main_window import SECTION_OF, MainWindow
from kbdesk.ui.record_form import RecordForm, ValueEditor
from kbdesk.ui.sections.catalog import CONFIGS
from kbdesk.ui.sections.record_section import RecordSection
from kbdesk.ui.sections.tabbed import TabbedSections

CHILDREN = [(rtype, child) for rtype, config in CONFIGS.items() for child in config.children]


@pytest.fixture
def window(qtbot, tmp_path, make_ctx):
    archive = Archive.create(tmp_path / "archive")
    ids = fill(Services(archive, "seed"), tmp_path)
    ctx = make_ctx(archive)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.ids = ids
    return win


def settle(qtbot, win):
    for _ in range(3):
        win.ctx.tasks.wait()
        qtbot.wait(20)


def section_for(win, record_type: str) -> RecordSection:
    for key in SECTION_OF[record_type]:
        widget = win.section(key)
        if isinstance(widget, RecordSection) and widget.record_type == record_type:
            return widget
        if isinstance(widget, TabbedSections) and record_type in widget.sections:
            return widget.sections[record_type]
    raise AssertionError(f"no section shows {record_type}")


def fill_required(form: RecordForm) -> set[str]:
    """Give every required field a value, as a user would; returns their names."""
    filled = set()
    for name, editor in form.editors.items():
        f = form.spec.fields[name]
        if not f.required or name in form.read_only:
            continue
        filled.add(name)
        if isinstance(editor, QComboBox):
            if editor.currentData() is None:
                editor.setCurrentIndex(1)  # the first real option after "Choose…"
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(f"必填 {name}")
        elif isinstance(editor, QLineEdit):
            editor.setText(f"必填 {name} {form.record_type}")
        elif isinstance(editor, QSpinBox):
            if editor.value() == editor.minimum():
                editor.setValue(editor.minimum() + 1)
        # Required dates start on today/now: left as they are.
    return filled


def assert_defaults(record_type: str, stored: dict, skip: set[str]) -> None:
    for name, f in SPECS[record_type].fields.items():
        if name in skip or name in ("id", "created_at", "updated_at", "number"):
            continue
        expected = f.new_value()
        if isinstance(expected, datetime):
            assert abs(stored[name] - datetime.now(UTC)) < timedelta(minutes=10), name
        else:
            assert stored[name] == expected, f"{record_type}.{name}: {stored[name]!r} != {expected!r}"


def required_dates(f: FieldSpec) -> bool:
    return f.required and f.kind in ("date", "datetime")


@pytest.mark.parametrize("record_type", list(CONFIGS))
def test_a_new_record_saved_with_only_required_fields_gets_the_model_defaults(
        qtbot, window, record_type):
    section = section_for(window, record_type)
    section.start_new()
    filled = fill_required(section.form)
    section.save()
    settle(qtbot, window)
    assert section.current is not None, section.form_message.text()
    stored = window.ctx.services.get(record_type, section.current["id"])
    # Fields not in the form are left to the services; required dates start on today.
    skip = filled | (set(SPECS[record_type].fields) - set(section.form.fields))
    assert_defaults(record_type, stored, skip)
    for name in filled:
        if required_dates(SPECS[record_type].fields[name]):
            value = stored[name]
            day = value.date() if isinstance(value, datetime) else value
            assert abs(day - date.today()) <= timedelta(days=1), name


@pytest.mark.parametrize(("parent_type", "child"), CHILDREN, ids=[c[1][0] for c in CHILDREN])
def test_a_new_child_record_gets_the_model_defaults(qtbot, window, parent_type, child):
    child_type, parent_field = child[0], child[1]
    section = section_for(window, parent_type)
    parent_id = window.ids[parent_type]
    section.select_record(parent_id)
    settle(qtbot, window)
    table = next(t for t in section.child_tables if t.child_type == child_type)
    before = {r["id"] for r in window.ctx.services.list(child_type, where={parent_field: parent_id})}
    dialog = table.add()
    filled = fill_required(dialog.form)
    dialog.save()
    settle(qtbot, window)
    assert not dialog.isVisible(), dialog.message.text()
    new = [r for r in window.ctx.services.list(child_type, where={parent_field: parent_id})
           if r["id"] not in before]
    assert len(new) == 1
    skip = filled | {parent_field} | (set(SPECS[child_type].fields) - set(dialog.form.fields))
    assert_defaults(child_type, new[0], skip)


def test_required_choices_are_not_preselected_and_say_so(qtbot, window):
    cases = section_for(window, "case")
    cases.start_new()
    form = cases.form
    for name in ("customer_id", "severity", "category"):
        assert form.editors[name].currentData() is None, name
    assert form.editors["status"].currentData() == "reported"
    form.editors["title"].setText("只有标题的新故障")
    cases.save()
    settle(qtbot, window)
    assert cases.current is None
    for name in ("customer_id", "severity", "category"):
        assert not form.messages[name].isHidden(), name
        assert form.messages[name].text() == "Required: choose a value."
    assert window.ctx.services.count("case") == 2  # nothing stored


def test_a_read_only_field_shows_the_stored_value(qtbot, window):
    services = window.ctx.services
    cases = section_for(window, "case")
    reported = services.get("case", window.ids["case2"])
    assert reported["status"] == "reported"
    cases.select_record(reported["id"])
    assert cases.form.editors["status"].currentData() == "reported"
    closed = services.get("case", window.ids["case"])
    cases.select_record(closed["id"])
    assert cases.form.editors["status"].currentData() == "closed"


def test_a_stored_code_the_list_lacks_is_shown_as_stored(window):
    form = RecordForm("case", ["status", "category"], window.ctx.choices)
    form.set_record({"status": "reported", "category": "gone_category"})
    assert form.editors["category"].currentData() == "gone_category"
    assert form.values() == {}  # showing it is not an edit


def test_pickers_replace_a_drop_down_only_where_asked(window):
    form = RecordForm("complaint", ["customer_id", "case_id"], window.ctx.choices,
                      pickers=lambda target: None)
    assert isinstance(form.editors["case_id"], QComboBox)
    assert not isinstance(form.editors["case_id"], ValueEditor)
