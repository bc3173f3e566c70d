"""Reports (报表): every report of kbdesk.reports as a table and a chart, with exports.

The same core function the CLI calls (kbdesk.reports.catalog.build_report)
computes the table in a worker; the chart is drawn from that table's chart
spec, and CSV/XLSX exports write that same table.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import utcnow
from ...services.lookups import case_products
from ...services.reporting import (
    REPORTS,
    ReportFilters,
    ReportTable,
    build_report,
    cell_text,
    headers,
    heading,
    write_report,
)
from ..chart_view import ChartView, report_labeler
from ..context import AppContext
from ..formatting import zone_label

Index = QModelIndex | QPersistentModelIndex
NUMERIC = {"int", "float", "percent", "minutes"}


class ReportModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: ReportTable | None = None
        self.label = None

    def set_table(self, table: ReportTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.label = report_labeler(table) if table else None
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is None or orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return headers(self.table, self.label)[section].replace(" (min)", "")

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        col = self.table.columns[index.column()]
        value = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value, col.kind, self.label)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReportsSection(QWidget):
    sig_status = Signal(str)

    PERIODS = ("all", "this_year", "last_year", "last_12_months", "custom")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 now: Callable[[], datetime] = utcnow):
        super().__init__(parent)
        self.ctx = ctx
        self._now = now
        self._key = f"report-{id(self)}"
        self.table: ReportTable | None = None
        self.model = ReportModel(self)
        self.chart = ChartView(ctx)
        self.chart.sig_status.connect(self.sig_status)
        self._build()
        self._debounce = QTimer(self, singleShot=True, interval=400)
        self._debounce.timeout.connect(self.refresh)
        ctx.sig_changed.connect(self._on_changed)
        self.report_list.setCurrentRow(0)

    # --- layout -----------------------------------------------------------------

    def _titles(self) -> dict[str, str]:
        return {"sla": self.tr("SLA compliance"), "times": self.tr("Response and recovery times"),
                "cases": self.tr("Cases"), "complaints": self.tr("Complaints"),
                "satisfaction": self.tr("Satisfaction"), "training": self.tr("Training plan"),
                "drills": self.tr("Drills")}

    def _grouping_words(self) -> dict[str, str]:
        return {"severity": self.tr("Severity"), "customer": self.tr("Customer"), "month": self.tr("Month"),
                "quarter": self.tr("Quarter"), "category": self.tr("Category"), "product": self.tr("Product"),
                "subject": self.tr("Subject"), "engineer": self.tr("Engineer")}

    def _build(self) -> None:
        self.report_list = QListWidget()
        self.report_list.setObjectName("report_list")
        self.report_list.setFixedWidth(200)
        for name, title in self._titles().items():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.report_list.addItem(item)
        self.report_list.currentRowChanged.connect(self._on_report_changed)

        self.group_combo = QComboBox()
        self.group_combo.setObjectName("report_group")
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("report_period")
        for code, text in zip(self.PERIODS, (self.tr("All time"), self.tr("This year"), self.tr("Last year"),
                                             self.tr("Last 12 months"), self.tr("Custom")), strict=True):
            self.period_combo.addItem(text, code)
        today = self._today()
        self.start_edit = QDateEdit(QDate(today.year, 1, 1))
        self.end_edit = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._on_dates_changed)
        self.customer_combo = QComboBox()
        self.customer_combo.setObjectName("report_customer")
        self.product_combo = QComboBox()
        self.product_combo.setObjectName("report_product")
        self._fill_filters()
        for combo in (self.group_combo, self.period_combo, self.customer_combo, self.product_combo):
            combo.currentIndexChanged.connect(self._on_options_changed)

        self.export_table_button = QPushButton(self.tr("Export table…"))
        self.export_table_button.setObjectName("export_table")
        self.export_table_button.clicked.connect(lambda: self.export_table())
        self.export_chart_button = QPushButton(self.tr("Export chart…"))
        self.export_chart_button.setObjectName("export_chart")
        self.export_chart_button.clicked.connect(lambda: self.chart.export())

        self.heading = QLabel()
        self.heading.setObjectName("report_heading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.notes = QLabel()
        self.notes.setObjectName("report_notes")
        self.notes.setWordWrap(True)
        self.table_view = QTableView()
        self.table_view.setObjectName("report_table")
        self.table_view.setModel(self.model)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.verticalHeader().hide()
        # Sized to the contents once per report (ResizeToContents would measure on every repaint).
        self.table_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table_view.horizontalHeader().setStretchLastSection(True)

        bar = QHBoxLayout()
        self.date_labels = []
        for text, widget in ((self.tr("Group by:"), self.group_combo), (self.tr("Period:"), self.period_combo),
                             (self.tr("From:"), self.start_edit), (self.tr("To:"), self.end_edit),
                             (self.tr("Customer:"), self.customer_combo),
                             (self.tr("Product:"), self.product_combo)):
            label = QLabel(text)
            bar.addWidget(label)
            bar.addWidget(widget)
            if widget is self.group_combo:
                self.group_label = label
            if widget in (self.start_edit, self.end_edit):
                self.date_labels.append(label)
        bar.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.export_table_button)
        buttons.addWidget(self.export_chart_button)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table_view)
        splitter.addWidget(self.chart)
        splitter.setSizes([300, 460])
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addLayout(bar)
        rv.addLayout(buttons)
        rv.addWidget(splitter, 1)
        rv.addWidget(self.notes)
        layout = QHBoxLayout(self)
        layout.addWidget(self.report_list)
        layout.addWidget(right, 1)
        self._sync_dates()

    def _fill_filters(self) -> None:
        self.customer_combo.blockSignals(True)
        self.product_combo.blockSignals(True)
        current_c, current_p = self.customer_combo.currentData(), self.product_combo.currentData()
        self.customer_combo.clear()
        self.customer_combo.addItem(self.tr("All customers"), None)
        for cid, name in sorted(self.ctx.names("customer").items(), key=lambda kv: kv[1]):
            self.customer_combo.addItem(name, cid)
        self.product_combo.clear()
        self.product_combo.addItem(self.tr("All products"), None)
        for product in case_products(self.ctx.archive):
            self.product_combo.addItem(product, product)
        for combo, value in ((self.customer_combo, current_c), (self.product_combo, current_p)):
            i = combo.findData(value)
            combo.setCurrentIndex(max(i, 0))
        self.customer_combo.blockSignals(False)
        self.product_combo.blockSignals(False)

    # --- computing --------------------------------------------------------------

    def _today(self) -> date:
        return self._now().astimezone(self.ctx.plan_tz()).date()

    def current_report(self) -> str:
        item = self.report_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "sla"

    def span(self) -> tuple[date | None, date | None]:
        period = self.period_combo.currentData()
        today = self._today()
        if period == "this_year":
            return date(today.year, 1, 1), today
        if period == "last_year":
            return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        if period == "last_12_months":
            return today - timedelta(days=365), today
        if period == "custom":
            return self.start_edit.date().toPython(), self.end_edit.date().toPython()
        return None, None

    def filters(self) -> ReportFilters:
        start, end = self.span()
        return ReportFilters(start, end, self.customer_combo.currentData(), self.product_combo.currentData())

    def refresh(self) -> None:
        name, by, filters = self.current_report(), self.group_combo.currentData(), self.filters()
        archive, now = self.ctx.archive, self._now()
        self.heading.setText(self.tr("Computing…"))
        self.ctx.tasks.run(lambda: build_report(archive, name, filters, by, now),
                           self._on_table, self._on_failed, key=self._key)

    def _on_table(self, table: ReportTable) -> None:
        self.table = table
        if self.customer_combo.currentData():
            table.context["customer"] = self.customer_combo.currentText()
        table.context["zone"] = zone_label(self.ctx.plan_zone_name, self._now())  # in the UI's language
        self.model.set_table(table)
        self.table_view.resizeColumnsToContents()
        label = report_labeler(table)
        self.heading.setText(heading(table, label))
        self.notes.setText(" ".join(label("report", n) for n in table.notes))
        self.chart.set_table(table)

    def _on_failed(self, exc: Exception) -> None:
        self.heading.setText("")
        self.sig_status.emit(self.tr("Could not compute the report: %1").replace("%1", str(exc)))

    # --- exports ----------------------------------------------------------------

    def export_table(self, path: Path | None = None) -> None:
        if self.table is None:
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export table"), f"{self.table.name}.xlsx",
                self.tr("Excel workbook (*.xlsx);;CSV table (*.csv)"))
            if not name:
                return
            path = Path(name)
        fmt = "csv" if path.suffix.lower() == ".csv" else "xlsx"
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx")
        table, label = self.table, report_labeler(self.table)
        self.ctx.tasks.run(lambda: write_report(table, fmt, path, label), self._on_exported, self._on_export_failed)

    def _on_exported(self, path: Path) -> None:
        self.sig_status.emit(self.tr("Table saved to %1.").replace("%1", str(path)))

    def _on_export_failed(self, exc: Exception) -> None:
        self.sig_status.emit(self.tr("The table could not be saved: %1").replace("%1", str(exc)))

    # --- slots ------------------------------------------------------------------

    def _on_report_changed(self, _row: int) -> None:
        info = REPORTS[self.current_report()]
        words = self._grouping_words()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for g in info.groupings:
            self.group_combo.addItem(words.get(g, g), g)
        self.group_combo.blockSignals(False)
        self.group_combo.setVisible(bool(info.groupings))
        self.group_label.setVisible(bool(info.groupings))
        self.refresh()

    def _sync_dates(self) -> None:
        custom = self.period_combo.currentData() == "custom"
        start, end = self.span()
        for label in self.date_labels:
            label.setVisible(start is not None)
        for edit, value in ((self.start_edit, start), (self.end_edit, end)):
            edit.setEnabled(custom)
            edit.setVisible(start is not None)
            if value is not None and not custom:
                edit.blockSignals(True)
                edit.setDate(QDate(value.year, value.month, value.day))
                edit.blockSignals(False)

    def _on_options_changed(self, *_args) -> None:
        self._sync_dates()
        self.refresh()

    def _on_dates_changed(self, *_args) -> None:
        if self.period_combo.currentData() == "custom":
            self.refresh()

    def _on_changed(self, changes: Any) -> None:
        if changes.types() & {"customer", "case"}:
            self._fill_filters()
        self._debounce.start()
