"""The files attached to one record: list, add (dialog or drop), open, preview.

Reading and copying blobs happens in the worker pool; adding goes through
the single writer. A missing or damaged stored file is reported in words.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QMargins, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.filenames import safe_file_name
from ..errors import KbdeskError
from ..services import Services
from ..services.rendering import attachment_url
from .context import AppContext
from .formatting import display
from .labels import file_kind_label

PREVIEW_MAX_BYTES = 25 * 1024 * 1024
ID_ROLE = Qt.ItemDataRole.UserRole
ADD_ERRORS = (KbdeskError, OSError)
SIZE_FORMAT = QLocale.DataSizeFormat.DataSizeTraditionalFormat  # "4.0 KB", as Explorer and Finder say


class BlobProblem(Exception):
    """The stored file of an attachment cannot be used: ``kind`` is missing | damaged."""

    def __init__(self, kind: str, attachment: dict[str, Any]):
        super().__init__(kind)
        self.kind = kind
        self.attachment = attachment


def checked_blob(services: Services, attachment: dict[str, Any]) -> Path:
    """The stored file of an attachment after checking it against its hash."""
    blobs = services.archive.blobs
    problem = blobs.verify(attachment["sha256"])
    if problem is not None:
        raise BlobProblem("missing" if "missing" in problem else "damaged", attachment)
    return blobs.path_for(attachment["sha256"])


def copy_for_opening(services: Services, attachment: dict[str, Any]) -> Path:
    """A temporary copy under the original file name, so other programs see its extension."""
    source = checked_blob(services, attachment)
    name = safe_file_name(attachment["filename"])
    target = Path(tempfile.mkdtemp(prefix="kbdesk-open-")) / name
    shutil.copyfile(source, target)
    return target


class AttachmentsPanel(QWidget):
    sig_status = Signal(str)  # a line for the status bar

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.owner: tuple[str, str] | None = None
        self.attachments: list[dict[str, Any]] = []
        # Replaceable so tests can drive them without a desktop.
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.confirm_remove: Callable[[str], bool] = self._ask_remove
        self._preview_pixmap: QPixmap | None = None
        self.setAcceptDrops(True)
        self._build()
        self._update_buttons()
        ctx.sig_changed.connect(self._on_changes)

    # --- building --------------------------------------------------------------

    def _build(self) -> None:
        self.hint = QLabel()
        self.hint.setObjectName("attachments_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.tree = QTreeWidget()
        self.tree.setObjectName("attachment_list")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Size"), self.tr("Type"), self.tr("Added")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemActivated.connect(self._on_item_activated)

        self.add_button = self._button(self.tr("Add…"), "attachment_add", self._on_add_clicked,
                                       self.tr("Attach files (or drop them on this panel)"))
        self.open_button = self._button(self.tr("Open"), "attachment_open", self.open_selected,
                                        self.tr("Open with the program your system uses for this type"))
        self.copy_button = self._button(self.tr("Copy image link"), "attachment_copy_link",
                                        self.copy_markdown_link,
                                        self.tr("Copy a Markdown reference to paste into an article body"))
        self.remove_button = self._button(self.tr("Remove"), "attachment_remove", self.remove_selected,
                                          self.tr("Remove this attachment from the record"))
        self.message = QLabel()
        self.message.setObjectName("attachment_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.preview = QLabel()
        self.preview.setObjectName("attachment_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(120)
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("color: palette(placeholder-text);")

        top = QWidget()
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addWidget(self.hint)
        tv.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.copy_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        tv.addLayout(buttons)
        tv.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    def _button(self, text: str, name: str, slot, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # --- owner and list --------------------------------------------------------------

    def set_owner(self, record_type: str, record_id: str | None) -> None:
        """Show the attachments of a record; None for a record not saved yet."""
        owner = (record_type, record_id) if record_id else None
        if owner == self.owner:
            return
        self.owner = owner
        self.attachments = []
        self.tree.clear()
        self._show_problem("")
        self._clear_preview()
        self.reload()

    def reload(self) -> None:
        owner = self.owner
        self._update_buttons()
        if owner is None:
            return
        services = self.ctx.services
        self.ctx.tasks.run(lambda: (owner, services.attachments_of(*owner)), self._on_loaded,
                           self._on_task_failed, key=f"attachments-list-{id(self)}")

    def _on_loaded(self, result: tuple[tuple[str, str], list[dict[str, Any]]]) -> None:
        owner, attachments = result
        if owner != self.owner:
            return
        selected = self.selected()
        self.attachments = sorted(attachments, key=lambda a: (a["added_at"], a["filename"]))
        self.tree.blockSignals(True)
        self.tree.clear()
        locale = QLocale()
        for att in self.attachments:
            item = QTreeWidgetItem([att["filename"], locale.formattedDataSize(att["size"], 1, SIZE_FORMAT),
                                    file_kind_label(att["mime"], att["filename"]), display(att["added_at"], self.ctx.plan_tz())])
            item.setData(0, ID_ROLE, att["id"])
            item.setToolTip(0, att["filename"])
            item.setToolTip(2, att["mime"] or "")
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            if selected and att["id"] == selected["id"]:
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        if self.selected() is None:
            self._clear_preview()
        self._update_buttons()

    def selected(self) -> dict[str, Any] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        att_id = item.data(0, ID_ROLE)
        return next((a for a in self.attachments if a["id"] == att_id), None)

    def select(self, attachment_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, ID_ROLE) == attachment_id:
                self.tree.setCurrentItem(item)
                return

    # --- adding ----------------------------------------------------------------------

    def add_files(self, paths: Iterable[str | Path]) -> None:
        """Attach files to the current record (in the writer thread)."""
        paths = [Path(p) for p in paths]
        if not paths:
            return
        if self.owner is None:
            self._show_problem(self.tr("Save the record first, then attach files to it."))
            return
        owner, services = self.owner, self.ctx.services

        def work() -> tuple[int, list[tuple[str, str]]]:
            added, failed = 0, []
            for path in paths:
                try:
                    services.attach_file(owner[0], owner[1], path)
                    added += 1
                except ADD_ERRORS as exc:  # reported per file, the others still attached
                    failed.append((path.name or str(path), _reason(exc)))
            return added, failed

        self._show_problem("")
        self.add_button.setEnabled(False)
        self.ctx.tasks.run(work, self._on_added, self._on_task_failed, write=True)

    def _on_added(self, result: tuple[int, list[tuple[str, str]]]) -> None:
        added, failed = result
        self._update_buttons()
        if added:
            self.sig_status.emit(self.tr("%n file(s) attached.", "", added))
        if failed:
            lines = "\n".join(f"{name}: {why}" for name, why in failed)
            self._show_problem(self.tr("Not attached:") + "\n" + lines)

    def _on_add_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.add_files(paths)

    # --- drag and drop ------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if self.owner is not None and _local_files(event.mimeData()):
            event.acceptProposedAction()
            self.tree.setStyleSheet("QTreeWidget { border: 2px dashed palette(highlight); }")
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self.owner is not None and _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self.tree.setStyleSheet("")
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:
        self.tree.setStyleSheet("")
        paths = _local_files(event.mimeData())
        if self.owner is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    # --- open, copy link, remove ---------------------------------------------------------

    def open_selected(self) -> None:
        att = self.selected()
        if att is None:
            return
        services = self.ctx.services
        self._show_problem("")
        self.ctx.tasks.run(lambda: copy_for_opening(services, att), self._on_copied_for_opening,
                           self._on_task_failed)

    def _on_copied_for_opening(self, path: Path) -> None:
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self._show_problem(self.tr("No program on this computer opens %1.").replace("%1", path.name))

    def _on_item_activated(self, _item, _column) -> None:
        self.open_selected()

    def copy_markdown_link(self) -> None:
        att = self.selected()
        if att is None:
            return
        alt = Path(att["filename"]).stem.replace("[", "(").replace("]", ")")
        QGuiApplication.clipboard().setText(f"![{alt}]({attachment_url(att['id'])})")
        self.sig_status.emit(self.tr("Image link copied: paste it into the article body."))

    def remove_selected(self) -> None:
        att = self.selected()
        if att is None or not self.confirm_remove(att["filename"]):
            return
        services = self.ctx.services
        self.ctx.tasks.run(lambda: services.delete("attachment", att["id"]), None,
                           self._on_task_failed, write=True)

    def _ask_remove(self, filename: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Remove attachment"),
            self.tr("Remove %1 from this record?").replace("%1", filename))
        return answer == QMessageBox.StandardButton.Yes

    # --- preview ------------------------------------------------------------------------

    def _on_current_changed(self, _current, _previous) -> None:
        self._update_buttons()
        self._show_problem("")
        att = self.selected()
        if att is None:
            self._clear_preview()
            return
        if not att["mime"].startswith("image/"):
            self._clear_preview(self.tr("No preview for this type of file; use Open to view it."))
            return
        if att["size"] > PREVIEW_MAX_BYTES:
            self._clear_preview(self.tr("This image is too large to preview; use Open to view it."))
            return
        services = self.ctx.services
        self._clear_preview(self.tr("Loading preview…"))
        self.ctx.tasks.run(lambda: (att["id"], checked_blob(services, att).read_bytes()),
                           self._on_preview_loaded, self._on_preview_failed,
                           key=f"attachments-preview-{id(self)}")

    def _on_preview_loaded(self, result: tuple[str, bytes]) -> None:
        att_id, data = result
        att = self.selected()
        if att is None or att["id"] != att_id:
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            self._clear_preview()
            self._show_problem(self.tr("%1 cannot be shown: it is not an image this program can read.")
                               .replace("%1", att["filename"]))
            return
        self._preview_pixmap = pixmap
        self._fit_preview()

    def _on_preview_failed(self, exc: Exception) -> None:
        self._clear_preview()
        self._on_task_failed(exc)

    def _fit_preview(self) -> None:
        if self._preview_pixmap is None:
            return
        room = self.preview.size().shrunkBy(QMargins(4, 4, 4, 4))
        pixmap = self._preview_pixmap
        if pixmap.width() > room.width() or pixmap.height() > room.height():  # shrink, never enlarge
            pixmap = pixmap.scaled(room.expandedTo(QSize(16, 16)), Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pixmap)

    def _clear_preview(self, text: str = "") -> None:
        self._preview_pixmap = None
        self.preview.clear()
        self.preview.setText(text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_preview()

    # --- state and messages -----------------------------------------------------------

    def _update_buttons(self) -> None:
        att = self.selected()
        self.add_button.setEnabled(self.owner is not None and not self.ctx.read_only)
        self.open_button.setEnabled(att is not None)
        self.remove_button.setEnabled(att is not None and not self.ctx.read_only)
        self.copy_button.setEnabled(att is not None and att["mime"].startswith("image/"))
        if self.owner is None:
            self.hint.setText(self.tr("Save the record first, then attach files to it."))
        elif self.attachments:
            self.hint.setText(self.tr("Drop files here to attach them."))
        else:
            self.hint.setText(self.tr("No attachments yet. Drop files here or use Add…"))

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_task_failed(self, exc: Exception) -> None:
        self._update_buttons()
        if isinstance(exc, BlobProblem):
            name = exc.attachment["filename"]
            if exc.kind == "missing":
                text = self.tr("The stored file of %1 is missing from the archive. "
                               "Attach it again, or restore the archive from a backup.")
            else:
                text = self.tr("The stored file of %1 is damaged (its content no longer matches "
                               "its checksum). Attach it again, or restore the archive from a backup.")
            self._show_problem(text.replace("%1", name))
        else:
            self._show_problem(_reason(exc))

    def _on_changes(self, changes) -> None:
        # Files of this record (an attachment names its owner: ChangeSet.affected), not of another.
        if self.owner is None or "attachment" not in changes.types():
            return
        if changes.touches(*self.owner) or changes.unspecific("attachment") or (
                changes.ids("attachment") & {a["id"] for a in self.attachments}):
            self.reload()



def _reason(exc: Exception) -> str:
    if isinstance(exc, KbdeskError):
        problems = getattr(exc, "problems", None)
        return "; ".join(problems.values()) if problems else str(exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _local_files(mime) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
