"""The customer dossier and the Reports section, driven through the widgets (real archive)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from PySide6.QtCore import Qt

from kbdesk.reports.catalog import build_report
from kbdesk.ui.dossier_view import DossierView
from kbdesk.ui.main_window import MainWindow
from kbdesk.ui.sections.reports import ReportsSection

CST = timezone(timedelta(hours=8))
NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)


def fill(services):
    cust = services.create("customer", {"name": "甲银行", "service_manager": "王敏"})["id"]
    services.create("contact", {"customer_id": cust, "name": "张伟", "designated": True})
    services.create("contact", {"customer_id": cust, "name": "李娜"})
    for i in range(7):
        reported = datetime(2026, 3, 2 + i, 10, 0, tzinfo=CST)
        services.create("case", {"customer_id": cust, "title": f"故障 {i}", "severity": "high",
                                 "category": "os_problem", "reported_at": reported, "status": "closed",
                                 "responded_at": reported + timedelta(minutes=5 + 10 * i),
                                 "closed_at": reported + timedelta(days=1)})
    services.create("complaint", {"customer_id": cust, "received_at": datetime(2026, 3, 20, 9, tzinfo=CST),
                                  "channel": "phone", "subject": "响应慢"})
    services.create("service_record", {"customer_id": cust, "date": date(2026, 11, 5), "engineer": "赵六",
                                       "channel": "onsite", "kind": "consultation", "content": "新技术交流"})
    return cust


def test_dossier_pages_filters_and_opens_a_record(qtbot, make_ctx, archive, services):
    cust = fill(services)
    ctx = make_ctx(archive)
    view = DossierView(ctx, now=lambda: NOW, page_size=5)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.set_customer(cust)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.more_button.isVisible(), timeout=5000)
    first = view.model.rowCount()
    assert view.model.items[0].kind == "service_record"  # the newest item first
    qtbot.mouseClick(view.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() > first, timeout=5000)
    while view.more_button.isVisible():
        count = view.model.rowCount()
        qtbot.mouseClick(view.more_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda c=count: view.model.rowCount() > c or not view.more_button.isVisible(),
                        timeout=5000)
    kinds = [i.kind for i in view.model.items]
    assert kinds.count("case") == 7 and kinds.count("complaint") == 1
    assert kinds.count("deadline") == 7  # each case's first response, met (5 min) or missed
    states = {i.state for i in view.model.items if i.kind == "deadline"}
    assert states == {"met", "breached"}
    times = [i.at for i in view.model.items]
    assert times == sorted(times, reverse=True)

    # Side panel: quota, open items, the major-fault contact marked.
    qtbot.waitUntil(lambda: "张伟" in view.side.toPlainText(), timeout=5000)
    side = view.side.toPlainText()
    assert "★ major-fault contact" in side and "李娜" in side
    assert "Consultations this quarter: 1 / 1" in side and "Open complaints: 1" in side

    # Only complaints.
    for kind, button in view.kind_buttons.items():
        button.setChecked(kind == "complaint")
    qtbot.waitUntil(lambda: [i.kind for i in view.model.items] == ["complaint"], timeout=5000)
    with qtbot.waitSignal(view.sig_open_record) as opened:
        view.table.doubleClicked.emit(view.model.index(0, 0))
    assert opened.args[0] == "complaint"


def test_customer_section_shows_the_dossier_tab(qtbot, make_ctx, archive, services):
    cust = fill(services)
    ctx = make_ctx(archive)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    section = win.show_section("customers").sections["customer"]
    section.select_record(cust)
    dossier = section.show_dossier()
    qtbot.waitUntil(lambda: dossier.model.rowCount() > 0, timeout=5000)
    assert dossier.customer_id == cust
    # An item opens its record in its own section.
    row = next(i for i, it in enumerate(dossier.model.items) if it.kind == "case")
    dossier.table.doubleClicked.emit(dossier.model.index(row, 0))
    assert win.stack.currentWidget() is win.section("cases")
    assert win.section("cases").current["id"] == dossier.model.items[row].record_id


def test_reports_section_shows_the_cli_numbers_and_exports(qtbot, make_ctx, archive, services, tmp_path):
    fill(services)
    ctx = make_ctx(archive)
    view = ReportsSection(ctx, now=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    qtbot.waitUntil(lambda: view.table is not None and view.table.name == "sla", timeout=5000)
    view.report_list.setCurrentRow(list(view._titles()).index("times"))
    qtbot.waitUntil(lambda: view.table.name == "times", timeout=5000)
    expected = build_report(archive, "times", now=NOW)
    assert view.table.rows == expected.rows
    headers = [view.model.headerData(i, Qt.Orientation.Horizontal) for i in range(view.model.columnCount())]
    assert headers[:3] == ["Measure", "Severity", "Cases"]
    high = next(r for r in range(view.model.rowCount())
                if view.model.index(r, 1).data() == "High" and view.model.index(r, 0).data() == "First response")
    assert view.model.index(high, 2).data() == "7"
    # The chart is drawn in a worker from the same table, then shown.
    qtbot.waitUntil(lambda: view.chart.image is not None, timeout=10000)
    assert view.chart.image.width() > 100
    legend = [t.get_text() for t in view.chart.figure.axes[0].get_legend().get_texts()]
    assert legend == ["Critical", "Urgent", "High", "Medium", "Low"]

    # Grouping and exports of the table and the chart.
    view.report_list.setCurrentRow(list(view._titles()).index("cases"))
    qtbot.waitUntil(lambda: view.table.name == "cases", timeout=5000)
    view.group_combo.setCurrentIndex(view.group_combo.findData("month"))
    qtbot.waitUntil(lambda: view.table.title == "cases_by_month", timeout=5000)
    assert view.model.index(0, 0).data() == "2026-03" and view.model.index(0, 1).data() == "7"
    xlsx, png = tmp_path / "cases.xlsx", tmp_path / "cases.png"
    view.export_table(xlsx)
    view.chart.export(png)
    with qtbot.waitSignal(view.sig_status, timeout=10000):
        ctx.tasks.wait()
    assert xlsx.is_file() and png.is_file()
    from openpyxl import load_workbook

    ws = load_workbook(xlsx).active
    assert [c.value for c in ws[3]][:2] == ["2026-03", 7]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
