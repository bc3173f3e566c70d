"""Not relevant, same fault and undo on suggestions, driven through the widgets."""

from PySide6.QtCore import QUrl

from ui.test_main_flows import settle, window  # noqa: F401  (the window fixture)


def wait_result(qtbot, view, old=None):
    qtbot.waitUntil(lambda: view.result is not None and view.result is not old, timeout=10000)
    return view.result


def shown(result):
    return [(h.record_type, h.record_id) for h in result.cases + result.articles + result.runbooks]


def test_similar_cases_dismiss_hides_a_suggestion_for_that_case_until_undone(qtbot, window):  # noqa: F811
    cases = window.show_section("cases")
    case2 = next(r for r in window.ctx.services.list("case") if r["title"].startswith("RDS"))
    cases.select_record(case2["id"])
    cases.tabs.setCurrentWidget(cases.similar)
    view = cases.similar.view
    first = wait_result(qtbot, view)
    target = shown(first)[0]
    assert f"kbdesk:dismiss/{target[0]}/{target[1]}" in view.toHtml()

    view._on_anchor(QUrl(f"kbdesk:dismiss/{target[0]}/{target[1]}"))  # the "Not relevant" link
    settle(qtbot, window)
    after = wait_result(qtbot, view, first)
    assert target not in shown(after)
    assert "Undo" in view.toHtml()
    (fb,) = window.ctx.services.list("match_feedback", where={"case_id": case2["id"], "kind": "dismissed"})
    assert (fb["kind"], fb["case_id"], fb["target_id"], fb["actor"]) == ("dismissed", case2["id"], target[1], "tester")

    view._on_anchor(QUrl(f"kbdesk:undo/feedback/{fb['id']}"))
    settle(qtbot, window)
    back = wait_result(qtbot, view, after)
    assert target in shown(back)
    assert window.ctx.services.list("match_feedback", where={"case_id": case2["id"], "kind": "dismissed"}) == []


def test_similar_cases_same_fault_records_who_linked_it(qtbot, window):  # noqa: F811
    cases = window.show_section("cases")
    case2 = next(r for r in window.ctx.services.list("case") if r["title"].startswith("RDS"))
    cases.select_record(case2["id"])
    cases.tabs.setCurrentWidget(cases.similar)
    view = cases.similar.view
    result = wait_result(qtbot, view)
    hit = next(h for h in result.cases + result.articles + result.runbooks if (h.record_type, h.record_id) not in view.linked)
    before = {f["id"] for f in window.ctx.services.list("match_feedback")}
    view._on_anchor(QUrl(f"kbdesk:link/{hit.record_type}/{hit.record_id}"))
    settle(qtbot, window)
    (fb,) = [f for f in window.ctx.services.list("match_feedback") if f["id"] not in before]
    assert fb["kind"] == ("same_fault" if hit.record_type == "case" else "solved_by")
    assert fb["target_id"] == hit.record_id and fb["actor"] == "tester"
    assert any(lk["id"] == fb["link_id"] for lk in window.ctx.services.links_of("case", case2["id"]))


def test_match_panel_dismiss_is_for_that_text(qtbot, window):  # noqa: F811
    panel = window.show_section("match")
    text = "应用连接数据库报错 ERROR 1040 (HY000): Too many connections"
    panel.input.setPlainText(text)
    panel.run_match()
    first = wait_result(qtbot, panel.knowledge)
    article = first.articles[0]
    panel.knowledge._on_anchor(QUrl(f"kbdesk:dismiss/article/{article.record_id}"))
    settle(qtbot, window)
    after = wait_result(qtbot, panel.knowledge, first)
    assert article.record_id not in [h.record_id for h in after.articles]
    assert "Undo" in panel.knowledge.toHtml()

    panel.input.setPlainText("ERROR 1040 Too many connections on RDS")  # another text: still suggested
    panel.run_match()
    other = wait_result(qtbot, panel.knowledge, after)
    assert article.record_id in [h.record_id for h in other.articles]
