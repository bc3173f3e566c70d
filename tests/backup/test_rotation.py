"""The rotation policy (pure) and automatic backups in a real folder."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kbdesk.backup.auto import backups_in, run_automatic_backup
from kbdesk.backup.config import BackupConfig, default_folder
from kbdesk.backup.rotation import RotationPolicy, backups_to_keep
from kbdesk.errors import ArchiveError

from .helpers import make_archive


def _daily(days: int, start=datetime(2026, 1, 1, 12)) -> list[tuple[str, datetime]]:
    return [(f"b{i}", start + timedelta(days=i)) for i in range(days)]


def test_nothing_to_keep_from_nothing():
    assert backups_to_keep([], RotationPolicy()) == set()


def test_the_newest_is_kept_even_with_a_zero_policy():
    items = _daily(3)
    assert backups_to_keep(items, RotationPolicy(0, 0, 0)) == {"b2"}


def test_seven_daily_keeps_the_last_seven_days():
    items = _daily(10)
    assert backups_to_keep(items, RotationPolicy(7, 0, 0)) == {f"b{i}" for i in range(3, 10)}


def test_several_backups_a_day_keep_the_newest_of_each_day():
    start = datetime(2026, 3, 2, 8)
    items = [(f"d{d}h{h}", start + timedelta(days=d, hours=h)) for d in range(3) for h in (0, 4, 9)]
    assert backups_to_keep(items, RotationPolicy(2, 0, 0)) == {"d2h9", "d1h9"}


def test_weekly_and_monthly_reach_further_back():
    items = _daily(400)  # a backup every day for more than a year
    keep = backups_to_keep(items, RotationPolicy(7, 4, 12))
    dates = sorted(when for name, when in items if name in keep)
    newest = items[-1][1]
    assert len([d for d in dates if newest - d < timedelta(days=7)]) == 7
    # 4 weekly: the newest of each of the last 4 ISO weeks (Sundays, or the newest day).
    weeks = {d.isocalendar()[:2] for d in dates if newest - d < timedelta(days=28)}
    assert len(weeks) >= 4
    months = {(d.year, d.month) for d in dates}
    assert len(months) == 12
    assert len(keep) <= 7 + 4 + 12
    # Monthly keeps the newest backup of each month: the last day of the month.
    assert datetime(2026, 12, 31, 12) in dates and datetime(2026, 12, 30, 12) not in dates


def test_rotation_is_by_time_not_input_order():
    items = list(reversed(_daily(5)))
    assert backups_to_keep(items, RotationPolicy(2, 0, 0)) == {"b4", "b3"}


def test_automatic_backup_writes_verifies_records_and_rotates(tmp_path):
    src = make_archive(tmp_path / "src")
    config = BackupConfig.load(src)
    config.keep_daily, config.keep_weekly, config.keep_monthly = 2, 0, 0
    config.save(src)
    folder = default_folder(src)
    assert folder == tmp_path / "backups"
    first = datetime(2026, 3, 1, 9, tzinfo=UTC)
    for day in range(4):
        auto = run_automatic_backup(src, now=first + timedelta(days=day))
        assert auto.result is not None and auto.last.verified
    names = sorted(p.name for p, _ in backups_in(folder, "src"))
    assert len(names) == 2 and names[-1].startswith("src-20260304-")
    last = BackupConfig.load(src).last
    assert last.verified and last.size > 0 and last.path.endswith(names[-1]) and not last.error


def test_automatic_backup_skips_when_a_recent_one_exists(tmp_path):
    src = make_archive(tmp_path / "src")
    now = datetime(2026, 3, 1, 9, tzinfo=UTC)
    run_automatic_backup(src, now=now)
    skipped = run_automatic_backup(src, skip_if_within=timedelta(hours=1), now=now + timedelta(minutes=20))
    assert skipped.result is None
    taken = run_automatic_backup(src, skip_if_within=timedelta(hours=1), now=now + timedelta(hours=2))
    assert taken.result is not None
    # Two the same day: the daily rotation keeps only the newer one.
    assert [p for p, _ in backups_in(tmp_path / "backups", "src")] == [taken.result.path]


def test_a_failed_automatic_backup_is_recorded(tmp_path):
    src = make_archive(tmp_path / "src")
    config = BackupConfig.load(src)
    (tmp_path / "blocked").write_text("a file where the folder should be")
    config.folder = str(tmp_path / "blocked")
    config.save(src)
    with pytest.raises(ArchiveError, match="Could not write the backup"):
        run_automatic_backup(src)
    assert "Could not write the backup" in BackupConfig.load(src).last.error


def test_leftovers_of_killed_backups_are_removed_once_a_day_old(tmp_path):
    import os
    import time

    src = make_archive(tmp_path / "src")
    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / ".src-20260101-000000.kbdesk-backup.tar.partial-abc"
    fresh = folder / ".src-20260301-000000.kbdesk-backup.tar.partial-def"
    old_snapshot = folder / ".kbdesk-snapshot-xyz"
    for path in (old, fresh):
        path.write_bytes(b"half a backup")
    old_snapshot.mkdir()
    two_days_ago = time.time() - 2 * 86400
    for path in (old, old_snapshot):
        os.utime(path, (two_days_ago, two_days_ago))
    run_automatic_backup(src)
    assert not old.exists() and not old_snapshot.exists()
    assert fresh.exists()  # it may belong to a backup running right now


def test_a_killed_backups_temporaries_go_at_the_next_backup_a_live_ones_stay(tmp_path):
    import subprocess
    import sys

    from kbdesk.backup.leftovers import partial_prefix
    from kbdesk.backup.snapshot import create_backup

    src = make_archive(tmp_path / "src")
    folder = tmp_path / "backups"
    folder.mkdir()
    # Names as a killed backup and a killed restore leave them (their owner has exited).
    code = ("import sys; from pathlib import Path; from kbdesk.backup.leftovers import *;"
            "t = Path(sys.argv[1]) / 'b.tar'; print(partial_prefix(t)); print(snapshot_prefix());"
            "print(restoring_prefix(Path(sys.argv[1]) / 'r'))")
    dead = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True,
                          check=True).stdout.split()
    (folder / (dead[0] + "x1")).write_bytes(b"half a backup")
    (folder / (dead[1] + "x2")).mkdir()
    (folder / (dead[2] + "x3")).mkdir()
    live = folder / (partial_prefix(folder / "c.tar") + "x4")  # this process: alive
    live.write_bytes(b"being written")

    create_backup(src, folder / "new.kbdesk-backup.tar")
    assert sorted(p.name for p in folder.iterdir()) == sorted([live.name, "new.kbdesk-backup.tar"])
