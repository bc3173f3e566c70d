"""File → Import spreadsheet…: the decoded preview, the encoding chooser, the guessed mapping."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from kbdesk.cli.main import main
from kbdesk.settings import AppSettings
from kbdesk.storage.archive import Archive
from kbdesk.ui.context import AppContext
from kbdesk.ui.spreadsheet_import import SpreadsheetImportDialog

CSV = "工单标题,故障现象,严重程度,上报时间,客户名称\r\n磁盘写满,errno 28 设备上没有空间,高,2026-11-30 09:41,华东某银行\r\n"


@pytest.fixture
def ctx(tmp_path, qtbot):
    c = AppContext(Archive.create(tmp_path / "a"), AppSettings(), tmp_path / "s.json", "tester")
    c.services.create("customer", {"name": "华东某银行"})
    yield c
    c.tasks.wait()
    c.close()


def _dialog(ctx, qtbot, path):
    dialog = SpreadsheetImportDialog(ctx, str(path))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=5000)
    return dialog


def test_gb18030_csv_previews_decoded_and_imports_with_the_guessed_mapping(ctx, qtbot, tmp_path):
    path = tmp_path / "工单.csv"
    path.write_bytes(CSV.encode("gb18030"))
    dialog = _dialog(ctx, qtbot, path)
    assert "Read as gb18030 (detected)" in dialog.detected.text()
    assert dialog.preview.toPlainText().splitlines()[0] == "工单标题,故障现象,严重程度,上报时间,客户名称"
    assert dialog.mapping() == {"title": "工单标题", "customer": "客户名称", "severity": "严重程度",
                                "reported_at": "上报时间", "phenomenon": "故障现象"}
    args = dialog.job_args()
    assert args[:4] == ["import-csv", str(path), "--encoding", "gb18030"]
    # What the background job runs: the same command, against the same archive.
    assert main(["--archive", str(ctx.archive.root), *args]) == 0
    case = ctx.services.list("case")[0]
    assert case["title"] == "磁盘写满" and case["severity"] == "high"  # "高" read as the code


def test_choosing_another_encoding_rereads_the_preview(ctx, qtbot, tmp_path):
    path = tmp_path / "cases.csv"
    path.write_bytes(CSV.encode("gb18030"))
    dialog = _dialog(ctx, qtbot, path)
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1252"))
    qtbot.waitUntil(lambda: dialog.table is not None and dialog.table.encoding == "cp1252", timeout=5000)
    assert "工单标题" not in dialog.preview.toPlainText()  # garbled, as it should look
    assert "choose another encoding" in dialog.detected.text()
    assert "title" not in dialog.mapping()
    dialog._on_accept()
    assert dialog.problem.isVisibleTo(dialog) and "title" in dialog.problem.text()
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-8"))
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog), timeout=5000)
    assert "not valid utf-8" in dialog.problem.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_xlsx_sheet_chooser(ctx, qtbot, tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active.append(["只是说明"])
    sheet = book.create_sheet("工单")
    for line in CSV.splitlines():
        sheet.append(line.split(","))
    path = tmp_path / "cases.xlsx"
    book.save(path)
    dialog = _dialog(ctx, qtbot, path)
    assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == ["说明", "工单"]
    dialog.sheet.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.table.sheet == "工单", timeout=5000)
    assert dialog.mapping()["title"] == "工单标题"
    assert dialog.job_args()[2:4] == ["--sheet", "工单"]


def test_the_background_job_reports_the_problems_with_their_lines(ctx, qtbot, tmp_path):
    """The job used to show only "Import of … rejected (1 problem(s)):" — not which line, nor why."""
    from kbdesk.ui.jobs import ProcessJob

    path = tmp_path / "cases.csv"
    path.write_text('标题,严重性\n好的一行,high\n"没有结尾的引号,high\n', "utf-8")
    job = ProcessJob(ctx.archive.root, ["import-csv", str(path), "--map=title=标题", "--customer", "华东某银行"])
    with qtbot.waitSignal(job.sig_finished, timeout=60_000) as finished:
        job.start()
    ok, message = finished.args
    assert not ok
    assert "line 3: a quoted cell starts on this line" in message
    assert ctx.services.list("case") == []


def test_file_menu_import_spreadsheet_runs_as_a_background_job(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication, QFileDialog

    from kbdesk.locate import Located
    from kbdesk.ui import i18n
    from kbdesk.ui.app import DesktopApp
    from kbdesk.ui.job_dialog import JobDialog

    assert i18n.ensure_built() == []
    with Archive.create(tmp_path / "arch") as archive:
        from kbdesk.services import Services

        Services(archive, "t").create("customer", {"name": "华东某银行"})
    desk = DesktopApp(QApplication.instance(), AppSettings(language="en"), "tester")
    desk.start(Located(tmp_path / "arch", "option"))
    try:
        path = tmp_path / "cases.csv"
        path.write_bytes(CSV.encode("utf-16"))  # Excel "Unicode text": UTF-16 with a BOM
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
        monkeypatch.setattr(SpreadsheetImportDialog, "exec", lambda self: (
            qtbot.waitUntil(lambda: self.table is not None, timeout=5000), True)[1])
        started = []
        monkeypatch.setattr(JobDialog, "start", lambda self, orig=JobDialog.start: (started.append(self),
                                                                                    orig(self))[1])
        file_menu = desk.window.menuBar().actions()[0].menu()
        action = next(a for a in file_menu.actions() if a.text() == "Import spreadsheet…")
        action.trigger()
        assert started and started[0].job.args[:4] == ["import-csv", str(path), "--encoding", "utf-16"]
        with qtbot.waitSignal(started[0].sig_done, timeout=60_000) as done:
            pass
        assert done.args[0], done.args[1]
        qtbot.waitUntil(lambda: len(desk.ctx.services.list("case")) == 1, timeout=5000)
    finally:
        desk.window.close()
        desk.ctx.close()
