"""Cases: the list, the editor and the case's timeline, links and similar cases."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from ..attachments import AttachmentsPanel
from ..case_tabs import LinksTab, SimilarCasesTab, TimelineTab
from ..case_workflow_panel import CaseWorkflowPanel
from ..context import AppContext
from .catalog import CONFIGS
from .record_section import RecordSection


class CaseSection(RecordSection):
    sig_article_from_case = Signal(str)
    sig_run_runbook = Signal(str, str)  # runbook id ("" = pick one), case id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, CONFIGS["case"], parent)
        self.tabs.currentChanged.connect(self._on_tab_changed)

    def extra_tabs(self) -> list[tuple[str, QWidget]]:
        self.timeline = TimelineTab(self.ctx)
        self.links = LinksTab(self.ctx, "case")
        self.links.sig_open_record.connect(self.sig_open_record)
        self.links.sig_status.connect(self.sig_status)
        self.similar = SimilarCasesTab(self.ctx)
        self.similar.sig_open_record.connect(self.sig_open_record)
        self.similar.sig_status.connect(self.sig_status)
        self.similar.sig_run_runbook.connect(self.sig_run_runbook)
        self.attachments = AttachmentsPanel(self.ctx)
        self.attachments.sig_status.connect(self.sig_status)
        self.workflow = CaseWorkflowPanel(self.ctx)
        self.workflow.sig_status.connect(self.sig_status)
        self.workflow.sig_open_record.connect(self.sig_open_record)
        return [(self.tr("Similar cases"), self.similar), (self.tr("Workflow"), self.workflow),
                (self.tr("Timeline"), self.timeline),
                (self.tr("Attachments"), self.attachments), (self.tr("Links"), self.links)]

    def extra_buttons(self) -> list[QWidget]:
        self.article_button = QPushButton(self.tr("Write KB article"))
        self.article_button.setObjectName("article_from_case")
        self.article_button.setToolTip(self.tr("Draft a knowledge-base article from this solved case"))
        self.article_button.clicked.connect(
            lambda: self.current and self.sig_article_from_case.emit(self.current["id"]))
        self.run_button = QPushButton(self.tr("Run runbook…"))
        self.run_button.setObjectName("case_run_runbook")
        self.run_button.setToolTip(self.tr("Run one of the case's linked runbooks (or any other) step by step"))
        self.run_button.clicked.connect(lambda: self.current and self.sig_run_runbook.emit("", self.current["id"]))
        return [self.article_button, self.run_button]

    def record_shown(self, record: dict[str, Any] | None) -> None:
        case_id = record["id"] if record else None
        self.article_button.setEnabled(bool(record and (record["resolution"] or record["workaround"]))
                                       and not self.ctx.read_only)
        self.run_button.setEnabled(record is not None and not self.ctx.read_only)
        self.timeline.set_case(case_id)
        self.links.set_record(case_id)
        self.attachments.set_owner("case", case_id)
        self.workflow.set_case(case_id)
        if self.tabs.currentWidget() is self.similar or case_id is None:
            self.similar.set_case(case_id)
        else:
            self._similar_pending = case_id

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.similar and getattr(self, "_similar_pending", None):
            self.similar.set_case(self._similar_pending)
            self._similar_pending = None
