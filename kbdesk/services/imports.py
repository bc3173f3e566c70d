"""Reading files to import: holiday lists, case spreadsheets, runbooks in Markdown.

The readers of :mod:`kbdesk.transfer` (they parse and validate; nothing is
written until the caller saves through the services).
"""

from __future__ import annotations

from ..transfer.case_columns import COLUMN_NAMES, guess_mapping
from ..transfer.holidays import HolidayList, import_holiday_file
from ..transfer.runbook_markdown import RunbookDraft, read_runbook_file
from ..transfer.spreadsheet import Table, is_xlsx, read_table
from ..transfer.text_encoding import COMMON_ENCODINGS

__all__ = [
    "COLUMN_NAMES",
    "COMMON_ENCODINGS",
    "HolidayList",
    "RunbookDraft",
    "Table",
    "guess_mapping",
    "import_holiday_file",
    "is_xlsx",
    "read_runbook_file",
    "read_table",
]
