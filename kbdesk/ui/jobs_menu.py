"""File and Tools menu jobs: ask what is needed, then run it in a child process."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from .job_dialog import JobDialog

if TYPE_CHECKING:
    from .main_window import MainWindow


def start_job(win: MainWindow, kind: str) -> None:
    ctx = win.ctx
    if kind == "import":
        path, _ = QFileDialog.getOpenFileName(
            win,
            QCoreApplication.translate("MainWindow", "Import"),
            "",
            QCoreApplication.translate("MainWindow", "kbdesk export (*.jsonl);;All files (*)"),
        )
        if not path:
            return
        title, args = QCoreApplication.translate("MainWindow", "Importing"), ["import", path]
    elif kind == "import_spreadsheet":
        args = _ask_spreadsheet(win)
        if not args:
            return
        title = QCoreApplication.translate("MainWindow", "Importing cases")
    elif kind == "import_course":
        path = QFileDialog.getExistingDirectory(
            win, QCoreApplication.translate("MainWindow", "Import course folder"))
        if not path:
            return
        title, args = QCoreApplication.translate("MainWindow", "Importing course files"), ["import-course", path, "--no-extract"]
    elif kind == "export":
        path, _ = QFileDialog.getSaveFileName(
            win,
            QCoreApplication.translate("MainWindow", "Export"),
            "kbdesk-export.jsonl",
            QCoreApplication.translate("MainWindow", "kbdesk export (*.jsonl)"),
        )
        if not path:
            return
        title, args = QCoreApplication.translate("MainWindow", "Exporting"), ["export", path]
    elif kind == "reindex":
        title, args = QCoreApplication.translate("MainWindow", "Rebuilding the search index"), ["reindex"]
    elif kind == "check":
        title, args = QCoreApplication.translate("MainWindow", "Checking the archive"), ["check"]
    else:
        raise ValueError(kind)
    dialog = JobDialog(title, ctx.archive.root, args, win)

    def done(ok: bool, message: str) -> None:
        win.show_status(message)
        if ok and kind in ("import", "import_spreadsheet", "import_course", "reindex"):
            # Another process changed the archive: reopen the index, then reload the
            # lists of what it says it wrote (everything when it did not say).
            changes = dialog.job.changes
            after = (lambda _r: ctx.broadcast(changes)) if changes else (lambda _r: win.refresh_all())
            ctx.tasks.run(ctx.reopen_index, after, write=True)

    dialog.sig_done.connect(done)
    dialog.start()


def _ask_spreadsheet(win: MainWindow) -> list[str] | None:
    """The file, then its preview and column mapping; the import-csv arguments, or None."""
    from .spreadsheet_import import SpreadsheetImportDialog

    path, _ = QFileDialog.getOpenFileName(
        win,
        QCoreApplication.translate("MainWindow", "Import spreadsheet"),
        "",
        QCoreApplication.translate("MainWindow", "Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"),
    )
    if not path:
        return None
    dialog = SpreadsheetImportDialog(win.ctx, path, win)
    return dialog.job_args() if dialog.exec() else None
