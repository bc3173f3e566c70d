"""Drill comparison numbers on a small hand-computed archive, and the chart."""

from __future__ import annotations

from datetime import date

from kbdesk.reports.drill_compare import chart_font_path, drill_comparison, save_comparison_png


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
    assert cmp.drills[0].planned_total == 22


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
