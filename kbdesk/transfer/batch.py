"""Checks a whole batch of incoming records, then writes it in one transaction.

Shared by the JSON Lines and CSV importers: each parser turns its lines into
``Incoming`` records; the batch checks fields, duplicates and references
against the file and the archive, and either writes everything or raises
``ImportRejected`` with every problem and its line number.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.clock import new_id, utcnow
from ..errors import ImportRejected
from ..services.changes import ChangeHub, ChangeSet
from ..services.existing import ExistingRecords, existing_records
from ..services.fields import POLYMORPHIC, SPECS, clean_record
from ..services.policies import policy_for
from ..services.unit_of_work import RefusedByArchive, UnitOfWork, unit_of_work
from ..storage.archive import Archive
from ..storage.registry import RECORD_TYPES
from .blob_lines import BlobLines, Cancelled

Progress = Callable[[int, int], None]


@dataclass
class Incoming:
    line: int
    record_type: str
    data: dict[str, Any]


@dataclass
class ImportReport:
    path: str
    counts: dict[str, int] = field(default_factory=dict)
    blobs_added: int = 0
    already_present: int = 0  # lines identical to records the archive had
    changes: ChangeSet = field(default_factory=ChangeSet)  # what the import's unit of work wrote

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class Batch:
    def __init__(self, archive: Archive, path: str, actor: str, hub: ChangeHub | None = None,
                 origin: str = "import"):
        self.archive = archive
        self.path = path
        self.actor = actor
        self.hub = hub  # told the change set once the import has committed
        self.origin = origin
        self._placing: Path | None = None  # the journal of blobs placed in the open transaction
        self.problems: list[tuple[int, str]] = []
        self.rows: dict[str, list[dict]] = defaultdict(list)
        self.lines: dict[str, list[int]] = defaultdict(list)
        # Attachment content arrives as temporary files, moved into place on commit.
        self.blob_lines = BlobLines(archive.blobs, self.problem)
        self._ids: dict[str, dict[str, int]] = defaultdict(dict)  # type -> id -> line
        self._checked = False
        self.already_present = 0

    def problem(self, line: int, message: str) -> None:
        self.problems.append((line, message))

    def add(self, item: Incoming) -> None:
        if item.record_type not in RECORD_TYPES:
            self.problem(item.line, f"unknown record type {item.record_type!r}")
            return
        spec = SPECS[item.record_type]
        values, problems = clean_record(item.record_type, item.data)
        for name, msg in problems.items():
            self.problem(item.line, f"{item.record_type}.{name} {msg}")
        if problems:
            return
        if spec.key == "id":
            values.setdefault("id", new_id())
        key = values[spec.key]
        seen = self._ids[item.record_type]
        if key in seen:
            self.problem(item.line, f"{item.record_type} id {key!r} already used on line {seen[key]}")
            return
        seen[key] = item.line
        self.rows[item.record_type].append(values)
        self.lines[item.record_type].append(item.line)

    # --- checks against the file and the archive ---------------------------

    def check(self) -> None:
        with existing_records(self.archive) as existing:
            self._drop_identical_categories(existing)
            for rtype, rows in self.rows.items():
                spec = SPECS[rtype]
                clashes = existing.present(rtype, [r[spec.key] for r in rows])
                for row, line in zip(rows, self.lines[rtype], strict=True):
                    if row[spec.key] in clashes:
                        self.problem(line, f"{rtype} {row[spec.key]!r} already exists in the archive")
                    self._check_refs(rtype, row, line, existing)
            self._check_unique(existing, "customer", "name")
            self._check_unique(existing, "case", "number")
        for row, line in zip(self.rows.get("attachment", []), self.lines.get("attachment", []), strict=True):
            if row["sha256"] not in self.blob_lines.staged and not self.archive.blobs.has(row["sha256"]):
                self.problem(line, f"attachment content {row['sha256'][:12]}… is neither in the file nor stored")
        self.problems.sort(key=lambda p: p[0])
        self._checked = True

    def _drop_identical_categories(self, existing: ExistingRecords) -> None:
        """Built-in categories exist in every archive: a line repeating one
        exactly is already satisfied, not a clash (exports always carry them)."""
        kept_rows, kept_lines = [], []
        for row, line in zip(self.rows.get("category", []), self.lines.get("category", []), strict=True):
            have = existing.get("category", row["code"])
            if have is not None and all(have[k] == v for k, v in row.items()):
                self.already_present += 1
                continue
            kept_rows.append(row)
            kept_lines.append(line)
        if "category" in self.rows:
            self.rows["category"], self.lines["category"] = kept_rows, kept_lines

    def _check_refs(self, rtype: str, row: dict, line: int, existing: ExistingRecords) -> None:
        for fspec in SPECS[rtype].fields.values():
            target, ref = fspec.reference, row.get(fspec.name)
            if target and ref is not None and not self._known(target, ref, existing):
                self.problem(line, f"{rtype}.{fspec.name} refers to unknown {target} {ref!r}")
        for type_field, id_field in POLYMORPHIC.get(rtype, ()):
            target, ref = row[type_field], row[id_field]
            if not self._known(target, ref, existing):
                self.problem(line, f"{rtype}.{id_field} refers to unknown {target} {ref!r}")

    def _known(self, rtype: str, key: str, existing: ExistingRecords) -> bool:
        return key in self._ids[rtype] or existing.has(rtype, key)

    def _check_unique(self, existing: ExistingRecords, rtype: str, col: str) -> None:
        seen: dict[str, int] = {}
        values = [r.get(col) for r in self.rows.get(rtype, [])]
        taken = existing.values_taken(rtype, col, [v for v in values if v])
        for row, line in zip(self.rows.get(rtype, []), self.lines.get(rtype, []), strict=True):
            v = row.get(col)
            if v is None:
                continue
            if v in seen:
                self.problem(line, f"{rtype}.{col} {v!r} already used on line {seen[v]}")
            elif v in taken:
                self.problem(line, f"{rtype}.{col} {v!r} already exists in the archive")
            seen[v] = line

    # --- writing ------------------------------------------------------------

    def commit(self, progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> ImportReport:
        """Write every row in one unit of work: the rows, their audit entries and
        index outbox rows, with the same per-type policies as a single save."""
        if not self._checked:
            self.check()
        if self.problems:
            raise ImportRejected(self.path, self.problems)
        report = ImportReport(self.path, already_present=self.already_present)
        try:
            with unit_of_work(self.archive, self.actor, self.hub, self.origin) as uow:
                context = uow.import_context(_with_defaults)
                for rtype in RECORD_TYPES:  # numbers, snapshots, derived fields
                    policy_for(rtype).prepare_import(self.rows, context)
                self._insert(uow, report, progress, cancel)
                for rtype in RECORD_TYPES:
                    if self.rows.get(rtype):
                        policy_for(rtype).after_import(uow)
                # Last step before COMMIT, in the write lock: a crash before this
                # leaves only temp files (swept at open); after, rows and files agree.
                report.blobs_added = self._place_blobs()
            if self._placing is not None:  # committed: the placed blobs are referenced
                self._placing.unlink(missing_ok=True)
        except RefusedByArchive as exc:
            raise ImportRejected(self.path, [(0, f"the archive refused the data: {exc}")]) from exc
        report.changes = uow.changes
        return report

    def _insert(self, uow: UnitOfWork, report: ImportReport, progress: Progress | None,
                cancel: Callable[[], bool] | None) -> None:
        total = sum(len(r) for r in self.rows.values())
        done = 0
        now = utcnow()
        for rtype in RECORD_TYPES:  # dependency order
            rows = self.rows.get(rtype)
            if not rows:
                continue
            for start in range(0, len(rows), 5000):
                if cancel and cancel():
                    raise Cancelled()
                # Defaults per chunk: a full copy of 100k rows would double peak memory.
                chunk = [_with_defaults(rtype, r) for r in rows[start:start + 5000]]
                uow.insert_many(rtype, chunk, now)
                done += len(chunk)
                if progress:
                    progress(done, total)
            report.counts[rtype] = len(rows)

    def _place_blobs(self) -> int:
        staged = self.blob_lines.staged
        self._placing = self.archive.blobs.begin_placing(list(staged))
        added = sum(1 for writer in staged.values() if writer.place())
        staged.clear()
        return added


def _default_for(col) -> Any:
    d = col.default
    if d is None:
        return None
    if d.is_scalar:
        return d.arg
    fn = getattr(d.arg, "__wrapped__", d.arg)
    return fn()


def _with_defaults(rtype: str, row: dict) -> dict:
    table = RECORD_TYPES[rtype].__table__
    return {c.key: row[c.key] if c.key in row else _default_for(c) for c in table.columns}


__all__ = ["Batch", "Cancelled", "ImportReport", "Incoming"]
