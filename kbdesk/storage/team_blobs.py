"""Attachment files of a team archive: in the database, with a local cache.

The files live in ``blobs`` / ``blob_chunks`` (1 MiB chunks, so neither
upload nor download holds a whole file in memory), named by SHA-256 like the
folder of a SQLite archive, so the same content is stored once for the whole
team. Each desktop keeps the files it has used in its cache folder: a file
read once is opened from the cache afterwards, and its hash is checked when
it is fetched, so a damaged chunk is never handed out as the attachment.
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

from sqlalchemy import Engine, text

from ..domain.clock import utcnow
from ..errors import ArchiveError
from .blobs import _CHUNK, BlobStore, is_sha256


class TeamBlobStore(BlobStore):
    def __init__(self, cache: Path, engine: Engine):
        super().__init__(cache)
        self.engine = engine
        self._fetching = False

    # --- reading: the cache first, else fetched from the server ----------------

    def path_for(self, sha256: str) -> Path:
        path = self._location(sha256)
        if not path.is_file():
            self._fetch(sha256, path)
        return path

    def has(self, sha256: str) -> bool:
        return self._location(sha256).is_file() or self._stored(sha256)

    def _stored(self, sha256: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT 1 FROM blobs WHERE sha256 = :s"), {"s": sha256}).first() is not None

    def _fetch(self, sha256: str, path: Path) -> None:
        with self.engine.connect() as conn:
            if conn.execute(text("SELECT 1 FROM blobs WHERE sha256 = :s"), {"s": sha256}).first() is None:
                return  # not stored: callers see a missing file, as in a folder archive
            rows = conn.execution_options(stream_results=True, yield_per=4).execute(
                text("SELECT data FROM blob_chunks WHERE sha256 = :s ORDER BY seq"), {"s": sha256}
            )
            with self.open_writer() as writer:
                for (data,) in rows:
                    writer.write(bytes(data))
                if writer.finish() != sha256:
                    raise ArchiveError(
                        f"The stored file {sha256[:12]}… in the team archive is damaged (its content does "
                        "not match its hash); it was not used."
                    )
                with _no_upload(self):
                    writer.place()

    # --- writing: placed in the cache, then uploaded once ----------------------

    def placed(self, sha256: str, path: Path) -> None:
        if self._fetching:
            return
        with self.engine.begin() as conn:
            new = conn.execute(
                text("INSERT INTO blobs (sha256, size, added_at) VALUES (:s, :n, :t) ON CONFLICT DO NOTHING"),
                {"s": sha256, "n": path.stat().st_size, "t": utcnow().replace(tzinfo=None)},
            ).rowcount
            if not new:
                return  # somebody stored the same content already
            with open(path, "rb") as fh:
                for seq, chunk in enumerate(iter(lambda: fh.read(_CHUNK), b"")):
                    conn.execute(
                        text("INSERT INTO blob_chunks (sha256, seq, data) VALUES (:s, :q, :d)"),
                        {"s": sha256, "q": seq, "d": chunk},
                    )

    # --- checks over the server's copy ------------------------------------------

    def verify(self, sha256: str) -> str | None:
        if not is_sha256(sha256):
            return "not a valid attachment hash (64 lowercase hex digits); no file was read"
        if not self._stored(sha256):
            return "file missing"

        digest = hashlib.sha256()
        with self.engine.connect() as conn:
            rows = conn.execution_options(stream_results=True, yield_per=4).execute(
                text("SELECT data FROM blob_chunks WHERE sha256 = :s ORDER BY seq"), {"s": sha256}
            )
            for (data,) in rows:
                digest.update(bytes(data))
        if digest.hexdigest() != sha256:
            return "content does not match its hash (file damaged)"
        return None

    def all_hashes(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.execute(text("SELECT sha256 FROM blobs")).scalars())


@contextlib.contextmanager
def _no_upload(store: TeamBlobStore):
    store._fetching = True  # a fetched file is already on the server
    try:
        yield
    finally:
        store._fetching = False
