"""What a backup says about itself: the header, written first, and the
manifest, written last (it holds the checksums computed while streaming)."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from .errors import BackupRejected

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

FORMAT = "kbdesk-backup"
FORMAT_VERSION = 1
HEADER_NAME = "kbdesk-backup.json"
DB_MEMBER = "kbdesk.sqlite"
SETTINGS_MEMBER = "settings.json"
MANIFEST_NAME = "manifest.json"
MANIFEST_SUM_NAME = "manifest.sha256"
SUFFIX = ".kbdesk-backup.tar"
# Small members are read into memory; a larger one is refused, not loaded.
MAX_META_BYTES = 64 << 20

_ATTACHMENT = re.compile(r"attachments/([0-9a-f]{2})/([0-9a-f]{64})")


def attachment_member(sha256: str) -> str:
    return f"attachments/{sha256[:2]}/{sha256}"


def attachment_sha(name: str) -> str | None:
    """The SHA-256 an attachment member name stands for, or None when the
    name is not a well-formed attachment path."""
    m = _ATTACHMENT.fullmatch(name)
    if m and m.group(2).startswith(m.group(1)):
        return m.group(2)
    return None


def is_content_member(name: str) -> bool:
    return name in (DB_MEMBER, SETTINGS_MEMBER) or attachment_sha(name) is not None


@dataclass
class Header:
    kbdesk_version: str
    schema_version: int
    created_at: str
    source_archive: str
    member_count: int  # content members, header and manifest not counted
    total_bytes: int
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def to_bytes(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def parse(cls, raw: bytes) -> Header:
        data = _json(raw, "its header")
        if data.get("format") != FORMAT:
            raise BackupRejected(
                "This file is not a kbdesk backup (its header is not a kbdesk backup header)."
            )
        if data.get("format_version") != FORMAT_VERSION:
            raise BackupRejected(
                f"This backup uses format version {data.get('format_version')}, which this kbdesk "
                f"does not read (it reads version {FORMAT_VERSION}). Use the kbdesk that made it."
            )
        return cls(**_fields(data, cls, "header"))


@dataclass
class Manifest:
    kbdesk_version: str
    schema_version: int
    created_at: str
    source_archive: str
    members: dict[str, dict] = field(default_factory=dict)  # name -> {"sha256", "size"}
    record_counts: dict[str, int] = field(default_factory=dict)
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def to_bytes(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def parse(cls, raw: bytes) -> Manifest:
        data = _json(raw, "its manifest")
        manifest = cls(**_fields(data, cls, "manifest"))
        if not isinstance(manifest.members, dict) or not all(
            isinstance(v, dict) and isinstance(v.get("sha256"), str) and isinstance(v.get("size"), int)
            for v in manifest.members.values()
        ):
            raise BackupRejected("The backup's manifest is damaged: its list of members is malformed.")
        if not isinstance(manifest.record_counts, dict) or not all(
            isinstance(v, int) for v in manifest.record_counts.values()
        ):
            raise BackupRejected("The backup's manifest is damaged: its record counts are malformed.")
        return manifest


def _json(raw: bytes, what: str) -> dict:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BackupRejected(f"The backup is damaged: {what} is not valid JSON.") from None
    if not isinstance(data, dict):
        raise BackupRejected(f"The backup is damaged: {what} is not a JSON object.")
    return data


def _fields(data: dict, cls: type[DataclassInstance], what: str) -> dict:
    names = cls.__dataclass_fields__
    missing = [n for n, f in names.items() if n not in data and f.default is f.default_factory]
    # dataclasses mark "no default" with the MISSING sentinel on both attributes.
    if missing:
        raise BackupRejected(f"The backup's {what} is damaged: it lacks {', '.join(missing)}.")
    return {k: v for k, v in data.items() if k in names}
