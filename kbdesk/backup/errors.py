"""Errors of the backup package: sentences a person can act on."""

from __future__ import annotations

from ..errors import KbdeskError


class BackupRejected(KbdeskError):
    """A backup file is damaged, incomplete, tampered with or not a backup."""


class BackupCancelled(KbdeskError):
    """The user cancelled; nothing was left behind."""
