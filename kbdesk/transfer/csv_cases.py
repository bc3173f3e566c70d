"""Import of cases from a spreadsheet (CSV in any encoding, or .xlsx) with a column mapping."""

from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path

from ..errors import ImportRejected
from ..rules.plan_time import plan_zone
from ..services.changes import ChangeHub
from ..services.existing import customer_ids_by_name
from ..services.fields import SPECS
from ..services.plan_store import load_plan
from ..storage.archive import Archive
from .batch import Batch, ImportReport, Incoming, Progress
from .case_columns import code_from_word
from .spreadsheet import Table, read_table


def import_cases_csv(
    archive: Archive, path: Path | str, mapping: dict[str, str],
    defaults: dict[str, str] | None = None, actor: str = "import",
    progress: Progress | None = None, encoding: str | None = None, sheet: str | None = None,
    hub: ChangeHub | None = None,
) -> ImportReport:
    """Import cases from a CSV file (any encoding) or an .xlsx sheet, all or nothing.

    ``mapping`` maps a case field to a column name; ``defaults`` gives a
    value for fields no column fills (e.g. severity=medium). A ``customer``
    mapping or default may name the customer instead of giving its id.
    ``encoding`` overrides the detected one; ``sheet`` picks an .xlsx sheet.
    Date-times without a zone are read in the service plan's zone.
    """
    path = Path(path)
    defaults = dict(defaults or {})
    fields = SPECS["case"].fields
    unknown = [f for f in [*mapping, *defaults] if f not in fields and f != "customer"]
    if unknown:
        raise ImportRejected(str(path), [(0, f"{', '.join(unknown)}: not case fields "
                                             f"(fields: {', '.join(fields)})")])
    table = read_table(path, encoding, sheet)
    missing = [c for c in mapping.values() if c not in table.header]
    if missing:
        raise ImportRejected(str(path), [(1, f"no column named {', '.join(map(repr, missing))} "
                                             f"(columns: {', '.join(table.header)})"
                                             + _encoding_hint(table))])
    tz = plan_zone(load_plan(archive))
    batch = Batch(archive, str(path), actor, hub)
    customers = customer_ids_by_name(archive)
    width = len(table.header)
    for line, cells in table.rows:
        if any(c.strip() for c in cells[width:]):
            batch.problem(line, "more cells than header columns")
            continue
        row = dict(zip(table.header, cells, strict=False))
        data = _case_from_row(row, mapping, defaults, tz)
        customer = data.pop("customer", None)
        if customer is not None:
            if customer not in customers:
                batch.problem(line, f"unknown customer {customer!r}")
                continue
            data["customer_id"] = customers[customer]
        batch.add(Incoming(line, "case", data))
    batch.check()
    if batch.problems:
        raise ImportRejected(str(path), batch.problems)
    return batch.commit(progress)


def _encoding_hint(table: Table) -> str:
    """A wrong encoding guess shows as garbled column names: say what was used."""
    if table.encoding is None:
        return ""
    how = {"bom": "from its byte-order mark", "utf-8": "valid UTF-8", "detected": "detected",
           "given": "as given"}.get(table.how, table.how)
    return f"; read as {table.encoding} ({how}); if the names look garbled, choose another with --encoding"


def _case_from_row(row: dict, mapping: dict[str, str], defaults: dict[str, str], tz: tzinfo) -> dict:
    fields = SPECS["case"].fields
    data: dict = {}
    for field, value in [*defaults.items(), *((f, row.get(c)) for f, c in mapping.items())]:
        if value is None or (value == "" and field in data):
            continue
        spec = fields.get(field)
        data[field] = _convert(spec.kind if spec else "str", code_from_word(field, value), tz)
    return data


def _convert(kind: str, value: str, tz: tzinfo):
    """CSV cells are text; give the validator the type it expects."""
    value = value.strip() if kind != "str" else value
    if kind == "bool":
        low = value.lower()
        return True if low in ("1", "true", "yes", "y", "是") else False if low in ("0", "false", "no", "n", "否", "") else value
    if kind == "int":
        return int(value) if value.lstrip("-").isdigit() else value
    if kind == "list":
        return [t.strip() for t in value.replace("，", ",").split(",") if t.strip()]
    if kind in ("datetime", "date") and value == "":
        return None
    if kind == "datetime":
        return _in_plan_zone(value, tz)
    return value


def _in_plan_zone(value: str, tz: tzinfo) -> str | datetime:
    """A spreadsheet time has no zone: it is the plan's (e.g. Beijing) time."""
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return value  # the validator says what is wrong with it
    return dt.replace(tzinfo=tz) if dt.tzinfo is None else dt
