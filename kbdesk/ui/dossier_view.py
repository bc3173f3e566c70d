"""A customer's dossier (客户档案): the timeline of everything beside quotas, open items and contacts.

The timeline comes from kbdesk.services.dossier a page at a time (the most
recent 500 items, then "Load more"), loaded in a worker, so the biggest
customer's dossier opens without the window waiting. Double-clicking an item
opens its record.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.clock import utcnow
from ..services.dossier import (
    KINDS,
    PAGE,
    DossierItem,
    DossierPage,
    DossierSummary,
    dossier_page,
    dossier_summary,
)
from .context import AppContext
from .formatting import display
from .labels import code_label, field_value_label
from .sections.attention import duration_text, kind_label, state_label

Index = QModelIndex | QPersistentModelIndex
DOSSIER_TYPES = {"case", "timeline", "escalation", "service_record", "complaint", "survey", "drill",
                 "training_session", "contact", "customer", "action"}


def kind_words(kind: str) -> str:
    return {
        "case": QCoreApplication.translate("DossierView", "Case"),
        "escalation": QCoreApplication.translate("DossierView", "Escalation"),
        "deadline": QCoreApplication.translate("DossierView", "Deadline"),
        "service_record": QCoreApplication.translate("DossierView", "Service record"),
        "complaint": QCoreApplication.translate("DossierView", "Complaint"),
        "survey": QCoreApplication.translate("DossierView", "Survey"),
        "drill": QCoreApplication.translate("DossierView", "Drill"),
        "training": QCoreApplication.translate("DossierView", "Training"),
    }[kind]


def item_state(item: DossierItem) -> str:
    if item.kind in ("case", "escalation"):
        return code_label("status", item.state) if item.state else ""
    if item.kind == "deadline":
        return state_label(item.state)
    if item.kind == "complaint":
        return code_label("complaint_state", item.state)
    if item.kind == "drill":
        return code_label("outcome", item.state)
    if item.kind == "training":
        return code_label("session_status", item.state)
    if item.kind == "service_record":
        return code_label("channel", item.state)
    return item.state


def item_detail(item: DossierItem) -> str:
    if item.kind == "escalation":
        return code_label("escalation_target", item.detail)
    if item.kind == "deadline":
        return kind_label(item.detail)
    if item.kind == "service_record":
        return code_label("service_kind", item.detail)
    if item.kind == "drill":
        return code_label("drill_kind", item.detail)
    if item.kind == "training":
        return (QCoreApplication.translate("DossierView", "On site") if item.detail == "onsite"
                else QCoreApplication.translate("DossierView", "Remote"))
    if item.kind == "survey":
        return QCoreApplication.translate("DossierView", "Attitude/business/technical %1").replace(
            "%1", item.detail)
    return item.detail


class TimelineModel(QAbstractTableModel):
    COLUMNS = ("at", "kind", "title", "severity", "state", "detail")

    def __init__(self, tz: Callable, parent=None):
        super().__init__(parent)
        self.items: list[DossierItem] = []
        self.tz = tz

    def set_items(self, items: list[DossierItem], append: bool = False) -> None:
        self.beginResetModel()
        merged = (self.items + items) if append else list(items)
        # Deadline items are worked out per page: keep the whole list in time order.
        self.items = sorted(merged, key=lambda i: i.order, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {"at": self.tr("When"), "kind": self.tr("Type"), "title": self.tr("What"), "severity": self.tr("Severity"), "state": self.tr("State"),
                "detail": self.tr("Detail")}[self.COLUMNS[section]]

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, col)
        if role == Qt.ItemDataRole.ForegroundRole and item.kind == "deadline":
            colour = {"met": QColor(46, 125, 50), "breached": QColor(198, 40, 40)}.get(item.state)
            return QBrush(colour) if colour and col == "state" else None
        if role == Qt.ItemDataRole.ToolTipRole and col in ("title", "detail"):
            return self._text(item, col)
        return None

    def _text(self, item: DossierItem, col: str) -> str:
        if col == "at":
            if item.kind in ("service_record", "survey", "drill", "training"):
                return item.at.date().isoformat()
            return display(item.at, self.tz())
        if col == "kind":
            return kind_words(item.kind)
        if col == "severity":
            return field_value_label("case", "severity", item.severity) if item.severity else ""
        if col == "state":
            return item_state(item)
        if col == "detail":
            return item_detail(item)
        if item.number:
            return f"{item.number}  {item.title}"
        return item.title or item_detail(item)  # a survey without a comment shows its scores


class DossierView(QWidget):
    sig_status = Signal(str)
    sig_open_record = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, now: Callable[[], datetime] = utcnow,
                 page_size: int = PAGE):
        super().__init__(parent)
        self.ctx = ctx
        self._now = now
        self.page_size = page_size
        self.customer_id: str | None = None
        self._key = f"dossier-{id(self)}"
        self._cursor = None
        self.loading = False
        self.model = TimelineModel(ctx.plan_tz, self)
        self._build()
        self._debounce = QTimer(self, singleShot=True, interval=500)
        self._debounce.timeout.connect(self.reload)
        ctx.sig_changed.connect(self._on_changed)

    def _build(self) -> None:
        self.kind_buttons: dict[str, QToolButton] = {}
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        for kind in KINDS:
            button = QToolButton()
            button.setText(kind_words(kind))
            button.setCheckable(True)
            button.setChecked(True)
            button.setObjectName(f"dossier_kind_{kind}")
            button.toggled.connect(self._on_filter_changed)
            self.kind_buttons[kind] = button
            filters.addWidget(button)
        filters.addStretch(1)
        period = QHBoxLayout()
        self.period_check = QCheckBox(self.tr("Only from"))
        self.period_check.setObjectName("dossier_period")
        today = self._now().astimezone(self.ctx.plan_tz()).date()
        self.start_edit = QDateEdit(QDate(today.year, 1, 1))
        self.end_edit = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(self._on_filter_changed)
        self.period_check.toggled.connect(self._on_period_toggled)
        period.addWidget(self.period_check)
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end_edit)
        period.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("dossier_count")
        period.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName("dossier_timeline")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        for i, width in enumerate((118, 84, 300, 64, 78, 130)):
            header.resizeSection(i, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_activated)
        self.more_button = QPushButton(self.tr("Load more"))
        self.more_button.setObjectName("dossier_more")
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("dossier_open")
        self.open_button.clicked.connect(lambda: self._on_activated(self.table.currentIndex()))

        self.side = QTextBrowser()
        self.side.setObjectName("dossier_summary")
        self.side.setOpenLinks(False)
        self.side.setMinimumWidth(240)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(filters)
        lv.addLayout(period)
        lv.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.more_button)
        lv.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # --- loading ----------------------------------------------------------------

    def set_customer(self, customer_id: str | None) -> None:
        if customer_id == self.customer_id and self.model.items:
            return
        self.customer_id = customer_id
        self.reload()

    def kinds(self) -> list[str]:
        return [k for k, b in self.kind_buttons.items() if b.isChecked()]

    def period(self) -> tuple[date | None, date | None]:
        if not self.period_check.isChecked():
            return None, None
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()

    def reload(self) -> None:
        self._cursor = None
        self.model.set_items([])
        self.more_button.hide()
        if self.customer_id is None:
            self.side.clear()
            self.count_label.clear()
            return
        self._load(append=False)
        archive, cid, now = self.ctx.archive, self.customer_id, self._now()
        self.ctx.tasks.run(lambda: dossier_summary(archive, cid, now), self._on_summary, self._on_failed,
                           key=self._key + "-summary")

    def load_more(self) -> None:
        if self._cursor is not None and not self.loading:
            self._load(append=True)

    def _load(self, append: bool) -> None:
        archive, cid, now = self.ctx.archive, self.customer_id, self._now()
        kinds, (start, end), cursor, size = self.kinds(), self.period(), self._cursor, self.page_size
        self.loading = True
        self.count_label.setText(self.tr("Loading…"))
        self.ctx.tasks.run(
            lambda: (append, dossier_page(archive, cid, kinds, start, end, cursor, size, now)),
            self._on_page, self._on_failed, key=self._key)

    def _on_page(self, result: tuple[bool, DossierPage]) -> None:
        append, page = result
        self.loading = False
        self.model.set_items(page.items, append=append)
        self._cursor = page.cursor
        self.more_button.setVisible(page.has_more)
        n = self.model.rowCount()
        text = self.tr("%n item(s) shown", "", n)
        if page.has_more:
            text += " · " + self.tr("older items: Load more")
        self.count_label.setText(text)

    def _on_summary(self, summary: DossierSummary) -> None:
        self.summary = summary
        self.side.setHtml(summary_html(summary, self._now(), self.ctx.plan_tz()))

    def _on_failed(self, exc: Exception) -> None:
        self.loading = False
        self.count_label.clear()
        self.sig_status.emit(self.tr("The dossier could not be loaded: %1").replace("%1", str(exc)))

    # --- slots --------------------------------------------------------------------

    def _on_period_toggled(self, on: bool) -> None:
        self.start_edit.setEnabled(on)
        self.end_edit.setEnabled(on)
        self._on_filter_changed()

    def _on_filter_changed(self, *_args) -> None:
        if self.customer_id is not None:
            self.reload()

    def _on_activated(self, index) -> None:
        if index is not None and index.isValid():
            item = self.model.items[index.row()]
            self.sig_open_record.emit(item.record_type, item.record_id)

    def _on_changed(self, changes: Any) -> None:
        if self.customer_id is not None and changes.types() & DOSSIER_TYPES:
            self._debounce.start()


def _words() -> dict[str, str]:
    return {
        "plan": QCoreApplication.translate("DossierView", "Support plan"), "sm": QCoreApplication.translate("DossierView", "Service manager"),
        "tm": QCoreApplication.translate("DossierView", "Technical manager"), "quotas": QCoreApplication.translate("DossierView", "Quotas"),
        "consult": QCoreApplication.translate("DossierView", "Consultations this quarter"),
        "train": QCoreApplication.translate("DossierView", "On-site trainings this year"), "open": QCoreApplication.translate("DossierView", "Open items"),
        "cases": QCoreApplication.translate("DossierView", "Open cases"), "complaints": QCoreApplication.translate("DossierView", "Open complaints"),
        "actions": QCoreApplication.translate("DossierView", "Open follow-up actions"),
        "deadlines": QCoreApplication.translate("DossierView", "Deadlines due soon or overdue"),
        "overdue": QCoreApplication.translate("DossierView", "overdue %1"), "left": QCoreApplication.translate("DossierView", "%1 left"),
        "more": QCoreApplication.translate("DossierView", "and %1 more in Attention"),
        "checked": QCoreApplication.translate("DossierView", "Deadlines of the %1 most recent open cases."),
        "contacts": QCoreApplication.translate("DossierView", "Contacts"), "major": QCoreApplication.translate("DossierView", "major-fault contact"),
        "none": QCoreApplication.translate("DossierView", "No contacts yet"),
        "no_major": QCoreApplication.translate("DossierView", "No designated contact for major faults."),
    }


def summary_html(s: DossierSummary, now: datetime, tz) -> str:
    """The panel beside the timeline: managers, quotas, open items, contacts."""
    esc, w = html.escape, _words()
    out = [f"<h3>{esc(s.name)}</h3>"]
    if s.organisation:
        out.append(f"<p>{esc(s.organisation)}</p>")
    out.append("<p>" + "<br>".join([
        f"{w['plan']}: {esc(code_label('plan_level', s.plan_level))}",
        f"{w['sm']}: {esc(s.service_manager or '—')}",
        f"{w['tm']}: {esc(s.technical_manager or '—')}"]) + "</p>")
    out.append(f"<h4>{w['quotas']}</h4><ul>")
    for q in s.quotas:
        done, required = q.progress or (0, 0)
        label = w["consult"] if q.kind == "consultation" else w["train"]
        colour = {"met": "#2e7d32", "breached": "#c62828", "due_soon": "#ef6c00"}.get(q.state, "")
        state = esc(state_label(q.state))
        if colour:
            state = f'<span style="color:{colour}">{state}</span>'
        out.append(f"<li>{label}: <b>{done} / {required}</b> — {state}</li>")
    out.append(f"</ul><h4>{w['open']}</h4><ul>")
    out.append(f"<li>{w['cases']}: <b>{s.open_cases}</b></li>")
    out.append(f"<li>{w['complaints']}: <b>{s.open_complaints}</b></li>")
    out.append(f"<li>{w['actions']}: <b>{s.open_actions}</b></li></ul>")
    if s.open_deadlines:
        out.append(f"<p>{w['deadlines']}:</p><ul>")
        for d in s.open_deadlines[:12]:
            when = (w["overdue"] if d.remaining.total_seconds() < 0 else w["left"]).replace(
                "%1", duration_text(d.remaining))
            out.append(f"<li>{esc(d.label)} {esc(kind_label(d.kind))} — {esc(when)}</li>")
        out.append("</ul>")
        if len(s.open_deadlines) > 12:
            out.append(f"<p>{w['more'].replace('%1', str(len(s.open_deadlines) - 12))}</p>")
    if s.deadlines_checked_cases < s.open_cases:
        out.append(f"<p><i>{w['checked'].replace('%1', str(s.deadlines_checked_cases))}</i></p>")
    out.append(f"<h4>{w['contacts']}</h4><ul>")
    for c in s.contacts:
        mark = f" <b>★ {w['major']}</b>" if c.designated else ""
        bits = " · ".join(esc(x) for x in (c.role, c.phone, c.email) if x)
        out.append(f"<li>{esc(c.name)}{mark}<br><small>{bits}</small></li>")
    if not s.contacts:
        out.append(f"<li>{w['none']}</li>")
    out.append("</ul>")
    if not any(c.designated for c in s.contacts):
        out.append(f"<p style='color:#c62828'>{w['no_major']}</p>")
    return "".join(out)
