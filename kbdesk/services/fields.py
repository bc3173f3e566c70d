"""Field rules per record type: how values are read, which are allowed.

Column types come from the ORM; what the ORM cannot say (allowed codes,
ranges) is declared here once and used by the services, the importer and the
forms alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, Integer, String, Text
from sqlalchemy.types import JSON

from ..domain import enums as e
from ..storage.blobs import SHA256_PATTERN
from ..storage.registry import RECORD_TYPES
from ..storage.types import UTCDateTime

ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


def _codes(enum_cls) -> frozenset[str]:
    return frozenset(m.value for m in enum_cls)


# Allowed values per (type, field). Category is a reference, checked apart.
CHOICES: dict[tuple[str, str], frozenset[str]] = {
    ("customer", "plan_level"): _codes(e.PlanLevel),
    ("case", "severity"): _codes(e.Severity),
    ("case", "status"): _codes(e.CaseStatus),
    ("case", "fault_level"): _codes(e.FaultLevel),
    ("timeline", "kind"): _codes(e.TimelineKind),
    ("timeline", "from_status"): _codes(e.CaseStatus),
    ("timeline", "to_status"): _codes(e.CaseStatus),
    ("escalation", "target"): _codes(e.EscalationTarget),
    ("notification", "channel"): _codes(e.NotifyChannel),
    ("confirmation", "kind"): _codes(e.ConfirmationKind),
    ("service_record", "channel"): _codes(e.ServiceChannel),
    ("service_record", "kind"): _codes(e.ServiceKind),
    ("complaint", "channel"): _codes(e.ComplaintChannel),
    ("runbook", "kind"): _codes(e.RunbookKind),
    ("drill", "kind"): _codes(e.DrillKind),
    ("drill", "outcome"): _codes(e.DrillOutcome),
    ("drill", "status"): _codes(e.DrillStatus),
    ("drill_step", "status"): _codes(e.StepStatus),
    ("action", "status"): _codes(e.ActionStatus),
    ("material", "kind"): _codes(e.MaterialKind),
    ("training_session", "status"): _codes(e.SessionStatus),
    ("link", "relation"): _codes(e.LinkRelation),
    ("link", "source_type"): frozenset(RECORD_TYPES),
    ("link", "target_type"): frozenset(RECORD_TYPES),
    ("match_feedback", "kind"): _codes(e.FeedbackKind),
    ("match_feedback", "target_type"): frozenset({"case", "article", "runbook"}),
    ("attachment", "owner_type"): frozenset(RECORD_TYPES),
    ("audit", "action"): _codes(e.AuditAction),
}

# Inclusive integer ranges.
RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("survey", "attitude"): (1, 5),
    ("survey", "business"): (1, 5),
    ("survey", "technical"): (1, 5),
    ("attendance", "score"): (1, 5),
    ("runbook_step", "position"): (1, 10_000),
    ("runbook_step", "estimated_minutes"): (0, 100_000),
    ("runbook", "drill_interval_months"): (1, 120),
    ("customer", "drill_interval_months"): (1, 120),
    ("drill_step", "position"): (1, 10_000),
    ("drill_step", "planned_minutes"): (0, 100_000),
    ("course", "duration_hours"): (0, 10_000),
    ("article", "version"): (1, 1_000_000),
    ("article_version", "version"): (1, 1_000_000),
    ("attachment", "size"): (0, 1 << 50),
}

# Text that must not be blank when given or required.
NON_BLANK: set[tuple[str, str]] = {
    ("customer", "name"), ("contact", "name"), ("case", "title"), ("case", "number"),
    ("article", "title"), ("runbook", "title"), ("runbook_step", "action"),
    ("course", "title"), ("material", "title"), ("complaint", "subject"),
    ("category", "code"), ("category", "name_zh"), ("category", "name_en"),
    ("service_record", "engineer"), ("action", "title"), ("attendance", "name"),
    ("notification", "contact_name"), ("confirmation", "person"),
    ("match_feedback", "actor"),
}

# Text that must have a given shape: (pattern, what it should be).
# The attachment hash names a stored file: nothing else may ever get that far.
PATTERNS: dict[tuple[str, str], tuple[re.Pattern[str], str]] = {
    ("attachment", "sha256"): (SHA256_PATTERN, "a SHA-256 hash (64 lowercase hex digits)"),
}

# Polymorphic references: (type field, id field).
POLYMORPHIC: dict[str, list[tuple[str, str]]] = {
    "link": [("source_type", "source_id"), ("target_type", "target_id")],
    "match_feedback": [("target_type", "target_id")],
    "attachment": [("owner_type", "owner_id")],
}

# Fields filled in by services, never required from a caller.
GENERATED = {"id", "created_at", "updated_at", "row_version"}
GENERATED_BY_TYPE = {"case": {"number"}}


class FieldError(ValueError):
    """A single field's value is wrong; the message is for a person."""


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # str | int | bool | datetime | date | list | json
    required: bool
    nullable: bool
    reference: str | None  # record type referenced by a foreign key
    max_length: int | None = None
    # The model's default: a value, a callable making one (list, utcnow), or
    # None. What a new record holds when the user leaves the field alone.
    default: Any = None

    def new_value(self) -> Any:
        """The value a new record starts on; None when there is no default."""
        return self.default() if callable(self.default) else self.default

    @property
    def must_choose(self) -> bool:
        """Required and without a default: the user has to pick a value."""
        return self.required and self.default is None


@dataclass
class TypeSpec:
    record_type: str
    key: str
    fields: dict[str, FieldSpec] = field(default_factory=dict)

    def required_fields(self) -> list[str]:
        return [f.name for f in self.fields.values() if f.required]


def _kind(col) -> str:
    t = col.type
    if isinstance(t, UTCDateTime):
        return "datetime"
    if isinstance(t, Date):
        return "date"
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, Integer):
        return "int"
    if isinstance(t, JSON):
        return "list" if col.name in ("tags", "linked_systems", "participants") else "json"
    if isinstance(t, String | Text):
        return "str"
    raise TypeError(f"unmapped column type {t!r}")


def _default_of(col) -> Any:
    default = col.default
    if default is None:
        return None
    if default.is_scalar:
        return default.arg
    if default.is_callable:
        # SQLAlchemy wraps the callable to take an execution context; a
        # model default never reads it (list, utcnow).
        return lambda: default.arg(None)
    return None


def _build_specs() -> dict[str, TypeSpec]:
    table_to_type = {cls.__tablename__: name for name, cls in RECORD_TYPES.items()}
    specs: dict[str, TypeSpec] = {}
    for name, cls in RECORD_TYPES.items():
        table = cls.__table__
        key = table.primary_key.columns.keys()[0]
        spec = TypeSpec(name, key)
        for col in table.columns:
            fk = next(iter(col.foreign_keys), None)
            generated = col.name in GENERATED or col.name in GENERATED_BY_TYPE.get(name, ())
            has_default = col.default is not None or col.nullable
            spec.fields[col.name] = FieldSpec(
                name=col.name,
                kind=_kind(col),
                required=(not generated and not has_default and not col.primary_key)
                or (col.primary_key and col.name != "id"),
                nullable=bool(col.nullable),
                reference=table_to_type[fk.column.table.name] if fk else None,
                max_length=getattr(col.type, "length", None),
                default=None if generated or col.primary_key else _default_of(col),
            )
        specs[name] = spec
    return specs


SPECS: dict[str, TypeSpec] = _build_specs()


def coerce(record_type: str, spec: FieldSpec, value: Any) -> Any:
    """Turn a caller's or a file's value into what the column stores."""
    if value is None:
        if spec.nullable:
            return None
        raise FieldError("must have a value")
    kind = spec.kind
    if kind == "str":
        if not isinstance(value, str):
            raise FieldError(f"must be text, got {type(value).__name__}")
        if (record_type, spec.name) in NON_BLANK and not value.strip():
            raise FieldError("must not be empty")
        if spec.max_length and len(value) > spec.max_length:
            raise FieldError(f"is longer than {spec.max_length} characters")
        allowed = CHOICES.get((record_type, spec.name))
        if allowed is not None and value not in allowed:
            raise FieldError(f"{value!r} is not one of {', '.join(sorted(allowed))}")
        shape = PATTERNS.get((record_type, spec.name))
        if shape is not None and not shape[0].match(value):
            raise FieldError(f"{_shown(value)} is not {shape[1]}")
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise FieldError(f"must be a whole number, got {value!r}")
        bounds = RANGES.get((record_type, spec.name))
        if bounds and not bounds[0] <= value <= bounds[1]:
            raise FieldError(f"must be between {bounds[0]} and {bounds[1]}, got {value}")
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise FieldError(f"must be true or false, got {value!r}")
        return value
    if kind == "datetime":
        return _as_datetime(value)
    if kind == "date":
        return _as_date(value)
    if kind == "list":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise FieldError("must be a list of texts")
        return value
    if kind == "json":
        if not isinstance(value, dict | list):
            raise FieldError("must be a JSON object")
        return value
    raise AssertionError(kind)


def _shown(value: str) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "…"


def _as_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, str):
        try:
            dt = datetime.fromisoformat(value)
        except ValueError:
            raise FieldError(
                f"{value!r} is not a date-time; write e.g. 2026-03-12T09:41:00+08:00"
            ) from None
    else:
        raise FieldError(f"must be a date-time, got {type(value).__name__}")
    if dt.tzinfo is None:
        raise FieldError(f"{value!s} has no time zone; add one, e.g. +08:00")
    return dt


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        raise FieldError("must be a date without a time")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise FieldError(f"{value!r} is not a date; write e.g. 2026-03-12") from None
    raise FieldError(f"must be a date, got {type(value).__name__}")


def check_id(value: Any) -> str:
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise FieldError(f"{value!r} is not a valid id (1–32 of A–Z a–z 0–9 _ -)")
    return value


def clean_record(record_type: str, data: dict[str, Any], partial: bool = False) -> tuple[dict, dict]:
    """Check and convert one record's fields.

    Returns (values, problems). With ``partial`` (an update) required fields
    may be absent. References are not checked here: that needs the archive.
    """
    spec = SPECS[record_type]
    values: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for name, value in data.items():
        fspec = spec.fields.get(name)
        if fspec is None:
            problems[name] = "is not a field of " + record_type
            continue
        try:
            if name == "id":
                values[name] = check_id(value)
            else:
                values[name] = coerce(record_type, fspec, value)
        except FieldError as exc:
            problems[name] = str(exc)
    if not partial:
        for name in spec.required_fields():
            if name not in data:
                problems.setdefault(name, "is required")
    return values, problems
