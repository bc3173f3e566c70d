"""Build step: put resources/ and data/demo.jsonl inside the wheel, with built .qm files.

The repository keeps them at the top level (where an editable checkout reads
them); a built wheel carries copies under ``kbdesk/_bundled/`` with the same
layout, which kbdesk.paths.resource_root() finds. Metadata is in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUNDLED_DIR = Path("kbdesk") / "_bundled"  # kbdesk.paths.BUNDLED_DIR
BUNDLED_FILES = (  # globs relative to the repository; copied with the same relative paths
    "resources/icons/*.svg",
    "resources/icons/*.png",
    "resources/icons/*.ico",
    "resources/styles/*.qss",
    "resources/translations/*.ts",
    "resources/fonts/*.otf",
    "resources/fonts/OFL.txt",
    "resources/fonts/README.md",
    "resources/kbdesk.desktop",
    "data/demo.jsonl",
)


def lrelease() -> Path:
    """Qt's translation compiler, from the PySide6 of the build environment."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("Building a kbdesk wheel needs PySide6-Essentials (its lrelease compiles the "
                         "translations): pip install PySide6-Essentials, or build with build isolation.")
    tool = Path(next(iter(spec.submodule_search_locations))) / ("lrelease.exe" if sys.platform == "win32"
                                                                else "lrelease")
    if not tool.is_file():
        raise SystemExit(f"Building a kbdesk wheel needs Qt's lrelease, not found at {tool}")
    return tool


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ and data/ from the checkout
        target = Path(self.build_lib) / BUNDLED_DIR
        if target.exists():
            shutil.rmtree(target)
        for pattern in BUNDLED_FILES:
            found = sorted(ROOT.glob(pattern))
            if not found:
                raise SystemExit(f"kbdesk build: no file matches {pattern}")
            for source in found:
                dest = target / source.relative_to(ROOT)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, dest)
        tool = lrelease()
        for ts in sorted((target / "resources" / "translations").glob("*.ts")):
            subprocess.run([str(tool), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


setup(cmdclass={"build_py": BuildPyWithResources})
