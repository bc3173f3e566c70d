"""A spreadsheet as a header and rows of text: CSV in any encoding, or .xlsx.

CSV bytes are decoded with the encoding given or detected
(:mod:`.text_encoding`); .xlsx files are read with openpyxl in read-only
mode, first sheet unless one is named. Every row carries the line (CSV) or
row (xlsx) number a user sees in their editor.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from ..errors import ImportRejected
from .text_encoding import decode_text, first_lines

XLSX_SUFFIXES = (".xlsx", ".xlsm")


@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line or row number, cells)
    encoding: str | None = None  # CSV only
    how: str = ""  # bom | utf-8 | detected | given; "" for xlsx
    sheet: str | None = None  # xlsx only
    sheets: list[str] = field(default_factory=list)
    raw_lines: list[str] = field(default_factory=list)  # CSV: first lines as decoded


def is_xlsx(path: Path | str) -> bool:
    return Path(path).suffix.lower() in XLSX_SUFFIXES


def read_table(path: Path | str, encoding: str | None = None, sheet: str | None = None,
               limit: int | None = None) -> Table:
    """The whole table (or its first ``limit`` rows); ImportRejected when unreadable."""
    path = Path(path)
    if is_xlsx(path):
        return _read_xlsx(path, sheet, limit)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRejected(str(path), [(0, f"cannot read the file: {exc.strerror}")]) from exc
    decoded = decode_text(data, str(path), encoding)
    table = _parse_csv(decoded.text, str(path), limit)
    table.encoding, table.how = decoded.encoding, decoded.how
    table.raw_lines = first_lines(decoded.text)
    return table


def _parse_csv(text: str, source: str, limit: int | None) -> Table:
    # strict: an unterminated quote is an error at its line, not a swallowed file.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    start = 1
    try:
        for cells in reader:
            if header is None:
                header = [c.strip() for c in cells]
            elif any(c.strip() for c in cells):
                rows.append((start, cells))
            start = reader.line_num + 1
            if limit is not None and len(rows) >= limit:
                break
    except csv.Error as exc:
        raise ImportRejected(source, [(start, _csv_problem(str(exc)))]) from exc
    if header is None:
        raise ImportRejected(source, [(1, "the file is empty: the first line must name the columns")])
    return Table(header, rows)


def _csv_problem(message: str) -> str:
    if "unexpected end of data" in message:
        return ('a quoted cell starts on this line and its closing quote (") is missing, '
                "so the rest of the file would be read into that one cell")
    return f"not a readable CSV line ({message})"


def _read_xlsx(path: Path, sheet: str | None, limit: int | None) -> Table:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ImportRejected(str(path), [(0, f"not a readable .xlsx workbook ({exc})")]) from exc
    try:
        names = book.sheetnames
        if sheet is not None and sheet not in names:
            raise ImportRejected(str(path), [(0, f"no sheet named {sheet!r} (sheets: {', '.join(names)})")])
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        header: list[str] | None = None
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), 1):
            cells = [_cell_text(v) for v in values]
            if header is None:
                header = [c.strip() for c in cells]
                continue
            if any(c.strip() for c in cells):
                rows.append((number, cells))
            if limit is not None and len(rows) >= limit:
                break
    finally:
        book.close()
    if header is None:
        raise ImportRejected(str(path), [(1, f"sheet {ws.title!r} is empty: row 1 must name the columns")])
    while header and not header[-1]:
        header.pop()  # formatted but empty columns at the right
    return Table(header, rows, sheet=ws.title, sheets=names)


def _cell_text(value) -> str:
    """A cell as the text a CSV export would hold; times stay naive (the plan's zone)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes" if not value.second else "seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
