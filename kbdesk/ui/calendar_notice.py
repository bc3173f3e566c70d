"""The notice that a year's official holidays are not known yet (Attention, Settings).

The State Council publishes next year's holidays late in the year; until they
are imported, deadlines on those days assume Monday to Friday ("estimated").
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class CalendarNotice(QFrame):
    sig_import = Signal()

    def __init__(self, parent: QWidget | None = None, button: bool = True):
        super().__init__(parent)
        self.setObjectName("calendar_notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Amber, readable on light and dark palettes.
        self.setStyleSheet("#calendar_notice { background: rgba(245, 165, 0, 60); "
                           "border: 1px solid rgba(175, 105, 0, 160); border-radius: 4px; }")
        self.text = QLabel()
        self.text.setObjectName("calendar_notice_text")
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Import holidays…"))
        self.button.setObjectName("calendar_notice_import")
        self.button.clicked.connect(self.sig_import)
        self.button.setVisible(button)
        self._on_plan_page = not button  # without the button it sits above the import box
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.years: list[int] = []
        self.hide()

    def show_years(self, years: list[int]) -> None:
        """Show the notice for these unknown years; hide it when there are none."""
        self.years = list(years)
        if not years:
            self.hide()
            return
        names = self.tr(", ").join(str(y) for y in years)
        where = (self.tr("Import the published list under “Official holidays” below.") if self._on_plan_page
                 else self.tr("Import the published list (a text list or an ICS calendar) in Settings → "
                              "Service plan."))
        self.text.setText(self.tr(
            "The official holidays and make-up working days of %1 are not known yet: deadlines on those "
            "days assume Monday to Friday and are marked “estimated”.").replace("%1", names) + " " + where)
        self.show()
