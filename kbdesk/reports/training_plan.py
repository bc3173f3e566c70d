"""The yearly training plan per customer: planned and held on-site sessions against the quota.

Counting follows the quota rule (kbdesk/rules/quotas.py): a session counts
as held when it is on-site with status ``held``, dated by its held date (the
planned date when none was entered). Planned sessions are the on-site ones
planned in the year and not cancelled (held ones included). A customer is
behind plan when fewer sessions were held than the pro-rata share of the
quota for the part of the year gone by (all of it for a past year).

The same figures feed the Training plan tab and ``kbdesk training-progress``,
which adds attendance and the average feedback score (attendees' 1–5 scores).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain.enums import SessionStatus
from ..services.report_queries import training_records

MONTHS = 12


@dataclass
class CustomerTraining:
    customer_id: str
    customer: str
    quota: int
    planned_by_month: list[int] = field(default_factory=lambda: [0] * MONTHS)
    held_by_month: list[int] = field(default_factory=lambda: [0] * MONTHS)
    expected_by_now: int = 0
    sessions: int = 0  # every session of the year, remote and cancelled included
    attendees: int = 0  # people marked present at held sessions
    scores: list[int] = field(default_factory=list)

    @property
    def planned(self) -> int:
        return sum(self.planned_by_month)

    @property
    def held(self) -> int:
        return sum(self.held_by_month)

    @property
    def behind(self) -> bool:
        """Fewer held than the pro-rata share of the quota for the time gone by."""
        return self.held < self.expected_by_now

    @property
    def under_planned(self) -> bool:
        """Not enough on-site sessions planned to meet the quota this year."""
        return self.planned < self.quota

    @property
    def average_score(self) -> float | None:
        return sum(self.scores) / len(self.scores) if self.scores else None


@dataclass
class TrainingPlan:
    year: int
    quota: int
    rows: list[CustomerTraining]

    def totals(self) -> tuple[list[int], list[int]]:
        planned = [sum(r.planned_by_month[m] for r in self.rows) for m in range(MONTHS)]
        held = [sum(r.held_by_month[m] for r in self.rows) for m in range(MONTHS)]
        return planned, held


def expected_share(quota: int, year: int, today: date) -> int:
    """How many of ``quota`` sessions should be held by ``today`` (rounded down, as quotas.py)."""
    start, end = date(year, 1, 1), date(year + 1, 1, 1)
    if today < start:
        return 0
    if today >= end:
        return quota
    return int(quota * (today - start).days / (end - start).days)


def build_training_plan(
    customers: Iterable[dict[str, Any]], sessions: Iterable[dict[str, Any]],
    attendance: Iterable[dict[str, Any]], year: int, quota: int, today: date,
) -> TrainingPlan:
    """The plan of ``year`` from plain records (as the services return them)."""
    rows = {c["id"]: CustomerTraining(c["id"], c["name"], quota) for c in customers}
    expected = expected_share(quota, year, today)
    for planned in rows.values():
        planned.expected_by_now = expected
    session_customer: dict[str, str] = {}
    held_sessions: set[str] = set()
    for s in sessions:
        row = rows.get(s.get("customer_id") or "")
        if row is None:
            continue
        cancelled = s["status"] == SessionStatus.CANCELLED
        held = s["status"] == SessionStatus.HELD
        day = (s["held_date"] or s["planned_date"]) if held else s["planned_date"]
        if day.year == year:
            row.sessions += 1
            session_customer[s["id"]] = row.customer_id
            if held:
                held_sessions.add(s["id"])
        if not s["onsite"] or cancelled:
            continue
        if s["planned_date"].year == year:
            row.planned_by_month[s["planned_date"].month - 1] += 1
        if held and day.year == year:
            row.held_by_month[day.month - 1] += 1
    for a in attendance:
        customer_id = session_customer.get(a["session_id"])
        if customer_id is None:
            continue
        if a["session_id"] not in held_sessions:
            continue  # no one attends, or rates, a session that has not taken place
        row = rows[customer_id]
        if a["attended"]:
            row.attendees += 1
        if a.get("score") is not None:
            row.scores.append(a["score"])
    ordered = sorted(rows.values(), key=lambda r: (not r.behind, r.customer.casefold()))
    return TrainingPlan(year, quota, ordered)


def training_plan(services: Any, year: int, quota: int, today: date,
                  customer: str | None = None) -> TrainingPlan:
    """Read the archive and build the plan; ``customer`` keeps one customer (by exact name)."""
    records = training_records(services, year, customer)
    return build_training_plan(records.customers, records.sessions, records.attendance, year, quota, today)


# --- the progress report (CLI) ------------------------------------------------

PROGRESS_HEADER = ("customer", "planned", "held", "quota", "expected by now", "attendees",
                   "average score", "state")


def progress_rows(plan: TrainingPlan) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for r in plan.rows:
        score = f"{r.average_score:.1f}" if r.average_score is not None else "-"
        state = "behind plan" if r.behind else ("met" if r.held >= r.quota else "on track")
        if r.under_planned and r.held < r.quota:
            state += ", too few planned"
        out.append((r.customer, str(r.planned), str(r.held), str(r.quota), str(r.expected_by_now),
                    str(r.attendees), score, state))
    return out


def progress_csv(plan: TrainingPlan) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(PROGRESS_HEADER)
    writer.writerows(progress_rows(plan))
    return buf.getvalue()


def progress_markdown(plan: TrainingPlan) -> str:
    def line(cells: Iterable[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    lines = [f"# Training progress {plan.year} (on-site quota {plan.quota} a year)", "",
             line(PROGRESS_HEADER), line(["---"] * len(PROGRESS_HEADER))]
    lines += [line(r) for r in progress_rows(plan)]
    return "\n".join(lines) + "\n"


# --- one session's feedback --------------------------------------------------


@dataclass(frozen=True)
class SessionFeedback:
    listed: int  # people on the attendance list
    present: int
    ratings: int
    average: float | None
    comments: int


def session_feedback(attendance: Iterable[dict[str, Any]]) -> SessionFeedback:
    """The summary of one session's attendance list: who came and how they rated it."""
    rows = list(attendance)
    scores = [a["score"] for a in rows if a.get("score") is not None]
    return SessionFeedback(
        listed=len(rows), present=sum(1 for a in rows if a["attended"]), ratings=len(scores),
        average=sum(scores) / len(scores) if scores else None,
        comments=sum(1 for a in rows if (a.get("comment") or "").strip()),
    )
