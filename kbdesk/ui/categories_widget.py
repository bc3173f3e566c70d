"""Case categories: the four of the service plan plus the team's own."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import KbdeskError, ValidationError
from .context import AppContext


class CategoriesWidget(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("categories_table")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Chinese name"), self.tr("English name")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.code = QLineEdit()
        self.code.setObjectName("category_code")
        self.code.setPlaceholderText("network")
        self.name_zh = QLineEdit()
        self.name_zh.setPlaceholderText("网络问题")
        self.name_en = QLineEdit()
        self.name_en.setObjectName("category_name_en")
        self.name_en.setPlaceholderText("Network")
        add = QPushButton(self.tr("Add category"))
        add.setObjectName("add_category")
        add.clicked.connect(self.add_category)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Chinese name"), self.name_zh)
        form.addRow(self.tr("English name"), self.name_en)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Built-in categories come from the service plan; add your own here.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        rows = self.ctx.services.list("category", order_by="code")
        self.table.setRowCount(len(rows))
        for r, cat in enumerate(rows):
            for c, key in enumerate(("code", "name_zh", "name_en")):
                self.table.setItem(r, c, QTableWidgetItem(cat[key]))

    def add_category(self) -> None:
        data = {"code": self.code.text().strip(), "name_zh": self.name_zh.text().strip(),
                "name_en": self.name_en.text().strip()}
        try:
            # Small and rare: done in place so the dialog can show the result at once.
            self.ctx.services.create("category", data)
        except ValidationError as exc:
            self.message.setText("; ".join(f"{k}: {v}" for k, v in exc.problems.items()))
            self.message.setStyleSheet("color: #c62828;")
            return
        except KbdeskError as exc:
            self.message.setText(str(exc))
            return
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Added."))
        for edit in (self.code, self.name_zh, self.name_en):
            edit.clear()
        self.refresh()
