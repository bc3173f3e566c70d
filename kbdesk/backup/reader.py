"""Read a backup as a stream and refuse anything that is not exactly what
kbdesk writes: every member's name, type, order and checksum are checked.

The caller gets each content member's bytes through ``open_member`` (verify
throws them away or checks the database, restore writes them into a new
folder) and learns only at the end whether the whole file was sound, since
the manifest with the checksums comes last. Nothing read is trusted before
that.
"""

from __future__ import annotations

import hashlib
import re
import tarfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..errors import ArchiveError
from ..storage.schema import SCHEMA_VERSION
from .errors import BackupCancelled, BackupRejected
from .manifest import (
    HEADER_NAME,
    MANIFEST_NAME,
    MANIFEST_SUM_NAME,
    MAX_META_BYTES,
    Header,
    Manifest,
    attachment_sha,
    is_content_member,
)

CHUNK = 1 << 20
_DRIVE = re.compile(r"^[A-Za-z]:")
OpenMember = Callable[[str], BinaryIO | None]


@dataclass
class ReadResult:
    header: Header
    manifest: Manifest
    content_bytes: int = 0
    members: list[str] = field(default_factory=list)


def read_backup(
    path: Path,
    open_member: OpenMember | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ReadResult:
    path = Path(path)
    try:
        total = path.stat().st_size
        fh = open(path, "rb")
    except OSError as exc:
        raise BackupRejected(f"Cannot read the backup {path}: {exc.strerror}.") from None
    with fh:
        return _Reader(fh, total, open_member, progress, cancel).run()


class _Reader:
    def __init__(self, fh, total, open_member, progress, cancel):
        self.fh = fh
        self.total = total
        self.open_member = open_member
        self.progress = progress
        self.cancel = cancel
        self.header: Header | None = None
        self.manifest: Manifest | None = None
        self.manifest_raw = b""
        self.sums: dict[str, dict] = {}
        self.seen: set[str] = set()
        self.finished = False
        self.current = ""

    # --- the walk over the tar ------------------------------------------------

    def run(self) -> ReadResult:
        try:
            # typeshed's stream-mode overloads lack TarFile's copybufsize, which open() passes on.
            tar = tarfile.open(fileobj=self.fh, mode="r|", bufsize=CHUNK, copybufsize=CHUNK)  # type: ignore[call-overload]
        except (tarfile.TarError, EOFError, OSError):
            raise BackupRejected(
                "This file is not a kbdesk backup (it is not a tar file), "
                "or it is empty or damaged from its start."
            ) from None
        try:
            with tar:
                for member in tar:
                    self.current = member.name
                    self._take(tar, member)
        except (tarfile.TarError, EOFError, OSError) as exc:
            raise BackupRejected(self._cut_off(str(exc))) from None
        if not self.finished:
            raise BackupRejected(self._cut_off(None))
        return self._conclude()

    def _take(self, tar: tarfile.TarFile, member: tarfile.TarInfo) -> None:
        if self.cancel and self.cancel():
            raise BackupCancelled("Cancelled; nothing was changed.")
        name = _checked_name(member)
        if self.finished:
            raise BackupRejected(
                f"The backup has a member after its manifest ({name}): "
                "it was altered or is not a kbdesk backup."
            )
        if name in self.seen:
            raise BackupRejected(
                f"The backup holds {name} twice: it was altered; a backup "
                "made by kbdesk never repeats a member."
            )
        self.seen.add(name)
        if self.header is None:
            if name != HEADER_NAME:
                raise BackupRejected(
                    "This file is not a kbdesk backup (it does not start with a kbdesk backup header)."
                )
            self.header = _parse_header(_small(tar, member))
        elif name == MANIFEST_NAME:
            self.manifest_raw = _small(tar, member)
            self.manifest = Manifest.parse(self.manifest_raw)
        elif name == MANIFEST_SUM_NAME:
            if self.manifest is None:
                raise BackupRejected(
                    "The backup's manifest checksum comes before its manifest: the file was altered."
                )
            expected = _small(tar, member).decode("ascii", "replace").strip()
            if hashlib.sha256(self.manifest_raw).hexdigest() != expected:
                raise BackupRejected(
                    "The backup's manifest was altered: it does not match its "
                    "checksum. The backup cannot be trusted."
                )
            self.finished = True
        elif self.manifest is not None:
            raise BackupRejected(
                f"The backup has a member after its manifest ({name}): "
                "it was altered or is not a kbdesk backup."
            )
        elif is_content_member(name):
            self.sums[name] = self._stream(tar, member)
        else:
            raise BackupRejected(
                f"The backup holds {name}, which is not part of a kbdesk "
                "backup: it was altered. Nothing was restored from it."
            )

    def _stream(self, tar: tarfile.TarFile, member: tarfile.TarInfo) -> dict:
        digest = hashlib.sha256()
        source = tar.extractfile(member)
        assert source is not None  # _checked_name let only regular files through
        sink = self._sink(member.name)
        try:
            for chunk in iter(lambda: source.read(CHUNK), b""):
                digest.update(chunk)
                if sink is not None:
                    self._write(sink, member.name, chunk)
                if self.progress:
                    self.progress(min(self.fh.tell(), self.total), self.total)
                if self.cancel and self.cancel():
                    raise BackupCancelled("Cancelled; nothing was changed.")
        finally:
            if sink is not None:
                self._close(sink, member.name)
        sha = digest.hexdigest()
        named = attachment_sha(member.name)
        if named is not None and named != sha:
            raise BackupRejected(
                f"The attachment {member.name} in the backup is damaged: its "
                "content does not match its name (SHA-256)."
            )
        return {"sha256": sha, "size": member.size}

    def _sink(self, name: str) -> BinaryIO | None:
        try:
            return self.open_member(name) if self.open_member else None
        except OSError as exc:
            raise _write_failed(name, exc) from None

    def _write(self, sink: BinaryIO, name: str, chunk: bytes) -> None:
        # Write errors are ours (a full disk), not the backup's: say so apart.
        try:
            sink.write(chunk)
        except OSError as exc:
            raise _write_failed(name, exc) from None

    def _close(self, sink: BinaryIO, name: str) -> None:
        try:
            sink.close()
        except OSError as exc:
            raise _write_failed(name, exc) from None

    # --- the verdict ------------------------------------------------------------

    def _cut_off(self, detail: str | None) -> str:
        done = len(self.sums)
        expected = self.header.member_count if self.header else None
        of = f" of {expected}" if expected is not None else ""
        if detail and ("unexpected end" in detail or "truncated" in detail.lower()):
            return (
                f"The backup is cut off inside {self.current} (after {done}{of} members): "
                "the file is incomplete."
            )
        if detail:
            return f"The backup is damaged after {done}{of} members ({detail}): it cannot be read further."
        if self.header is None:
            return "This file is not a kbdesk backup (it is empty)."
        return f"The backup is cut off after {done}{of} members: the file is incomplete."

    def _conclude(self) -> ReadResult:
        header, manifest = self.header, self.manifest
        assert header is not None and manifest is not None  # finished: both were read
        for attr in ("kbdesk_version", "schema_version", "created_at", "source_archive"):
            if getattr(header, attr) != getattr(manifest, attr):
                raise BackupRejected(
                    f"The backup's manifest was altered: its {attr} differs from the header's."
                )
        extra = sorted(set(self.sums) - set(manifest.members))
        if extra:
            raise BackupRejected(
                f"The backup holds {extra[0]}, which its manifest does not list "
                f"({len(extra)} such member(s)): it was altered."
            )
        missing = sorted(set(manifest.members) - set(self.sums))
        if missing:
            raise BackupRejected(
                f"The backup's manifest lists {missing[0]}, which the backup does "
                f"not contain ({len(missing)} missing): the file is incomplete or altered."
            )
        for name, got in self.sums.items():
            want = manifest.members[name]
            if got["sha256"] != want["sha256"] or got["size"] != want["size"]:
                raise BackupRejected(
                    f"The backup's {name} was altered or damaged: its checksum does not match the manifest."
                )
        if len(self.sums) != header.member_count:
            raise BackupRejected(
                f"The backup holds {len(self.sums)} members but its header "
                f"announces {header.member_count}: it was altered."
            )
        if "kbdesk.sqlite" not in self.sums:
            raise BackupRejected("The backup holds no database: it is not a usable backup.")
        return ReadResult(header, manifest, sum(s["size"] for s in self.sums.values()), list(self.sums))


def _write_failed(name: str, exc: OSError) -> ArchiveError:
    return ArchiveError(
        f"Could not write {name} while restoring: {exc.strerror or exc}. Nothing was restored; "
        "free some space or choose another folder."
    )


def _checked_name(member: tarfile.TarInfo) -> str:
    name = member.name
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        raise BackupRejected(
            f"The backup holds a member with an absolute path ({name}): it was "
            "altered or made to write outside the restore folder. Refused."
        )
    parts = re.split(r"[/\\]", name)
    if ".." in parts:
        raise BackupRejected(
            f"The backup holds a member whose path climbs out with '..' ({name}): it was altered. Refused."
        )
    if member.issym():
        raise BackupRejected(
            f"The backup holds a symbolic link ({name} → {member.linkname}): "
            "kbdesk backups never contain links. Refused."
        )
    if member.islnk():
        raise BackupRejected(
            f"The backup holds a hard link ({name} → {member.linkname}): "
            "kbdesk backups never contain links. Refused."
        )
    if member.ischr() or member.isblk() or member.isfifo():
        raise BackupRejected(
            f"The backup holds a device file ({name}): kbdesk backups never contain one. Refused."
        )
    if not member.isreg() or member.issparse():
        raise BackupRejected(
            f"The backup holds {name}, which is not a regular file: it was altered. Refused."
        )
    if "\\" in name or "" in parts:
        raise BackupRejected(f"The backup holds a malformed member name ({name!r}). Refused.")
    return name


def _small(tar: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    if member.size > MAX_META_BYTES:
        raise BackupRejected(
            f"The backup's {member.name} is implausibly large "
            f"({member.size} bytes): the file is damaged or altered."
        )
    source = tar.extractfile(member)
    assert source is not None  # _checked_name let only regular files through
    return source.read()


def _parse_header(raw: bytes) -> Header:
    header = Header.parse(raw)
    if not isinstance(header.schema_version, int) or not isinstance(header.member_count, int):
        raise BackupRejected("The backup's header is damaged: its numbers are not numbers.")
    if header.schema_version > SCHEMA_VERSION:
        raise BackupRejected(
            f"This backup was made by a newer kbdesk ({header.kbdesk_version}, schema "
            f"{header.schema_version}); this kbdesk knows up to schema {SCHEMA_VERSION}. "
            "Update kbdesk to restore it."
        )
    return header
