"""PDF, Office and ZIP files to text, each with its maintained library.

pypdf (BSD), python-docx (MIT), python-pptx (MIT), openpyxl (MIT). Office
files are ZIPs: their size is checked before a library unpacks them.
"""

from __future__ import annotations

import io
import logging
import zipfile
from pathlib import PurePosixPath

from .core import ENCRYPTED, MB, NO_TEXT_LAYER, OK, TOO_LARGE, Limits, Skip, extract_text

# pypdf logs every odd object of a damaged file; the status says it once.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:  # many PDFs are "encrypted" with an empty user password (print/copy rights only)
            if not reader.decrypt(""):
                raise Skip(ENCRYPTED, "it needs a password to open")
        except (FileNotDecryptedError, DependencyError, NotImplementedError) as exc:
            raise Skip(ENCRYPTED, str(exc) or "it needs a password to open") from exc
    pages = [(page.extract_text() or "") for page in reader.pages]
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text and pages:
        raise Skip(NO_TEXT_LAYER, f"{len(pages)} page(s) without text")
    return text


def docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(_table_rows(table))
    for section in document.sections:
        for part in (section.header, section.footer):
            parts.extend(p.text for p in part.paragraphs)
    return "\n".join(p for p in parts if p and p.strip())


def _table_rows(table) -> list[str]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            if not cells or cell.text != cells[-1]:  # merged cells repeat their text
                cells.append(cell.text)
        rows.append("\t".join(cells))
    return rows


def pptx_text(data: bytes) -> str:
    from pptx import Presentation

    deck = Presentation(io.BytesIO(data))
    parts: list[str] = []
    for number, slide in enumerate(deck.slides, 1):
        parts.append(f"[{number}]")
        for shape in slide.shapes:
            parts.extend(_shape_text(shape))
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            parts.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(p for p in parts if p and p.strip())


def _shape_text(shape) -> list[str]:
    out: list[str] = []
    if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
        out.append(shape.text_frame.text)
    if getattr(shape, "has_table", False) and shape.has_table:
        for row in shape.table.rows:
            out.append("\t".join(cell.text for cell in row.cells))
    for child in getattr(shape, "shapes", ()):  # groups
        out.extend(_shape_text(child))
    return out


def xlsx_text(data: bytes) -> str:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        parts: list[str] = []
        for sheet in book.worksheets:
            parts.append(f"[{sheet.title}]")
            for row in sheet.iter_rows(values_only=True):
                cells = ["" if v is None else str(v) for v in row]
                if any(cells):
                    parts.append("\t".join(cells).rstrip())
        return "\n".join(parts)
    finally:
        book.close()


def check_zip(data: bytes, limits: Limits) -> zipfile.ZipFile:
    """Open a ZIP after checking its declared sizes (zip bombs)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ValueError(f"not a valid ZIP container ({exc})") from exc
    members = zf.infolist()
    if len(members) > limits.max_members:
        raise Skip(TOO_LARGE, f"{len(members)} entries; the limit is {limits.max_members}")
    unpacked = sum(m.file_size for m in members)
    if unpacked > limits.max_unpacked_bytes:
        raise Skip(
            TOO_LARGE,
            f"{unpacked / MB:.0f} MB unpacked; the limit is {limits.max_unpacked_bytes / MB:.0f} MB",
        )
    return zf


def zip_text(data: bytes, limits: Limits) -> tuple[str, list[str]]:
    """Text of the files in a ZIP, one level deep; member names are never used as paths."""
    zf = check_zip(data, limits)
    parts: list[str] = []
    notes: list[str] = []
    budget = limits.max_unpacked_bytes
    for member in zf.infolist():
        if member.is_dir():
            continue
        name = member.filename
        if member.flag_bits & 0x1:
            notes.append(f"{name}: encrypted")
            continue
        if member.file_size > limits.max_input_bytes:
            notes.append(f"{name}: too large")
            continue
        with zf.open(member) as f:
            # read no more than declared (+1 to see a lying header)
            content = f.read(min(member.file_size, budget) + 1)
        if len(content) > member.file_size or len(content) > budget:
            raise Skip(TOO_LARGE, f"{name} unpacks to more than its header says")
        budget -= len(content)
        label = PurePosixPath(name.replace("\\", "/")).name or name
        result = extract_text(content, label, "", limits, depth=1)
        if result.status == OK:
            parts.append(f"== {name} ==\n{result.text}")
        else:
            notes.append(f"{name}: {result.status}")
    return "\n\n".join(parts), notes
