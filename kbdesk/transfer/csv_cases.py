"""CSV import of cases with a column mapping (e.g. a spreadsheet export)."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select

from ..errors import ImportRejected
from ..services.fields import SPECS
from ..storage.archive import Archive
from ..storage.models import Customer
from .batch import Batch, ImportReport, Incoming, Progress


def import_cases_csv(
    archive: Archive, path: Path | str, mapping: dict[str, str],
    defaults: dict[str, str] | None = None, actor: str = "import",
    progress: Progress | None = None,
) -> ImportReport:
    """Import cases from a CSV file, all or nothing.

    ``mapping`` maps a case field to a CSV column name; ``defaults`` gives a
    value for fields no column fills (e.g. severity=medium). A ``customer``
    mapping or default may name the customer instead of giving its id.
    """
    path = Path(path)
    defaults = dict(defaults or {})
    fields = SPECS["case"].fields
    unknown = [f for f in [*mapping, *defaults] if f not in fields and f != "customer"]
    if unknown:
        raise ImportRejected(str(path), [(0, f"{', '.join(unknown)}: not case fields "
                                             f"(fields: {', '.join(fields)})")])
    batch = Batch(archive, str(path), actor)
    with archive.read_session() as s:
        customers = {name: cid for cid, name in s.execute(select(Customer.id, Customer.name))}
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in mapping.values() if c not in (reader.fieldnames or [])]
            if missing:
                raise ImportRejected(str(path), [(1, f"no column named {', '.join(map(repr, missing))} "
                                                     f"(columns: {', '.join(reader.fieldnames or [])})")])
            for row in reader:
                line = reader.line_num
                data = _case_from_row(row, mapping, defaults)
                if None in row:
                    batch.problem(line, "more cells than header columns")
                    continue
                customer = data.pop("customer", None)
                if customer is not None:
                    if customer not in customers:
                        batch.problem(line, f"unknown customer {customer!r}")
                        continue
                    data["customer_id"] = customers[customer]
                batch.add(Incoming(line, "case", data))
    except UnicodeDecodeError as exc:
        raise ImportRejected(str(path), [(0, f"the file is not UTF-8 text ({exc.reason})")]) from exc
    except csv.Error as exc:
        raise ImportRejected(str(path), [(0, f"not a readable CSV file: {exc}")]) from exc
    except OSError as exc:
        raise ImportRejected(str(path), [(0, f"cannot read the file: {exc.strerror}")]) from exc
    batch.check()
    if batch.problems:
        raise ImportRejected(str(path), batch.problems)
    return batch.commit(progress)


def _case_from_row(row: dict, mapping: dict[str, str], defaults: dict[str, str]) -> dict:
    fields = SPECS["case"].fields
    data: dict = {}
    for field, value in [*defaults.items(), *((f, row.get(c)) for f, c in mapping.items())]:
        if value is None or (value == "" and field in data):
            continue
        spec = fields.get(field)
        data[field] = _convert(spec.kind if spec else "str", value)
    return data


def _convert(kind: str, value: str):
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
    return value
