"""Content-addressed attachment files: stored once per SHA-256, whoever uses them."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import ArchiveError

_CHUNK = 1 << 20


class BlobStore:
    def __init__(self, root: Path):
        self.root = root

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put_bytes(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        if not self.has(sha):
            self._write_atomically(sha, [data])
        return sha

    def put_file(self, source: Path) -> tuple[str, int]:
        """Copy a file in; returns (sha256, size). Reads it twice to avoid
        holding a large file in memory."""
        try:
            digest = hashlib.sha256()
            size = 0
            with open(source, "rb") as fh:
                for chunk in iter(lambda: fh.read(_CHUNK), b""):
                    digest.update(chunk)
                    size += len(chunk)
            sha = digest.hexdigest()
            if not self.has(sha):
                self._write_atomically(sha, _chunks(source))
        except OSError as exc:
            raise ArchiveError(f"Could not read attachment {source}: {exc.strerror}") from exc
        return sha, size

    def read(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def verify(self, sha256: str) -> str | None:
        """None when the stored file is intact, else a sentence saying why not."""
        path = self.path_for(sha256)
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
        return {p.name for p in self.root.glob("??/*") if len(p.name) == 64}

    def _write_atomically(self, sha: str, chunks) -> None:
        target = self.path_for(sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        # Write to a temp file then rename: a crash never leaves a half blob
        # under its final name.
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                for chunk in chunks:
                    fh.write(chunk)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise ArchiveError(
                f"Could not store attachment ({exc.strerror}); the archive is unchanged."
            ) from exc


def _chunks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        yield from iter(lambda: fh.read(_CHUNK), b"")
