"""Per-archive backup settings and the record of the last backup.

Kept in ``backup.json`` in the archive folder (it is not part of a backup: it
describes where this copy is backed up to).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from pathlib import Path

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
        config = cls()
        try:
            raw = json.loads((Path(archive_root) / FILE_NAME).read_text("utf-8"))
        except (OSError, ValueError):
            return config
        if not isinstance(raw, dict):
            return config
        for f in fields(cls):
            value = raw.get(f.name)
            if f.name == "last" and isinstance(value, dict):
                config.last = LastBackup(
                    **{k: v for k, v in value.items() if k in LastBackup.__dataclass_fields__}
                )
            elif value is not None and type(value) is type(getattr(config, f.name)):
                setattr(config, f.name, value)
        return config

    def save(self, archive_root: Path) -> None:
        root = Path(archive_root)
        fd, tmp = tempfile.mkstemp(dir=root, prefix=".backup-json-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(asdict(self), fh, ensure_ascii=False, indent=2)
            os.replace(tmp, root / FILE_NAME)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            raise


def default_folder(archive_root: Path) -> Path:
    """``backups/`` beside the archive folder (not inside it)."""
    return Path(archive_root).parent / "backups"
