"""Child tables on the demo archive: every column in sight, steps named by their action."""

from __future__ import annotations

import pytest

from kbdesk.locate import create_demo
from kbdesk.ui.main_window import MainWindow


@pytest.fixture
def runbooks(qtbot, tmp_path, make_ctx):
    ctx = make_ctx(create_demo(tmp_path / "demo"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    return window.show_section("runbooks")


def show_child(qtbot, section):
    for i in range(section.model.rowCount()):
        section.select_record(section.model.record_at(i)["id"])
        # Child rows load in a worker: wait for this record's rows to arrive.
        section.ctx.tasks.wait()
        qtbot.wait(20)
        if section.child_tables[0].rows:
            break
    table = section.child_tables[0]
    section.tabs.setCurrentWidget(table)
    qtbot.wait(20)
    return table


def test_runbook_step_columns_all_fit_without_scrolling(qtbot, runbooks):
    table = show_child(qtbot, runbooks.sections["runbook"])
    header = table.table.horizontalHeader()
    shown = sum(header.sectionSize(c) for c in range(header.count()))
    # Expected result and rollback used to be pushed out of sight by a long action text.
    assert shown <= table.table.viewport().width() + 2
    assert table.table.horizontalScrollBar().maximum() == 0


def test_drill_results_name_their_runbook_step(qtbot, runbooks):
    drills = runbooks.sections["drill"]
    runbooks.tabs.setCurrentWidget(drills)
    table = show_child(qtbot, drills)
    column = table.columns.index("action")
    row = table.rows[0]
    step = drills.ctx.services.get("runbook_step", row["step_id"])
    assert table.table.item(0, column).text() == step["action"]
