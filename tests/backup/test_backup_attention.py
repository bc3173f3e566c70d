"""Attention warns when the archive has not been backed up for N days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kbdesk.backup.config import BackupConfig, LastBackup
from kbdesk.rules.deadlines import DeadlineKind, DeadlineState
from kbdesk.services.attention import attention_items, backup_deadline


def _record_backup(archive, when: datetime) -> None:
    config = BackupConfig.load(archive.root)
    config.last = LastBackup(when.isoformat(), "/somewhere/x.kbdesk-backup.tar", 10, True, "")
    config.save(archive.root)


def test_a_new_archive_without_backups_is_due_seven_days_after_creation(archive):
    now = datetime.now(UTC)
    d = backup_deadline(archive, now)
    assert d.kind == DeadlineKind.BACKUP and d.state == DeadlineState.OK
    assert timedelta(days=6, hours=23) < d.remaining <= timedelta(days=7)
    late = backup_deadline(archive, now + timedelta(days=8))
    assert late.state == DeadlineState.BREACHED
    assert [x.kind for x in attention_items(archive, now + timedelta(days=8))].count("backup") == 1


def test_a_recent_backup_silences_the_warning_and_an_old_one_does_not(archive):
    now = datetime(2026, 3, 10, 9, tzinfo=UTC)
    _record_backup(archive, now - timedelta(days=2))
    assert backup_deadline(archive, now).state == DeadlineState.OK
    assert "backup" not in [x.kind for x in attention_items(archive, now)]
    _record_backup(archive, now - timedelta(days=9))
    d = backup_deadline(archive, now)
    assert d.state == DeadlineState.BREACHED and -d.remaining == timedelta(days=2)


def test_the_number_of_days_is_configurable_and_zero_switches_it_off(archive):
    now = datetime(2026, 3, 10, 9, tzinfo=UTC)
    _record_backup(archive, now - timedelta(days=2))
    config = BackupConfig.load(archive.root)
    config.warn_after_days = 1
    config.save(archive.root)
    assert backup_deadline(archive, now).state == DeadlineState.BREACHED
    config.warn_after_days = 0
    config.save(archive.root)
    assert backup_deadline(archive, now) is None
