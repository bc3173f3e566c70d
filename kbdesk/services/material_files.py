"""Files of a record with their earlier versions (a course material's slides, v1 → v2 → …).

Replacing a file adds a new attachment row naming the row it replaces
(``replaces_id``); the old row and its stored bytes stay, so an earlier
version can still be listed and opened. The current files of a record are the
rows no other row replaces.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..storage.models import Attachment, AttachmentText

if TYPE_CHECKING:
    from .archive_services import Services


@dataclass
class FileHistory:
    """One file of a record: the current version and the ones it replaced, newest first."""

    current: dict[str, Any]
    earlier: list[dict[str, Any]] = field(default_factory=list)

    @property
    def version(self) -> int:
        return len(self.earlier) + 1


def check_replacement(s: Session, values: dict[str, Any]) -> None:
    """A new version must replace a current file of the same record."""
    old_id = values.get("replaces_id")
    if old_id is None:
        return
    old = s.get(Attachment, old_id)
    if old is None:
        raise ValidationError("attachment", {"replaces_id": f"no attachment with id {old_id!r}"})
    if (old.owner_type, old.owner_id) != (values.get("owner_type"), values.get("owner_id")):
        raise ValidationError("attachment", {"replaces_id": "a file can only be replaced on its own record"})
    newer = s.scalars(select(Attachment.id).where(Attachment.replaces_id == old_id)).first()
    if newer is not None and newer != values.get("id"):
        raise ValidationError("attachment", {"replaces_id": "this version was already replaced; "
                                                            "replace the current version"})


def file_histories(attachments: list[dict[str, Any]]) -> list[FileHistory]:
    """Group a record's attachment rows into files: current version first, then older ones.

    A row whose predecessor was deleted starts its own history; a cycle (only
    possible in a hand-edited import) cannot loop forever.
    """
    by_id = {a["id"]: a for a in attachments}
    replaced = {a["replaces_id"] for a in attachments if a.get("replaces_id") in by_id}
    histories = []
    for att in attachments:
        if att["id"] in replaced:
            continue
        earlier, seen = [], {att["id"]}
        previous = by_id.get(att.get("replaces_id") or "")
        while previous is not None and previous["id"] not in seen:
            earlier.append(previous)
            seen.add(previous["id"])
            previous = by_id.get(previous.get("replaces_id") or "")
        histories.append(FileHistory(att, earlier))
    histories.sort(key=lambda h: (h.current["added_at"], h.current["filename"]))
    return histories


def files_of(services: Services, owner_type: str, owner_id: str) -> list[FileHistory]:
    return file_histories(services.attachments_of(owner_type, owner_id))


def replace_file(services: Services, attachment_id: str, path: Path | str) -> dict[str, Any]:
    """Store ``path`` as the new version of an attachment; the old version stays."""
    old = services.get("attachment", attachment_id)
    return services.attach_file(old["owner_type"], old["owner_id"], path, replaces_id=attachment_id)


def stored_text(archive: Any, sha256: str, limit: int = 4000) -> tuple[str, str] | None:
    """(status, the start of the text) extracted from a stored file; None when not extracted yet."""
    with archive.read_session() as s:
        row = s.get(AttachmentText, sha256)
        return None if row is None else (row.status, row.text[:limit])
