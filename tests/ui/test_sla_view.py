"""The SLA view on the demo archive: table rows, grouping, period, chart."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate

from kbdesk.locate import create_demo
from kbdesk.reports.sla import sla_stats
from kbdesk.settings import AppSettings
from kbdesk.ui.context import AppContext
from kbdesk.ui.sections.sla_view import SlaModel, SlaView

NOW = datetime(2026, 1, 15, 8, 0, tzinfo=UTC)
COL = {name: i for i, name in enumerate(SlaModel.COLUMNS)}


@pytest.fixture
def ctx(tmp_path, qtbot):
    c = AppContext(create_demo(tmp_path / "demo"), AppSettings(), tmp_path / "s.json", "tester")
    yield c
    c.tasks.wait()
    c.close()


@pytest.fixture
def view(ctx, qtbot):
    v = SlaView(ctx, now=lambda: NOW)
    qtbot.addWidget(v)
    v.resize(1300, 800)
    v.show()
    qtbot.waitUntil(lambda: v.model.rowCount() > 0, timeout=5000)
    return v


def column(view, name: str) -> list[str]:
    return [view.model.index(r, COL[name]).data() for r in range(view.model.rowCount())]


def test_rows_by_severity_with_a_total(view, ctx):
    expected = sla_stats(ctx.archive, "severity", None, None, NOW)
    assert column(view, "group") == ["Critical", "Urgent", "High", "Medium", "Low", "Total"]
    assert column(view, "cases") == [str(r.cases) for r in expected]
    total = expected[-1]
    assert column(view, "response")[-1] == (
        f"{total.response.percent:.1f}% ({total.response.met}/{total.response.total})")
    assert all(text for text in column(view, "response_p50"))
    assert len(view.chart.rows) == len(expected)


def test_grouping_and_period(view, ctx, qtbot):
    view.group_combo.setCurrentIndex(view.group_combo.findData("quarter"))
    qtbot.waitUntil(lambda: view.model.by == "quarter", timeout=5000)
    groups = column(view, "group")
    assert groups[-1] == "Total" and all("-Q" in g for g in groups[:-1])

    view.period_combo.setCurrentIndex(view.period_combo.findData("custom"))
    view.group_combo.setCurrentIndex(view.group_combo.findData("month"))
    view.start_edit.setDate(QDate(2025, 3, 1))
    view.end_edit.setDate(QDate(2025, 3, 31))
    assert view.span() == (date(2025, 3, 1), date(2025, 3, 31))
    qtbot.waitUntil(lambda: column(view, "group") == ["2025-03", "Total"], timeout=5000)
    expected = sla_stats(ctx.archive, "month", date(2025, 3, 1), date(2025, 3, 31), NOW)
    assert column(view, "cases") == [str(r.cases) for r in expected]


def test_the_chart_paints(view, tmp_path):
    image = view.chart.grab()
    assert image.width() > 100 and image.height() > 100
