"""A report table as terminal text, CSV, XLSX or Markdown.

CSV and XLSX keep numbers as numbers (percentages as 0–100, times in
minutes) so a spreadsheet can compute with them; text and Markdown show
them as the app does.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from ..domain.text import display_width
from .labels import english, resolving
from .table import Labeler, ReportTable, cell_text

FORMATS = ("table", "csv", "xlsx", "md")


def headers(table: ReportTable, label: Labeler) -> list[str]:
    return [
        label(c.header_table or "report", c.key) + (" (min)" if c.kind == "minutes" else "")
        for c in table.columns
    ]


def _raw(value: Any, kind: str, label: Labeler) -> Any:
    """A cell for CSV/XLSX: codes as words, numbers as numbers, empty for none."""
    if value is None:
        return ""
    if kind.startswith("code:"):
        return label(kind[5:], str(value))
    if kind in ("percent", "float", "minutes"):
        return round(float(value), 2)
    return value


def heading(table: ReportTable, label: Labeler) -> str:
    ctx = table.context
    if ctx.get("from") or ctx.get("to"):
        span = f"{ctx.get('from') or '…'} – {ctx.get('to') or '…'}"
    else:
        span = label("report", "all_time")
    extra = [f"{label('report', k)}: {ctx[k]}" for k in ("customer", "product") if ctx.get(k)]
    zone = f" ({ctx['zone']})" if ctx.get("zone") else ""
    return " · ".join([label("report", table.title), span + zone, *extra])


def to_text(table: ReportTable, label: Labeler = english) -> str:
    label = resolving(label, table)
    cells = [headers(table, label)] + [
        [cell_text(v, c.kind, label) for v, c in zip(row, table.columns, strict=True)] for row in table.rows
    ]
    widths = [max(display_width(r[i]) for r in cells) for i in range(len(table.columns))]

    def line(row: list[str]) -> str:
        return "  ".join(_pad(v, w, i) for i, (v, w) in enumerate(zip(row, widths, strict=True))).rstrip()

    out = [heading(table, label), "", line(cells[0]), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells[1:]]
    if not table.rows:
        out.append("(no records in this period)")
    out += [""] + [label("report", n) for n in table.notes]
    return "\n".join(out)


def to_markdown(table: ReportTable, label: Labeler = english) -> str:
    label = resolving(label, table)

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")

    out = [f"# {esc(label('report', table.title))}", "", esc(heading(table, label)), ""]
    out.append("| " + " | ".join(esc(h) for h in headers(table, label)) + " |")
    out.append(
        "|"
        + "|".join("---" if c.kind == "text" or c.kind.startswith("code:") else "---:" for c in table.columns)
        + "|"
    )
    for row in table.rows:
        out.append(
            "| "
            + " | ".join(esc(cell_text(v, c.kind, label)) for v, c in zip(row, table.columns, strict=True))
            + " |"
        )
    out += [""] + [f"- {esc(label('report', n))}" for n in table.notes]
    return "\n".join(out) + "\n"


def to_csv(table: ReportTable, label: Labeler = english) -> str:
    """CSV text; written with a BOM (utf-8-sig) so Excel opens Chinese correctly."""
    label = resolving(label, table)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(headers(table, label))
    for row in table.rows:
        w.writerow([_raw(v, c.kind, label) for v, c in zip(row, table.columns, strict=True)])
    return buf.getvalue()


def write_xlsx(table: ReportTable, path: Path, label: Labeler = english) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.worksheet import Worksheet

    label = resolving(label, table)
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook's one sheet
    ws.title = table.name
    ws.append([heading(table, label)])
    ws.append(headers(table, label))
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for row in table.rows:
        ws.append([_raw(v, c.kind, label) for v, c in zip(row, table.columns, strict=True)])
    for c_idx, col in enumerate(table.columns, start=1):
        fmt = {"percent": "0.0", "float": "0.00", "minutes": "0.0"}.get(col.kind)
        if fmt:
            for r in range(3, ws.max_row + 1):
                ws.cell(r, c_idx).number_format = fmt
    ws.append([])
    for note in table.notes:
        ws.append([label("report", note)])
    ws.freeze_panes = "A3"
    path = Path(path)
    wb.save(path)
    return path


def write_report(table: ReportTable, fmt: str, path: Path, label: Labeler = english) -> Path:
    """Write ``table`` to ``path`` in ``fmt`` (table, csv, xlsx or md)."""
    path = Path(path)
    if fmt == "xlsx":
        return write_xlsx(table, path, label)
    text = {"table": to_text, "md": to_markdown, "csv": to_csv}[fmt](table, label)
    path.write_text(
        text if fmt != "table" else text + "\n", encoding="utf-8-sig" if fmt == "csv" else "utf-8"
    )
    return path


def _pad(text: str, width: int, column: int) -> str:
    gap = " " * (width - display_width(text))
    return text + gap if column == 0 else gap + text
