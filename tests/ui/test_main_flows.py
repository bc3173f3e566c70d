"""The main flows, driven through the widgets as a user would."""

from pathlib import Path

import pytest
from core.sample import fill
from PySide6.QtCore import Qt

from kbdesk.storage.archive import Archive
from kbdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path, make_ctx):
    archive = Archive.create(tmp_path / "archive")
    from kbdesk.services import Services

    fill(Services(archive, "seed"), tmp_path)
    ctx = make_ctx(archive, start=True)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: ctx.index_ready, timeout=20000)
    return win


def settle(qtbot, win):
    # A save, the change broadcast (once per loop turn) and the list reload
    # each hop threads: let every hop finish.
    for _ in range(3):
        win.ctx.tasks.wait()
        qtbot.wait(20)


def test_opening_an_archive_shows_its_cases(window):
    cases = window.show_section("cases")
    assert cases.model.total() == 2
    assert window.windowTitle().endswith(str(window.ctx.archive.root))


def test_create_edit_and_delete_a_case(qtbot, window, monkeypatch):
    cases = window.show_section("cases")
    cases.start_new()
    form = cases.form
    form.editors["title"].setText("ECS 磁盘写满 errno 28")
    form.editors["customer_id"].setCurrentIndex(1)  # 0 is "Choose…"
    form.editors["severity"].setCurrentIndex(form.editors["severity"].findData("high"))
    form.editors["category"].setCurrentIndex(form.editors["category"].findData("os_problem"))
    qtbot.mouseClick(cases.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert cases.model.total() == 3
    assert cases.current is not None and cases.current["title"] == "ECS 磁盘写满 errno 28"
    case_id = cases.current["id"]

    # QTest can only type Latin-1 keys; Chinese text is covered by setText above.
    qtbot.keyClicks(form.editors["owner"], "Li Qiang")
    assert cases.save_button.isEnabled()
    qtbot.mouseClick(cases.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.ctx.services.get("case", case_id)["owner"] == "Li Qiang"

    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(cases.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert cases.model.total() == 2


def test_validation_messages_appear_next_to_fields(qtbot, window):
    cases = window.show_section("cases")
    cases.start_new()
    cases.form.editors["title"].setText("   ")
    qtbot.mouseClick(cases.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    message = cases.form.messages["title"]
    assert not message.isHidden() and message.text() == "must not be empty"
    assert not cases.form_message.isHidden()
    assert cases.model.total() == 2


def test_search_dialog_finds_and_opens_a_case(qtbot, window):
    window.open_search()
    dialog = window._search_dialog
    qtbot.keyClicks(dialog.query, "ERROR 1040")
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=10000)
    rtype, rid = dialog.results.item(0).data(Qt.ItemDataRole.UserRole)
    assert rtype == "case"
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.section("cases")
    assert window.section("cases").current["id"] == rid


def test_garbage_query_is_answered_not_raised(qtbot, window):
    window.open_search()
    dialog = window._search_dialog
    dialog.query.setText('"unclosed (( type: date:notadate')
    dialog.run_search()
    qtbot.waitUntil(lambda: dialog.last is not None, timeout=10000)
    assert dialog.last.notice


def test_match_panel_shows_similar_cases_with_reasons(qtbot, window):
    panel = window.show_section("match")
    panel.input.setPlainText("应用连接数据库报错 ERROR 1040 (HY000): Too many connections")
    panel.run_match()
    qtbot.waitUntil(lambda: panel.results.result is not None, timeout=10000)
    result = panel.results.result
    assert result.cases and "1040" in result.cases[0].title
    assert result.articles and "Too many connections" in result.articles[0].title
    html = panel.results.toHtml()
    assert "shared terms" in html and "max_connections" in html


def test_similar_cases_tab_links_a_suggestion(qtbot, window):
    cases = window.show_section("cases")
    case2 = next(r for r in window.ctx.services.list("case") if r["title"].startswith("RDS"))
    cases.select_record(case2["id"])
    cases.tabs.setCurrentWidget(cases.similar)
    qtbot.waitUntil(lambda: cases.similar.view.result is not None, timeout=10000)
    hit = (cases.similar.view.result.cases or cases.similar.view.result.articles)[0]
    cases.similar.view.sig_link_record.emit(hit.record_type, hit.record_id)
    settle(qtbot, window)
    links = window.ctx.services.links_of("case", case2["id"])
    assert any(lk["target_id"] == hit.record_id for lk in links)
    assert cases.links.list.count() == len(links)


def test_stale_results_are_dropped(qtbot, window):
    """Two quick requests under one key: only the newer result is shown."""
    shown = []
    tasks = window.ctx.tasks
    import time

    tasks.run(lambda: (time.sleep(0.3), "old")[1], shown.append, key="k")
    tasks.run(lambda: "new", shown.append, key="k")
    tasks.wait()
    qtbot.wait(50)
    assert shown == ["new"]


def test_window_state_is_remembered(qtbot, window, tmp_path):
    window.resize(790, 501)  # within the offscreen screen's 800×600
    closed_size = (window.size().width(), window.size().height())
    assert closed_size[1] == 501
    window.close()
    again = MainWindow(window.ctx)
    qtbot.addWidget(again)
    # The offscreen screen is 800 px wide, narrower than the window's minimum,
    # so only the height can be compared exactly.
    assert again.size().height() == closed_size[1]
    assert Path(tmp_path / "config" / "window.ini").is_file()


def test_attach_a_file_to_a_case(qtbot, window, tmp_path):
    cases = window.show_section("cases")
    case = next(r for r in window.ctx.services.list("case") if r["title"].startswith("OSS"))
    cases.select_record(case["id"])
    log = tmp_path / "nginx-error.log"
    log.write_text("2026/03/01 10:00:00 [error] upstream timed out (110: Connection timed out)\n")
    cases.tabs.setCurrentWidget(cases.attachments)
    cases.attachments.add_files([log])
    settle(qtbot, window)
    stored = window.ctx.services.attachments_of("case", case["id"])
    assert [a["filename"] for a in stored] == ["screenshot.png", "nginx-error.log"]
    assert stored[1]["mime"] == "text/plain"
    assert window.ctx.archive.blobs.read(stored[1]["sha256"]) == log.read_bytes()


def test_write_a_kb_article_from_a_solved_case(qtbot, window):
    cases = window.show_section("cases")
    solved = next(r for r in window.ctx.services.list("case") if r["resolution"])
    cases.select_record(solved["id"])
    assert cases.article_button.isEnabled()
    qtbot.mouseClick(cases.article_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    kb = window.section("kb")
    assert window.stack.currentWidget() is kb
    assert kb.current is not None and kb.current["source_case_id"] == solved["id"]


def test_results_for_a_closed_widget_are_dropped(qtbot, window):
    import time

    from PySide6.QtWidgets import QLabel

    received = []

    class Sink(QLabel):
        def take(self, value):
            received.append(value)

    sink = Sink()
    window.ctx.tasks.run(lambda: (time.sleep(0.2), 1)[1], sink.take)
    sink.deleteLater()
    qtbot.wait(20)  # the deferred delete happens
    window.ctx.tasks.wait()
    qtbot.wait(50)
    assert received == []


def test_list_filter_runs_in_the_background(qtbot, window):
    cases = window.show_section("cases")
    qtbot.keyClicks(cases.filter_edit, "OSS")
    qtbot.waitUntil(lambda: cases.model.total() == 1, timeout=5000)
    assert cases.model.record_at(0)["title"].startswith("OSS")
    assert "1" in cases.count_label.text()
    cases.filter_edit.clear()
    qtbot.waitUntil(lambda: cases.model.total() == 2, timeout=5000)


def test_sorting_a_column_sorts_in_sql(qtbot, window):
    cases = window.show_section("cases")
    col = cases.config.columns.index("severity")
    cases.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    first = [cases.model.record_at(i)["severity"] for i in range(cases.model.rowCount())]
    assert first == sorted(first)


def test_first_run_example_fills_and_matches(qtbot, window):
    panel = window.show_section("match")
    qtbot.mouseClick(panel.example_button, Qt.MouseButton.LeftButton)
    assert "ERROR 1040" in panel.input.toPlainText()
    qtbot.waitUntil(lambda: panel.results.result is not None, timeout=10000)


def test_runbook_steps_are_edited_in_the_runbook(qtbot, window):
    runbooks = window.show_section("runbooks").sections["runbook"]
    rb = window.ctx.services.list("runbook")[0]
    runbooks.select_record(rb["id"])
    steps = runbooks.child_tables[0]
    settle(qtbot, window)  # the steps load in a worker
    assert steps.table.rowCount() == 1
    dialog = steps.edit(None, {"runbook_id": rb["id"], "position": 2})
    dialog.form.editors["action"].setPlainText("切换应用连接串到恢复实例")
    dialog.form.editors["estimated_minutes"].setValue(10)
    dialog.save()
    settle(qtbot, window)
    assert steps.table.rowCount() == 2
    assert steps.table.item(1, 1).text() == "切换应用连接串到恢复实例"
    bad = steps.edit(None, {"runbook_id": rb["id"], "position": 3})
    bad.save()  # no action text
    settle(qtbot, window)
    assert bad.isVisible() and bad.form.messages["action"].text() == "is required"
    bad.reject()


def test_link_an_article_to_a_runbook_by_searching(qtbot, window):
    kb = window.show_section("kb")
    article = window.ctx.services.list("article")[0]
    kb.select_record(article["id"])
    runbook = window.ctx.services.list("runbook")[0]
    from kbdesk.ui.link_picker import LinkPickerDialog

    picker = LinkPickerDialog(window.ctx, ("article", article["id"]), kb)
    qtbot.addWidget(picker)
    picker.query.setText("RDS")
    picker.run_search()
    qtbot.waitUntil(lambda: picker.results.count() > 0, timeout=10000)
    choices = [picker.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(picker.results.count())]
    assert ("runbook", runbook["id"]) in choices
    before = kb.links_tab.list.count()  # the sample case is already linked to it
    kb.links_tab.link_to("runbook", runbook["id"])
    settle(qtbot, window)
    assert kb.links_tab.list.count() == before + 1
    received = []
    window.sections["kb"].sig_open_record.connect(lambda t, i: received.append((t, i)))
    row = next(i for i in range(kb.links_tab.list.count())
               if kb.links_tab.list.item(i).data(Qt.ItemDataRole.UserRole)[0] == ("runbook", runbook["id"]))
    kb.links_tab._on_activated(kb.links_tab.list.item(row))
    assert received == [("runbook", runbook["id"])]
    assert window.stack.currentWidget() is window.section("runbooks")


def test_audit_trail_shows_every_change(qtbot, window):
    audit = window.show_section("audit")
    before = audit.model.total()
    case = window.ctx.services.list("case")[0]
    window.ctx.services.update("case", case["id"], {"owner": "Wang Min"})
    qtbot.waitUntil(lambda: audit.model.total() == before + 1, timeout=5000)
    newest = audit.model.record_at(0)
    assert (newest["action"], newest["record_id"]) == ("update", case["id"])
    assert audit.model.data(audit.model.index(0, 2)) == "Changed"
    audit.table.selectRow(0)
    assert audit.detail.toPlainText().endswith("→ Wang Min")
    assert audit.detail.toPlainText().startswith("Owner: ")
    audit._on_open(audit.model.index(0, 0))
    assert window.section("cases").current["id"] == case["id"]
