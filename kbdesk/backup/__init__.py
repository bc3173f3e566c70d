"""Backups of an archive and their verified restore (Qt-free).

A backup is one uncompressed tar file, written as a stream:

    kbdesk-backup.json         header: format, versions, schema, member count
    kbdesk.sqlite              a consistent snapshot of the database
    settings.json              the archive settings (when present)
    attachments/ab/ab…         every attachment file the snapshot refers to
    manifest.json              SHA-256 and size of every member, record counts
    manifest.sha256            SHA-256 of manifest.json

The search index is not backed up: a restore rebuilds it.
"""

from .errors import BackupCancelled, BackupRejected

__all__ = ["BackupCancelled", "BackupRejected"]
