"""The installer's files stay in step with the code (no PyInstaller build here).

The bundle itself is checked by installer/smoke_test.py after installer/build.sh.
"""

import ast
import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def spec_constants() -> dict:
    """The spec's literal top-level assignments (DATA_FILES, HIDDEN_IMPORTS, …)."""
    tree = ast.parse((INSTALLER / "kbdesk.spec").read_text("utf-8"), filename="kbdesk.spec")
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                found[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue  # computed at build time
    return found


# --- the PyInstaller spec -------------------------------------------------------------


def test_spec_parses_and_builds_one_folder_app():
    source = (INSTALLER / "kbdesk.spec").read_text("utf-8")
    compile(source, "kbdesk.spec", "exec")
    for name in ("Analysis(", "PYZ(", "EXE(", "COLLECT("):
        assert name in source
    assert "SPECPATH" in source  # paths are relative to the spec, never absolute
    assert not re.search(r"['\"](/work|/home|/root|[A-Z]:\\\\)", source)
    assert (INSTALLER / "kbdesk_main.py").is_file()
    assert "kbdesk.cli.main import main" in (INSTALLER / "kbdesk_main.py").read_text("utf-8")


def test_spec_data_files_exist():
    data_files = spec_constants()["DATA_FILES"]
    dests = {dest for _pattern, dest in data_files}
    # What resource_root() and importlib.resources look for at run time.
    for needed in ("data", "resources/translations", "resources/styles", "resources/icons",
                   "resources/fonts", "kbdesk/storage/migrations"):
        assert needed in dests
    for pattern, _dest in data_files:
        if pattern.endswith(".qm"):  # built by `python -m kbdesk.ui.i18n` before PyInstaller runs
            assert sorted(ROOT.glob(pattern.replace(".qm", ".ts"))), pattern
        else:
            assert sorted(ROOT.glob(pattern)), f"{pattern} matches no file"
    assert (ROOT / "data" / "demo.jsonl").is_file()
    assert (ROOT / "kbdesk" / "storage" / "migrations" / "m0001_initial.sql").is_file()


def test_spec_hidden_imports_exist():
    for module in spec_constants()["HIDDEN_IMPORTS"]:
        assert importlib.util.find_spec(module) is not None, module


def test_spec_names_every_markdown_extension_the_renderer_uses():
    from kbdesk.render.markdown import EXTENSIONS

    hidden = set(spec_constants()["HIDDEN_IMPORTS"])
    for ext in EXTENSIONS:
        assert ext in hidden or f"markdown.extensions.{ext}" in hidden, ext


def test_spec_does_not_exclude_a_qt_module_kbdesk_imports():
    used = set()
    for path in (ROOT / "kbdesk").rglob("*.py"):
        used.update(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text("utf-8")))
    assert used, "kbdesk imports no Qt module?"
    excluded = set(spec_constants()["QT_UNUSED"])
    assert used & excluded == set()
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg"} & excluded == set()


def test_spec_keeps_the_platform_plugins_the_smoke_test_and_desktops_need():
    platforms = spec_constants()["QT_PLUGINS_KEPT"]["platforms"]
    for name in ("qoffscreen", "qxcb", "qwayland", "qwindows"):
        assert name in platforms


# --- scripts ------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize("script", ["build.sh", "linux-install.sh"])
def test_shell_scripts_are_valid_bash(script):
    path = INSTALLER / script
    assert path.stat().st_mode & 0o111, f"{script} is not executable"
    assert subprocess.run(["bash", "-n", str(path)], capture_output=True).returncode == 0


def test_build_script_builds_translations_and_uses_the_spec():
    text = (INSTALLER / "build.sh").read_text("utf-8")
    assert "kbdesk.ui.i18n" in text
    assert "installer/kbdesk.spec" in text
    assert text.index("-m kbdesk.ui.i18n") < text.index("-m PyInstaller")


def test_python_helpers_compile():
    for name in ("smoke_test.py", "make_icons.py", "kbdesk_main.py"):
        compile((INSTALLER / name).read_text("utf-8"), name, "exec")


def test_inno_setup_script_points_at_existing_files():
    iss = (INSTALLER / "kbdesk.iss").read_text("utf-8")
    for section in ("[Setup]", "[Files]", "[Icons]"):
        assert section in iss
    assert r"..\dist\kbdesk\*" in iss
    for rel in re.findall(r"\.\.\\(resources\\[^\"\s]+)", iss):
        assert (ROOT / rel.replace("\\", "/")).is_file(), rel


# --- desktop entry and icons -------------------------------------------------------------


def test_desktop_entry_has_the_required_keys():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(ROOT / "resources" / "kbdesk.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    for key in ("Name", "Exec", "Icon", "Comment", "Categories"):
        assert entry.get(key), key
    assert entry["Exec"].split()[0] == "kbdesk"
    assert entry["Icon"] == "kbdesk"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


def test_svg_icon_is_a_square_svg():
    root = ET.parse(ICONS / "kbdesk.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _x, _y, width, height = (float(v) for v in root.get("viewBox").split())
    assert width == height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icons_exist_at_every_size(size):
    data = (ICONS / f"kbdesk-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # IHDR
    assert (width, height) == (size, size)


def test_windows_icon_holds_every_size():
    data = (ICONS / "kbdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, height, *_rest, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i:22 + 16 * i])
        assert offset + length <= len(data)
        sizes.add(width or 256)
        assert (width or 256) == (height or 256)
    assert sizes == set(ICON_SIZES)
