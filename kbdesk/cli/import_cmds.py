"""`kbdesk import-csv`: cases from a CSV (any encoding) or .xlsx, with a preview."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import ImportRejected, KbdeskError
from ..transfer.csv_cases import import_cases_csv
from ..transfer.spreadsheet import Table, is_xlsx, read_table
from ..transfer.text_encoding import COMMON_ENCODINGS

PREVIEW_ROWS = 5
HOW = {"bom": "from its byte-order mark", "utf-8": "valid UTF-8", "detected": "detected",
       "given": "as given with --encoding"}


def add_parser(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("import-csv", help="import cases from a CSV or .xlsx file with a column mapping")
    c.add_argument("file", type=Path)
    c.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help="fill case FIELD from COLUMN (repeatable)")
    c.add_argument("--default", action="append", default=[], metavar="FIELD=VALUE",
                   help="value for a field no column fills, e.g. severity=medium or customer=NAME")
    c.add_argument("--customer", metavar="NAME",
                   help="customer of every row that has no customer column (same as --default customer=NAME)")
    c.add_argument("--encoding", metavar="NAME",
                   help=f"the CSV's encoding instead of the detected one ({', '.join(COMMON_ENCODINGS)}, …)")
    c.add_argument("--sheet", metavar="NAME", help=".xlsx: the sheet to read (default: the first)")
    c.add_argument("--preview", action="store_true",
                   help="show the encoding and the first lines as decoded, import nothing")


def cmd_import_csv(args, archive, services, out, pairs) -> int:
    if args.preview:
        print(preview_text(read_table(args.file, args.encoding, args.sheet, limit=PREVIEW_ROWS), args.file))
        return 0
    mapping = pairs(args.map, "--map")
    defaults = pairs(args.default, "--default")
    if args.customer is not None:
        if "customer" in defaults and defaults["customer"] != args.customer:
            raise KbdeskError("--customer and --default customer=… name different customers; give one")
        defaults["customer"] = args.customer
    try:
        report = import_cases_csv(archive, args.file, mapping, defaults, actor=services.actor,
                                  progress=out.progress, encoding=args.encoding, sheet=args.sheet,
                                  hub=services.hub)
    except ImportRejected as exc:
        out.error(str(exc) + _decoded_hint(args))
        return 1
    out.done(f"Imported {report.total} cases.")
    return 0


def preview_text(table: Table, path: Path) -> str:
    lines = [f"file:     {path}"]
    if table.encoding is not None:
        lines.append(f"encoding: {table.encoding} ({HOW.get(table.how, table.how)}); "
                     "if the text below looks garbled, run again with --encoding NAME "
                     f"(e.g. {', '.join(COMMON_ENCODINGS[:4])})")
        lines.append("first lines as decoded:")
        lines += [f"  {n:>3}  {text}" for n, text in enumerate(table.raw_lines, 1)]
    else:
        lines.append(f"sheet:    {table.sheet} (sheets: {', '.join(table.sheets)}; choose with --sheet NAME)")
        lines.append("first rows:")
        lines += [f"  {n:>3}  {' | '.join(cells)}" for n, cells in
                  [(1, table.header), *table.rows[:PREVIEW_ROWS - 1]]]
    lines.append(f"columns:  {', '.join(table.header)}")
    return "\n".join(lines)


def _decoded_hint(args) -> str:
    """After a refusal, show how the file read: a wrong encoding guess shows at once."""
    if is_xlsx(args.file):
        return ""
    try:
        table = read_table(args.file, args.encoding, limit=PREVIEW_ROWS)
    except KbdeskError:
        return ""  # the refusal already says why the file cannot be read
    return "\n\n" + preview_text(table, args.file)
