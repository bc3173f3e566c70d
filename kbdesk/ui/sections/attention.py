"""Attention (待办与超时): everything due or overdue across the archive.

The deadlines come from :func:`kbdesk.services.attention.attention_items`,
computed in a worker; the list is recomputed on every change broadcast and
once a minute, and the "remaining" column follows the clock in between.
The small helpers at the top (kind and state words, "25 min left") are
shared with the case workflow panel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import utcnow
from ...services.attention import attention_items
from ...services.deadlines import Deadline, DeadlineKind, DeadlineState
from ...services.plan import plan_zone, unknown_years
from ...services.plan_store import load_plan
from ..calendar_notice import CalendarNotice
from ..context import AppContext
from ..formatting import plan_time, zone_label

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
REFRESH_MS = 60_000
STATE_RANK = {DeadlineState.BREACHED: 0, DeadlineState.DUE_SOON: 1, DeadlineState.OK: 2, DeadlineState.MET: 3}
# Background tints: translucent, so they read on light and dark palettes.
STATE_TINT = {DeadlineState.BREACHED: QColor(220, 40, 40, 70), DeadlineState.DUE_SOON: QColor(245, 165, 0, 80)}
STATE_INK = {DeadlineState.BREACHED: QColor(190, 20, 20), DeadlineState.DUE_SOON: QColor(175, 105, 0)}


# --- words (shared with the case workflow panel) ------------------------------



def kind_label(kind: str) -> str:
    return {
        DeadlineKind.RESPONSE: QCoreApplication.translate("attention", "First response"),
        DeadlineKind.RESTORE: QCoreApplication.translate("attention", "Restore service"),
        DeadlineKind.ANALYSIS: QCoreApplication.translate("attention", "Analysis and solution"),
        DeadlineKind.DUTY_LEAD: QCoreApplication.translate("attention", "Escalate to duty lead"),
        DeadlineKind.GOC_UNATTENDED: QCoreApplication.translate("attention", "GOC: nobody took it"),
        DeadlineKind.GOC_STALLED: QCoreApplication.translate("attention", "GOC: no progress"),
        DeadlineKind.POSTMORTEM: QCoreApplication.translate("attention", "Postmortem"),
        DeadlineKind.ACTION: QCoreApplication.translate("attention", "Rectification action"),
        DeadlineKind.CONSULTATION: QCoreApplication.translate("attention", "Quarterly consultation"),
        DeadlineKind.TRAINING: QCoreApplication.translate("attention", "On-site trainings"),
        DeadlineKind.DRILL: QCoreApplication.translate("attention", "Runbook drill due"),
        DeadlineKind.UNFINISHED_RUN: QCoreApplication.translate("attention", "Unfinished run"),
        DeadlineKind.BACKUP: QCoreApplication.translate("attention", "Archive backup"),
        DeadlineKind.NOTIFY_CUSTOMER: QCoreApplication.translate("attention", "Tell the customer (major fault)"),
    }.get(kind, kind)


def state_label(state: str) -> str:
    return {
        DeadlineState.BREACHED: QCoreApplication.translate("attention", "Breached"), DeadlineState.DUE_SOON: QCoreApplication.translate("attention", "Due soon"),
        DeadlineState.OK: QCoreApplication.translate("attention", "Not yet due"), DeadlineState.MET: QCoreApplication.translate("attention", "Met"),
    }.get(state, state)


def duration_text(span: timedelta) -> str:
    """"3 d 4 h", "3 h 10 min", "25 min" (translated: "3 小时 10 分")."""
    minutes = int(abs(span).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("attention", "%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        return QCoreApplication.translate("attention", "%1 h %2 min").replace("%1", str(hours)).replace("%2", str(mins))
    return QCoreApplication.translate("attention", "%1 min").replace("%1", str(mins))


def remaining_text(d: Deadline, now: datetime | None = None) -> str:
    """Open: "25 min left" / "3 h 10 min overdue"; done: "on time" / "40 min late"."""
    if d.done_at is not None:
        if d.remaining >= timedelta(0):
            return QCoreApplication.translate("attention", "done, %1 to spare").replace("%1", duration_text(d.remaining))
        return QCoreApplication.translate("attention", "done %1 late").replace("%1", duration_text(d.remaining))
    remaining = d.due_at - now if now is not None else d.remaining
    if remaining >= timedelta(0):
        return QCoreApplication.translate("attention", "%1 left").replace("%1", duration_text(remaining))
    return QCoreApplication.translate("attention", "%1 overdue").replace("%1", duration_text(remaining))


def state_brushes(state: str) -> tuple[QBrush | None, QBrush | None]:
    """(background, foreground) for a deadline state; None = the palette's own."""
    tint, ink = STATE_TINT.get(state), STATE_INK.get(state)
    return (QBrush(tint) if tint else None), (QBrush(ink) if ink else None)


# --- model ----------------------------------------------------------------------


# What the deadlines are computed from (kbdesk.rules.attention): other changes leave them as they are.
ATTENTION_TYPES = {"case", "customer", "notification", "drill", "escalation", "action", "runbook",
                   "runbook_step", "service_record", "timeline", "training_session", "service_plan"}


class AttentionModel(QAbstractTableModel):
    COLUMNS = ("kind", "label", "customer", "title", "due_at", "remaining", "state")

    def __init__(self, now: Callable[[], datetime], parent=None, zone_name: str = "Asia/Shanghai"):
        super().__init__(parent)
        self._now = now
        self.zone_name = zone_name  # the plan's zone: due times show there
        self.items: list[Deadline] = []
        self.at = now()

    def set_items(self, items: list[Deadline], zone_name: str | None = None) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.zone_name = zone_name or self.zone_name
        self.at = self._now()
        self.endResetModel()

    def tick(self) -> None:
        """The clock moved: remaining times change, nothing else."""
        self.at = self._now()
        if self.items:
            col = self.COLUMNS.index("remaining")
            self.dataChanged.emit(self.index(0, col), self.index(len(self.items) - 1, col))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "kind": self.tr("Kind"), "label": self.tr("Case"), "customer": self.tr("Customer"),
            "title": self.tr("Title"), "due_at": self.tr("Due at (%1)").replace("%1", zone_label(self.zone_name, self.at)), "remaining": self.tr("Remaining"),
            "state": self.tr("State"),
        }[self.COLUMNS[section]]

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d = self.items[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(d, col)
        if role == SORT_ROLE:
            return self._sort_key(d, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == "title":
            return d.title or None
        if role == Qt.ItemDataRole.ToolTipRole and col == "due_at" and d.estimated:
            return self.tr("The official holidays of this year are not known yet: the deadline assumes "
                           "Monday to Friday. Import them in Settings → Service plan.")
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            back, fore = state_brushes(d.state)
            if role == Qt.ItemDataRole.BackgroundRole:
                return back if col == "state" else None
            return fore if col in ("state", "remaining") else None
        if role == Qt.ItemDataRole.FontRole and col == "state" and d.state == DeadlineState.BREACHED:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    def _text(self, d: Deadline, col: str) -> str:
        if col == "kind":
            return kind_label(d.kind)
        if col == "label":
            return "" if d.record_type == "customer" else d.label
        if col == "title":
            if d.progress is not None:
                return self.tr("%1 of %2 done").replace("%1", str(d.progress[0])).replace(
                    "%2", str(d.progress[1]))
            if d.kind == DeadlineKind.BACKUP:
                return self.tr("Back up the archive (File → Back up now…, or Settings → Backups)")
            return d.title.replace("\n", " ")
        if col == "due_at":
            due = plan_time(d.due_at, self.zone_name, labelled=False)
            # Past the days the calendar knows: the date assumes Monday–Friday.
            return due + " " + self.tr("(estimated)") if d.estimated else due
        if col == "remaining":
            return remaining_text(d, self.at)
        if col == "state":
            return state_label(d.state)
        return str(getattr(d, col) or "")

    def _sort_key(self, d: Deadline, col: str) -> Any:
        if col in ("due_at", "remaining"):
            return d.due_at.timestamp()
        if col == "state":
            return STATE_RANK.get(d.state, 9) * 1e12 + d.due_at.timestamp()
        return self._text(d, col).casefold()


class AttentionFilter(QSortFilterProxyModel):
    """Kind, state and free text; sorting by the model's SORT_ROLE."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind = ""  # "" = every kind
        self.states: frozenset[str] = frozenset({DeadlineState.BREACHED, DeadlineState.DUE_SOON})
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, kind: str | None = None, states: frozenset[str] | None = None,
                   text: str | None = None) -> None:
        self.beginFilterChange()
        if kind is not None:
            self.kind = kind
        if states is not None:
            self.states = states
        if text is not None:
            self.text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        d: Deadline = self.sourceModel().items[row]
        if self.kind and d.kind != self.kind:
            return False
        if d.state not in self.states:
            return False
        if self.text:
            hay = " ".join((d.label, d.customer, d.title, kind_label(d.kind))).casefold()
            return self.text in hay
        return True


# --- view -----------------------------------------------------------------------


@dataclass
class AttentionResult:
    items: list[Deadline]
    zone_name: str
    unknown_years: list[int]


def compute_attention(archive, now: datetime) -> AttentionResult:
    """Everything the view shows, computed in a worker from one read of the plan."""
    plan = load_plan(archive)
    return AttentionResult(attention_items(archive, now, plan, include_ok=True), plan.timezone,
                           unknown_years(plan, now.astimezone(plan_zone(plan)).date()))


class AttentionView(QWidget):
    sig_status = Signal(str)
    sig_open_record = Signal(str, str)  # record type, id
    sig_open_plan_settings = Signal()  # the calendar notice's "Import…" button

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 now: Callable[[], datetime] = utcnow):
        super().__init__(parent)
        self.ctx = ctx
        self._now = now
        self._key = f"attention-{id(self)}"
        self.model = AttentionModel(now, self)
        self.proxy = AttentionFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._on_timer)
        self._timer.start()
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.refresh)
        ctx.sig_changed.connect(self._on_changed)
        self.refresh()

    def _build(self) -> None:
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("attention_kind")
        self.kind_combo.addItem(self.tr("All kinds"), "")
        for kind in DeadlineKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("attention_state")
        b, s, ok = DeadlineState.BREACHED, DeadlineState.DUE_SOON, DeadlineState.OK
        for text, states in ((self.tr("Breached or due soon"), {b, s}), (self.tr("Breached"), {b}),
                             (self.tr("Due soon"), {s}), (self.tr("Not yet due"), {ok}),
                             (self.tr("Everything open"), {b, s, ok})):
            self.state_combo.addItem(text, frozenset(states))
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("attention_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter by case, customer or title…"))
        self.summary = QLabel()
        self.summary.setObjectName("attention_summary")
        self.calendar_notice = CalendarNotice(self)
        self.calendar_notice.sig_import.connect(self.sig_open_plan_settings)
        self.kind_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.state_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.filter_edit.textChanged.connect(self._on_filter_changed)

        self.table = QTableView()
        self.table.setObjectName("attention_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AttentionModel.COLUMNS.index("due_at"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AttentionModel.COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        for col, width in (("kind", 150), ("label", 120), ("customer", 190), ("due_at", 215),
                           ("remaining", 150), ("state", 90)):
            header.resizeSection(AttentionModel.COLUMNS.index(col), width)
        self.table.doubleClicked.connect(self._on_activated)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._on_enter)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Kind:")))
        bar.addWidget(self.kind_combo)
        bar.addWidget(QLabel(self.tr("State:")))
        bar.addWidget(self.state_combo)
        bar.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar_notice)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    # --- computing ----------------------------------------------------------

    def refresh(self) -> None:
        """Recompute in a worker; an older result arriving late is dropped."""
        archive, now = self.ctx.archive, self._now()
        self.ctx.tasks.run(lambda: compute_attention(archive, now), self._on_items, self._on_failed,
                           key=self._key)

    def _on_items(self, result: AttentionResult) -> None:
        self.model.set_items(result.items, result.zone_name)
        self.calendar_notice.show_years(result.unknown_years)
        self._update_summary()

    def _on_failed(self, exc: Exception) -> None:
        self.summary.setText(self.tr("Could not compute the deadlines: %1").replace("%1", str(exc)))
        self.sig_status.emit(self.summary.text())

    def _update_summary(self) -> None:
        items = self.model.items
        breached = sum(d.state == DeadlineState.BREACHED for d in items)
        soon = sum(d.state == DeadlineState.DUE_SOON for d in items)
        shown = self.proxy.rowCount()
        self.summary.setText(self.tr("%1 breached, %2 due soon — %3 shown").replace(
            "%1", str(breached)).replace("%2", str(soon)).replace("%3", str(shown)) + " · " +
            self.tr("times in %1").replace("%1", zone_label(self.model.zone_name, self.model.at)))

    # --- slots --------------------------------------------------------------

    def _on_timer(self) -> None:
        self.model.tick()
        self.refresh()

    def _on_changed(self, changes: Any) -> None:
        if changes.types() & ATTENTION_TYPES:  # an article or a course changes no deadline
            self._debounce.start()

    def _on_filter_changed(self, *_args) -> None:
        self.proxy.set_filter(kind=self.kind_combo.currentData(), states=self.state_combo.currentData(),
                              text=self.filter_edit.text())
        self._update_summary()

    def _on_enter(self) -> None:
        self._on_activated(self.table.currentIndex())

    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        d = self.model.items[self.proxy.mapToSource(index).row()]
        self.sig_open_record.emit(d.record_type, d.record_id)

    def deadline_at(self, row: int) -> Deadline:
        """The deadline shown in a row of the (sorted, filtered) table."""
        return self.model.items[self.proxy.mapToSource(self.proxy.index(row, 0)).row()]
