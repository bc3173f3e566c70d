"""`kbdesk fault-report` and the handover package's PDF: the CLI prints with Qt (kbdesk.ui.pdf)
without a running app, the PDF embeds a CJK font, and the contents page's numbers are the
pages the sections are printed on."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from kbdesk.cli.main import main
from kbdesk.locate import create_demo
from kbdesk.reports.handover import PdfSection
from kbdesk.ui.pdf import sections_to_pdf

from .test_fault_report_export import CASE_WITH_SCREENSHOT, embedded_fonts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo") / "archive"
    create_demo(root).close()
    return root


def run(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_fault_report_text_formats_by_number(demo_root, tmp_path, capsys, fmt):
    out = tmp_path / f"r.{fmt}"
    code, _text, err = run(
        capsys,
        "--archive",
        demo_root,
        "fault-report",
        "CS-2025-0072",
        "--format",
        fmt,
        "--out",
        out,
        "--lang",
        "zh_CN",
    )
    assert code == 0, err
    body = out.read_text("utf-8")
    assert "故障报告" in body and "CS-2025-0072" in body
    if fmt == "md":
        assert list((tmp_path / "images").iterdir()) and "](images/" in body
    else:
        assert 'src="data:image/' in body and not (tmp_path / "images").exists()


def test_fault_report_html_with_image_files_and_by_id(demo_root, tmp_path, capsys):
    out = tmp_path / "r.html"
    code, text, err = run(
        capsys,
        "--archive",
        demo_root,
        "fault-report",
        CASE_WITH_SCREENSHOT,
        "--format",
        "html",
        "--images",
        "files",
        "--out",
        out,
        "--lang",
        "en",
    )
    assert code == 0, err
    body = out.read_text("utf-8")
    images = sorted(p.name for p in (tmp_path / "images").iterdir())
    assert images and f'src="images/{images[0]}"' in body and "data:image" not in body
    assert "Fault report" in body and "1 image file(s) beside it" in text


def test_fault_report_pdf_from_a_process_without_an_app_or_display(demo_root, tmp_path):
    """The CLI creates its own offscreen QGuiApplication; the PDF embeds a CJK font."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["KBDESK_CONFIG"] = str(tmp_path / "config")
    out = tmp_path / "r.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kbdesk",
            "--archive",
            str(demo_root),
            "fault-report",
            "CS-2025-0072",
            "--format",
            "pdf",
            "--out",
            str(out),
            "--lang",
            "zh_CN",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert len(reader.pages) >= 1 and "故障报告" in reader.metadata.title
    fonts = embedded_fonts(out)
    assert fonts and all(fonts.values())


def test_an_unknown_case_is_a_sentence(demo_root, tmp_path, capsys):
    code, _, err = run(
        capsys,
        "--archive",
        demo_root,
        "fault-report",
        "CS-1999-0001",
        "--format",
        "md",
        "--out",
        tmp_path / "x.md",
    )
    assert code == 1 and "No case with id 'CS-1999-0001'" in err and not (tmp_path / "x.md").exists()


def test_the_contents_page_numbers_are_the_printed_pages(tmp_path, qtbot):
    filler = "<p>" + "Lorem ipsum dolor sit amet. " * 60 + "</p>"
    names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]
    sizes = [1, 9, 1, 4, 1]  # Bravo and Delta run over more than one page
    sections = [
        PdfSection(f"Section {n}", f"<h1>Marker {n}</h1>" + filler * k)
        for n, k in zip(names, sizes, strict=True)
    ]
    path = tmp_path / "book.pdf"
    pages = sections_to_pdf(sections, path, "Book", "Contents")
    reader = PdfReader(path)
    assert pages == sorted(pages) and len(set(pages)) == len(pages) and pages[0] >= 2
    assert pages[2] - pages[1] >= 2  # Bravo took more than one page
    texts = [re.sub(r"\s", "", p.extract_text()) for p in reader.pages]  # extraction splits words
    for name, page in zip(names, pages, strict=True):
        assert f"Marker{name}" in texts[page - 1], (name, page)
        assert all(f"Marker{name}" not in t for i, t in enumerate(texts) if i != page - 1)
    assert any("SectionEcho" in t for t in texts[: pages[0] - 1])  # listed on the contents page


def test_handover_cli_writes_the_combined_pdf_into_the_package_and_the_zip(demo_root, tmp_path, capsys):
    out = tmp_path / "pkg"
    code, _text, err = run(
        capsys,
        "--archive",
        demo_root,
        "handover",
        "--customer",
        "cust-dhrcb",
        "--from",
        "2026-01-01",
        "--to",
        "2026-06-30",
        "--out",
        out,
        "--lang",
        "zh_CN",
    )
    assert code == 0, err
    pdf = out / "handover.pdf"
    reader = PdfReader(pdf)
    assert "文档移交" in reader.metadata.title and len(reader.pages) >= 3
    assert all(embedded_fonts(pdf).values())
    with zipfile.ZipFile(tmp_path / "pkg.zip") as zf:
        assert "pkg/handover.pdf" in zf.namelist()
    assert 'href="handover.pdf"' in (out / "index.html").read_text("utf-8")
