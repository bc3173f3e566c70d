"""Translations the Qt way: .ts sources in resources/translations, .qm built.

``ensure_built()`` compiles a .ts whose .qm is missing or older, with the
``pyside6-lrelease`` that ships with PySide6, so a fresh checkout needs no
separate step; ``python -m kbdesk.ui.i18n`` does the same by hand and
``python -m kbdesk.ui.i18n update`` refreshes the .ts from the sources.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import is_source_checkout, resource_root

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}


def translations_dir() -> Path:
    return resource_root() / "resources" / "translations"


def _tool(name: str) -> str | None:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    return found


def ensure_built() -> list[str]:
    """Compile stale .qm files; returns problems (empty when all is well).

    Only a source checkout is compiled: an installed wheel and the frozen
    bundle carry .qm files built at build time, in a folder that may not be
    writable, so there a missing .qm is only reported.
    """
    problems = []
    for ts in sorted(translations_dir().glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not is_source_checkout():
            if not qm.is_file():
                problems.append(f"{qm.name} is missing from this installation: reinstall kbdesk")
            continue
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        tool = _tool("pyside6-lrelease")
        if tool is None:
            problems.append(f"pyside6-lrelease not found; {qm.name} not built")
            continue
        # Build beside it, then rename: a running kbdesk has the old .qm mapped
        # into memory, and rewriting that file in place kills it (SIGBUS).
        fresh = qm.with_name(f".{qm.name}.{os.getpid()}.tmp")
        result = subprocess.run([tool, str(ts), "-qm", str(fresh)], capture_output=True, text=True)
        if result.returncode != 0 or not fresh.is_file():
            fresh.unlink(missing_ok=True)
            problems.append(f"{ts.name}: {result.stderr.strip()}")
            continue
        os.replace(fresh, qm)
    return problems


def choose_language(setting: str) -> str:
    if setting in LANGUAGES:
        return setting
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install kbdesk's and Qt's own translations for ``language``."""
    for old in getattr(app, "_kbdesk_translators", []):
        app.removeTranslator(old)
    QLocale.setDefault(QLocale(language))
    installed = []
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"kbdesk_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    app._kbdesk_translators = installed
    return installed


def update_sources() -> None:
    """Refresh the .ts files from every tr() in kbdesk/ui (keeps translations)."""
    sources = [str(p) for p in sorted(Path(__file__).resolve().parent.rglob("*.py"))]
    for lang in LANGUAGES:
        ts = translations_dir() / f"kbdesk_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate") or "pyside6-lupdate", *sources, "-ts", str(ts),
                        "-no-obsolete"], check=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["update"]:
        update_sources()
    issues = ensure_built()
    for issue in issues:
        print(issue, file=sys.stderr)
    sys.exit(1 if issues else 0)
