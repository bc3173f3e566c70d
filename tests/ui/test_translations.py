"""Every UI string is in the committed .ts files, and translated to Chinese."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kbdesk.ui.i18n import translations_dir

ROOT = Path(__file__).resolve().parent.parent.parent


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            out[(name, m.find("source").text)] = m
    return out


def test_every_chinese_message_is_translated():
    unfinished = [src for (_, src), m in messages(translations_dir() / "kbdesk_zh_CN.ts").items()
                  if m.find("translation").get("type") == "unfinished"
                  or not "".join(m.find("translation").itertext()).strip()]
    assert unfinished == []


def test_the_ts_files_hold_every_string_in_the_code(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate")
    if lupdate is None:
        pytest.fail("pyside6-lupdate is missing (it ships with PySide6)")
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted((ROOT / "kbdesk" / "ui").rglob("*.py"))]
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = set(messages(fresh))
    committed = set(messages(translations_dir() / "kbdesk_zh_CN.ts"))
    missing = sorted(in_code - committed)
    assert missing == [], "run: python -m kbdesk.ui.i18n update, then translate"
