"""Drill comparison numbers on a small hand-computed archive, and the chart."""

from __future__ import annotations

from datetime import date

from kbdesk.reports.drill_compare import chart_font_path, drill_comparison, save_comparison_png

from .drill_fixtures import at_minute as at


def test_per_step_minutes_and_totals_match_the_hand_computed_figures(services, drilled_runbook):
    rb, _steps, _drills = drilled_runbook
    cmp = drill_comparison(services, rb["id"])
    assert [s.position for s in cmp.steps] == [1, 2, 3]
    assert [d.date for d in cmp.drills] == [date(2025, 3, 1), date(2025, 9, 1), date(2026, 3, 1)]
    assert [[c.minutes for c in d.cells] for d in cmp.drills] == [[4, 12, 20], [6, 8, None], [5, 9, 14]]
    assert [[c.status for c in d.cells] for d in cmp.drills] == [
        ["done", "done", "done"], ["done", "failed", "not_run"], ["done", "done", "done"]]
    assert [d.actual_total for d in cmp.drills] == [36, 14, 28]
    assert [d.planned_total for d in cmp.drills] == [30, 30, 30]
    assert [d.kind for d in cmp.drills] == ["drill", "drill", "real"]
    assert cmp.drills[1].failed == 1


def test_a_result_whose_step_was_removed_keeps_a_row(services, drilled_runbook):
    rb, steps, _ = drilled_runbook
    services.delete("runbook_step", steps[2]["id"])  # results keep their position, lose the step id
    services.create("runbook_step", {"runbook_id": rb["id"], "position": 3, "action": "新的验证",
                                     "estimated_minutes": 7})
    cmp = drill_comparison(services, rb["id"])
    # Matched by position now: the new step 3 takes the old results.
    assert [d.cells[2].minutes for d in cmp.drills] == [20, None, 14]
    # Results keep the minutes planned when they were recorded (5 + 10 + 15), not the new step's 7.
    assert cmp.drills[0].planned_total == 30


def test_no_drills_gives_an_empty_comparison(services):
    rb = services.create("runbook", {"title": "未演练", "kind": "backup"})
    cmp = drill_comparison(services, rb["id"])
    assert cmp.drills == () and cmp.steps == ()


def test_chart_png_is_written_with_the_bundled_font(services, drilled_runbook, tmp_path):
    rb, _, _ = drilled_runbook
    out = tmp_path / "cmp.png"
    save_comparison_png(drill_comparison(services, rb["id"]), out, {"steps_title": "每步实际分钟"})
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert chart_font_path() is not None and chart_font_path().is_file()


def test_skipped_steps_and_the_minutes_planned_at_the_time(services, drilled_runbook):
    rb, steps, _ = drilled_runbook
    day = date(2026, 9, 1)
    drill = services.create("drill", {"runbook_id": rb["id"], "date": day})
    for step, status, times, planned in ((steps[0], "done", (0, 3), 4), (steps[1], "skipped", None, 10),
                                         (steps[2], "failed", (3, 25), 20)):
        data = {"drill_id": drill["id"], "step_id": step["id"], "position": step["position"],
                "status": status, "ok": status != "failed", "planned_minutes": planned}
        if times:
            data.update(started_at=at(day, times[0]), ended_at=at(day, times[1]))
        services.create("drill_step", data)
    last = drill_comparison(services, rb["id"]).drills[-1]
    assert [(c.status, c.minutes) for c in last.cells] == [("done", 3), ("skipped", None), ("failed", 22)]
    assert last.planned_total == 34  # 4 + 10 + 20 as planned then, not today's 5 + 10 + 15
    assert last.actual_total == 25 and last.skipped == 1 and last.failed == 1
