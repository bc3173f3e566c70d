"""The form both report export dialogs share: language, format, file, buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)


class ReportExportDialog(QDialog):
    """A dialog laid out by build_export_form: the widgets it adds, declared."""

    lang: QComboBox
    format_group: QButtonGroup
    path_edit: QLineEdit
    status: QLabel
    buttons: QDialogButtonBox
    export_button: QPushButton

    def fmt(self) -> str:
        """The checked format's code: "pdf", "html" or "md"."""
        checked = self.format_group.checkedButton()
        assert checked is not None  # an exclusive group, PDF checked from the start
        return checked.property("format")


def build_export_form(
    dialog: ReportExportDialog, on_browse: Callable[[], None], on_export: Callable[[], None]
) -> None:
    """Give ``dialog`` its ``lang``, ``format_group``, ``path_edit``, ``status``,
    ``buttons`` and ``export_button``, laid out; PDF and the UI's language preset."""
    dialog.setMinimumWidth(560)
    dialog.lang = QComboBox()
    dialog.lang.addItem("简体中文", "zh_CN")
    dialog.lang.addItem("English", "en")
    dialog.lang.setCurrentIndex(0 if QLocale().name().startswith("zh") else 1)
    dialog.format_group = QButtonGroup(dialog)
    formats = QHBoxLayout()
    for code, text in (("pdf", "PDF"), ("html", "HTML"), ("md", "Markdown")):
        radio = QRadioButton(text)
        radio.setProperty("format", code)
        radio.setObjectName(f"format_{code}")
        dialog.format_group.addButton(radio)
        formats.addWidget(radio)
        radio.setChecked(code == "pdf")
    formats.addStretch(1)
    dialog.path_edit = QLineEdit()
    dialog.path_edit.setObjectName("report_path")
    browse = QPushButton(QCoreApplication.translate("ReportExportForm", "Browse…"))
    browse.clicked.connect(on_browse)
    file_row = QHBoxLayout()
    file_row.addWidget(dialog.path_edit, 1)
    file_row.addWidget(browse)
    dialog.status = QLabel()
    dialog.status.setWordWrap(True)
    form = QFormLayout()
    form.addRow(QCoreApplication.translate("ReportExportForm", "Language:"), dialog.lang)
    form.addRow(QCoreApplication.translate("ReportExportForm", "Format:"), formats)
    form.addRow(QCoreApplication.translate("ReportExportForm", "File:"), file_row)
    dialog.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    dialog.export_button = dialog.buttons.addButton(QCoreApplication.translate("ReportExportForm", "Export"), QDialogButtonBox.ButtonRole.AcceptRole)
    dialog.export_button.setObjectName("export_button")
    dialog.buttons.accepted.connect(on_export)
    dialog.buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(dialog.status)
    layout.addWidget(dialog.buttons)
