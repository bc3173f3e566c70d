"""Backups for the front ends: their settings, the last run, and the names of backup files
(:mod:`kbdesk.backup`; the UI runs the backup itself as a CLI job)."""

from __future__ import annotations

from ..backup.config import BackupConfig, LastBackup
from ..backup.manifest import SUFFIX
from ..backup.snapshot import default_backup_name

__all__ = ["SUFFIX", "BackupConfig", "LastBackup", "default_backup_name"]
