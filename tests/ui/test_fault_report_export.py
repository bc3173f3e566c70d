"""Fault report export: the PDF writer on its own, and the dialog driven end to end."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from kbdesk.locate import create_demo
from kbdesk.reports.fault_report import build_fault_report
from kbdesk.settings import AppSettings
from kbdesk.ui.context import AppContext
from kbdesk.ui.fault_report_export import export_fault_report, write_fault_report_pdf
from kbdesk.ui.fonts import cjk_families

CASE_WITH_SCREENSHOT = "case-0072"


def embedded_fonts(path) -> dict[str, bool]:
    """Every font of the PDF's pages: its name (subset prefix dropped) → whether it is embedded."""
    found = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font
                          else font).get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            name = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
            found[name] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


@pytest.fixture
def ctx(tmp_path, qtbot):
    c = AppContext(create_demo(tmp_path / "demo"), AppSettings(), tmp_path / "s.json", "tester")
    yield c
    c.tasks.wait()
    c.close()


def test_the_pdf_is_written(ctx, tmp_path, qtbot):
    report = build_fault_report(ctx.services, CASE_WITH_SCREENSHOT, "zh_CN")
    assert report.images  # the demo case carries a screenshot
    path = write_fault_report_pdf(report.html, tmp_path / "out" / "report.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 1024
    assert b"/FontFile" in data or b"/Font" in data


def test_the_pdf_embeds_a_cjk_font_and_its_chinese_text(ctx, tmp_path, qtbot):
    # What the PDF holds, not what the machine has: a system CJK font or the bundled one.
    report = build_fault_report(ctx.services, CASE_WITH_SCREENSHOT, "zh_CN")
    path = write_fault_report_pdf(report.html, tmp_path / "report.pdf")
    fonts = embedded_fonts(path)
    assert fonts and all(fonts.values()), fonts  # every font has a /FontFile: embedded
    assert any(("CJK" in name or "SC" in name) for name in fonts), fonts
    assert "故障报告" in PdfReader(path).pages[0].extract_text()


def test_the_bundled_font_is_the_last_fallback(qtbot):
    assert cjk_families()[-1] == "Noto Sans SC kbdesk"


@pytest.mark.parametrize(("fmt", "suffix"), [("pdf", ".pdf"), ("html", ".html"), ("md", ".md")])
def test_the_dialog_exports_each_format(ctx, tmp_path, qtbot, fmt, suffix):
    dialog = export_fault_report(None, ctx, CASE_WITH_SCREENSHOT)
    qtbot.addWidget(dialog)
    assert dialog.path_edit.text().endswith("CS-2025-0072-fault-report.pdf")
    button = next(b for b in dialog.format_group.buttons() if b.property("format") == fmt)
    button.setChecked(True)
    dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
    dialog.path_edit.setText(str(tmp_path / "export" / "report.pdf"))
    assert dialog.path_edit.text().endswith(".pdf")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = dialog.written[0]
    assert written == tmp_path / "export" / f"report{suffix}"
    if fmt == "pdf":
        assert written.read_bytes().startswith(b"%PDF")
    elif fmt == "html":
        assert "Fault report" in written.read_text("utf-8") and "data:image/png" in written.read_text("utf-8")
    else:
        text = written.read_text("utf-8")
        assert text.startswith("# Fault report CS-2025-0072") or "Fault report" in text
        assert any(p.parent.name == "images" for p in dialog.written[1:])
