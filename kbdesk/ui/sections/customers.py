"""Customers: the list and editor plus the customer's dossier (客户档案) tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from ..dossier_view import DossierView
from .catalog import CONFIGS
from .record_section import RecordSection


class CustomerSection(RecordSection):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, CONFIGS["customer"], parent)
        self.tabs.currentChanged.connect(self._on_tab_changed)

    def extra_tabs(self) -> list[tuple[str, QWidget]]:
        self.dossier = DossierView(self.ctx)
        self.dossier.sig_status.connect(self.sig_status)
        self.dossier.sig_open_record.connect(self.sig_open_record)
        return [(self.tr("Dossier"), self.dossier)]

    def record_shown(self, record: dict[str, Any] | None) -> None:
        # The dossier loads when its tab is shown (or already showing).
        self._pending = record["id"] if record else None
        if self.tabs.currentWidget() is self.dossier or record is None:
            self.dossier.set_customer(self._pending)

    def show_dossier(self) -> DossierView:
        self.tabs.setCurrentWidget(self.dossier)
        return self.dossier

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.dossier:
            # The timeline needs the width: the customer list keeps a narrow strip.
            total = sum(self.splitter.sizes())
            if self.splitter.sizes()[0] > 300:
                self.splitter.setSizes([260, max(total - 260, 400)])
            self.dossier.set_customer(getattr(self, "_pending", None))
