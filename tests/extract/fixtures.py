"""Real files written with the libraries themselves, each carrying a given word."""

from __future__ import annotations

import io
from pathlib import Path


def pdf_bytes(words: str, password: str | None = None, text_layer: bool = True) -> bytes:
    """A one-page PDF whose text layer says ``words`` (Helvetica), optionally encrypted."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    if text_layer:
        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
        )
        stream = DecodedStreamObject()
        escaped = words.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream.set_data(f"BT /F1 14 Tf 72 760 Td ({escaped}) Tj ET".encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    if password:
        writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes(words: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Incident notes", level=1)
    document.add_paragraph(f"The database stopped answering. {words}")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "host"
    table.cell(0, 1).text = "db-7"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pptx_bytes(words: str) -> bytes:
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Training: failover"
    box = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(6), Inches(1))
    box.text_frame.text = f"Step 3 {words}"
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def xlsx_bytes(words: str) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Inventory"
    sheet.append(["host", "note"])
    sheet.append(["db-7", words])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def gb18030_log(words: str) -> bytes:
    lines = ["2026-03-01 10:00:00 INFO service started"] * 50
    lines.append(f"2026-03-01 10:00:05 ERROR 慢查询 超过阈值 {words} 数据库连接被拒绝")
    return ("\n".join(lines) + "\n").encode("gb18030")


def png_bytes() -> bytes:
    """A real 1×1 PNG."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"\x00\xff\x00\x00"
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path
