"""File → Back up now… / Restore…, the Backups settings page and the backup
taken when the window closes: real archives, real kbdesk child processes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from core.sample import fill

from kbdesk.backup.auto import backups_in
from kbdesk.backup.config import BackupConfig, LastBackup
from kbdesk.backup.snapshot import create_backup
from kbdesk.backup.verify import verify_backup
from kbdesk.services import Services
from kbdesk.storage.archive import Archive
from kbdesk.ui.backup_jobs import AutoBackup, BackupJobDialog, RestoreDialog
from kbdesk.ui.main_window import MainWindow
from kbdesk.ui.settings_dialog import SettingsDialog


@pytest.fixture
def window(qtbot, tmp_path, make_ctx):
    archive = Archive.create(tmp_path / "archive")
    fill(Services(archive, "seed"), tmp_path)
    ctx = make_ctx(archive)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def test_restore_dialog_verifies_restores_and_offers_to_open(qtbot, window, tmp_path):
    backup = create_backup(window.ctx.archive.root, tmp_path / "b.kbdesk-backup.tar").path
    dialog = RestoreDialog(window)
    qtbot.addWidget(dialog)
    dialog.backup.setText(str(backup))
    dialog.target.setText(str(tmp_path / "restored"))
    dialog.start_button.click()
    assert dialog.job is not None and dialog.job.running()  # a child process, not this thread
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120000)
    assert dialog.open_button.isVisibleTo(dialog), dialog.label.text()
    with qtbot.waitSignal(window.sig_open_archive) as opened:
        dialog.open_button.click()
    assert opened.args == [str(tmp_path / "restored")]
    with Archive.open(tmp_path / "restored") as a:
        assert Services(a, "t").count("case") == 2


def test_restore_dialog_shows_why_a_damaged_backup_is_refused(qtbot, window, tmp_path):
    bad = tmp_path / "bad.kbdesk-backup.tar"
    good = create_backup(window.ctx.archive.root, tmp_path / "b.tar").path
    bad.write_bytes(good.read_bytes()[:20000])
    dialog = RestoreDialog(window)
    qtbot.addWidget(dialog)
    dialog.backup.setText(str(bad))
    dialog.target.setText(str(tmp_path / "restored"))
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120000)
    assert "cut off" in dialog.label.text() and not dialog.open_button.isVisibleTo(dialog)
    assert not (tmp_path / "restored").exists()


def test_back_up_now_writes_a_verified_backup_in_a_child_process(qtbot, window, tmp_path):
    target = tmp_path / "manual.kbdesk-backup.tar"
    dialog = BackupJobDialog("x", window.ctx.archive.root, ["backup", "--verify", "--to", str(target)],
                             window, "written")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_done, timeout=120000) as done:
        dialog.start()
    assert done.args[0] is True and dialog.label.text() == "written"
    verify_backup(target)
    assert BackupConfig.load(window.ctx.archive.root).last.verified


def test_the_window_closes_after_a_backup_with_progress(qtbot, window, tmp_path):
    auto = AutoBackup()
    auto.attach(window)
    window.close()
    assert window.isVisible()  # still open: the backup runs first
    dialog = window.findChild(BackupJobDialog, "closing_backup")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=120000)
    found = backups_in(tmp_path / "backups", "archive")
    assert len(found) == 1
    verify_backup(found[0][0])


def test_closing_skips_the_backup_when_one_was_taken_in_the_last_hour(qtbot, window, tmp_path):
    root = window.ctx.archive.root
    config = BackupConfig.load(root)
    recent = (datetime.now(UTC) - timedelta(minutes=10)).isoformat()
    config.last = LastBackup(recent, "/elsewhere/x.kbdesk-backup.tar", 1, True, "")
    config.save(root)
    auto = AutoBackup()
    auto.attach(window)
    window.close()
    assert not window.isVisible()  # at once: no child process to start
    assert not (tmp_path / "backups").exists()


def test_no_backup_on_close_when_automatic_backups_are_off(qtbot, window):
    config = BackupConfig.load(window.ctx.archive.root)
    config.automatic = False
    config.save(window.ctx.archive.root)
    auto = AutoBackup()
    auto.attach(window)
    window.close()
    assert not window.isVisible()


def test_settings_page_shows_the_last_backup_and_saves_the_policy(qtbot, window, tmp_path):
    root = window.ctx.archive.root
    config = BackupConfig.load(root)
    config.last = LastBackup("2026-03-01T09:00:00+00:00", "/disk2/a.kbdesk-backup.tar", 3_000_000, True, "")
    config.save(root)
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    page = dialog.backup
    assert page.findChild(type(page.last_when), "last_backup_path").text() == "/disk2/a.kbdesk-backup.tar"
    assert "another disk" in page.findChild(type(page.last_when), "backup_advice").text()
    page.folder.setText(str(tmp_path / "other-disk"))
    page.keep_daily.setValue(3)
    page.warn_after.setValue(2)
    dialog._on_accept()
    saved = BackupConfig.load(root)
    assert (saved.folder, saved.keep_daily, saved.warn_after_days) == (str(tmp_path / "other-disk"), 3, 2)
    assert saved.last.path == "/disk2/a.kbdesk-backup.tar"  # the record is kept
