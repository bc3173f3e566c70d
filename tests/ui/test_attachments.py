"""The attachments panel against a real archive: add, drop, preview, open, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from kbdesk.settings import AppSettings
from kbdesk.storage.archive import Archive
from kbdesk.ui.attachments import AttachmentsPanel
from kbdesk.ui.context import AppContext


@pytest.fixture
def ctx(tmp_path, qtbot):
    c = AppContext(Archive.create(tmp_path / "a"), AppSettings(), tmp_path / "settings.json", "tester")
    yield c
    c.close()


@pytest.fixture
def article(ctx):
    return ctx.services.create("article", {"title": "OSS 403 AccessDenied 排查", "body": "正文"})


@pytest.fixture
def panel(ctx, article, qtbot):
    p = AttachmentsPanel(ctx)
    qtbot.addWidget(p)
    p.resize(600, 500)
    p.show()
    qtbot.waitExposed(p)
    p.opened = []
    p.open_url = lambda url: p.opened.append(url) or True
    p.set_owner("article", article["id"])
    return p


def make_png(path: Path, w: int = 120, h: int = 80) -> Path:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor("#2b6cb0"))
    assert image.save(str(path))
    return path


def names(panel) -> list[str]:
    return [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]


def attach_and_select(qtbot, panel, path: Path) -> dict:
    panel.add_files([path])
    qtbot.waitUntil(lambda: path.name in names(panel))
    att = next(a for a in panel.attachments if a["filename"] == path.name)
    panel.select(att["id"])
    return att


def test_adding_a_file_lists_it(qtbot, ctx, panel, article, tmp_path):
    log = tmp_path / "nginx-error.log"
    log.write_text("2024-03-18 ERROR upstream timed out\n" * 10, "utf-8")
    statuses = []
    panel.sig_status.connect(statuses.append)
    panel.add_files([log])
    qtbot.waitUntil(lambda: names(panel) == ["nginx-error.log"])
    item = panel.tree.topLevelItem(0)
    assert item.text(1) == "360 bytes"
    assert item.text(2) == "Log file"  # a word, not the MIME type (which the tooltip keeps)
    assert item.toolTip(2) == "application/octet-stream" or item.toolTip(2).startswith("text/")
    assert [a["filename"] for a in ctx.services.attachments_of("article", article["id"])] == ["nginx-error.log"]
    assert statuses == ["1 file(s) attached."]
    assert not panel.message.isVisible()


def test_a_dropped_file_is_attached(qtbot, panel, tmp_path):
    dropped = tmp_path / "抓包 capture.pcap"
    dropped.write_bytes(b"\xd4\xc3\xb2\xa1" + b"\0" * 64)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: names(panel) == ["抓包 capture.pcap"])


def test_drops_are_refused_before_the_record_is_saved(qtbot, panel, tmp_path):
    panel.set_owner("article", None)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    assert not enter.isAccepted()
    assert not panel.add_button.isEnabled()
    panel.add_files([tmp_path / "x.txt"])
    assert "Save the record first" in panel.message.text()


def test_an_unreadable_file_is_reported_and_the_others_attached(qtbot, panel, tmp_path):
    good = tmp_path / "ok.txt"
    good.write_text("fine", "utf-8")
    panel.add_files([tmp_path / "gone.txt", good, tmp_path])
    qtbot.waitUntil(lambda: panel.message.isVisible())
    qtbot.waitUntil(lambda: names(panel) == ["ok.txt"])
    text = panel.message.text()
    assert text.startswith("Not attached:")
    assert "gone.txt" in text and "not a readable file" in text
    assert panel.add_button.isEnabled()


def test_an_image_is_previewed(qtbot, panel, tmp_path):
    attach_and_select(qtbot, panel, make_png(tmp_path / "控制台截图.png"))
    qtbot.waitUntil(lambda: panel._preview_pixmap is not None)
    shown = panel.preview.pixmap()
    assert not shown.isNull() and shown.width() == 120  # small images are not blown up
    assert panel.copy_button.isEnabled()
    panel.copy_markdown_link()
    att = panel.selected()
    assert QApplication.clipboard().text() == f"![控制台截图](kbdesk-attachment:{att['id']})"


def test_other_files_get_no_preview(qtbot, panel, tmp_path):
    doc = tmp_path / "report.pdf"
    doc.write_bytes(b"%PDF-1.4\n")
    attach_and_select(qtbot, panel, doc)
    assert "No preview" in panel.preview.text()
    assert not panel.copy_button.isEnabled()


def test_a_damaged_blob_shows_an_error_not_a_crash(qtbot, ctx, panel, tmp_path):
    att = attach_and_select(qtbot, panel, make_png(tmp_path / "shot.png"))
    qtbot.waitUntil(lambda: panel._preview_pixmap is not None)
    ctx.archive.blobs.path_for(att["sha256"]).write_bytes(b"not the png any more")
    panel.tree.setCurrentItem(None)
    panel.select(att["id"])
    qtbot.waitUntil(lambda: panel.message.isVisible())
    assert "damaged" in panel.message.text() and "shot.png" in panel.message.text()
    assert panel.preview.pixmap().isNull()
    panel.open_selected()
    ctx.tasks.wait()
    qtbot.waitUntil(lambda: "damaged" in panel.message.text())
    assert panel.opened == []


def test_a_missing_blob_shows_an_error(qtbot, ctx, panel, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("x", "utf-8")
    att = attach_and_select(qtbot, panel, notes)
    ctx.archive.blobs.path_for(att["sha256"]).unlink()
    panel.open_selected()
    qtbot.waitUntil(lambda: panel.message.isVisible())
    assert "missing" in panel.message.text() and "notes.txt" in panel.message.text()
    assert panel.opened == []


def test_open_hands_a_copy_with_the_original_name_to_the_system(qtbot, panel, tmp_path):
    source = tmp_path / "慢查询 slow.log"
    source.write_text("# Query_time: 12.5 SELECT ...\n", "utf-8")
    attach_and_select(qtbot, panel, source)
    panel.open_selected()
    qtbot.waitUntil(lambda: len(panel.opened) == 1)
    copy = Path(panel.opened[0].toLocalFile())
    assert copy.name == "慢查询 slow.log"
    assert copy.read_bytes() == source.read_bytes()
    assert copy.parent != source.parent


def test_when_no_program_opens_it_the_user_is_told(qtbot, panel, tmp_path):
    source = tmp_path / "dump.xyz"
    source.write_bytes(b"\0")
    attach_and_select(qtbot, panel, source)
    panel.open_url = lambda url: False
    panel.open_selected()
    qtbot.waitUntil(lambda: panel.message.isVisible())
    assert "No program" in panel.message.text()


def test_the_list_follows_changes_made_elsewhere(qtbot, ctx, panel, article, tmp_path):
    other = tmp_path / "from-cli.txt"
    other.write_text("x", "utf-8")
    ctx.services.attach_file("article", article["id"], other)  # not through the panel
    qtbot.waitUntil(lambda: names(panel) == ["from-cli.txt"])


def test_remove_asks_first(qtbot, ctx, panel, article, tmp_path):
    f = tmp_path / "old.txt"
    f.write_text("x", "utf-8")
    attach_and_select(qtbot, panel, f)
    panel.confirm_remove = lambda name: False
    panel.remove_selected()
    ctx.tasks.wait()
    assert len(ctx.services.attachments_of("article", article["id"])) == 1
    panel.confirm_remove = lambda name: name == "old.txt"
    panel.remove_selected()
    qtbot.waitUntil(lambda: names(panel) == [])
    assert ctx.services.attachments_of("article", article["id"]) == []


def test_switching_owner_shows_that_records_files(qtbot, ctx, panel, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("x", "utf-8")
    other = ctx.services.create("article", {"title": "另一篇", "body": ""})
    ctx.services.attach_file("article", other["id"], f)
    panel.set_owner("article", other["id"])
    qtbot.waitUntil(lambda: names(panel) == ["a.txt"])
    assert "Drop files here" in panel.hint.text()
