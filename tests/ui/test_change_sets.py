"""Views react to change sets: the view that saved shows its own result, other
views reload only what the change set touches, in workers, once per burst."""

from __future__ import annotations

import json

import pytest
from core.sample import at, fill

from kbdesk.cli.main import main as cli_main
from kbdesk.services import ChangeSet, Services
from kbdesk.storage.archive import Archive
from kbdesk.transfer.jsonl import import_jsonl
from kbdesk.ui.sections.cases import CaseSection
from kbdesk.ui.sections.catalog import CONFIGS
from kbdesk.ui.sections.record_section import RecordSection
from kbdesk.ui.sections.runbooks import DrillSection, RunbookSection
from kbdesk.ui.training_plan_view import training_section


@pytest.fixture
def ctx(tmp_path, make_ctx):
    archive = Archive.create(tmp_path / "archive")
    ctx = make_ctx(archive)
    ctx.ids = fill(Services(archive, "seed"), tmp_path)
    return ctx


def settle(qtbot, ctx):
    for _ in range(4):
        ctx.tasks.wait()
        qtbot.wait(20)


def count_queries(monkeypatch, section: RecordSection) -> list[int]:
    """Every list query the section's model runs (the real query runs too)."""
    return count_calls(monkeypatch, section.model, "query")


def count_calls(monkeypatch, obj, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(obj, name)

    def spy(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(obj, name, spy)
    return calls


@pytest.fixture
def sections(qtbot, ctx):
    made = {
        "cases": CaseSection(ctx),
        "other_cases": RecordSection(ctx, CONFIGS["case"]),  # another view of the same records
        "customers": RecordSection(ctx, CONFIGS["customer"]),
        "runbooks": RunbookSection(ctx),
        "training": training_section(ctx),
    }
    for widget in made.values():
        qtbot.addWidget(widget)
    settle(qtbot, ctx)
    return made


def training_lists(training) -> list[RecordSection]:
    return list(training.sections.values())


def title_in_list(section: RecordSection, case_id: str) -> str | None:
    row = section.model.row_of(case_id)
    return None if row is None else section.model.record_at(row)["title"]


def test_saving_a_case_updates_its_lists_and_leaves_unrelated_sections_alone(qtbot, ctx, sections, monkeypatch):
    cases, other = sections["cases"], sections["other_cases"]
    case_id = ctx.ids["case2"]
    cases.select_record(case_id)
    settle(qtbot, ctx)
    queries = {name: count_queries(monkeypatch, s) for name, s in sections.items() if name != "training"}
    training = [count_queries(monkeypatch, s) for s in training_lists(sections["training"])]
    plan_reloads = count_calls(monkeypatch, sections["training"].plan_view, "reload")

    cases.form.editors["title"].setText("OSS 403 AccessDenied（已定位）")
    cases.save()
    qtbot.waitUntil(lambda: title_in_list(other, case_id) == "OSS 403 AccessDenied（已定位）", timeout=5000)
    settle(qtbot, ctx)

    # The editor's own list shows the saved row from the save's result, without a query.
    assert title_in_list(cases, case_id) == "OSS 403 AccessDenied（已定位）"
    assert queries["cases"] == []
    # Another list of cases reloads once; lists of other types and the training plan not at all.
    assert queries["other_cases"] == [1]
    assert queries["customers"] == [] and queries["runbooks"] == []
    assert all(calls == [] for calls in training) and plan_reloads == []


def test_a_new_case_takes_its_place_in_the_editors_list(qtbot, ctx, sections):
    cases = sections["cases"]
    before = cases.model.total()
    saved = []

    def on_saved(result):
        saved.append(result)
        cases._on_saved(result)  # what the section's save() hands its result to

    services = ctx.services.for_origin(cases.origin)
    ctx.tasks.run(lambda: services.save("case", {
        "customer_id": ctx.ids["customer"], "title": "新的故障", "category": "os_problem",
        "severity": "low", "reported_at": at(25)}), on_saved, write=True)
    qtbot.waitUntil(lambda: cases.model.total() == before + 1, timeout=5000)
    assert saved[0].changes.origin == cases.origin
    assert title_in_list(cases, saved[0].record["id"]) == "新的故障"


def test_a_timeline_entry_reloads_only_its_own_cases_timeline(qtbot, ctx, monkeypatch):
    shown = CaseSection(ctx)
    qtbot.addWidget(shown)
    shown.select_record(ctx.ids["case"])
    settle(qtbot, ctx)
    refreshes = count_calls(monkeypatch, shown.timeline, "refresh")
    ctx.services.add_timeline(ctx.ids["case2"], "note", "另一个工单的备注")
    settle(qtbot, ctx)
    assert refreshes == []
    ctx.services.add_timeline(ctx.ids["case"], "note", "这个工单的备注")
    qtbot.waitUntil(lambda: "这个工单的备注" in shown.timeline.view.toPlainText(), timeout=5000)
    assert refreshes == [1]


def test_a_step_of_another_drill_leaves_the_shown_steps_alone(qtbot, ctx, monkeypatch):
    drills = DrillSection(ctx)
    qtbot.addWidget(drills)
    drills.select_record(ctx.ids["drill"])
    settle(qtbot, ctx)
    steps = next(t for t in drills.child_tables if t.child_type == "drill_step")
    refreshes = count_calls(monkeypatch, steps, "refresh")
    other = ctx.services.create("drill", {"runbook_id": ctx.ids["runbook"], "date": at(12).date()})
    ctx.services.create("drill_step", {"drill_id": other["id"], "position": 1})
    settle(qtbot, ctx)
    assert refreshes == []
    ctx.services.create("drill_step", {"drill_id": ctx.ids["drill"], "position": 2})
    qtbot.waitUntil(lambda: steps.table.rowCount() == 2, timeout=5000)
    assert refreshes == [1]


def write_import(path, ctx, n=5):
    lines = [{"kbdesk": "export", "format": 1, "schema": 2},
             {"type": "customer", "data": {"id": "imp-cust", "name": "导入客户"}}]
    lines += [{"type": "case", "data": {"id": f"imp-{i}", "customer_id": "imp-cust", "title": f"导入 {i}",
                                        "category": "os_problem", "severity": "low",
                                        "reported_at": "2026-03-21T10:00:00+08:00"}} for i in range(n)]
    lines.append({"kbdesk": "end", "records": n + 1, "blobs": 0})
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    return path


def test_a_bulk_import_refreshes_the_affected_lists_once(qtbot, ctx, sections, monkeypatch, tmp_path):
    path = write_import(tmp_path / "cases.jsonl", ctx)
    queries = {name: count_queries(monkeypatch, s) for name, s in sections.items() if name != "training"}
    training = [count_queries(monkeypatch, s) for s in training_lists(sections["training"])]
    before = sections["cases"].model.total()
    received = []
    ctx.sig_changed.connect(received.append)
    ctx.tasks.run(lambda: import_jsonl(ctx.archive, path, actor="tester", hub=ctx.services.hub), write=True)
    qtbot.waitUntil(lambda: sections["cases"].model.total() == before + 5, timeout=10000)
    settle(qtbot, ctx)
    (changes,) = received  # one broadcast for the whole import
    assert changes.ids("case") == {f"imp-{i}" for i in range(5)}
    assert queries["cases"] == [1] and queries["other_cases"] == [1] and queries["customers"] == [1]
    assert queries["runbooks"] == [] and all(calls == [] for calls in training)


def test_an_import_job_reports_what_it_wrote_and_only_those_lists_reload(
        qtbot, ctx, sections, monkeypatch, tmp_path, capsys):
    path = write_import(tmp_path / "job.jsonl", ctx, n=3)
    # The job's child process: the CLI with --progress-lines names what it wrote before DONE.
    assert cli_main(["--archive", str(ctx.archive.root), "--progress-lines", "import", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    changed = [line for line in lines if line.startswith("CHANGED ")]
    assert changed == ["CHANGED customer:1 case:3"]
    assert lines.index(changed[0]) < next(i for i, line in enumerate(lines) if line.startswith("DONE "))
    # ... and the app broadcasts just those types (ProcessJob parses the line the same way).
    from kbdesk.ui.jobs import ProcessJob

    job = ProcessJob(ctx.archive.root, [])
    job.proc.readAllStandardOutput = lambda: b"\n".join(line.encode() for line in lines) + b"\n"
    job._on_output()
    assert job.changes.types() == {"customer", "case"}
    queries = {name: count_queries(monkeypatch, s) for name, s in sections.items() if name != "training"}
    training = [count_queries(monkeypatch, s) for s in training_lists(sections["training"])]
    ctx.broadcast(job.changes)
    qtbot.waitUntil(lambda: bool(queries["cases"]), timeout=5000)
    settle(qtbot, ctx)
    assert queries["cases"] == [1] and queries["customers"] == [1]
    assert queries["runbooks"] == [] and all(calls == [] for calls in training)


def test_change_sets_merge_without_losing_who_or_what():
    a = ChangeSet.of("case", "1", actor="王敏", origin="cases")
    b = ChangeSet.of("timeline", "7", actor="王敏", origin="cases")
    c = ChangeSet.of("case", "2", actor="李强", origin="cli")
    ab = a.merged(b)
    assert (ab.actor, ab.origin, ab.types()) == ("王敏", "cases", {"case", "timeline"})
    abc = ab.merged(c)
    assert (abc.actor, abc.origin, abc.ids("case")) == ("", "", {"1", "2"})
    assert ChangeSet.from_summary_line("customer:1 case:3").types() == {"customer", "case"}
