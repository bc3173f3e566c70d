"""Attachment content in the JSON Lines format, streamed both ways.

A blob of up to ``PART_BYTES`` is one line, exactly as older kbdesk wrote it::

    {"type": "blob", "sha256": H, "size": N, "data": "<base64>"}

A larger one is split over consecutive part lines, each carrying at most
``PART_BYTES`` of content::

    {"type": "blob", "sha256": H, "size": N, "part": 0, "parts": K, "data": "<base64>"}
    … part 1 … part K-1

So neither side ever holds more than one part in memory: export reads the
stored file part by part; import decodes each part into a temporary file in
the archive, hashing as it goes, and the file is moved into place only when
the import commits (see Batch.commit).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import IO, Any

from ..errors import KbdeskError
from ..storage.blobs import BlobStore, BlobWriter, is_sha256


class Cancelled(Exception):
    """The user cancelled; nothing was written."""


PART_BYTES = 3 << 18  # 768 KiB: a multiple of 3, so parts' base64 joins up cleanly


def write_blob(store: BlobStore, sha: str, out: IO[str], cancel: Callable[[], bool] | None = None) -> None:
    """Write one stored blob as one line or as part lines."""
    try:
        fh = store.open(sha)
    except FileNotFoundError:
        raise KbdeskError(
            f"The stored file of attachment {sha[:12]}… is missing, so the export would be incomplete; "
            "nothing was written. Run `kbdesk check` to see which attachment it is."
        ) from None
    with fh:
        size = _size_of(fh)
        parts = max(1, -(-size // PART_BYTES))
        for part in range(parts):
            if cancel and cancel():
                raise Cancelled()
            chunk = fh.read(PART_BYTES)
            line: dict[str, Any] = {"type": "blob", "sha256": sha, "size": size}
            if parts > 1:
                line |= {"part": part, "parts": parts}
            line["data"] = base64.b64encode(chunk).decode("ascii")
            out.write(json.dumps(line, separators=(",", ":")))
            out.write("\n")


def _size_of(fh: IO[bytes]) -> int:
    return os.fstat(fh.fileno()).st_size


@dataclass
class _Pending:
    """A blob being read, possibly over several part lines."""

    line: int
    sha: str
    size: int | None
    parts: int
    next_part: int = 0
    writer: BlobWriter | None = None  # None: already known, only hashed
    digest: Any = field(default_factory=hashlib.sha256)
    received: int = 0
    failed: bool = False


class BlobLines:
    """Collects blob lines into staged files; reports problems by line.

    ``staged`` maps a hash to its finished temporary file once the blob's
    last line has arrived and its content matched the hash and size.
    """

    def __init__(self, store: BlobStore, problem):
        self.store = store
        self.problem = problem  # (line, message) -> None
        self.staged: dict[str, BlobWriter] = {}
        self.count = 0  # blobs seen (what the end line counts)
        self._pending: _Pending | None = None

    # --- lines -------------------------------------------------------------

    def add(self, n: int, obj: dict[str, Any]) -> None:
        # JSON values of any type, until _first_line_problem or _continue has checked them.
        sha: Any = obj.get("sha256")
        data: Any = obj.get("data")
        size: Any = obj.get("size")
        part: Any = obj.get("part")
        parts: Any = obj.get("parts")
        multipart = part is not None or parts is not None
        if multipart and part != 0:
            self._continue(n, sha, size, part, parts, data)
            return
        self.interrupted(n)
        self.count += 1
        n_parts = parts if multipart else 1
        problem = _first_line_problem(sha, data, size, n_parts)
        if problem is not None:
            self.problem(n, problem)
            good_parts = isinstance(n_parts, int) and not isinstance(n_parts, bool) and n_parts >= 1
            # Failed: its remaining parts are passed over quietly.
            self._pending = _Pending(n, sha, size, n_parts if good_parts else 1, failed=True)
        else:
            known = sha in self.staged or self.store.has(sha)
            writer = None if known else self.store.open_writer()
            self._pending = _Pending(n, sha, size, n_parts, writer=writer)
        self._consume(n, self._pending, data)

    def add_streamed(self, n: int, sha: str, size: int, base64_chunks: Iterable[bytes]) -> None:
        """A whole blob on one over-long line (older exports), decoded as it is read."""
        self.interrupted(n)
        self.count += 1
        known = sha in self.staged or self.store.has(sha)
        pending = _Pending(n, sha, size, 1, writer=None if known else self.store.open_writer())
        carry = b""
        for chunk in base64_chunks:  # read to the end even after a failure
            if pending.failed:
                continue
            carry += chunk
            whole = len(carry) // 4 * 4  # base64 decodes in groups of 4 characters
            self._take(n, pending, carry[:whole])
            carry = carry[whole:]
        if carry and not pending.failed:
            self._fail_pending(pending, n, "blob data is not valid base64")
        pending.next_part = 1
        self._finish(pending)

    def interrupted(self, n: int) -> None:
        """Any line but the next part of the blob being read ends that blob."""
        pending = self._pending
        if pending is None:
            return
        self._pending = None
        self._drop(pending)
        if not pending.failed:
            self.problem(pending.line, f"blob {pending.sha[:12]}… stops after part "
                                       f"{pending.next_part} of {pending.parts} (line {n} is not its next part)")

    def discard_all(self) -> None:
        if self._pending is not None:
            self._drop(self._pending)
            self._pending = None
        for writer in self.staged.values():
            writer.discard()
        self.staged.clear()

    # --- steps -------------------------------------------------------------

    def _continue(self, n: int, sha, size, part, parts, data) -> None:
        pending = self._pending
        if pending is None or (pending.sha, pending.size, pending.parts, pending.next_part) != (
            sha, size, parts, part
        ):
            self.interrupted(n)
            self.problem(n, f"blob part {part!r} of {parts!r} does not follow the previous part "
                            "of the same blob")
            return
        if not isinstance(data, str):
            self._fail_pending(pending, n, 'a blob line needs "data" as text')
        self._consume(n, pending, data)

    def _consume(self, n: int, pending: _Pending, data: str) -> None:
        pending.next_part += 1
        if not pending.failed:
            self._take(n, pending, data)
        if pending.next_part >= pending.parts:
            self._finish(pending)
            self._pending = None

    def _take(self, n: int, pending: _Pending, data: str | bytes) -> None:
        try:
            content = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            self._fail_pending(pending, n, "blob data is not valid base64")
            return
        pending.digest.update(content)
        pending.received += len(content)
        if pending.writer is not None:
            pending.writer.write(content)

    def _finish(self, pending: _Pending) -> None:
        if pending.failed:
            return
        if pending.digest.hexdigest() != pending.sha:
            self._fail_pending(pending, pending.line, "blob content does not match its sha256 (damaged)")
            return
        if pending.size is not None and pending.size != pending.received:
            self._fail_pending(pending, pending.line, f"blob size {pending.size} does not match its "
                                                      f"content ({pending.received} bytes)")
            return
        if pending.writer is not None:
            pending.writer.finish()
            self.staged[pending.sha] = pending.writer

    def _fail_pending(self, pending: _Pending, n: int, message: str) -> None:
        self.problem(n, message)
        pending.failed = True
        self._drop(pending)

    @staticmethod
    def _drop(pending: _Pending) -> None:
        if pending.writer is not None:
            pending.writer.discard()
            pending.writer = None


def _first_line_problem(sha, data, size, parts) -> str | None:
    if not isinstance(sha, str) or not isinstance(data, str):
        return 'a blob line needs "sha256" and "data" as text'
    if not is_sha256(sha):
        return f"blob sha256 {_shown(sha)} is not a SHA-256 hash (64 lowercase hex digits)"
    if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size < 0):
        return f"blob size {size!r} is not a number of bytes"
    if isinstance(parts, bool) or not isinstance(parts, int) or parts < 1:
        return f"blob parts {parts!r} is not a whole number of lines"
    return None


def _shown(value: str) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"
