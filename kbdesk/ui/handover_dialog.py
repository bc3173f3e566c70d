"""File → Handover package…: choose customers, products and a period; the package is
written by `kbdesk handover` in a child process (progress and cancel), then the folder
can be opened."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.lookups import case_products, customers_by_name
from .context import AppContext
from .job_dialog import JobDialog

if TYPE_CHECKING:
    from .main_window import MainWindow


def load_choices(ctx: AppContext) -> tuple[list[tuple[str, str]], list[str]]:
    """(customer id, name) pairs and the products cases name; runs in a worker."""
    return customers_by_name(ctx.archive), case_products(ctx.archive)


class HandoverDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Handover package"))
        self.setMinimumWidth(640)
        self.customers = QListWidget()
        self.customers.setObjectName("handover_customers")
        self.products = QListWidget()
        self.products.setObjectName("handover_products")
        self.use_period = QCheckBox(self.tr("Only what happened between"))
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year() - 1, today.month(), today.day()))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.use_period.toggled.connect(self.start.setEnabled)
        self.use_period.toggled.connect(self.end.setEnabled)
        period = QHBoxLayout()
        period.addWidget(self.use_period)
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("and")))
        period.addWidget(self.end)
        period.addStretch(1)
        self.lang = QComboBox()
        self.lang.addItem("简体中文", "zh_CN")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if QLocale().name().startswith("zh") else 1)
        self.folder = QLineEdit(str(_suggested_folder()))
        self.folder.setObjectName("handover_folder")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.status = QLabel(self.tr("Loading customers and products…"))
        self.status.setWordWrap(True)
        lists = QHBoxLayout()
        for title, widget in ((self.tr("Customers"), self.customers), (self.tr("Products"), self.products)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(widget)
            lists.addLayout(column)
        form = QFormLayout()
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.tr("Language:"), self.lang)
        form.addRow(self.tr("Folder (new or empty):"), folder_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = self.buttons.addButton(self.tr("Write package"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.write_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose customers and/or products. The package holds their case summaries "
                                        "and fault reports, runbooks, KB articles, drills and course materials.")))
        layout.addLayout(lists)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        ctx.tasks.run(lambda: load_choices(ctx), self._on_loaded, self._on_failed)

    def _on_loaded(self, result: tuple[list[tuple[str, str]], list[str]]) -> None:
        customers, products = result
        for cid, name in customers:
            self._add(self.customers, name, cid)
        for product in products:
            self._add(self.products, product, product)
        self.status.setText("")
        self.write_button.setEnabled(True)

    def _on_failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Could not read the archive: %1").replace("%1", str(exc)))

    @staticmethod
    def _add(widget: QListWidget, text: str, data: Any) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)

    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def out_folder(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def job_args(self) -> list[str]:
        args = ["handover"]
        for cid in self._checked(self.customers):
            args += ["--customer", cid]
        for product in self._checked(self.products):
            args += ["--product", product]
        if self.use_period.isChecked():
            args += ["--from", _iso(self.start.date()), "--to", _iso(self.end.date())]
        return [*args, "--out", str(self.out_folder()), "--lang", self.lang.currentData()]

    def _on_accept(self) -> None:
        if not self._checked(self.customers) and not self._checked(self.products):
            self.status.setText(self.tr("Choose at least one customer or one product."))
            return
        if not self.folder.text().strip():
            self.status.setText(self.tr("Choose a folder to write."))
            return
        out = self.out_folder()
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            self.status.setText(self.tr("%1 is not empty; choose a new or empty folder.").replace("%1", str(out)))
            return
        if self.use_period.isChecked() and self.start.date() > self.end.date():
            self.status.setText(self.tr("The period starts after it ends."))
            return
        self.accept()

    def _on_browse(self) -> None:
        parent = QFileDialog.getExistingDirectory(self, self.tr("Where to put the package"),
                                                  str(self.out_folder().parent))
        if parent:
            self.folder.setText(str(Path(parent) / self.out_folder().name))


def _iso(day: QDate) -> str:
    return date(day.year(), day.month(), day.day()).isoformat()


def _suggested_folder() -> Path:
    base = Path.home() / "Documents"
    base = base if base.is_dir() else Path.home()
    return base / f"kbdesk-handover-{date.today():%Y%m%d}"


def start_handover(win: MainWindow) -> JobDialog | None:
    """Ask, then write the package in a child process; offer to open the folder."""
    dialog = HandoverDialog(win.ctx, win)
    if not dialog.exec():
        return None
    out = dialog.out_folder()
    title = QCoreApplication.translate("HandoverDialog", "Writing the handover package")
    job = JobDialog(title, win.ctx.archive.root, dialog.job_args(), win)

    def done(ok: bool, message: str) -> None:
        win.show_status(message)
        if not ok:
            shutil.rmtree(out.with_name(out.name + ".partial"), ignore_errors=True)  # a killed job's leftovers
            return
        question = QCoreApplication.translate("HandoverDialog", "The package is ready in %1. Open the folder?")
        answer = QMessageBox.question(job, QCoreApplication.translate("HandoverDialog", "Handover package"),
                                      question.replace("%1", str(out)))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))

    job.sig_done.connect(done)
    job.start()
    return job
