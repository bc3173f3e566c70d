"""Complaints and surveys name their case: picked by number or title, shown and opened."""

import threading

import pytest
from core.sample import fill
from PySide6.QtCore import Qt

from kbdesk.services import Services
from kbdesk.storage.archive import Archive
from kbdesk.ui import case_picker
from kbdesk.ui.case_picker import CasePicker
from kbdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path, make_ctx):
    archive = Archive.create(tmp_path / "archive")
    services = Services(archive, "seed")
    ids = fill(services, tmp_path)
    # More cases than a drop-down could hold sensibly: the picker must search.
    for i in range(120):
        services.create("case", {"customer_id": ids["customer"], "title": f"批量案例 {i} timeout",
                                 "category": "network", "severity": "low"})
    ctx = make_ctx(archive)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.ids = ids
    return win


def feedback(win, record_type):
    return win.show_section("feedback").sections[record_type]


def pick(qtbot, picker: CasePicker, query: str) -> list[str]:
    dialog = picker.open_dialog()
    dialog.query.setText(query)
    dialog.run_search()
    qtbot.waitUntil(lambda: dialog.status.text() != dialog.tr("Searching…"), timeout=5000)
    shown = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    if shown:
        dialog._on_accept()
    else:
        dialog.reject()
    return shown


@pytest.mark.parametrize("record_type", ["complaint", "survey"])
def test_the_form_has_a_case_picker_not_a_list_of_all_cases(window, record_type):
    section = feedback(window, record_type)
    assert "case_id" in section.form.fields
    assert isinstance(section.form.editors["case_id"], CasePicker)


def test_a_new_complaint_is_linked_to_a_case_found_by_number(qtbot, window):
    services = window.ctx.services
    case = services.get("case", window.ids["case"])
    section = feedback(window, "complaint")
    section.start_new()
    form = section.form
    form.editors["customer_id"].setCurrentIndex(1)
    form.editors["channel"].setCurrentIndex(form.editors["channel"].findData("phone"))
    form.editors["subject"].setText("恢复太慢")
    shown = pick(qtbot, form.editors["case_id"], case["number"])
    assert shown == [f"{case['number']}  {case['title']}"]
    assert form.editors["case_id"].caption.text() == shown[0]
    section.save()
    qtbot.waitUntil(lambda: section.current is not None, timeout=5000)
    assert services.get("complaint", section.current["id"])["case_id"] == case["id"]


def test_a_survey_picks_its_case_by_title_and_can_clear_it(qtbot, window):
    services = window.ctx.services
    section = feedback(window, "survey")
    section.select_record(window.ids["survey"])
    picker = section.form.editors["case_id"]
    shown = pick(qtbot, picker, "AccessDenied")
    case2 = services.get("case", window.ids["case2"])
    assert shown == [f"{case2['number']}  OSS 403 AccessDenied"]
    section.save()
    qtbot.waitUntil(lambda: services.get("survey", window.ids["survey"])["case_id"] == case2["id"],
                    timeout=5000)
    qtbot.mouseClick(picker.clear_button, Qt.MouseButton.LeftButton)
    assert picker.value() is None and section.save_button.isEnabled()
    section.save()
    qtbot.waitUntil(lambda: services.get("survey", window.ids["survey"])["case_id"] is None, timeout=5000)


def test_a_search_lists_the_newest_matches_only(qtbot, window):
    picker = feedback(window, "complaint").form.editors["case_id"]
    shown = pick(qtbot, picker, "timeout")
    assert len(shown) == case_picker.RESULT_LIMIT
    assert shown[0].endswith("批量案例 119 timeout")


def test_the_search_runs_off_the_gui_thread(qtbot, window, monkeypatch):
    threads = []
    real = case_picker.find_cases
    monkeypatch.setattr(case_picker, "find_cases",
                        lambda ctx, text: threads.append(threading.current_thread()) or real(ctx, text))
    picker = feedback(window, "complaint").form.editors["case_id"]
    pick(qtbot, picker, "ERROR 1040")
    assert threads and threading.main_thread() not in threads


@pytest.mark.parametrize("record_type", ["complaint", "survey"])
def test_the_view_shows_the_linked_case_and_opens_it(qtbot, window, record_type):
    case = window.ctx.services.get("case", window.ids["case"])
    section = feedback(window, record_type)
    section.select_record(window.ids[record_type])
    picker = section.form.editors["case_id"]
    qtbot.waitUntil(lambda: picker.caption.text() == f"{case['number']}  {case['title']}", timeout=5000)
    qtbot.mouseClick(picker.open_button, Qt.MouseButton.LeftButton)
    cases = window.sections["cases"]
    assert window.stack.currentWidget() is cases
    assert cases.current["id"] == case["id"]


def test_a_deleted_case_is_said_so(qtbot, window):
    picker = feedback(window, "complaint").form.editors["case_id"]
    picker.set_value("0" * 32)
    qtbot.waitUntil(lambda: picker.caption.text() == picker.tr("(deleted case)"), timeout=5000)


def test_a_read_only_case_reference_is_shown_and_opens(qtbot, window):
    services = window.ctx.services
    article = services.article_from_case(window.ids["case"])
    kb = window.show_section("kb")
    kb.select_record(article["id"])
    picker = kb.form.editors["source_case_id"]
    assert picker.choose_button.isHidden() and not picker.open_button.isHidden()
    qtbot.waitUntil(lambda: picker.caption.text().startswith(services.get("case", window.ids["case"])["number"]),
                    timeout=5000)
