"""`kbdesk drill-report` writes a drill's report in every format."""

from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from kbdesk.cli.main import main
from kbdesk.paths import resource_root
from kbdesk.services import Services
from kbdesk.services.drill_runs import DrillRuns
from kbdesk.storage.archive import Archive

T0 = datetime(2026, 3, 12, 1, 0, tzinfo=UTC)
BUNDLED_FONT = resource_root() / "resources" / "fonts" / "NotoSansSC-kbdesk-Regular.otf"


@pytest.fixture
def drill_archive(tmp_path):
    root = tmp_path / "arch"
    with Archive.create(root) as a:
        services = Services(a, "tester")
        rb = services.create("runbook", {"title": "RDS 时间点恢复", "kind": "recovery"})
        ids = [services.create("runbook_step", {"runbook_id": rb["id"], "position": p, "action": f"步骤 {p}",
                                                "estimated_minutes": 5})["id"] for p in (1, 2)]
        runs = DrillRuns(services)
        drill_id = runs.start(rb["id"], "drill", ["王敏"], at=T0).drill["id"]
        runs.mark(drill_id, ids[0], "done", at=T0 + timedelta(minutes=6))
        runs.mark(drill_id, ids[1], "failed", "超时", at=T0 + timedelta(minutes=20))
        runs.finish(drill_id, at=T0 + timedelta(minutes=21))
    return root, drill_id


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


def run(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_drill_report_in_each_format(capsys, tmp_path, drill_archive):
    root, drill_id = drill_archive
    md, page, pdf = tmp_path / "r.md", tmp_path / "r.html", tmp_path / "out" / "r.pdf"
    assert run(capsys, "--archive", root, "drill-report", drill_id, "--format", "md", "--out", md)[0] == 0
    text = md.read_text("utf-8")
    assert text.startswith("# 演练报告：RDS 时间点恢复 2026-03-12") and "| 2 | 步骤 2 | 失败 | 5 / 14 | 09:06–09:20 | 超时 |" in text
    code, out, _ = run(capsys, "--archive", root, "drill-report", "rds 时间点恢复@2026-03-12",
                       "--format", "html", "--lang", "en", "--out", page)
    assert code == 0 and f"Wrote {page}" in out
    assert page.read_text("utf-8").startswith("<!DOCTYPE html>") and "<td>Failed</td>" in page.read_text("utf-8")
    code, _, err = run(capsys, "--archive", root, "drill-report", drill_id, "--format", "pdf", "--out", pdf)
    assert code == 0, err
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]
    reader = PdfReader(pdf)  # a real PDF: it parses, and its text is the report's
    assert "演练报告" in reader.pages[0].extract_text()
    if BUNDLED_FONT.is_file():  # a CJK font is always at hand, so it must be embedded
        fonts = embedded_fonts(pdf)
        assert fonts and all(fonts.values()), fonts
        assert any("CJK" in name or "SC" in name for name in fonts), fonts


def test_drill_report_errors_are_sentences(capsys, tmp_path, drill_archive):
    root, _ = drill_archive
    code, _, err = run(capsys, "--archive", root, "drill-report", "nope", "--out", tmp_path / "x.md")
    assert code == 1 and "No drill with id 'nope'" in err and "Traceback" not in err
    code, _, err = run(capsys, "--archive", root, "drill-report", "RDS 时间点恢复@2026-03-13", "--out",
                       tmp_path / "x.md")
    assert code == 1 and "No drill of a runbook titled 'RDS 时间点恢复' on 2026-03-13." in err
    assert not (tmp_path / "x.md").exists()
