"""Content-addressed attachment files: stored once per SHA-256, whoever uses them.

The small API other modules (import, backup, restore) build on:

- ``is_sha256(text)``: is this a valid content address (64 lowercase hex digits)?
- ``BlobStore.path_for(sha)``: where a blob lives; refuses anything that is not
  a valid hash or that would resolve outside ``attachments/`` (a symlinked
  prefix folder, say), so no stored or imported value ever names another file.
- ``BlobStore.open_writer()``: a :class:`BlobWriter` streaming into a temporary
  file inside ``attachments/`` while hashing; ``finish()`` then ``place()``
  renames it into place atomically, ``discard()`` throws it away.
- ``BlobStore.sweep_stale_temps()``: removes temporary files left by a writer
  that died (run at open); never touches those of a live process.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import ArchiveError
from .owners import owner_is_gone, owner_tag

_CHUNK = 1 << 20
# \A…\Z, not ^…$: "$" would accept a trailing newline.
SHA256_PATTERN = re.compile(r"\A[0-9a-f]{64}\Z")
TEMP_PREFIX = ".tmp-"
# Lists the blobs a writer is about to rename into place inside its transaction
# (see begin_placing): a kill before COMMIT leaves them unreferenced.
JOURNAL_PREFIX = ".placing-"
# .tmp-<pid>-<process start, ms>-<random>; older writers used mkstemp names.
_LEGACY_TEMP_AGE_S = 24 * 3600


class BadBlobHash(ArchiveError):
    """A value used as an attachment hash is not one; nothing was read or written."""

    def __init__(self, value: object):
        shown = repr(value) if len(repr(value)) <= 80 else repr(value)[:77] + "…"
        super().__init__(
            f"{shown} is not a valid attachment hash (64 lowercase hex digits); "
            "no file was read or written for it."
        )


def is_sha256(value: object) -> bool:
    return isinstance(value, str) and SHA256_PATTERN.match(value) is not None


def check_attachments_folder(archive_root: Path) -> None:
    """Refuse an archive whose attachments/ leads out of it or nowhere.

    Checked without following anything through the link.
    """
    folder = archive_root / "attachments"
    if not folder.is_symlink():
        if folder.exists() and not folder.is_dir():
            raise ArchiveError(
                f"{folder} is not a folder, so attachments cannot be stored; the archive "
                "was not opened. Move that file away and open the archive again."
            )
        return
    target = folder.resolve()
    if not target.is_dir():
        raise ArchiveError(
            f"The attachments folder of {archive_root} is a link to {os.readlink(folder)}, which "
            "does not exist; the archive was not opened. Put the attachments folder back."
        )
    if not target.is_relative_to(archive_root.resolve()):
        raise ArchiveError(
            f"The attachments folder of {archive_root} is a link leading out of the archive "
            f"(to {target}); the archive was not opened, so no file outside it is read or "
            "written. Replace the link with the real attachments folder."
        )


class BlobStore:
    def __init__(self, root: Path):
        self.root = root

    def path_for(self, sha256: str) -> Path:
        """Where the blob with this hash lives. Raises BadBlobHash for anything
        that is not a hash or would resolve outside the attachments folder."""
        return self._location(sha256)

    def placed(self, sha256: str, path: Path) -> None:
        """A new blob has just been placed at ``path`` (a team archive uploads it)."""

    def _location(self, sha256: str) -> Path:
        if not is_sha256(sha256):
            raise BadBlobHash(sha256)
        path = self.root / sha256[:2] / sha256
        # A symlinked prefix folder could still lead elsewhere.
        if not path.resolve().is_relative_to(self.root.resolve()):
            raise ArchiveError(
                f"The stored file {sha256[:12]}… would be read from outside the attachments "
                "folder (a link inside it leads elsewhere); it was not used."
            )
        return path

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def open(self, sha256: str) -> IO[bytes]:
        """The stored blob, for reading in chunks."""
        return open(self.path_for(sha256), "rb")

    def read(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def put_bytes(self, data: bytes) -> str:
        with self.open_writer() as writer:
            writer.write(data)
            sha = writer.finish()
            writer.place()
        return sha

    def put_file(self, source: Path) -> tuple[str, int]:
        """Copy a file in, streaming; returns (sha256, size)."""
        try:
            with self.open_writer() as writer, open(source, "rb") as fh:
                for chunk in iter(lambda: fh.read(_CHUNK), b""):
                    writer.write(chunk)
                sha = writer.finish()
                writer.place()
        except OSError as exc:  # the writer raises ArchiveError, so this is the source
            raise ArchiveError(f"Could not read attachment {source}: {exc.strerror}") from exc
        return sha, writer.size

    def open_writer(self) -> BlobWriter:
        return BlobWriter(self)

    def verify(self, sha256: str) -> str | None:
        """None when the stored file is intact, else a sentence saying why not."""
        try:
            path = self.path_for(sha256)
        except ArchiveError:
            return "not a valid attachment hash (64 lowercase hex digits); no file was read"
        if not path.is_file():
            return "file missing"
        digest = hashlib.sha256()
        for chunk in _chunks(path):
            digest.update(chunk)
        if digest.hexdigest() != sha256:
            return "content does not match its hash (file damaged)"
        return None

    def all_hashes(self) -> set[str]:
        if not self.root.is_dir():
            return set()
        return {p.name for p in self.root.glob("??/*") if is_sha256(p.name)}

    def begin_placing(self, hashes: list[str]) -> Path | None:
        """Journal the blobs about to be placed inside a transaction (None: nothing new).

        The caller removes the journal after COMMIT. A journal whose writer is
        gone names blobs that may never have been committed (see
        :meth:`stale_placements`)."""
        new = [h for h in hashes if not self._location(h).is_file()]
        if not new:
            return None
        self.root.mkdir(parents=True, exist_ok=True)
        path = self.root / f"{JOURNAL_PREFIX}{owner_tag()}{secrets.token_hex(6)}"
        with open(path, "x", encoding="ascii") as fh:
            fh.write("\n".join(new))
            fh.flush()
            os.fsync(fh.fileno())
        return path

    def stale_placements(self) -> list[tuple[Path, list[str]]]:
        """Journals of writers that are gone, with the hashes they were placing."""
        out = []
        for path in self.root.glob(JOURNAL_PREFIX + "*") if self.root.is_dir() else []:
            try:
                if path.is_symlink() or not _writer_is_gone(path):
                    continue
                hashes = [h for h in path.read_text("ascii").split() if is_sha256(h)]
            except (OSError, UnicodeDecodeError):
                continue
            out.append((path, hashes))
        return out

    def sweep_stale_temps(self) -> int:
        """Remove temporary files whose writer is gone (killed mid-import, say);
        returns how many. Files of a live writer are left alone."""
        if not self.root.is_dir():
            return 0
        removed = 0
        for tmp in [*self.root.glob(TEMP_PREFIX + "*"), *self.root.glob(f"??/{TEMP_PREFIX}*")]:
            try:
                if tmp.is_file() and not tmp.is_symlink() and _writer_is_gone(tmp):
                    tmp.unlink()
                    removed += 1
            except OSError:
                continue  # another process removed or adopted it meanwhile
        return removed


class BlobWriter:
    """Streams one blob into a temporary file in attachments/, hashing as it goes.

    Use as a context manager: leaving it without :meth:`place` removes the
    temporary file. :meth:`finish` flushes it to disk and returns the hash;
    :meth:`place` then renames it to its final name (or drops it when that
    content is already stored).
    """

    def __init__(self, store: BlobStore):
        self.store = store
        self.size = 0
        self.sha256: str | None = None
        self._digest = hashlib.sha256()
        try:
            store.root.mkdir(parents=True, exist_ok=True)
            self.temp_path = store.root / _temp_name()
            self._fh: IO[bytes] | None = open(self.temp_path, "xb")
        except OSError as exc:
            raise ArchiveError(
                f"Could not store attachment ({exc.strerror}); the archive is unchanged."
            ) from exc

    def write(self, data: bytes) -> None:
        assert self._fh is not None, "write after finish"
        try:
            self._fh.write(data)
        except OSError as exc:
            self.discard()
            raise ArchiveError(
                f"Could not store attachment ({exc.strerror}); the archive is unchanged."
            ) from exc
        self._digest.update(data)
        self.size += len(data)

    def finish(self) -> str:
        """Flush and close the temporary file; returns the content's hash."""
        if self._fh is not None:
            try:
                self._fh.flush()
                os.fsync(self._fh.fileno())
                self._fh.close()
            except OSError as exc:
                self.discard()
                raise ArchiveError(
                    f"Could not store attachment ({exc.strerror}); the archive is unchanged."
                ) from exc
            self._fh = None
            self.sha256 = self._digest.hexdigest()
        assert self.sha256 is not None
        return self.sha256

    def place(self) -> bool:
        """Move the finished file to its final name; True if it was new."""
        sha = self.finish()
        target = self.store._location(sha)
        if target.is_file():
            self.discard()
            # Re-used now: a sweep of a killed writer's placements must keep it.
            with contextlib.suppress(OSError):
                os.utime(target)
            self.store.placed(sha, target)
            return False
        try:
            target.parent.mkdir(exist_ok=True)
            os.replace(self.temp_path, target)
        except OSError as exc:
            self.discard()
            raise ArchiveError(
                f"Could not store attachment ({exc.strerror}); the archive is unchanged."
            ) from exc
        self.store.placed(sha, target)
        return True

    def discard(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        self.temp_path.unlink(missing_ok=True)

    def __enter__(self) -> BlobWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.discard()  # after place() the temp file is gone already


def _temp_name() -> str:
    return f"{TEMP_PREFIX}{owner_tag()}{secrets.token_hex(6)}"


def _writer_is_gone(tmp: Path) -> bool:
    gone = owner_is_gone(tmp.name)
    if gone is None:  # an older kbdesk's temp file: no owner recorded, go by age
        return time.time() - tmp.stat().st_mtime > _LEGACY_TEMP_AGE_S
    return gone


def _chunks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        yield from iter(lambda: fh.read(_CHUNK), b"")
