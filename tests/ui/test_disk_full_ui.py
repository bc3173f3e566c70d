"""The UI's error display says a full disk in words (a real tmpfs, filled)."""

from __future__ import annotations

import pytest
from core.disk_full import BIG, SENTENCE, FullDisk, mounted_small_disk
from PySide6.QtCore import Qt

from kbdesk.ui.sections.catalog import CONFIGS
from kbdesk.ui.sections.record_section import RecordSection


@pytest.fixture
def small_disk(tmp_path):
    with mounted_small_disk(tmp_path) as mount:
        yield mount


def test_saving_on_a_full_disk_shows_the_sentence(qtbot, small_disk, make_ctx):
    disk = FullDisk(small_disk)
    before = disk.counts()
    ctx = make_ctx(disk.archive)
    section = RecordSection(ctx, CONFIGS["customer"])
    qtbot.addWidget(section)
    section.show()
    section.start_new()
    section.form.editors["name"].setText("华南某券商")
    section.form.editors["notes"].setPlainText(BIG)
    disk.fill()
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(section.form_message.isVisible, timeout=10000)
    assert section.form_message.text() == "Not saved: " + SENTENCE
    assert section.save_button.isEnabled()  # free space, then save again
    ctx.tasks.wait()
    disk.assert_intact(before)
