"""Reading JSON Lines without ever holding an over-long line in memory.

Lines up to ``STREAM_FROM`` are read whole. A longer one is handed over as a
:class:`LongLine` whose rest is read on demand: the importer streams it when
it is a blob line as older kbdesk wrote them (a whole attachment on one
line); any other line is read whole up to ``MAX_LINE`` (a record with a lot
of pasted log text) and refused beyond that.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO

STREAM_FROM = 2 << 20  # kbdesk writes blob parts of about 1 MiB
MAX_LINE = 64 << 20
_CHUNK = 1 << 20
# How an older kbdesk wrote a blob: compact JSON, keys in this order.
OLD_BLOB_LINE = re.compile(rb'\{"type":"blob","sha256":"([0-9a-f]{64})","size":(\d{1,20}),"data":"')
OLD_BLOB_END = b'"}'


class LongLine:
    """A line longer than STREAM_FROM: its first STREAM_FROM bytes and the rest on demand."""

    def __init__(self, fh: IO[bytes], head: bytes):
        self.head = head
        self.complete = False  # ended with a newline (not cut off by the end of the file)
        self._fh = fh
        self._done = False

    def rest(self) -> Iterator[bytes]:
        """The rest of the line in chunks, without its newline."""
        while not self._done:
            chunk = self._fh.readline(_CHUNK)
            if not chunk:
                self._done = True
                return
            if chunk.endswith(b"\n"):
                self._done = self.complete = True
                chunk = chunk[:-1]
            yield chunk

    def whole(self, limit: int) -> bytes | None:
        """The whole line (with its newline if it had one), or None past ``limit``."""
        parts, size = [self.head], len(self.head)
        for chunk in self.rest():
            size += len(chunk)
            if size > limit:
                self.drain()
                return None
            parts.append(chunk)
        return b"".join(parts) + (b"\n" if self.complete else b"")

    def drain(self) -> None:
        for _ in self.rest():
            pass


def read_lines(fh: IO[bytes]) -> Iterator[bytes | LongLine]:
    limit = STREAM_FROM
    while True:
        raw = fh.readline(limit)
        if not raw:
            return
        if len(raw) == limit and not raw.endswith(b"\n"):
            line = LongLine(fh, raw)
            yield line
            line.drain()  # whatever the reader left of it
        else:
            yield raw


def old_blob_body(line: LongLine) -> tuple[str, int, Iterator[bytes]] | None:
    """(sha256, size, base64 chunks) of an older kbdesk's one-line blob, or None.

    The chunks stop before the closing ``"}``; a line that does not end that
    way yields a final ``b"!"``, which no base64 decoder accepts.
    """
    m = OLD_BLOB_LINE.match(line.head)
    if m is None:
        return None

    def body() -> Iterator[bytes]:
        held = line.head[m.end():]
        line.head = b""  # not kept twice
        for chunk in line.rest():
            if len(held) > len(OLD_BLOB_END):
                yield held[: -len(OLD_BLOB_END)]
                held = held[-len(OLD_BLOB_END):]
            held += chunk
        held = held.rstrip(b"\r")
        if held.endswith(OLD_BLOB_END):
            yield held[: -len(OLD_BLOB_END)]
        else:
            yield b"!"

    return m.group(1).decode("ascii"), int(m.group(2)), body()
