"""Plain text of a file: what came out, or why nothing did.

:func:`extract_text` runs in the calling process; use
:class:`kbdesk.extract.runner.ExtractRunner` to run it in a child process with
a time limit (a damaged PDF can loop for minutes, a zip bomb can eat memory).
Statuses are codes; :func:`describe` gives the English sentence the CLI prints
and the GUI translates the code itself.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

# Raise when an extractor changes what it returns: stored texts of an older
# version are extracted again (`kbdesk attachments --reextract`).
EXTRACTOR_VERSION = 1

OK = "ok"
EMPTY = "empty"  # a readable file without any text
IMAGE = "image"  # pictures are not OCR'd
ENCRYPTED = "encrypted"
NO_TEXT_LAYER = "no_text_layer"  # a PDF of scanned pages
DAMAGED = "damaged"
TOO_LARGE = "too_large"
TIMEOUT = "timeout"
UNSUPPORTED = "unsupported"
FAILED = "failed"  # the extractor process died (crash, out of memory)
SKIPPED_STATUSES = (EMPTY, IMAGE, ENCRYPTED, NO_TEXT_LAYER, DAMAGED, TOO_LARGE, TIMEOUT, UNSUPPORTED, FAILED)

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How much work one file may cost (all configurable per archive)."""

    max_input_bytes: int = 50 * MB
    timeout_s: float = 30.0
    max_text_chars: int = 5 * MB  # text kept per file
    max_unpacked_bytes: int = 200 * MB  # all members of a ZIP / Office file together
    max_members: int = 2000  # entries of a ZIP / Office file
    memory_mb: int = 1536  # address space of the child process (POSIX)


@dataclass
class Extraction:
    text: str
    status: str  # OK or one of SKIPPED_STATUSES
    reason: str = ""  # English detail, e.g. what is damaged
    extractor_version: int = EXTRACTOR_VERSION
    notes: list[str] = field(default_factory=list)  # e.g. ZIP members skipped

    @property
    def ok(self) -> bool:
        return self.status == OK


def describe(status: str, reason: str = "") -> str:
    """One English line for a status (the CLI's wording)."""
    words = {
        OK: "text extracted",
        EMPTY: "no text in the file",
        IMAGE: "skipped: image (no OCR)",
        ENCRYPTED: "encrypted",
        NO_TEXT_LAYER: "no text layer (scanned?)",
        DAMAGED: "damaged",
        TOO_LARGE: "too large",
        TIMEOUT: "timed out",
        UNSUPPORTED: "unsupported type",
        FAILED: "extractor failed",
    }.get(status, status)
    return f"{words}: {reason}" if reason else words


class Skip(Exception):
    """Raised by an extractor: no text, for a reason that is not damage."""

    def __init__(self, status: str, reason: str = ""):
        super().__init__(reason or status)
        self.status = status
        self.reason = reason


TEXT_SUFFIXES = frozenset(
    ".txt .log .csv .tsv .md .markdown .json .jsonl .xml .yaml .yml .ini .conf .cfg .properties "
    ".sql .sh .ps1 .bat .py .java .js .ts .go .out .err .trace .diff .patch .toml .env".split()
)
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
IMAGE_SUFFIXES = frozenset(".png .jpg .jpeg .gif .bmp .tif .tiff .webp .heic .ico .svg".split())
OFFICE = {".docx": "docx", ".pptx": "pptx", ".xlsx": "xlsx", ".xlsm": "xlsx"}


def kind_of(filename: str, mime: str = "", head: bytes = b"") -> str:
    """pdf | docx | pptx | xlsx | zip | html | text | image | unknown."""
    suffix = PurePosixPath(filename.replace("\\", "/")).suffix.lower()
    if suffix == ".pdf" or mime == "application/pdf":
        return "pdf"
    if suffix in OFFICE:
        return OFFICE[suffix]
    if suffix == ".zip" or mime in ("application/zip", "application/x-zip-compressed"):
        return "zip"
    if suffix in HTML_SUFFIXES or mime == "text/html":
        return "html"
    if suffix in TEXT_SUFFIXES or mime.startswith("text/"):
        return "text"
    if suffix in IMAGE_SUFFIXES or mime.startswith("image/"):
        return "image"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head and _looks_textual(head):
        return "text"  # e.g. "messages.1" from /var/log
    return "unknown"


def _looks_textual(head: bytes) -> bool:
    sample = head[:4096]
    return b"\x00" not in sample or sample.startswith((b"\xff\xfe", b"\xfe\xff"))


def extract_text(
    source: Path | str | bytes, filename: str, mime: str = "", limits: Limits | None = None, depth: int = 0
) -> Extraction:
    """The text of one file (in this process: see the runner for a child process)."""
    limits = limits or Limits()
    try:
        data = _read(source, limits)
    except Skip as skip:
        return Extraction("", skip.status, skip.reason)
    except OSError as exc:
        return Extraction("", DAMAGED, f"cannot read the file ({exc.strerror or exc})")
    kind = kind_of(filename, mime, data[:4096])
    try:
        text, notes = _dispatch(kind, data, limits, depth)
    except Skip as skip:
        return Extraction("", skip.status, skip.reason)
    except MemoryError:
        return Extraction("", TOO_LARGE, "it needs more memory than extraction may use")
    except RecursionError:
        return Extraction("", DAMAGED, "its structure is nested too deeply")
    except Exception as exc:  # every library raises its own errors on a damaged file
        return Extraction("", DAMAGED, _short(exc))
    text = text.replace("\x00", "").strip()
    reason = ""
    if len(text) > limits.max_text_chars:
        text = text[: limits.max_text_chars]
        reason = f"text cut at {limits.max_text_chars // MB} MB"
    if not text:
        return Extraction("", EMPTY, "", notes=notes)
    return Extraction(text, OK, reason, notes=notes)


def _read(source: Path | str | bytes, limits: Limits) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        path = Path(source)
        size = path.stat().st_size
        if size > limits.max_input_bytes:
            raise Skip(TOO_LARGE, f"{size / MB:.1f} MB; the limit is {limits.max_input_bytes / MB:.0f} MB")
        data = path.read_bytes()
    if len(data) > limits.max_input_bytes:
        raise Skip(TOO_LARGE, f"{len(data) / MB:.1f} MB; the limit is {limits.max_input_bytes / MB:.0f} MB")
    return data


def _dispatch(kind: str, data: bytes, limits: Limits, depth: int) -> tuple[str, list[str]]:
    from . import formats, textfiles

    if kind == "image":
        raise Skip(IMAGE)
    if kind == "text":
        return textfiles.plain_text(data), []
    if kind == "html":
        return textfiles.html_text(data), []
    if kind == "pdf":
        return formats.pdf_text(data), []
    if kind in ("docx", "pptx", "xlsx"):
        formats.check_zip(data, limits)
        return getattr(formats, f"{kind}_text")(data), []
    if kind == "zip":
        if depth > 0:
            raise Skip(UNSUPPORTED, "an archive inside an archive")
        return formats.zip_text(data, limits)
    raise Skip(UNSUPPORTED)


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    name = type(exc).__name__
    return f"{name}: {text[:200]}" if text else name


def as_stream(data: bytes) -> io.BytesIO:
    return io.BytesIO(data)
