"""Every saved version of an article: who saved it when, its text, what changed.

``VersionsPanel`` is the History tab of the knowledge section;
``VersionsDialog`` shows the same panel in a window of its own.
"""

from __future__ import annotations

import difflib
import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .context import AppContext
from .formatting import display
from .labels import field_label
from .markdown_view import MONO, MarkdownView

# Compared between versions, in this order; the body comes last, line by line.
COMPARED = ("title", "product", "tags", "problem", "solution", "body")
ID_ROLE = Qt.ItemDataRole.UserRole
DIFF_CSS = f"""
div {{ font-family: {MONO}; font-size: 12px; white-space: pre-wrap; }}
.add {{ background-color: #dafbe1; color: #1a1a1a; }}
.del {{ background-color: #ffebe9; color: #1a1a1a; }}
.hunk {{ color: #6e7781; }}
"""


def version_text(version: dict[str, Any]) -> list[str]:
    """A version as lines to compare: one per short field, then the body."""
    lines = []
    for name in COMPARED[:-1]:
        value = version.get(name)
        value = ", ".join(value) if isinstance(value, list) else (value or "")
        lines.append(f"{field_label('article', name)}: {value}".replace("\n", " ⏎ "))
    lines.append("")
    lines.extend((version.get("body") or "").splitlines())
    return lines


def diff_lines(old: dict[str, Any] | None, new: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, text) with kind ' ' same, '+' added, '-' removed, '@' a hunk header."""
    before = version_text(old) if old else []
    out: list[tuple[str, str]] = []
    for line in difflib.unified_diff(before, version_text(new), lineterm="", n=2):
        if line.startswith(("---", "+++")):
            continue
        kind = "@" if line.startswith("@@") else line[:1]
        out.append((kind, line[1:] if kind != "@" else line))
    return out


class VersionsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.article_id: str | None = None
        self.versions: list[dict[str, Any]] = []

        self.tree = QTreeWidget()
        self.tree.setObjectName("version_list")
        self.tree.setHeaderLabels([self.tr("Version"), self.tr("Edited by"), self.tr("Edited at")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.empty = QLabel()
        self.empty.setObjectName("versions_empty")
        self.empty.setWordWrap(True)
        self.version_heading = QLabel()
        self.version_heading.setObjectName("version_heading")
        self.version_heading.setWordWrap(True)
        self.version_heading.setStyleSheet("font-weight: 600;")
        self.view = MarkdownView()
        self.view.setObjectName("version_view")
        self.diff = QTextBrowser()
        self.diff.setObjectName("version_diff")
        self.diff.setOpenLinks(False)
        self.diff.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        self.diff.document().setDefaultStyleSheet(DIFF_CSS)
        self.shown_tabs = QTabWidget()
        self.shown_tabs.addTab(self.view, self.tr("Text"))
        self.shown_tabs.addTab(self.diff, self.tr("Changes from the version before"))

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.tree, 1)
        lv.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.version_heading)
        rv.addWidget(self.shown_tabs, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self._show_empty()
        ctx.sig_changed.connect(self._on_changes)

    def set_article(self, article_id: str | None) -> None:
        if article_id == self.article_id:
            return
        self.article_id = article_id
        self.versions = []
        self.tree.clear()
        self.reload()

    def reload(self) -> None:
        article_id = self.article_id
        if article_id is None:
            self._show_empty()
            return
        services = self.ctx.services
        self.ctx.tasks.run(lambda: (article_id, services.article_versions(article_id)),
                           self._on_loaded, self._on_load_failed, key=f"versions-{id(self)}")

    def _on_loaded(self, result: tuple[str, list[dict[str, Any]]]) -> None:
        article_id, versions = result
        if article_id != self.article_id:
            return
        self.versions = sorted(versions, key=lambda v: v["version"])
        self.tree.blockSignals(True)
        self.tree.clear()
        for v in reversed(self.versions):  # newest first
            item = QTreeWidgetItem([str(v["version"]), v["edited_by"], display(v["edited_at"], self.ctx.plan_tz())])
            item.setData(0, ID_ROLE, v["version"])
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        if self.versions:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
            self.empty.hide()
        else:
            self._show_empty()

    def _on_load_failed(self, exc: Exception) -> None:
        self.empty.setText(self.tr("The history could not be read: %1").replace("%1", str(exc)))
        self.empty.show()

    def _show_empty(self) -> None:
        self.version_heading.clear()
        self.view.set_markdown("")
        self.diff.clear()
        self.empty.setText(self.tr("Versions appear here once the article has been saved."))
        self.empty.show()

    def selected(self) -> dict[str, Any] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        number = item.data(0, ID_ROLE)
        return next((v for v in self.versions if v["version"] == number), None)

    def select_version(self, number: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            if self.tree.topLevelItem(i).data(0, ID_ROLE) == number:
                self.tree.setCurrentItem(self.tree.topLevelItem(i))
                return

    def _on_current_changed(self, _current, _previous) -> None:
        v = self.selected()
        if v is None:
            return
        self.version_heading.setText(
            self.tr("Version %1, saved by %2 at %3: %4").replace("%1", str(v["version"]))
            .replace("%2", v["edited_by"] or "?").replace("%3", display(v["edited_at"], self.ctx.plan_tz()))
            .replace("%4", v["title"]))
        self.view.set_markdown(v["body"])
        earlier = [o for o in self.versions if o["version"] < v["version"]]
        self.diff.setHtml(self._diff_html(earlier[-1] if earlier else None, v))

    def _diff_html(self, old: dict[str, Any] | None, new: dict[str, Any]) -> str:
        if old is None:
            return "<p>" + html.escape(self.tr("The first version: nothing to compare with.")) + "</p>"
        lines = diff_lines(old, new)
        if not lines:
            return "<p>" + html.escape(self.tr("No change in the text.")) + "</p>"
        classes = {"+": "add", "-": "del", "@": "hunk"}
        rows = "".join(
            f'<div class="{classes.get(kind, "same")}">{kind if kind in "+-" else "&nbsp;"} '
            f"{html.escape(text) or '&nbsp;'}</div>"
            for kind, text in lines)
        return f"<div>{rows}</div>"

    def _on_changes(self, changes) -> None:
        # A version of this article (it names the article: ChangeSet.affected), not of another.
        if self.article_id is not None and "article_version" in changes.types() and (
                changes.touches("article", self.article_id) or changes.unspecific("article_version")):
            self.reload()


class VersionsDialog(QDialog):
    """The history of one article in its own window."""

    def __init__(self, ctx: AppContext, article_id: str, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of %1").replace("%1", title) if title else self.tr("History"))
        self.panel = VersionsPanel(ctx)
        self.panel.set_article(article_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)
