"""Per-archive backup settings and the record of the last backup.

Kept in ``backup.json`` in the archive folder (it is not part of a backup: it
describes where this copy is backed up to).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from ..jsonstore import JsonStore, decode_fields, same_type
from .rotation import RotationPolicy

FILE_NAME = "backup.json"


@dataclass
class LastBackup:
    at: str = ""  # ISO time, UTC
    path: str = ""
    size: int = 0
    verified: bool = False
    error: str = ""  # why the last attempt failed; "" when it succeeded

    @property
    def when(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.at) if self.at else None
        except ValueError:
            return None


@dataclass
class BackupConfig:
    folder: str = ""  # "" = the default: a backups/ folder beside the archive
    automatic: bool = True
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    warn_after_days: int = 7
    last: LastBackup = field(default_factory=LastBackup)

    @property
    def policy(self) -> RotationPolicy:
        return RotationPolicy(self.keep_daily, self.keep_weekly, self.keep_monthly)

    def folder_for(self, archive_root: Path) -> Path:
        return Path(self.folder).expanduser() if self.folder else default_folder(archive_root)

    @classmethod
    def load(cls, archive_root: Path) -> BackupConfig:
        store = JsonStore(Path(archive_root) / FILE_NAME, make_parents=False)
        raw = store.read()
        config = decode_fields(cls, {k: v for k, v in raw.items() if k != "last"}, same_type)
        last = raw.get("last")
        if isinstance(last, dict):
            config.last = LastBackup(**{k: v for k, v in last.items() if k in LastBackup.__dataclass_fields__})
        return config

    def save(self, archive_root: Path) -> None:
        JsonStore(Path(archive_root) / FILE_NAME, make_parents=False).write(asdict(self))


def default_folder(archive_root: Path) -> Path:
    """``backups/`` beside the archive folder (not inside it)."""
    return Path(archive_root).parent / "backups"
