"""The main window: navigation, menus and the status bar — nothing else.

Each section is its own widget; the window only switches between them and
routes "open this record" requests.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from .context import AppContext
from .sections.catalog import CONFIGS
from .sections.record_section import RecordSection
from .sections.tabbed import TabbedSections

# Where each record type is shown.
SECTION_OF = {
    "case": ("cases",), "customer": ("customers",), "contact": ("customers",),
    "service_record": ("customers",), "article": ("kb",), "runbook": ("runbooks",),
    "drill": ("runbooks",), "action": ("runbooks",), "course": ("training",),
    "material": ("training",), "training_session": ("training",), "complaint": ("feedback",),
    "survey": ("feedback",),
}


class MainWindow(QMainWindow):
    sig_open_archive = Signal(str)  # path or team URL; "" = ask
    sig_connect_team = Signal()
    sig_new_archive = Signal()
    sig_language = Signal(str)
    sig_settings_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        from .drill_launch import RunLauncher

        self.runs = RunLauncher(self, ctx)
        self.runs.sig_open_record.connect(self.open_record)
        self.runs.sig_status.connect(self.show_status)
        self.setWindowTitle(self.tr("kbdesk — %1").replace("%1", ctx.archive.label))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(215)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.sections: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._build_sections()
        self._build_menus()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._on_nav_changed)
        self.nav.setCurrentRow(0)
        self.index_label = QLabel(self.tr("Opening search index…"))
        self.statusBar().addPermanentWidget(self.index_label)
        if ctx.read_only:
            self._mark_read_only()
        ctx.sig_index_ready.connect(self._on_index_ready)
        if ctx.index_ready:
            self._on_index_ready("")
        self._restore_geometry()
        self.runs.offer_unfinished()

    # --- sections -------------------------------------------------------------

    def add_section(self, key: str, title: str, factory: Callable[[], QWidget]) -> None:
        """Register a section; it is built the first time it is shown, so
        start-up only pays for the section the user sees first."""
        self._factories[key] = factory
        placeholder = QWidget()
        self.stack.addWidget(placeholder)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)

    def section(self, key: str) -> QWidget:
        widget = self.sections.get(key)
        if widget is None:
            index = list(self._factories).index(key)
            widget = self._factories[key]()
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.sections[key] = widget
            if hasattr(widget, "sig_status"):
                widget.sig_status.connect(self.show_status)
            if hasattr(widget, "sig_open_record"):
                widget.sig_open_record.connect(self.open_record)
            if hasattr(widget, "sig_open_plan_settings"):
                widget.sig_open_plan_settings.connect(lambda: self.open_settings("plan"))
            if hasattr(widget, "sig_article_from_case"):
                widget.sig_article_from_case.connect(self._on_article_from_case)
            for part in (widget, *getattr(widget, "sections", {}).values()):
                if hasattr(part, "sig_run_runbook"):
                    part.sig_run_runbook.connect(self.runs.start)
                if hasattr(part, "sig_resume_run"):
                    part.sig_resume_run.connect(self.runs.resume)
        return widget

    def _on_article_from_case(self, case_id: str) -> None:
        self.show_section("kb").create_from_case(case_id)

    def _build_sections(self) -> None:
        from .match_panel import MatchPanel
        from .sections.attention import AttentionView
        from .sections.audit import AuditView
        from .sections.cases import CaseSection
        from .sections.customers import CustomerSection
        from .sections.knowledge import ArticleSection
        from .sections.reports import ReportsSection
        from .sections.runbooks import DrillSection, RunbookSection
        from .sections.sla_view import SlaView
        from .training_plan_view import training_section

        ctx = self.ctx

        def section_of(record_type: str) -> RecordSection:
            return CustomerSection(ctx) if record_type == "customer" else RecordSection(ctx, CONFIGS[record_type])

        def tabbed(*types: str) -> Callable[[], QWidget]:
            return lambda: TabbedSections(ctx, [section_of(t) for t in types])

        self.add_section("match", self.tr("Match a fault"), lambda: MatchPanel(ctx))
        self.add_section("cases", self.tr("Cases"), lambda: CaseSection(ctx))
        self.add_section("attention", self.tr("Attention"), lambda: AttentionView(ctx))
        self.add_section("customers", self.tr("Customers"), tabbed("customer", "contact", "service_record"))
        self.add_section("kb", self.tr("Knowledge base"), lambda: ArticleSection(ctx))
        self.add_section("runbooks", self.tr("Runbooks & drills"), lambda: TabbedSections(
            ctx, [RunbookSection(ctx), DrillSection(ctx), RecordSection(ctx, CONFIGS["action"])]))
        self.add_section("training", self.tr("Training"), lambda: training_section(ctx))
        self.add_section("feedback", self.tr("Complaints & surveys"), tabbed("complaint", "survey"))
        self.add_section("sla", self.tr("SLA"), lambda: SlaView(ctx))
        self.add_section("reports", self.tr("Reports"), lambda: ReportsSection(ctx))
        self.add_section("audit", self.tr("Audit trail"), lambda: AuditView(ctx))

    def show_section(self, key: str) -> QWidget:
        widget = self.section(key)
        self.nav.setCurrentRow(list(self._factories).index(key))
        return widget

    def _on_nav_changed(self, row: int) -> None:
        if row >= 0:
            self.section(list(self._factories)[row])
            self.stack.setCurrentIndex(row)

    def open_record(self, record_type: str, record_id: str) -> None:
        """Show any record in its section (from search, matching or links)."""
        for key in SECTION_OF.get(record_type, ()):
            widget = self.section(key)
            if isinstance(widget, RecordSection) and widget.record_type == record_type:
                self.show_section(key)
                widget.select_record(record_id)
                return
            if isinstance(widget, TabbedSections) and record_type in widget.sections:
                self.show_section(key)
                widget.show_record(record_type, record_id)
                return
        self.show_status(self.tr("This kind of record has no section to show it in."))

    # --- menus ------------------------------------------------------------------

    def _build_menus(self) -> None:
        from .menus import build_menus

        build_menus(self)

    def action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        return act

    # --- tools ---------------------------------------------------------------

    def open_search(self) -> None:
        from .search_dialog import SearchDialog

        dialog = getattr(self, "_search_dialog", None)
        if dialog is None:
            dialog = self._search_dialog = SearchDialog(self.ctx, self)
            dialog.sig_open_record.connect(self.open_record)
        dialog.open_fresh()

    def open_settings(self, page: str = "") -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        if page == "plan" and getattr(dialog, "plan", None) is not None:
            dialog.tabs.setCurrentWidget(dialog.plan)
        dialog.sig_open_archive.connect(self.sig_open_archive)
        if dialog.exec():
            self.sig_settings_changed.emit()

    def export_fault_report(self) -> None:
        from .fault_report_export import export_fault_report

        cases = self.section("cases")
        if cases.current and cases.current.get("id"):
            export_fault_report(self, self.ctx, cases.current["id"])
        else:
            self.show_section("cases")
            self.show_status(self.tr("Select a case first."))

    def run_job(self, kind: str) -> None:
        from .jobs_menu import start_job

        start_job(self, kind)

    def show_search_help(self) -> None:
        from .search_dialog import show_syntax_help

        show_syntax_help(self)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .. import __version__

        QMessageBox.about(self, self.tr("About kbdesk"), self.tr(
            "kbdesk %1\nOffline knowledge base and case archive for technical support.\n"
            "Archive: %2").replace("%1", __version__).replace("%2", self.ctx.archive.label))

    # --- status and state ---------------------------------------------------

    def refresh_all(self) -> None:
        self.ctx.broadcast_everything_changed()

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_index_ready(self, state: str) -> None:
        if state.startswith("failed: "):
            self.index_label.setText(self.tr("Search unavailable"))
            self.show_status(self.tr("The search index could not be opened: %1").replace("%1", state[8:]))
            return
        self.index_label.setText(self.tr("Search ready"))
        if state == "rebuilt":
            self.show_status(self.tr("The search index was built from the archive."))
        elif state == "repaired":
            self.show_status(self.tr("The search index was brought up to date after an interruption."))

    def _mark_read_only(self) -> None:
        self.setWindowTitle(self.tr("kbdesk — %1 (read-only)").replace("%1", self.ctx.archive.label))
        marker = QLabel(self.tr("Read-only"))
        marker.setObjectName("read_only_marker")
        marker.setStyleSheet("QLabel { background: #b45309; color: white; padding: 1px 8px; "
                             "border-radius: 3px; font-weight: bold; }")
        marker.setToolTip(self.tr("Another kbdesk window is editing this archive: here you can read "
                                  "and search, but not change anything."))
        self.statusBar().addPermanentWidget(marker)

    def _restore_geometry(self) -> None:
        state = _window_state()
        geometry = state.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        window_state = state.value("window/state")
        if isinstance(window_state, QByteArray):
            self.restoreState(window_state)

    def closeEvent(self, event) -> None:
        state = _window_state()
        state.setValue("window/geometry", self.saveGeometry())
        state.setValue("window/state", self.saveState())
        super().closeEvent(event)


def _window_state() -> QSettings:
    from ..paths import config_dir

    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)
