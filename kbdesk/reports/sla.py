"""SLA compliance by severity, customer, month or quarter, and time distributions.

Cases marked not a fault are left out. A measure whose deadline has not
passed yet (and is not done) is pending and left out of its percentage; so is
a closed case that lacks the stamp a measure needs (imported history).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from ..domain.clock import utcnow
from ..domain.text import display_width
from ..rules.deadlines import response_deadline
from ..rules.plan import ServicePlan
from ..rules.plan_time import zone_label
from ..rules.working_calendar import WorkCalendar
from ..services.plan_store import load_plan
from ..services.report_queries import CaseScope, SlaCaseRow, sla_case_rows

GROUPINGS = ("severity", "customer", "month", "quarter")
SEVERITY_ORDER = ("critical", "urgent", "high", "medium", "low")
TOTAL = "total"


@dataclass
class Distribution:
    count: int = 0
    p50: timedelta | None = None
    p90: timedelta | None = None
    max: timedelta | None = None

    @classmethod
    def of(cls, values: list[timedelta]) -> Distribution:
        if not values:
            return cls()
        v = sorted(values)
        return cls(len(v), _nearest_rank(v, 50), _nearest_rank(v, 90), v[-1])


@dataclass
class Ratio:
    met: int = 0
    total: int = 0

    @property
    def percent(self) -> float | None:
        return 100.0 * self.met / self.total if self.total else None

    def add(self, met: bool | None) -> None:
        if met is not None:
            self.total += 1
            self.met += met


@dataclass
class SlaRow:
    group: str  # severity code, customer name, "2025-03", "2025-Q1" or "total"
    cases: int = 0
    major: int = 0
    response: Ratio = field(default_factory=Ratio)
    restore: Ratio = field(default_factory=Ratio)  # major faults only
    postmortem: Ratio = field(default_factory=Ratio)
    response_time: Distribution = field(default_factory=Distribution)
    recovery_time: Distribution = field(default_factory=Distribution)


def sla_stats(
    source: Any, by: str = "severity", start: date | None = None, end: date | None = None,
    now: datetime | None = None, plan: ServicePlan | None = None,
    customer_id: str | None = None, product: str | None = None,
) -> list[SlaRow]:
    """One row per group (reported date in [start, end], both inclusive) plus a total row."""
    if by not in GROUPINGS:
        raise ValueError(f"cannot group by {by!r}; use one of {', '.join(GROUPINGS)}")
    plan = plan or load_plan(source)
    cal = WorkCalendar(plan)
    now = now or utcnow()
    scope = CaseScope(
        customer_id, product,
        datetime.combine(start, time(0), tzinfo=cal.tz) if start else None,
        datetime.combine(end + timedelta(days=1), time(0), tzinfo=cal.tz) if end else None,
    )
    groups: dict[str, _Acc] = {}
    total = _Acc(TOTAL)
    for row in sla_case_rows(source, scope):
        key = _group_key(by, row, cal)
        judged = _judge(row, now, plan, cal)
        groups.setdefault(key, _Acc(key)).add(*judged)
        total.add(*judged)
    return [groups[k].row() for k in _ordered(by, groups)] + [total.row()]


class _Acc:
    def __init__(self, group: str):
        self.out = SlaRow(group)
        self.resp: list[timedelta] = []
        self.recov: list[timedelta] = []

    def add(self, major, resp_met, restore_met, pm_met, resp_t, recov_t) -> None:
        self.out.cases += 1
        self.out.major += major
        self.out.response.add(resp_met)
        self.out.restore.add(restore_met)
        self.out.postmortem.add(pm_met)
        if resp_t is not None:
            self.resp.append(resp_t)
        if recov_t is not None:
            self.recov.append(recov_t)

    def row(self) -> SlaRow:
        self.out.response_time = Distribution.of(self.resp)
        self.out.recovery_time = Distribution.of(self.recov)
        return self.out


def _judge(row: SlaCaseRow, now: datetime, plan: ServicePlan, cal: WorkCalendar):
    closed = row.status == "closed"
    rep = row.reported_at
    major = plan.is_major(row.severity, row.fault_level)
    resp_met = _met(row.responded_at, response_deadline(rep, plan, cal), now, closed)
    restore_met = None
    if major:
        restore_met = _met(row.recovered_at, rep + timedelta(minutes=plan.restore_minutes_major), now, closed)
    pm_met = None
    days = plan.postmortem_days(row.fault_level)
    if days is not None and row.recovered_at is not None:
        pm_met = _met(row.closed_at, cal.working_days_deadline(row.recovered_at, days), now, False)
    resp_t = row.responded_at - rep if row.responded_at else None
    recov_t = row.recovered_at - rep if row.recovered_at else None
    return major, resp_met, restore_met, pm_met, resp_t, recov_t


def _met(done: datetime | None, due: datetime, now: datetime, closed: bool) -> bool | None:
    if done is not None:
        return done <= due
    if closed or now <= due:
        return None  # no stamp on a closed case, or not due yet
    return False


def _group_key(by: str, row: SlaCaseRow, cal: WorkCalendar) -> str:
    if by == "severity":
        return row.severity
    if by == "customer":
        return row.customer
    day = cal.local(row.reported_at).date()
    return f"{day.year}-{day.month:02d}" if by == "month" else f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def _ordered(by: str, groups: dict) -> list[str]:
    if by == "severity":
        return sorted(groups, key=lambda k: (SEVERITY_ORDER.index(k) if k in SEVERITY_ORDER else 99, k))
    return sorted(groups)


def _nearest_rank(values: list[timedelta], p: int) -> timedelta:
    return values[max(0, math.ceil(p / 100 * len(values)) - 1)]


# --- text output (CLI) --------------------------------------------------------

HEADERS = ("group", "cases", "response met", "restore met (major)", "postmortem on time",
           "response p50/p90/max", "recovery p50/p90/max")


def format_duration(value: timedelta | None) -> str:
    if value is None:
        return "—"
    minutes = int(value.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days}d{hours:02d}h"
    return f"{hours}h{mins:02d}m" if hours else f"{mins}m"


def format_ratio(r: Ratio) -> str:
    return "—" if r.percent is None else f"{r.percent:.1f}% ({r.met}/{r.total})"


def _dist(d: Distribution) -> str:
    return "—" if not d.count else "/".join(format_duration(x) for x in (d.p50, d.p90, d.max))


def format_sla_table(rows: list[SlaRow]) -> str:
    """Plain-text table, columns padded to the widest cell (CJK counted double)."""
    cells = [HEADERS] + [
        (r.group, str(r.cases), format_ratio(r.response), format_ratio(r.restore),
         format_ratio(r.postmortem), _dist(r.response_time), _dist(r.recovery_time))
        for r in rows
    ]
    widths = [max(_width(c[i]) for c in cells) for i in range(len(HEADERS))]
    lines = ["  ".join(_pad(c, w, i) for i, (c, w) in enumerate(zip(row, widths, strict=True))).rstrip()
             for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def sla_command_output(
    services: Any, by: str = "severity", start: date | None = None, end: date | None = None,
    now: datetime | None = None,
) -> str:
    """What ``kbdesk sla`` prints."""
    rows = sla_stats(services, by, start, end, now)
    span = f"{start.isoformat() if start else 'start'} … {end.isoformat() if end else 'today'}"
    zone_name = load_plan(services).timezone
    head = (f"SLA compliance by {by}, cases reported {span} in {zone_label(zone_name, now or utcnow())} "
            "(cases marked not a fault excluded)")
    return head + "\n\n" + format_sla_table(rows)


_width = display_width


def _pad(text: str, width: int, column: int) -> str:
    gap = " " * (width - _width(text))
    return text + gap if column == 0 else gap + text


# --- as a report table (Reports section, `kbdesk report sla`) -------------------


def sla_report(rc: Any, by: str = "severity") -> Any:
    """The figures of :func:`sla_stats` as a :class:`~kbdesk.reports.table.ReportTable`."""
    from .table import ChartSpec, Column, Panel, ReportTable, Series

    f = rc.filters
    rows = sla_stats(rc.archive, by, f.start, f.end, rc.now, rc.plan, f.customer, f.product)
    columns = [
        Column(by, "code:severity" if by == "severity" else "text"),
        Column("cases", "int"),
        Column("major", "int"),
        Column("response_met", "percent"),
        Column("restore_met", "percent"),
        Column("postmortem_on_time", "percent"),
        Column("response_p50", "minutes"),
        Column("response_p90", "minutes"),
        Column("recovery_p50", "minutes"),
        Column("recovery_p90", "minutes"),
    ]

    def minutes(d: timedelta | None) -> float | None:
        return None if d is None else d.total_seconds() / 60

    out: list[list[Any]] = [
        [
            r.group,
            r.cases,
            r.major,
            r.response.percent,
            r.restore.percent,
            r.postmortem.percent,
            minutes(r.response_time.p50),
            minutes(r.response_time.p90),
            minutes(r.recovery_time.p50),
            minutes(r.recovery_time.p90),
        ]
        for r in rows
    ]
    shown = [r for r in out if r[0] != TOTAL and r[1]]
    panel = Panel(
        "bar",
        [r[0] for r in shown],
        [
            Series(k, [r[i] for r in shown])
            for i, k in ((3, "response_met"), (4, "restore_met"), (5, "postmortem_on_time"))
        ],
        title="sla_title",
        y_label="percent_met",
        y_max=100.0,
        category_table="severity" if by == "severity" else "",
    )
    table = ReportTable(
        "sla",
        "sla_title",
        columns,
        out,
        ChartSpec([panel]),
        notes=["note_not_a_fault_excluded", "note_sla_pending"],
    )
    return rc.finish(table)
