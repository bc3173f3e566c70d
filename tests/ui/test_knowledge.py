"""The knowledge section: body editor with live preview, saving, history, from-case."""

from __future__ import annotations

import pytest

from kbdesk.settings import AppSettings
from kbdesk.storage.archive import Archive
from kbdesk.ui.context import AppContext
from kbdesk.ui.sections.knowledge import PREVIEW_DELAY_MS, ArticleSection
from kbdesk.ui.versions_dialog import VersionsDialog, diff_lines

FIRST_BODY = "## 现象 / Symptom\n\n应用报错 `ERROR 1040 (HY000): Too many connections`"
SECOND_BODY = FIRST_BODY + "\n\n## 解决方法 / Solution\n\n```\nSET GLOBAL max_connections = 2000;\n```"


@pytest.fixture
def ctx(tmp_path, qtbot):
    c = AppContext(Archive.create(tmp_path / "a"), AppSettings(), tmp_path / "settings.json", "tester")
    yield c
    c.close()


@pytest.fixture
def article(ctx):
    return ctx.services.create("article", {"title": "RDS 连接数打满", "body": FIRST_BODY, "product": "RDS"})


@pytest.fixture
def section(ctx, qtbot):
    s = ArticleSection(ctx)
    qtbot.addWidget(s)
    s.resize(1200, 800)
    s.show()
    qtbot.waitExposed(s)
    return s


def history_rows(section) -> list[tuple[str, str]]:
    tree = section.history.tree
    return [(tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1)) for i in range(tree.topLevelItemCount())]


def test_the_body_tab_shows_the_article(qtbot, section, article):
    section.select_record(article["id"])
    assert section.body_editor.toPlainText() == FIRST_BODY
    assert "Too many connections" in section.preview.toPlainText()
    assert [section.tabs.tabText(i) for i in range(section.tabs.count())] == [
        "Details", "Body", "History", "Attachments", "Links"]
    assert not section.save_button.isEnabled()


def test_edit_preview_save_and_a_second_version(qtbot, ctx, section, article):
    section.select_record(article["id"])
    section.tabs.setCurrentWidget(section.body_splitter)
    qtbot.waitUntil(lambda: history_rows(section) == [("1", "tester")])

    section.body_editor.setPlainText(SECOND_BODY)
    assert section.save_button.isEnabled()
    # Debounced: the preview waits until typing pauses.
    assert "max_connections" not in section.preview.toPlainText()
    assert section.preview_timer.isActive() and section.preview_timer.interval() == PREVIEW_DELAY_MS
    qtbot.waitUntil(lambda: "max_connections" in section.preview.toPlainText(), timeout=2000)

    section.save()
    qtbot.waitUntil(lambda: section.current["version"] == 2)
    assert ctx.services.get("article", article["id"])["body"] == SECOND_BODY
    assert not section.save_button.isEnabled()
    qtbot.waitUntil(lambda: history_rows(section) == [("2", "tester"), ("1", "tester")])

    versions = ctx.services.article_versions(article["id"])
    assert [v["body"] for v in versions] == [FIRST_BODY, SECOND_BODY]
    # The newest version is shown first, with what changed since the one before.
    assert "max_connections" in section.history.view.toPlainText()
    changes = section.history.diff.toPlainText()
    assert "+ SET GLOBAL max_connections = 2000;" in changes
    section.history.select_version(1)
    assert "max_connections" not in section.history.view.toPlainText()
    assert "Too many connections" in section.history.view.toPlainText()
    assert "nothing to compare" in section.history.diff.toPlainText()


def test_saving_an_unchanged_body_makes_no_version(qtbot, ctx, section, article):
    section.select_record(article["id"])
    section.body_editor.setPlainText(FIRST_BODY)  # the same text again
    assert section.values() == {}
    section.save()
    ctx.tasks.wait()
    qtbot.wait(50)
    assert ctx.services.get("article", article["id"])["version"] == 1


def test_body_and_fields_are_saved_together(qtbot, ctx, section, article):
    section.select_record(article["id"])
    section.form.editors["product"].setText("RDS MySQL")
    section.body_editor.setPlainText(SECOND_BODY)
    assert section.values() == {"product": "RDS MySQL", "body": SECOND_BODY}
    section.save()
    qtbot.waitUntil(lambda: section.current["version"] == 2)
    saved = ctx.services.get("article", article["id"])
    assert (saved["product"], saved["body"], saved["version"]) == ("RDS MySQL", SECOND_BODY, 2)


def test_a_new_article_is_created_with_its_body(qtbot, ctx, section):
    section.start_new()
    assert section.tabs.currentIndex() == 0
    section.form.editors["title"].setText("OSS 403 AccessDenied")
    section.body_editor.setPlainText("检查 Bucket Policy。\nCheck the RAM policy.")
    section.save()
    qtbot.waitUntil(lambda: section.current is not None)
    assert section.current["body"] == "检查 Bucket Policy。\nCheck the RAM policy."
    qtbot.waitUntil(lambda: history_rows(section) == [("1", "tester")])
    assert section.attachments.owner == ("article", section.current["id"])


def test_switching_records_resets_the_body(qtbot, ctx, section, article):
    other = ctx.services.create("article", {"title": "另一篇", "body": "# Other"})
    section.select_record(article["id"])
    section.select_record(other["id"])
    assert section.body_editor.toPlainText() == "# Other"
    assert "Other" in section.preview.toPlainText()
    assert not section.preview_timer.isActive()
    section.start_new()
    assert section.body_editor.toPlainText() == ""
    assert section.history.tree.topLevelItemCount() == 0
    assert section.attachments.owner is None


def test_an_attached_image_shows_in_the_preview(qtbot, ctx, section, article, tmp_path):
    from PySide6.QtGui import QColor, QImage

    png = tmp_path / "shot.png"
    image = QImage(60, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(png))
    att = ctx.services.attach_file("article", article["id"], png)
    section.select_record(article["id"])
    section.body_editor.setPlainText(f"截图：\n\n![shot](kbdesk-attachment:{att['id']})")
    qtbot.waitUntil(lambda: "kbdesk-attachment" in section.preview.toHtml())
    assert section.preview.refused == []
    assert section._attachment_bytes(att["id"]) == png.read_bytes()


def _solved_case(ctx) -> dict:
    s = ctx.services
    customer = s.create("customer", {"name": "华东某银行", "plan_level": "premium"})
    s.create("category", {"code": "database", "name_zh": "数据库", "name_en": "Database"})
    return s.create("case", {
        "customer_id": customer["id"], "title": "RDS MySQL 连接数打满 ERROR 1040",
        "category": "database", "severity": "urgent",
        "phenomenon": "应用报错", "error_messages": "ERROR 1040 (HY000): Too many connections",
        "resolution": "调大 max_connections 并排查连接泄漏",
    })


def test_create_from_case(qtbot, ctx, section):
    case = _solved_case(ctx)
    section.ask_case_ref = lambda: case["number"]
    section.from_case_button.click()
    qtbot.waitUntil(lambda: section.current is not None and section.current["source_case_id"] == case["id"])
    assert section.tabs.currentWidget() is section.body_splitter
    assert "ERROR 1040" in section.body_editor.toPlainText()
    assert "解决方法" in section.preview.toPlainText()
    # The list reloads in a worker; the new article's row is then selected.
    qtbot.waitUntil(lambda: section.model.row_of(section.current["id"]) is not None)
    qtbot.waitUntil(lambda: section.table.currentIndex().row() == section.model.row_of(section.current["id"]))


def test_create_from_an_unknown_case_says_so(qtbot, section):
    section.ask_case_ref = lambda: "CS-1999-0001"
    section.from_case_button.click()
    qtbot.waitUntil(lambda: section.form_message.isVisible())
    assert "No case" in section.form_message.text()
    section.ask_case_ref = lambda: None  # cancelled: nothing happens
    section.from_case_button.click()


def test_versions_dialog_and_diff(qtbot, ctx, article):
    ctx.services.update("article", article["id"], {"title": "RDS 连接数打满（已更新）", "body": SECOND_BODY})
    dialog = VersionsDialog(ctx, article["id"], "RDS 连接数打满")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.panel.tree.topLevelItemCount() == 2)
    assert dialog.windowTitle() == "History of RDS 连接数打满"
    assert "Version 2, saved by tester" in dialog.panel.version_heading.text()
    v1, v2 = ctx.services.article_versions(article["id"])
    kinds = {(k, t) for k, t in diff_lines(v1, v2)}
    assert ("-", "Title: RDS 连接数打满") in kinds
    assert ("+", "Title: RDS 连接数打满（已更新）") in kinds
    assert diff_lines(v1, v1) == []
