"""A section made of several record lists side by side in tabs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..context import AppContext
from ..labels import type_label
from .record_section import RecordSection


class TabbedSections(QWidget):
    sig_status = Signal(str)
    sig_open_record = Signal(str, str)

    def __init__(self, ctx: AppContext, sections: list[RecordSection], parent: QWidget | None = None):
        super().__init__(parent)
        self.sections = {s.record_type: s for s in sections}
        self.tabs = QTabWidget()
        for section in sections:
            self.tabs.addTab(section, type_label(section.record_type))
            section.sig_status.connect(self.sig_status)
            section.sig_open_record.connect(self.sig_open_record)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_record(self, record_type: str, record_id: str) -> bool:
        section = self.sections.get(record_type)
        if section is None:
            return False
        self.tabs.setCurrentWidget(section)
        section.select_record(record_id)
        return True
