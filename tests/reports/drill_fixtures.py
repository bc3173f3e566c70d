"""The hand-timed runbook and drills the comparison tests check (see drilled_runbook)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest


def at(day: date, minute: int) -> datetime:
    return datetime(day.year, day.month, day.day, 2, 0, tzinfo=UTC) + timedelta(minutes=minute)


@pytest.fixture
def drilled_runbook(services):
    """A three-step runbook (5 + 10 + 15 planned) and three drills, hand-timed:

    2025-03-01: 4, 12, 20 minutes, all done                → actual 36
    2025-09-01: 6, failed after 8, step 3 never run         → actual 14
    2026-03-01 (real): 5, 9, 14                            → actual 28
    """
    rb = services.create("runbook", {"title": "RDS 主备切换恢复", "kind": "recovery"})
    steps = [services.create("runbook_step", {"runbook_id": rb["id"], "position": n, "action": action,
                                              "estimated_minutes": est})
             for n, (action, est) in enumerate((("确认主库故障", 5), ("执行切换 failover", 10),
                                                 ("验证业务读写", 15)), 1)]
    plan = [
        (date(2025, 3, 1), "drill", [(0, 4, True), (4, 16, True), (16, 36, True)]),
        (date(2025, 9, 1), "drill", [(0, 6, True), (6, 14, False), None]),
        (date(2026, 3, 1), "real", [(0, 5, True), (5, 14, True), (14, 28, True)]),
    ]
    drills = []
    for day, kind, times in plan:
        drill = services.create("drill", {"runbook_id": rb["id"], "date": day, "kind": kind})
        drills.append(drill)
        for step, t in zip(steps, times, strict=True):
            if t is None:
                continue
            services.create("drill_step", {
                "drill_id": drill["id"], "step_id": step["id"], "position": step["position"],
                "started_at": at(day, t[0]), "ended_at": at(day, t[1]), "ok": t[2]})
    return rb, steps, drills
