"""Markdown rendering (golden files, safety rules) and the MarkdownView that shows it.

Regenerate the goldens after an intended change with
``KBDESK_UPDATE_GOLDEN=1 pytest tests/ui/test_markdown_render.py`` and read
the diff before committing it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMessageBox

from kbdesk.render import attachment_url, render_markdown

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "markdown"
CASES = sorted(p.stem for p in GOLDEN.glob("*.md"))


def test_there_are_golden_cases():
    assert {"zh_en_article", "code_logs", "table", "links", "script_attempt", "images"} <= set(CASES)


@pytest.mark.parametrize("name", CASES)
def test_golden(name):
    source = (GOLDEN / f"{name}.md").read_text("utf-8")
    expected_path = GOLDEN / f"{name}.html"
    html = render_markdown(source)
    if os.environ.get("KBDESK_UPDATE_GOLDEN"):
        expected_path.write_text(html + "\n", "utf-8")
    assert html + "\n" == expected_path.read_text("utf-8")


@pytest.mark.parametrize("name", CASES)
def test_nothing_dangerous_survives(name):
    html = render_markdown((GOLDEN / f"{name}.md").read_text("utf-8")).lower()
    for bad in ("<script", "<style", "<iframe", "<object", "<embed", "<form", "<svg", "<input",
                "javascript:", "vbscript:", "onclick", "onerror", "onload", "onmouseover",
                "style=", "<!--"):
        assert bad not in html, bad
    for src in re.findall(r'<img[^>]*\ssrc="([^"]*)"', html):
        assert src.startswith(("data:image/png", "kbdesk-attachment:")), src
    for href in re.findall(r'<a[^>]*\shref="([^"]*)"', html):
        assert href.startswith(("http://", "https://", "mailto:")), href


def test_remote_images_become_their_alt_text():
    html = render_markdown('<img src="https://x.example.com/a.png" alt="架构图">')
    assert "<img" not in html
    assert "[架构图]" in html


def test_attachment_images_are_kept():
    html = render_markdown(f"![截图]({attachment_url('abc123')})")
    assert '<img alt="截图" src="kbdesk-attachment:abc123">' in html


def test_code_blocks_keep_log_lines_verbatim():
    html = render_markdown("```\nERROR <init> a && b\n第二行\n```")
    assert "<pre><code>ERROR &lt;init&gt; a &amp;&amp; b\n第二行\n</code></pre>" in html


def test_single_newlines_are_line_breaks():
    assert render_markdown("第一行\n第二行") == "<p>第一行<br>\n第二行</p>"


def test_empty_and_none_like_input():
    assert render_markdown("") == ""
    assert render_markdown(None) == ""  # type: ignore[arg-type]


# --- the view ----------------------------------------------------------------------

PNG_1PX = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
IMAGE = QTextDocument.ResourceType.ImageResource.value


@pytest.fixture
def view(qtbot):
    from kbdesk.ui.markdown_view import MarkdownView

    v = MarkdownView()
    qtbot.addWidget(v)
    v.opened = []
    v.open_url = lambda url: v.opened.append(url.toString()) or True
    return v


def _click_first_link(qtbot, view):
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    cursor = QTextCursor(view.document())
    cursor.setPosition(2)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center())


def test_link_opens_when_the_user_says_yes(qtbot, view):
    asked = []
    view.confirm = lambda url: asked.append(url.toString()) or True
    view.set_markdown("[官方文档](https://help.example.com/ecs)")
    _click_first_link(qtbot, view)
    assert asked == ["https://help.example.com/ecs"]
    assert view.opened == ["https://help.example.com/ecs"]


def test_link_stays_closed_when_the_user_says_no(qtbot, view):
    asked = []
    view.confirm = lambda url: asked.append(url.toString()) or False
    view.set_markdown("[官方文档](https://help.example.com/ecs)")
    _click_first_link(qtbot, view)
    assert asked == ["https://help.example.com/ecs"]
    assert view.opened == []


@pytest.mark.parametrize("answer, opened", [(QMessageBox.StandardButton.Yes, True),
                                            (QMessageBox.StandardButton.No, False)])
def test_the_default_confirmation_asks_with_the_address(view, monkeypatch, answer, opened):
    questions = []

    def question(_parent, _title, text, *args):
        questions.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    view.anchorClicked.emit(QUrl("https://status.example.com/incident?id=7"))
    assert questions == ["Open https://status.example.com/incident?id=7 in your web browser?"]
    assert bool(view.opened) is opened


def test_other_link_schemes_are_never_opened(view):
    view.confirm = lambda url: True
    for url in ("javascript:alert(1)", "file:///etc/passwd", "kbdesk-attachment:abc", "ftp://x"):
        view.anchorClicked.emit(QUrl(url))
    assert view.opened == []


def test_remote_and_file_resources_are_refused(view):
    for url in ("http://evil.example.com/p.gif", "https://cdn.example.com/a.png", "file:///etc/hosts",
                "relative.png", "qrc:/icon.png"):
        assert view.loadResource(IMAGE, QUrl(url)) is None
    assert len(view.refused) == 5


def test_data_images_load(view):
    image = view.loadResource(IMAGE, QUrl(f"data:image/png;base64,{PNG_1PX}"))
    assert isinstance(image, QImage) and image.width() == 1


def test_attachment_images_come_from_the_loader(view):
    import base64

    asked = []
    view.attachment_loader = lambda att_id: asked.append(att_id) or base64.b64decode(PNG_1PX)
    assert isinstance(view.loadResource(IMAGE, QUrl("kbdesk-attachment:abc123")), QImage)
    assert asked == ["abc123"]

    def broken(_att_id):
        raise OSError("gone")

    view.attachment_loader = broken
    assert view.loadResource(IMAGE, QUrl("kbdesk-attachment:abc123")) is None


def test_showing_hostile_markdown_loads_nothing_remote(qtbot, view):
    view.set_markdown((GOLDEN / "images.md").read_text("utf-8") + (GOLDEN / "script_attempt.md").read_text("utf-8"))
    view.show()
    qtbot.waitExposed(view)
    assert view.refused == []  # the sanitiser already removed every remote reference
    assert "跟踪像素" in view.toPlainText()
