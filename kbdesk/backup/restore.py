"""`kbdesk restore FILE --to NEW_FOLDER`: a verified restore into a new folder.

The backup is streamed into a hidden temporary folder beside the target, its
database under a name no one opens as an archive. Only when every checksum,
the manifest, the database's integrity, its record counts and every
attachment's hash have passed is the database given its real name, opened
(which upgrades an older schema through the normal migration path and keeps
its ``.schemaN.bak``), indexed, and the folder renamed to the target. A
killed restore therefore leaves either nothing at the target or a complete,
checked archive; the next restore to the same place removes leftovers.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import ArchiveError
from ..storage.archive import DB_NAME, Archive
from .errors import BackupCancelled, BackupRejected
from .leftovers import restoring_prefix, sweep_temporaries
from .manifest import DB_MEMBER, SETTINGS_MEMBER, Header, Manifest, attachment_sha
from .reader import read_backup
from .snapshot import _fsync_dir
from .verify import check_database

INCOMING_DB = DB_NAME + ".incoming"


@dataclass
class RestoreResult:
    root: Path
    header: Header
    manifest: Manifest
    upgraded_from: int | None
    indexed: bool
    seconds: float


class _Cancel:
    """Adapts a cancel callable to the ``is_set()`` the search index expects."""

    def __init__(self, cancel: Callable[[], bool] | None):
        self.cancel = cancel

    def is_set(self) -> bool:
        return bool(self.cancel and self.cancel())


def restore_backup(
    backup: Path,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    rebuild_index: bool = True,
) -> RestoreResult:
    started = time.monotonic()
    target = Path(target).expanduser().absolute()
    _refuse_existing(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    sweep_temporaries(target.parent)  # what a killed restore left here
    work = Path(tempfile.mkdtemp(dir=target.parent, prefix=restoring_prefix(target)))
    try:
        result = read_backup(Path(backup), _writer_into(work), progress, cancel)
        # Counts and attachments now; the integrity check comes with check_archive below.
        check_database(work / INCOMING_DB, result.manifest, set(result.members), integrity=False)
        os.replace(work / INCOMING_DB, work / DB_NAME)
        (work / "attachments").mkdir(exist_ok=True)
        upgraded_from, indexed = _open_check_and_index(work, progress, cancel, rebuild_index)
        _refuse_existing(target)  # someone may have filled it meanwhile
        if target.exists():
            target.rmdir()
        os.replace(work, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise ArchiveError(
            f"Could not restore into {target}: {exc.strerror or exc}. Nothing was restored."
        ) from None
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return RestoreResult(
        target, result.header, result.manifest, upgraded_from, indexed, time.monotonic() - started
    )


def _refuse_existing(target: Path) -> None:
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise ArchiveError(
            f"Cannot restore into {target}: it exists and is not a folder. Choose a new folder."
        )
    if target.is_dir() and any(target.iterdir()):
        raise ArchiveError(
            f"Cannot restore into {target}: the folder is not empty. A restore "
            "never overwrites anything; choose a new or empty folder."
        )


def _writer_into(work: Path):
    def open_member(name: str):
        if name == DB_MEMBER:
            return open(work / INCOMING_DB, "xb")
        if name == SETTINGS_MEMBER:
            return open(work / "settings.json", "xb")
        sha = attachment_sha(name)
        if sha is None:  # the reader only passes names it has validated
            raise BackupRejected(f"The backup holds an unexpected member {name}. Refused.")
        folder = work / "attachments" / sha[:2]
        folder.mkdir(parents=True, exist_ok=True)
        return open(folder / sha, "xb")

    return open_member


def _open_check_and_index(work: Path, progress, cancel, rebuild_index: bool) -> tuple[int | None, bool]:
    from ..services.integrity import check_archive

    with Archive.open(work) as archive:
        report = check_archive(archive)
        if not report.ok:
            raise BackupRejected(
                "The restored archive failed its check, so it was removed: " + "; ".join(report.problems[:3])
            )
        if not rebuild_index:
            return archive.upgraded_from, False
        if cancel and cancel():
            raise BackupCancelled("Restore cancelled; nothing was restored.")
        from ..search.service import Cancelled, SearchService
        from ..services.search_source import ArchiveDocuments

        search = SearchService(ArchiveDocuments(archive))
        try:
            search.rebuild(progress=progress, cancel=_Cancel(cancel))
        except Cancelled:
            raise BackupCancelled("Restore cancelled; nothing was restored.") from None
        finally:
            search.close()
        return archive.upgraded_from, True
