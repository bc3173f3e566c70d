"""Attachment text in the app: extracted in the background, found by search, skipped files listed."""

from __future__ import annotations

import pytest
from core.sample import fill
from extract import fixtures as fx
from PySide6.QtCore import Qt

from kbdesk.services import Services
from kbdesk.services.attachment_text import skipped_files
from kbdesk.storage.archive import Archive
from kbdesk.ui.attachments import AttachmentsPanel
from kbdesk.ui.main_window import MainWindow
from kbdesk.ui.skipped_files import SkippedFilesDialog


@pytest.fixture
def window(qtbot, tmp_path, make_ctx):
    archive = Archive.create(tmp_path / "archive")
    fill(Services(archive, "seed"), tmp_path)
    ctx = make_ctx(archive, start=True)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: ctx.index_ready, timeout=20000)
    return win


def _case_id(ctx) -> str:
    return ctx.services.find_case("CS-2026-0001")["id"]


def test_a_file_added_in_the_panel_is_extracted_and_found_with_its_file_name(qtbot, window, tmp_path):
    ctx = window.ctx
    panel = AttachmentsPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_owner("case", _case_id(ctx))
    log = fx.write(tmp_path, "slow_query.log", fx.gb18030_log("zqpanelword"))
    panel.add_files([log])

    def found():
        ctx.tasks.wait()
        return bool(ctx.search.search("zqpanelword").hits)

    qtbot.waitUntil(found, timeout=30000)
    hit = ctx.search.search("zqpanelword").hits[0]
    assert hit.record_id == _case_id(ctx) and hit.attachment == "slow_query.log"

    window.open_search()
    dialog = window._search_dialog
    qtbot.keyClicks(dialog.query, "zqpanelword")
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=10000)
    label = dialog.results.itemWidget(dialog.results.item(0))
    assert "in attachment slow_query.log:" in label.text()
    assert dialog.results.item(0).data(Qt.ItemDataRole.UserRole) == ("case", _case_id(ctx))


def test_the_skipped_files_dialog_lists_reasons_and_extracts_again(qtbot, window, tmp_path):
    ctx = window.ctx
    case_id = _case_id(ctx)
    for name, data in (("secret.pdf", fx.pdf_bytes("x", password="pw")), ("screen.png", fx.png_bytes())):
        ctx.services.attach_file("case", case_id, fx.write(tmp_path, name, data))
    # the sample archive has one screenshot on two cases already
    qtbot.waitUntil(lambda: len(skipped_files(ctx.archive)) == 4, timeout=30000)
    dialog = SkippedFilesDialog(ctx, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 4, timeout=10000)
    rows = {dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i) for i in range(4)}
    assert rows["secret.pdf"].text(2) == "encrypted (needs a password)"
    assert rows["screen.png"].text(2) == "image: not read (no OCR)"
    assert "CS-2026-0001" in rows["screen.png"].text(1)
    assert dialog.status.text() == "4 file(s) gave no text."

    finished = []
    ctx.extraction.sig_finished.connect(finished.append)
    dialog.reextract_all()
    qtbot.waitUntil(lambda: sum(finished) >= 3, timeout=30000)  # 3 distinct files
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 4 and dialog.all_button.isEnabled(),
                    timeout=10000)
    opened = []
    dialog.sig_open_record.connect(lambda t, i: opened.append((t, i)))
    secret = next(dialog.tree.topLevelItem(i) for i in range(4) if dialog.tree.topLevelItem(i).text(0) == "secret.pdf")
    dialog._on_activated(secret, 0)
    assert opened == [("case", case_id)]
