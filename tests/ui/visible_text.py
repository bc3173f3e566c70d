"""Collect the words a user sees in a widget tree, and spot the untranslated ones.

Only labels count: table cells, list rows and editor contents hold the
archive's own data (English error messages are data, not UI).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

# Product names, codes and proper names that stay Latin in Chinese. Keep it short.
ALLOWED_WORDS = {
    "ECS", "RDS", "Redis", "SLA", "ID", "URL", "PDF", "Markdown", "kbdesk", "GOC", "Word",
    "PowerPoint", "Excel", "CSV", "JSON", "English", "UTC", "Ctrl",
}
# Object names of labels whose text is the archive's data (a record's title, a path).
DATA_LABELS = {"detail_heading", "archive_path", "workflow_heading"}
# Inputs whose example is Latin by design: a category code, a category's English name.
LATIN_INPUTS = {"category_code", "category_name_en"}

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z][A-Za-z_'-]*")
# Tokens that are codes, not words: with a digit (ORA-12170, C1, L2), query
# syntax (type:case), time zones (Asia/Shanghai), HTML tags, single letters (Ctrl+K).
_CODE = re.compile(r"\d|\w:\S|^[A-Z][a-z]+/[A-Za-z_]+$|^</?\w+|^\w$")


def latin_only(text: str) -> bool:
    """True when ``text`` shows Latin words and no Chinese: an untranslated label.

    Allowed product names and code-like tokens do not count; a text that
    mixes Chinese and codes is translated.
    """
    if _CJK.search(text):
        return False
    text = re.sub(r"<[^>]+>", " ", text)  # rich-text markup is not shown
    for token in re.split(r"[\s,;()\[\]+·—=]+", text):
        if _CODE.search(token):
            continue
        token = token.strip(".:!?…'\"“”")
        if token and any(word not in ALLOWED_WORDS for word in _WORD.findall(token)):
            return True
    return False


def _in_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def header_texts(view: QTableView | QTreeView) -> list[str]:
    model = view.model()
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    if model is None or header.isHidden():
        return []
    out = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
           for c in range(model.columnCount(QModelIndex()))]
    return [str(t) for t in out if t]


def widget_texts(widget: QWidget, data_combos: set[int]) -> list[str]:
    """The label texts one widget shows itself (not its children's)."""
    texts = [widget.toolTip()]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    if isinstance(widget, QLabel) and widget.objectName() not in DATA_LABELS:
        texts.append(widget.text())
    elif isinstance(widget, QAbstractButton):
        texts.append(widget.text().replace("&", ""))
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QTabBar):
        texts += [widget.tabText(i) for i in range(widget.count())]
    elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) and widget.objectName() not in LATIN_INPUTS:
        texts.append(widget.placeholderText())
    elif isinstance(widget, QAbstractSpinBox):
        texts.append(widget.specialValueText())
    if isinstance(widget, QComboBox) and id(widget) not in data_combos:
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, (QTableView, QTreeView)):
        texts += header_texts(widget)
    if isinstance(widget, QMainWindow):
        texts += [a.text().replace("&", "") for a in widget.menuBar().actions()]
        for menu_action in widget.menuBar().actions():
            if menu_action.menu():
                texts += _menu_texts(menu_action.menu())
    if isinstance(widget, QListWidget) and widget.objectName() == "navigation":
        texts += [widget.item(i).text() for i in range(widget.count())]
    return [t for t in texts if t and t.strip()]


def _menu_texts(menu) -> list[str]:
    out = []
    for action in menu.actions():
        if action.menu():
            out.append(action.menu().title().replace("&", ""))
            out += _menu_texts(action.menu())
        elif action.text() and action.parent() is not None:
            out.append(action.text().replace("&", ""))
    return out


def data_combos_of(root: QWidget) -> set[int]:
    """Pickers of referenced records (customers, runbooks…): their items are data."""
    from kbdesk.ui.record_form import RecordForm

    out = set()
    for form in [root, *root.findChildren(QWidget)]:
        if isinstance(form, RecordForm):
            for name, editor in form.editors.items():
                if form.spec.fields[name].reference and isinstance(editor, QComboBox):
                    out.add(id(editor))
    return out


def visible_labels(root: QWidget, strip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(where, text) for every label in ``root``'s tree; ``strip`` removes data (paths)."""
    combos = data_combos_of(root)
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if _in_item_view(widget):
            continue  # a row's own widget shows data (search hits, links)
        for text in widget_texts(widget, combos):
            for data in strip:
                text = text.replace(data, "")
            where = f"{type(widget).__name__}#{widget.objectName() or '?'}"
            out.append((where, text))
    return out


def untranslated(root: QWidget, strip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(where, text) for where, text in visible_labels(root, strip) if latin_only(text)]
