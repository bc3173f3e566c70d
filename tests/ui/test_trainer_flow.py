"""The trainer's screens against a real archive: material files with versions, the plan tab."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QPushButton

from kbdesk.settings import AppSettings
from kbdesk.storage.archive import Archive
from kbdesk.ui.context import AppContext
from kbdesk.ui.material_files import MaterialFilesPanel
from kbdesk.ui.training_plan_view import BEHIND, TrainingPlanView, training_section


@pytest.fixture
def ctx(tmp_path, qtbot):
    c = AppContext(Archive.create(tmp_path / "a"), AppSettings(), tmp_path / "settings.json", "tester")
    yield c
    c.close()


@pytest.fixture
def material(ctx):
    course = ctx.services.create("course", {"title": "云数据库运维"})
    return ctx.services.create("material", {"course_id": course["id"], "title": "讲义", "kind": "notes"})


@pytest.fixture
def panel(ctx, material, qtbot):
    p = MaterialFilesPanel(ctx)
    qtbot.addWidget(p)
    p.resize(700, 500)
    p.show()
    qtbot.waitExposed(p)
    p.opened = []
    p.open_url = lambda url: p.opened.append(url.toLocalFile()) or True
    p.set_owner("material", material["id"])
    return p


def rows(panel) -> list[tuple[str, str, list[str]]]:
    out = []
    for i in range(panel.tree.topLevelItemCount()):
        top = panel.tree.topLevelItem(i)
        out.append((top.text(0), top.text(4), [top.child(j).text(4) for j in range(top.childCount())]))
    return out


def test_replace_keeps_the_old_version_listed_and_openable(qtbot, ctx, panel, material, tmp_path):
    v1 = tmp_path / "backup.md"
    v1.write_text("# 第一版", "utf-8")
    panel.add_files([v1])
    qtbot.waitUntil(lambda: rows(panel) == [("backup.md", "v1 (current)", [])])
    first = panel.attachments[0]
    panel.select(first["id"])
    assert panel.replace_button.isEnabled()
    v2 = tmp_path / "backup-v2.md"
    v2.write_text("# 第二版 binlog", "utf-8")
    panel.replace_selected(v2)
    qtbot.waitUntil(lambda: rows(panel) == [("backup-v2.md", "v2 (current)", ["v1"])])
    # The new version is selected and previewed as text.
    qtbot.waitUntil(lambda: panel.selected()["filename"] == "backup-v2.md")
    qtbot.waitUntil(lambda: "第二版 binlog" in panel.preview.text())
    # The earlier version cannot be replaced, but opens with its own content.
    panel.select(first["id"])
    assert not panel.replace_button.isEnabled()
    panel.open_selected()
    qtbot.waitUntil(lambda: len(panel.opened) == 1)
    assert panel.opened[0].endswith("backup.md")
    assert open(panel.opened[0], encoding="utf-8").read() == "# 第一版"


def test_a_pdf_preview_says_what_it_cannot_show(qtbot, panel, tmp_path):
    pdf = tmp_path / "handout.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"0" * 2000)
    panel.add_files([pdf])
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1)
    panel.select(panel.attachments[0]["id"])
    qtbot.waitUntil(lambda: "cannot be shown here" in panel.preview.text())
    assert "Open" in panel.preview.text()


def test_an_image_is_previewed(qtbot, panel, tmp_path):
    image = QImage(60, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2b6cb0"))
    path = tmp_path / "架构图.png"
    image.save(str(path))
    panel.add_files([path])
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1)
    panel.select(panel.attachments[0]["id"])
    qtbot.waitUntil(lambda: panel.preview.pixmap() is not None and not panel.preview.pixmap().isNull())


def test_plan_tab_highlights_who_is_behind(qtbot, ctx):
    s = ctx.services
    course = s.create("course", {"title": "K8s"})["id"]
    ahead = s.create("customer", {"name": "Ahead Bank"})["id"]
    s.create("customer", {"name": "Behind Corp"})
    for month in (1, 3, 5):
        s.create("training_session", {"course_id": course, "customer_id": ahead, "status": "held",
                                      "planned_date": date(2026, month, 10), "onsite": True})
    view = TrainingPlanView(ctx, today=date(2026, 7, 1))
    qtbot.addWidget(view)
    view.year.setValue(2026)
    qtbot.waitUntil(lambda: view.plan is not None and view.table.rowCount() == 2)
    assert view.table.item(0, 0).text() == "Behind Corp"
    assert view.table.item(0, 0).background().color() == BEHIND
    assert view.table.item(1, 0).background().color() != BEHIND
    assert [view.table.item(1, 1 + m).text() for m in (0, 1, 2)] == ["1 / 1", "", "1 / 1"]
    assert re.search(r"\b1 customer(\(s\))? behind plan", view.summary.text())
    # A new held session reloads the view (through the change broadcast).
    behind_id = s.list("customer", where={"name": "Behind Corp"})[0]["id"]
    for month in (2, 4):
        s.create("training_session", {"course_id": course, "customer_id": behind_id, "status": "held",
                                      "planned_date": date(2026, month, 1), "onsite": True})
    qtbot.waitUntil(lambda: re.search(r"\b0 customer(s|\(s\))? behind plan", view.summary.text()) is not None,
                    timeout=5000)


def test_training_section_has_files_and_plan_tabs(qtbot, ctx, material):
    section = training_section(ctx)
    qtbot.addWidget(section)
    titles = [section.tabs.tabText(i) for i in range(section.tabs.count())]
    assert titles[-1] == "Training plan"
    materials = section.sections["material"]
    section.show_record("material", material["id"])
    qtbot.waitUntil(lambda: materials.files.owner == ("material", material["id"]))


def test_session_shows_its_feedback_summary(qtbot, ctx):
    from kbdesk.ui.training_plan_view import SessionSection

    s = ctx.services
    course = s.create("course", {"title": "K8s"})["id"]
    session = s.create("training_session", {"course_id": course, "planned_date": date(2026, 3, 1), "status": "held"})
    section = SessionSection(ctx)
    qtbot.addWidget(section)
    qtbot.waitUntil(lambda: section.model.total() == 1)
    section.select_record(session["id"])
    qtbot.waitUntil(lambda: section.feedback_label.text() == "No attendance list yet.")
    for name, attended, score, comment in [("甲", True, 5, "很实用"), ("乙", True, 4, ""), ("丙", False, None, "")]:
        s.create("attendance", {"session_id": session["id"], "name": name, "attended": attended,
                                "score": score, "comment": comment})
    # With or without the English plural forms installed by an earlier test.
    qtbot.waitUntil(lambda: re.fullmatch(r"2 of 3 attended · average score 4\.5 from 2 rating(s|\(s\)) · 1 comment(\(s\))?",
                                         section.feedback_label.text()) is not None)


def test_import_course_folder_runs_as_a_background_job(qtbot, ctx, tmp_path):
    from kbdesk.ui.job_dialog import JobDialog

    folder = tmp_path / "Kubernetes 入门"
    (folder / "第一天").mkdir(parents=True)
    (folder / "intro.md").write_text("# intro", "utf-8")
    (folder / "第一天" / "lab.txt").write_text("kubectl get pods", "utf-8")
    (folder / "第一天" / "lab copy.txt").write_text("kubectl get pods", "utf-8")
    dialog = JobDialog("导入", ctx.archive.root, ["import-course", str(folder), "--no-extract"])
    qtbot.addWidget(dialog)
    results = []
    dialog.sig_done.connect(lambda ok, message: results.append((ok, message)))
    dialog.start()
    qtbot.waitUntil(lambda: bool(results), timeout=60000)
    ok, message = results[0]
    assert ok, message
    assert message.splitlines()[0] == "Created course 'Kubernetes 入门': 2 material(s), 1 file(s) skipped."
    assert "skipped 第一天/lab copy.txt: the same content as 第一天/lab.txt" in message
    assert sorted(m["section"] for m in ctx.services.list("material")) == ["", "第一天"]


def test_a_course_opens_its_material_in_the_materials_tab(qtbot, ctx, material):
    section = training_section(ctx)
    qtbot.addWidget(section)
    courses = section.sections["course"]
    opened = []
    section.sig_open_record.connect(lambda t, i: opened.append((t, i)))
    qtbot.waitUntil(lambda: courses.model.total() == 1)
    courses.select_record(material["course_id"])
    table = next(t for t in courses.child_tables if t.child_type == "material")
    qtbot.waitUntil(lambda: table.table.rowCount() == 1)
    table.table.setCurrentCell(0, 0)
    courses.findChild(QPushButton, "open_material").click()
    assert opened == [("material", material["id"])]
    # The main window routes it back: the Materials tab shows it with its files.
    assert section.show_record(*opened[0])
    assert section.tabs.currentWidget() is section.sections["material"]


def test_a_pdf_preview_shows_its_extracted_text(qtbot, ctx, panel, tmp_path):
    from extract import fixtures as fx

    from kbdesk.services.attachment_text import extract_pending

    pdf = fx.write(tmp_path, "runbook.pdf", fx.pdf_bytes("zqpreviewword"))
    panel.add_files([pdf])
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1)
    panel.select(panel.attachments[0]["id"])
    qtbot.waitUntil(lambda: "not been extracted yet" in panel.preview.text())
    extract_pending(ctx.services)
    panel.tree.setCurrentItem(None)
    panel.select(panel.attachments[0]["id"])
    qtbot.waitUntil(lambda: "zqpreviewword" in panel.preview.text())
    assert "cannot be shown here" in panel.preview.text()
