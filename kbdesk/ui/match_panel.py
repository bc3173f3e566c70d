"""Paste a fault, see the past cases, articles and runbooks that solve it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..services.match_feedback import MatchFeedbackService
from .context import AppContext
from .match_view import MatchResultsView

DEBOUNCE_MS = 600


class MatchPanel(QWidget):
    sig_status = Signal(str)
    sig_open_record = Signal(str, str)
    sig_run_runbook = Signal(str, str)  # runbook id, case id ("": none)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.intro = QLabel(self.tr(
            "<b>Match a fault</b> — paste what the customer reported: the description, error "
            "messages, log lines or a stack trace, in Chinese or English. kbdesk shows the most "
            "similar past cases with their resolutions, and the articles and runbooks that fit."))
        self.intro.setWordWrap(True)
        self.input = QPlainTextEdit()
        self.input.setObjectName("fault_text")
        self.input.setPlaceholderText(self.tr(
            "e.g. 应用连接 RDS 报错 ERROR 1040 (HY000): Too many connections，高峰期订单接口超时"))
        self.input.textChanged.connect(self._on_text_changed)
        self.solved_only = QCheckBox(self.tr("Solved cases only"))
        self.solved_only.setObjectName("solved_only")
        self.solved_only.toggled.connect(self.run_match)
        self.example_button = QPushButton(self.tr("Try an example"))
        self.example_button.setObjectName("match_example")
        self.example_button.setToolTip(self.tr("Fill in a real-looking fault to see how matching works"))
        self.example_button.clicked.connect(self._on_example)
        self.match_button = QPushButton(self.tr("Match (Ctrl+Enter)"))
        self.match_button.setObjectName("match_button")
        self.match_button.clicked.connect(self.run_match)
        self.state = QLabel()
        self.state.setObjectName("match_state")
        # Cases on the left, the knowledge that fits on the right: all visible at once.
        self.team = MatchFeedbackService(ctx.services)
        self.results = MatchResultsView(groups=("cases",), can_dismiss=True)
        self.results.setObjectName("match_results")
        self.knowledge = MatchResultsView(groups=("articles", "runbooks"), show_terms=False, can_dismiss=True)
        self.knowledge.setObjectName("match_knowledge")
        for view in (self.results, self.knowledge):
            view.sig_open_record.connect(self.sig_open_record)
            view.sig_dismiss_record.connect(lambda t, i, v=view: self._on_dismiss(v, t, i))
            view.sig_undo_feedback.connect(self._on_undo)
        self.knowledge.sig_run_runbook.connect(lambda rid: self.sig_run_runbook.emit(rid, ""))
        self._show_message(self.tr("Results appear here as you type."))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_match)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.run_match)

        top = QWidget()
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addWidget(self.intro)
        tv.addWidget(self.input, 1)
        row = QHBoxLayout()
        row.addWidget(self.solved_only)
        row.addWidget(self.state, 1)
        row.addWidget(self.example_button)
        row.addWidget(self.match_button)
        tv.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.results)
        lower.addWidget(self.knowledge)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([170, 680])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def _on_example(self) -> None:
        self.input.setPlainText(self.tr(
            "客户反馈：订单服务高峰期大量报错，应用日志：\n"
            "com.mysql.cj.jdbc.exceptions.CommunicationsException\n"
            "ERROR 1040 (HY000): Too many connections\n"
            "RDS MySQL 实例连接数打满，下单接口超时"))
        self.run_match()

    def _on_text_changed(self) -> None:
        for v in (self.results, self.knowledge):
            v.last_feedback = None  # an undo belongs to the text it was made for
        self.timer.start()

    def run_match(self) -> None:
        self.timer.stop()
        text = self.input.toPlainText()
        if not text.strip():
            self._show_message(self.tr("Results appear here as you type."))
            self.state.clear()
            return
        solved = self.solved_only.isChecked()
        self.state.setText(self.tr("Matching…"))
        # key="match": a newer request makes an older result stale; it is dropped.
        team = self.team
        # A suggestion dismissed for this text (however it is spaced) is not shown again for it.
        self.ctx.tasks.run(lambda: self.ctx.search.match(text, solved_only=solved, limit=8,
                                                         feedback=team.view(text=text)),
                           self._on_result, self._on_failed, key="match")

    def _on_dismiss(self, view: MatchResultsView, rtype: str, rid: str) -> None:
        text = self.input.toPlainText()
        said = self.tr("Marked as not relevant for this text.")

        def done(row: dict) -> None:
            for v in (self.results, self.knowledge):
                v.last_feedback = (row["id"], said) if v is view else None
            self.sig_status.emit(said)
            self.run_match()

        self.ctx.tasks.run(lambda: self.team.dismiss((rtype, rid), text=text), done,
                           lambda exc: self.sig_status.emit(str(exc)), write=True)

    def _on_undo(self, feedback_id: str) -> None:
        def done(_r) -> None:
            for v in (self.results, self.knowledge):
                v.last_feedback = None
            self.sig_status.emit(self.tr("Undone."))
            self.run_match()

        self.ctx.tasks.run(lambda: self.team.undo(feedback_id), done,
                           lambda exc: self.sig_status.emit(str(exc)), write=True)

    def _on_result(self, result) -> None:
        self.state.setText(self.tr("%n similar case(s)", "", len(result.cases)))
        self.results.show_result(result)
        self.knowledge.show_result(result)

    def _show_message(self, text: str) -> None:
        self.results.show_message(text)
        self.knowledge.show_message("")

    def _on_failed(self, exc: Exception) -> None:
        self.state.setText(self.tr("Matching failed: %1").replace("%1", str(exc)))
