"""A normal (non-editable) install is complete: the wheel carries what the app reads.

resources/ and data/ live outside the kbdesk package in the repository;
setup.py's build step copies them into the wheel under kbdesk/_bundled/ and
compiles the translations there. This builds the real thing (sdist, then the
wheel from it, as ``python -m build`` does) and reads its file list.
installer/smoke_test.py --wheel goes further: installs it and runs it.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from kbdesk.ui.fonts import BUNDLED_FONT_FILES

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = "kbdesk/_bundled/"
QM_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")  # every Qt .qm file starts so


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (wheel,) = out.glob("kbdesk-*.whl")
    (sdist,) = out.glob("kbdesk-*.tar.gz")
    return wheel, sdist


def test_the_wheel_holds_data_resources_fonts_and_built_translations(built):
    wheel, _sdist = built
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        expected = {
            "data/demo.jsonl",
            "resources/kbdesk.desktop",
            "resources/icons/kbdesk.svg",
            "resources/icons/kbdesk-256.png",
            "resources/styles/light.qss",
            "resources/styles/dark.qss",
            "resources/fonts/OFL.txt",
            *(f"resources/fonts/{name}" for name in BUNDLED_FONT_FILES),
        }
        for ts in (ROOT / "resources" / "translations").glob("*.ts"):
            expected |= {f"resources/translations/{ts.name}", f"resources/translations/{ts.stem}.qm"}
        missing = sorted(BUNDLED + name for name in expected if BUNDLED + name not in names)
        assert not missing, missing
        for ts in (ROOT / "resources" / "translations").glob("*.ts"):
            assert zf.read(f"{BUNDLED}resources/translations/{ts.stem}.qm").startswith(QM_MAGIC)
        assert len(zf.read(f"{BUNDLED}resources/translations/kbdesk_zh_CN.qm")) > 10_000
        assert zf.read(BUNDLED + "data/demo.jsonl") == (ROOT / "data" / "demo.jsonl").read_bytes()
    for sql in (ROOT / "kbdesk" / "storage" / "migrations").glob("*.sql"):
        assert f"kbdesk/storage/migrations/{sql.name}" in names
    for module in (ROOT / "kbdesk").rglob("*.py"):
        assert module.relative_to(ROOT).as_posix() in names
    # Build-only material stays out.
    assert not [n for n in names if n.startswith(("data/", "resources/", "tests/", "build_support/"))]
    assert not [n for n in names if "build_demo" in n or n.endswith("__pycache__/")]


def test_the_sdist_can_rebuild_the_wheel(built):
    _wheel, sdist = built
    with tarfile.open(sdist) as tf:
        names = {name.split("/", 1)[1] for name in tf.getnames() if "/" in name}
    for needed in ("setup.py", "pyproject.toml", "MANIFEST.in", "build_support/kbdesk_build_backend.py",
                   "data/demo.jsonl", "resources/translations/kbdesk_zh_CN.ts",
                   f"resources/fonts/{BUNDLED_FONT_FILES[0]}", "resources/fonts/OFL.txt"):
        assert needed in names, needed
    assert not [n for n in names if n.endswith(".qm")]  # built, never shipped as sources
