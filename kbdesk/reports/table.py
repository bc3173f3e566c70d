"""What every report returns: a table of plain values and the chart drawn from it.

Reports speak in keys and codes ("response_p50", "urgent"); a front end turns
them into words with a :data:`Labeler` — the CLI with :func:`english`, the
app with Qt's translations — so the chart, the table on screen and every
export show the same numbers from the same rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

# (namespace, key) -> words. Namespaces: "report" (column, series, axis and
# title keys), and a code table ("severity", "category", …) for code values.
Labeler = Callable[[str, str], str]


@dataclass(frozen=True)
class Column:
    key: str
    # text | int | float | percent | minutes | date, or "code:<table>" for codes
    kind: str = "text"
    # The header is a code of this table ("severity" for a column per severity), not a report key.
    header_table: str = ""


@dataclass
class Series:
    key: str  # a "report" label key, or a code when ``code_table`` is set
    values: list[float | None]
    code_table: str = ""


@dataclass
class Panel:
    """One plot: bars (grouped or stacked), lines, or a histogram (bars over bins)."""

    kind: str  # bar | stacked | line | histogram
    categories: list[str]  # x positions: codes, names or periods
    series: list[Series]
    title: str = ""  # "report" label key
    x_label: str = ""
    y_label: str = ""
    category_table: str = ""  # code table of the categories, "" = shown as they are
    y_max: float | None = None


@dataclass
class ChartSpec:
    panels: list[Panel]
    title: str = ""


@dataclass
class ReportFilters:
    start: date | None = None  # both ends inclusive, in the plan's zone
    end: date | None = None
    customer: str | None = None  # customer id
    product: str | None = None

    def instants(self, tz: tzinfo) -> tuple[datetime | None, datetime | None]:
        """[start, end) as instants at midnight in ``tz``."""
        lo = datetime.combine(self.start, time(0), tzinfo=tz) if self.start else None
        hi = datetime.combine(self.end + timedelta(days=1), time(0), tzinfo=tz) if self.end else None
        return lo, hi


@dataclass
class ReportTable:
    name: str  # sla | times | cases | complaints | satisfaction | training | drills
    title: str  # "report" label key
    columns: list[Column]
    rows: list[list[Any]]
    chart: ChartSpec | None = None
    # "report" label keys of notes shown under the table (how things were counted).
    notes: list[str] = field(default_factory=list)
    # Facts the header states: the period and filters applied, the zone.
    context: dict[str, str] = field(default_factory=dict)
    # Names of codes the archive defines itself: {table: {code: (zh, en)}} (user categories).
    code_names: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)

    def column(self, key: str) -> list[Any]:
        i = [c.key for c in self.columns].index(key)
        return [row[i] for row in self.rows]

    def row(self, first: Any) -> list[Any]:
        """The row whose first cell is ``first``."""
        for row in self.rows:
            if row[0] == first:
                return row
        raise KeyError(first)


def cell_text(value: Any, kind: str, label: Labeler) -> str:
    """A cell as the table shows it (CSV and XLSX keep numbers as numbers)."""
    if value is None:
        return "—"
    if kind.startswith("code:"):
        return label(kind[5:], str(value))
    if kind == "percent":
        return f"{value:.1f}%"
    if kind == "float":
        return f"{value:.2f}"
    if kind == "minutes":
        return minutes_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def minutes_text(minutes: float) -> str:
    m = round(minutes)
    days, rest = divmod(m, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days}d{hours:02d}h"
    return f"{hours}h{mins:02d}m" if hours else f"{mins}m"


def percent(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def quarter_key(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def month_key(day: date) -> str:
    return f"{day.year}-{day.month:02d}"


def months_between(first: str, last: str) -> list[str]:
    """Every "YYYY-MM" from ``first`` to ``last``: a time series shows empty months as zero."""
    y, m = map(int, first.split("-"))
    out = []
    while f"{y}-{m:02d}" <= last:
        out.append(f"{y}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
