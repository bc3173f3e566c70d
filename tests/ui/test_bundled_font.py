"""The bundled CJK font: Chinese shows, in the UI and in PDFs, on a machine without CJK fonts.

The machine running the tests may have CJK fonts installed, so the checks
that matter run in a child process whose fontconfig knows no font at all
(FONTCONFIG_FILE pointing at an empty configuration), as on a bare desktop.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QRawFont

from kbdesk.ui.fonts import BUNDLED_FONT_FILES, fonts_dir

from .test_fault_report_export import embedded_fonts

ROOT = Path(__file__).resolve().parents[2]
FAMILY = "Noto Sans SC kbdesk"
EMPTY_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""
CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtGui import QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication
from kbdesk.ui import fonts
from kbdesk.ui.fault_report_export import write_fault_report_pdf

app = QApplication([])
system = QFontDatabase.families()
fonts.install_ui_fallback(app)
raw = QRawFont.fromFont(app.font(), QFontDatabase.WritingSystem.SimplifiedChinese)
write_fault_report_pdf("<h1>故障报告 CS-2025-0072</h1><p>数据库连接数耗尽：Too many connections</p>",
                       Path(sys.argv[1]))
print(json.dumps({"system": system, "ui_family": raw.familyName(),
                  "ui_has_chinese": raw.supportsCharacter(ord("障"))}))
"""


@pytest.fixture
def no_fonts_env(tmp_path):
    conf = tmp_path / "fonts.conf"
    conf.write_text(EMPTY_FONTCONFIG.format(cache=tmp_path / "fc-cache"), "utf-8")
    return {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}


def test_without_system_fonts_the_ui_and_the_pdf_use_the_bundled_font(no_fonts_env, tmp_path):
    pdf = tmp_path / "report.pdf"
    result = subprocess.run([sys.executable, "-c", CHILD, str(pdf)], env=no_fonts_env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    assert not any("CJK" in f or "SC" in f for f in seen["system"])  # really no CJK font there
    assert seen["ui_family"] == FAMILY and seen["ui_has_chinese"]
    assert embedded_fonts(pdf) == {"NotoSansSC-kbdesk-Regular": True}
    from pypdf import PdfReader

    text = PdfReader(pdf).pages[0].extract_text()
    assert "故障报告" in text and "数据库连接数耗尽" in text


def kbdesk_chinese() -> set[str]:
    """Every non-ASCII character kbdesk writes: translations and demo data."""
    texts = [*(ROOT / "resources" / "translations").glob("*.ts"), ROOT / "data" / "demo.jsonl"]
    return {ch for path in texts for ch in path.read_text("utf-8") if ord(ch) > 0x7F and ch.isprintable()}


def test_the_bundled_font_covers_kbdesk_s_own_text(qtbot):
    font = QRawFont(str(fonts_dir() / BUNDLED_FONT_FILES[0]), 12)
    assert font.isValid() and font.familyName() == FAMILY
    missing = sorted(ch for ch in kbdesk_chinese() if not font.supportsCharacter(ord(ch)))
    assert not missing, f"rerun installer/make_cjk_font.py: the bundled font lacks {''.join(missing)}"
    # GB 2312's hanzi, beyond what kbdesk writes today.
    assert all(font.supportsCharacter(ord(ch)) for ch in "鼾齄亍丌兀丐廿卅丕亘丞鬲孬噩")


def test_the_bundled_font_stays_small():
    assert (fonts_dir() / BUNDLED_FONT_FILES[0]).stat().st_size < 5_000_000
    assert "SIL OPEN FONT LICENSE Version 1.1" in (fonts_dir() / "OFL.txt").read_text("utf-8")
