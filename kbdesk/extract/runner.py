"""Extraction in a child process, with a time limit, that dies with its parent.

The child is ``python -m kbdesk.extract.worker`` (or the frozen executable's
hidden ``extract-worker`` command): a fresh interpreter, so nothing of the
parent (Qt, threads, its ``__main__``) is copied or re-imported. One
long-lived child serves many files, since starting Python per file would cost
more than most extractions. A file that takes longer than the limit gets the
child killed; the next file starts a new one. The child exits by itself when
its parent is gone (see worker.py).

Requests and replies are JSON frames (8-byte length + UTF-8) on the child's
stdin/stdout: a reply from a process that read a hostile file is only data.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import queue
import struct
import subprocess
import sys
import threading
from dataclasses import asdict
from pathlib import Path
from typing import IO, Any

from .core import FAILED, TIMEOUT, Extraction, Limits

log = logging.getLogger(__name__)

HEADER = struct.Struct(">Q")
MAX_FRAME = 64 * 1024 * 1024


def worker_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "extract-worker"]
    return [sys.executable, "-m", "kbdesk.extract.worker"]


def write_frame(stream: IO[bytes], obj: Any) -> None:
    data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
    stream.write(HEADER.pack(len(data)) + data)
    stream.flush()


def read_frame(stream: IO[bytes]) -> Any:
    """The next frame, or None at the end of the stream."""
    head = stream.read(HEADER.size)
    if len(head) < HEADER.size:
        return None
    (size,) = HEADER.unpack(head)
    if size > MAX_FRAME:
        raise ValueError(f"frame of {size} bytes")
    data = stream.read(size)
    if len(data) < size:
        return None
    return json.loads(data.decode("utf-8"))


class ExtractRunner:
    """``extract(path_or_blob, filename, mime)`` in a child process.

    Thread-safe (one file at a time); use as a context manager or call
    :meth:`close`.
    """

    def __init__(self, limits: Limits | None = None):
        self.limits = limits or Limits()
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None
        self._replies: queue.Queue | None = None
        self.started = 0  # child processes started (a timeout or crash starts a new one)

    def __enter__(self) -> ExtractRunner:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def extract(self, source: Path | str | bytes, filename: str, mime: str = "") -> Extraction:
        request: dict[str, Any] = {"filename": filename, "mime": mime}
        if isinstance(source, Path | str):
            request["path"] = str(source)
        else:
            request["data"] = base64.b64encode(bytes(source)).decode("ascii")
        with self._lock:
            try:
                self._start()
                assert self._proc is not None and self._proc.stdin is not None  # _start: a piped child
                assert self._replies is not None
                write_frame(self._proc.stdin, request)
            except OSError as exc:
                self._stop()
                return Extraction("", FAILED, f"the extractor process could not be started ({exc})")
            try:
                reply = self._replies.get(timeout=self.limits.timeout_s)
            except queue.Empty:
                self._stop()
                return Extraction("", TIMEOUT, f"no result within {self.limits.timeout_s:g} s")
            if reply is None:
                code = self._proc.poll() if self._proc else None
                self._stop()
                return Extraction(
                    "",
                    FAILED,
                    f"the extractor process stopped (exit code {code}); "
                    "the file may need more memory than allowed",
                )
            return _extraction(reply)

    def close(self) -> None:
        """Stop the child; a file being read now gets a ``failed`` result at once."""
        proc = self._proc
        if proc is not None and self._lock.locked():
            try:
                proc.kill()
            except OSError:
                pass
        with self._lock:
            proc = self._proc
            if proc is not None and proc.poll() is None:
                try:
                    if proc.stdin is not None:
                        proc.stdin.close()  # the child's loop ends at end of input
                    proc.wait(2)
                except (OSError, subprocess.TimeoutExpired):
                    pass
            self._stop()

    # --- the child -----------------------------------------------------------

    def _start(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            return
        self._stop()
        env = dict(
            os.environ,
            KBDESK_EXTRACT_LIMITS=json.dumps(asdict(self.limits)),
            KBDESK_EXTRACT_PARENT=str(os.getpid()),
        )
        flags = 0
        if sys.platform == "win32":  # a statement, so that mypy skips it off Windows
            flags = subprocess.CREATE_NO_WINDOW
        proc = subprocess.Popen(
            worker_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            creationflags=flags,
        )
        replies: queue.Queue = queue.Queue()
        threading.Thread(
            target=_pump, args=(proc.stdout, replies), name="extract-replies", daemon=True
        ).start()
        self._proc, self._replies = proc, replies
        self.started += 1

    def _stop(self) -> None:
        proc, self._proc, self._replies = self._proc, None, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.kill()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            log.warning("extractor process %s did not stop", proc.pid)
        for stream in (proc.stdin, proc.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass


def _extraction(reply: Any) -> Extraction:
    """A reply as an Extraction, whatever the child sent."""
    if not isinstance(reply, dict):
        return Extraction("", FAILED, "the extractor process sent a malformed reply")
    notes = reply.get("notes")
    return Extraction(
        text=str(reply.get("text") or ""),
        status=str(reply.get("status") or FAILED),
        reason=str(reply.get("reason") or ""),
        extractor_version=int(reply.get("extractor_version") or 0),
        notes=[str(n) for n in notes] if isinstance(notes, list) else [],
    )


def _pump(stream: IO[bytes], replies: queue.Queue) -> None:
    """Reader thread: every reply frame into the queue, then None at the end."""
    try:
        while True:
            frame = read_frame(stream)
            replies.put(frame)
            if frame is None:
                return
    except (OSError, ValueError):
        replies.put(None)
