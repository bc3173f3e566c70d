"""The layers point one way (issue 15): every import is checked, relative ones included.

- only ``kbdesk/ui`` imports Qt; only ``kbdesk/search`` imports Whoosh;
- only ``kbdesk/storage`` and ``kbdesk/services`` import SQLAlchemy;
- the front ends (``ui``, ``cli``) reach storage through services only: no
  ``kbdesk.storage``, no SQLAlchemy;
- the UI reaches the core through ``kbdesk.services`` only: of kbdesk it imports
  nothing but services, the plain shared vocabulary (``domain``, ``errors``,
  ``paths``, ``settings``, ``jsonstore``), the package root (``__version__``)
  and itself; rules, reports, search, transfer, backup, render, extract and
  the rest come to it through purpose-named services modules;
- ``rules``, ``reports`` and ``search`` import neither storage nor SQLAlchemy;
- nothing below the front ends imports the UI.

Imports inside functions and under ``TYPE_CHECKING`` count too. Files that
other sessions are still moving off storage are listed in KNOWN_OFFENDERS: the
list may only shrink (a listed file that no longer breaks the rule fails the
test until it is taken off the list).
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "kbdesk"

QT = ("PySide6", "shiboken6")
SQL = ("sqlalchemy",)
STORAGE = ("kbdesk.storage",)

# rule → files (relative to kbdesk/) that still break it on this branch, with
# the session that is moving them. May only shrink; empty it when they are fixed.
KNOWN_OFFENDERS: dict[str, dict[str, str]] = {
    "sqlalchemy": {},
    "storage": {},
}


@cache
def imports_of(path: Path, root: Path = PKG) -> frozenset[str]:
    """Every module ``path`` (a file under the package folder ``root``) imports, as
    absolute dotted names (``from .. import x`` gives both the package and ``package.x``)."""
    package = [root.name, *path.relative_to(root).parent.parts]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            names.add(module)
            if not node.module:
                names.update(f"{module}.{a.name}" for a in node.names)
    return frozenset(names)


def _hits(names: frozenset[str], banned: tuple[str, ...]) -> bool:
    return any(n == b or n.startswith(b + ".") for n in names for b in banned)


def _package(path: Path) -> str:
    parts = path.relative_to(PKG).parts
    return parts[0] if len(parts) > 1 else ""


def offenders(banned: tuple[str, ...], where=lambda pkg: True) -> set[str]:
    return {
        p.relative_to(PKG).as_posix()
        for p in PKG.rglob("*.py")
        if where(_package(p)) and _hits(imports_of(p), banned)
    }


def _check(found: set[str], rule: str) -> None:
    known = set(KNOWN_OFFENDERS.get(rule, {}))
    assert sorted(found - known) == [], f"new imports breaking the {rule!r} rule"
    assert sorted(known - found) == [], f"fixed: take these off KNOWN_OFFENDERS[{rule!r}]"


def test_the_import_reader_sees_relative_and_nested_imports(tmp_path):
    src = PKG / "ui" / "sections" / "reports.py"
    names = imports_of(src)
    assert "kbdesk.ui.context" in names  # from ..context import AppContext
    assert "kbdesk.services.lookups" in names  # from ...services.lookups import …
    probe = tmp_path / "kbdesk" / "ui" / "sections" / "probe.py"
    probe.parent.mkdir(parents=True)
    probe.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from ...storage.archive import Archive\n"
        "def f():\n    from sqlalchemy import select\n    from ... import storage\n"
    )
    got = imports_of(probe, tmp_path / "kbdesk")
    assert {"kbdesk.storage.archive", "sqlalchemy", "kbdesk.storage"} <= got
    assert _hits(got, STORAGE) and _hits(got, SQL)


def test_only_the_ui_imports_qt():
    assert sorted(offenders(QT, lambda pkg: pkg != "ui")) == []


def test_only_search_imports_whoosh():
    assert sorted(offenders(("whoosh",), lambda pkg: pkg != "search")) == []


def test_only_storage_and_services_import_sqlalchemy():
    _check(offenders(SQL, lambda pkg: pkg not in ("storage", "services")), "sqlalchemy")


@pytest.mark.parametrize("front_end", ["ui", "cli"])
def test_the_front_ends_reach_storage_only_through_services(front_end):
    assert sorted(offenders(STORAGE + SQL, lambda pkg: pkg == front_end)) == []


# What the UI may import of kbdesk. domain, errors, paths, settings and jsonstore
# are plain shared vocabulary (value types, exceptions, folders, JSON settings
# files) that every layer uses; everything else of the core (rules, reports,
# search, transfer, backup, render, extract, locate, storage) is reached
# through kbdesk.services. Qt, the stdlib and third-party libraries are not kbdesk
# and are not this rule's business (Qt, SQLAlchemy and Whoosh have their own).
UI_MAY_IMPORT = (
    "kbdesk.ui", "kbdesk.services", "kbdesk.domain", "kbdesk.errors", "kbdesk.paths",
    "kbdesk.settings", "kbdesk.jsonstore",
)
PACKAGE_ROOT = ("kbdesk", "kbdesk.__version__")  # ``from .. import __version__``


def ui_core_imports(path: Path, root: Path = PKG) -> set[str]:
    """The kbdesk modules a UI file imports that are not services or shared vocabulary."""
    return {
        n for n in imports_of(path, root)
        if (n == "kbdesk" or n.startswith("kbdesk.")) and n not in PACKAGE_ROOT
        and not _hits(frozenset([n]), UI_MAY_IMPORT)
    }


def test_the_ui_reaches_the_core_only_through_services():
    found = {
        f"{p.relative_to(PKG).as_posix()}: {name}"
        for p in (PKG / "ui").rglob("*.py")
        for name in ui_core_imports(p)
    }
    assert sorted(found) == [], "the UI imports the core around kbdesk.services"


def test_the_ui_rule_sees_core_imports_and_allows_services(tmp_path):
    probe = tmp_path / "kbdesk" / "ui" / "sections" / "probe.py"
    probe.parent.mkdir(parents=True)
    probe.write_text(
        "from ... import __version__\n"
        "from ...services import drills\n"
        "from ...services.plan import ServicePlan\n"
        "from ...domain.types import utcnow\n"
        "from ..context import AppContext\n"
        "from PySide6.QtCore import QObject\n"
        "def f():\n    from ...rules.plan import ServicePlan\n"
        "    from ... import reports\n    import kbdesk.locate\n"
    )
    got = ui_core_imports(probe, tmp_path / "kbdesk")
    assert got == {"kbdesk.rules.plan", "kbdesk.reports", "kbdesk.locate"}


def test_rules_reports_and_search_import_neither_storage_nor_sqlalchemy():
    found = offenders(STORAGE, lambda pkg: pkg in ("rules", "reports", "search"))
    _check(found, "storage")
    assert sorted(offenders(SQL, lambda pkg: pkg in ("rules", "search"))) == []


def test_core_does_not_import_the_ui():
    # The CLI is a front end too and may start the GUI; nothing below it may.
    assert sorted(offenders(("kbdesk.ui",), lambda pkg: pkg not in ("ui", "cli"))) == []
