"""Automatic backups: take one into the configured folder, verify it, record
it, and rotate the older ones by the policy."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .config import BackupConfig, LastBackup
from .leftovers import sweep_temporaries
from .manifest import SUFFIX
from .rotation import backups_to_keep
from .snapshot import BackupResult, Cancel, Progress, create_backup, default_backup_name
from .verify import verify_backup


@dataclass
class AutoResult:
    result: BackupResult | None  # None: skipped, a recent backup exists
    removed: list[Path]
    last: LastBackup


def run_automatic_backup(
    archive_root: Path,
    skip_if_within: timedelta | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    now: datetime | None = None,
) -> AutoResult:
    archive_root = Path(archive_root).resolve()
    config = BackupConfig.load(archive_root)
    now = now or datetime.now(UTC)
    last_when = config.last.when
    if (
        skip_if_within is not None
        and not config.last.error
        and last_when
        and now - last_when < skip_if_within
    ):
        return AutoResult(None, [], config.last)
    folder = config.folder_for(archive_root)
    target = folder / default_backup_name(archive_root, now.astimezone())
    try:
        result = create_backup(archive_root, target, progress, cancel, now)
        verify_backup(result.path, cancel=cancel)
    except Exception as exc:
        config.last.error = str(exc)
        config.save(archive_root)
        raise
    config.last = LastBackup(result.created_at, str(result.path), result.size, True, "")
    config.save(archive_root)
    removed = rotate(folder, archive_root.name, config)
    sweep_temporaries(folder)
    return AutoResult(result, removed, config.last)


def backups_in(folder: Path, archive_name: str) -> list[tuple[Path, datetime]]:
    """The finished backups of one archive in a folder, by the time in their name."""
    pattern = re.compile(re.escape(archive_name) + r"-(\d{8}-\d{6})" + re.escape(SUFFIX))
    found = []
    for path in folder.glob(f"{archive_name}-*{SUFFIX}"):
        m = pattern.fullmatch(path.name)
        if m and path.is_file():
            found.append((path, datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")))
    return found


def rotate(folder: Path, archive_name: str, config: BackupConfig) -> list[Path]:
    found = backups_in(folder, archive_name)
    keep = backups_to_keep(found, config.policy)
    removed = []
    for path, _ in found:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
