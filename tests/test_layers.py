"""The layers point one way: the core never imports Qt, Whoosh stays in search."""

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "kbdesk"


def imports_of(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def modules(exclude: str = "") -> list[Path]:
    return [p for p in PKG.rglob("*.py") if not (exclude and exclude in p.relative_to(PKG).parts)]


def test_only_the_ui_imports_qt():
    offenders = [str(p.relative_to(PKG)) for p in modules(exclude="ui")
                 if imports_of(p) & {"PySide6", "shiboken6"}]
    assert offenders == []


def test_only_search_imports_whoosh():
    offenders = [str(p.relative_to(PKG)) for p in modules(exclude="search") if "whoosh" in imports_of(p)]
    assert offenders == []


def test_core_does_not_import_the_ui():
    # The CLI is a front end too and may start the GUI; nothing below it may.
    offenders = []
    for p in [m for m in modules(exclude="ui") if "cli" not in m.relative_to(PKG).parts]:
        src = p.read_text("utf-8")
        if "kbdesk.ui" in src or "from ..ui" in src or "from .ui" in src:
            offenders.append(str(p.relative_to(PKG)))
    assert offenders == []
