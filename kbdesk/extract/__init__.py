"""Text of attached files and course materials (Qt-free, no Whoosh).

    from kbdesk.extract import ExtractRunner, extract_text

    extract_text(path_or_bytes, filename, mime)        # in this process
    with ExtractRunner(Limits(timeout_s=30)) as run:   # in a child process
        result = run.extract(path, "slow_query.log", "text/plain")
    result.text, result.status, result.reason, result.extractor_version

Formats: PDF (pypdf), DOCX (python-docx), PPTX (python-pptx), XLSX (openpyxl),
text files in any encoding (charset-normalizer; GB18030 logs), HTML (the
stdlib parser), and ZIPs of those one level deep. Images are not OCR'd
(status ``image``). Results are stored per file hash by
:mod:`kbdesk.services.attachment_text`, so every record owning the file
reuses them.
"""

from .core import (
    EXTRACTOR_VERSION,
    OK,
    SKIPPED_STATUSES,
    Extraction,
    Limits,
    describe,
    extract_text,
    kind_of,
)
from .runner import ExtractRunner

__all__ = [
    "EXTRACTOR_VERSION",
    "OK",
    "SKIPPED_STATUSES",
    "ExtractRunner",
    "Extraction",
    "Limits",
    "describe",
    "extract_text",
    "kind_of",
]
