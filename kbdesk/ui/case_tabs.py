"""The case view's side tabs: timeline, links and similar cases."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..errors import KbdeskError
from ..services.match_feedback import MatchFeedbackService
from .context import AppContext
from .formatting import plan_time
from .labels import code_label, field_label, type_label
from .match_view import MatchResultsView


class TimelineTab(QWidget):
    """The case's history, newest last, with a box to add a note."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: str | None = None
        self.view = QTextBrowser()
        self.view.setObjectName("timeline_view")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Add a note to the timeline…"))
        self.note.returnPressed.connect(self._on_add_note)
        add = QPushButton(self.tr("Add note"))
        add.setEnabled(not ctx.read_only)
        add.clicked.connect(self._on_add_note)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        ctx.sig_changed.connect(self._on_changes)

    def set_case(self, case_id: str | None) -> None:
        self.case_id = case_id
        self.note.setEnabled(case_id is not None and not self.ctx.read_only)
        self.refresh()

    def refresh(self) -> None:
        """Load the case's timeline and escalations in a worker."""
        if self.case_id is None:
            self.view.clear()
            return
        services, case_id = self.ctx.services, self.case_id

        def load() -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
            return (case_id, services.timeline_of(case_id),
                    services.list("escalation", where={"case_id": case_id}, order_by="at"))

        self.ctx.tasks.run(load, self._on_loaded, key=f"timeline-{id(self)}")

    def _on_loaded(self, loaded: tuple[str, list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        case_id, rows, escalations = loaded
        if case_id != self.case_id:
            return  # another case is shown by now
        items = [(e["at"], self._entry_html(e)) for e in rows]
        items += [(e["at"], self._escalation_html(e)) for e in escalations]
        items.sort(key=lambda x: x[0])
        self.view.setHtml("".join(html for _, html in items) or
                          "<p style='color:#607d8b'>" + escape(self.tr("No entries yet.")) + "</p>")

    def _entry_html(self, e: dict[str, Any]) -> str:
        head = code_label("timeline_kind", e["kind"])
        if e["kind"] == "status_change":
            head += f": {code_label('status', e['from_status'])} → {code_label('status', e['to_status'])}"
        return (f"<p><b>{escape(plan_time(e['at'], self.ctx.plan_zone_name))}</b> &nbsp;{escape(head)} "
                f"<span style='color:#607d8b'>{escape(e['author'])}</span><br>"
                f"{escape(e['text']).replace(chr(10), '<br>')}</p>")

    def _escalation_html(self, e: dict[str, Any]) -> str:
        return (f"<p><b>{escape(plan_time(e['at'], self.ctx.plan_zone_name))}</b> &nbsp;<span style='color:#c62828'>"
                + escape(self.tr("Escalated to %1").replace("%1", code_label("escalation_target", e["target"])))
                + f"</span> <span style='color:#607d8b'>{escape(e['escalated_by'])}</span><br>"
                f"{escape(e['reason'])}{self._impact_html(e)}</p>")

    @staticmethod
    def _impact_html(e: dict[str, Any]) -> str:
        impact = (e.get("impact_reassessment") or "").strip()
        if not impact:
            return ""
        return (f"<br><span style='color:#607d8b'>{escape(field_label('escalation', 'impact_reassessment'))}:"
                f"</span> {escape(impact).replace(chr(10), '<br>')}")

    def _on_add_note(self) -> None:
        text = self.note.text().strip()
        if not text or self.case_id is None:
            return
        case_id = self.case_id
        self.ctx.tasks.run(lambda: self.ctx.services.add_timeline(case_id, "note", text),
                           lambda _r: self.note.clear(), write=True)

    def _on_changes(self, changes) -> None:
        # The case itself, or an entry or escalation of it (they name it: ChangeSet.affected).
        if self.case_id is not None and changes.touches("case", self.case_id):
            self.refresh()


class LinksTab(QWidget):
    """Records linked to this one, in both directions."""

    sig_open_record = Signal(str, str)
    sig_status = Signal(str)

    def __init__(self, ctx: AppContext, record_type: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.record_type = record_type
        self.record_id: str | None = None
        self.list = QListWidget()
        self.list.setObjectName("links_list")
        self.list.itemActivated.connect(self._on_activated)
        self.add = QPushButton(self.tr("Link to…"))
        self.add.setObjectName("add_link")
        self.add.clicked.connect(self._on_add)
        self.remove = QPushButton(self.tr("Remove link"))
        self.remove.clicked.connect(self._on_remove)
        self.remove.setEnabled(not ctx.read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add)
        row.addWidget(self.remove)
        layout.addLayout(row)
        ctx.sig_changed.connect(lambda cs: "link" in cs.types() and self.refresh())

    def set_record(self, record_id: str | None) -> None:
        self.record_id = record_id
        self.add.setEnabled(record_id is not None and not self.ctx.read_only)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.record_id is None:
            return
        for link in self.ctx.services.links_of(self.record_type, self.record_id):
            mine = link["source_type"] == self.record_type and link["source_id"] == self.record_id
            other = (link["target_type"], link["target_id"]) if mine else (link["source_type"], link["source_id"])
            title = self._title(*other)
            item = QListWidgetItem(f"{code_label('relation', link['relation'])} · "
                                   f"{type_label(other[0])}: {title}")
            item.setData(Qt.ItemDataRole.UserRole, (other, link["id"]))
            self.list.addItem(item)

    def _title(self, rtype: str, rid: str) -> str:
        try:
            rec = self.ctx.services.get(rtype, rid)
        except KbdeskError:  # the linked record was deleted meanwhile: show its id
            return rid
        return " ".join(str(rec[k]) for k in ("number", "title", "name") if rec.get(k)) or rid

    def _on_activated(self, item: QListWidgetItem) -> None:
        (rtype, rid), _ = item.data(Qt.ItemDataRole.UserRole)
        self.sig_open_record.emit(rtype, rid)

    def _on_add(self) -> None:
        if self.record_id is None:
            return
        from .link_picker import LinkPickerDialog

        dialog = LinkPickerDialog(self.ctx, (self.record_type, self.record_id), self)
        dialog.accepted.connect(lambda: dialog.chosen and self.link_to(*dialog.chosen))
        dialog.open()

    def link_to(self, record_type: str, record_id: str) -> None:
        source = (self.record_type, self.record_id)
        self.ctx.tasks.run(lambda: self.ctx.services.link(source, (record_type, record_id)),
                           on_error=lambda exc: self.sig_status.emit(str(exc)), write=True)

    def _on_remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        _, link_id = item.data(Qt.ItemDataRole.UserRole)
        self.ctx.tasks.run(lambda: self.ctx.services.delete("link", link_id), write=True)


class SimilarCasesTab(QWidget):
    """Cases, articles and runbooks like this case; one click links one."""

    sig_open_record = Signal(str, str)
    sig_status = Signal(str)
    sig_run_runbook = Signal(str, str)  # runbook id, this case's id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: str | None = None
        self.team = MatchFeedbackService(ctx.services)
        self.view = MatchResultsView(can_link=True, can_dismiss=True)
        self.view.sig_run_runbook.connect(lambda rid: self.sig_run_runbook.emit(rid, self.case_id or ""))
        self.view.setObjectName("similar_view")
        self.view.sig_open_record.connect(self.sig_open_record)
        self.view.sig_link_record.connect(self._on_link)
        self.view.sig_dismiss_record.connect(self._on_dismiss)
        self.view.sig_undo_feedback.connect(self._on_undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def set_case(self, case_id: str | None) -> None:
        if case_id != self.case_id:
            self.view.last_feedback = None
        self.case_id = case_id
        if case_id is None:
            self.view.show_message(self.tr("Save the case to see similar ones."))
            return
        self.view.show_message(self.tr("Looking for similar cases…"))
        linked = {(lk["target_type"], lk["target_id"]) for lk in self.ctx.services.links_of("case", case_id)}
        linked |= {(lk["source_type"], lk["source_id"]) for lk in self.ctx.services.links_of("case", case_id)}
        self.view.linked = linked
        team = self.team
        # What the team linked and dismissed counts: a dismissed suggestion is never shown for this case.
        self.ctx.tasks.run(lambda: self.ctx.search.match(case_id=case_id, limit=6,
                                                         feedback=team.view(case_id=case_id)),
                           self.view.show_result,
                           lambda exc: self.view.show_message(str(exc)), key="similar")

    def _on_link(self, rtype: str, rid: str) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        said = self.tr("Linked as the same fault.") if rtype == "case" else self.tr("Linked as solving this case.")

        def done(row: dict) -> None:
            self.view.last_feedback = (row["id"], said)
            self.view.mark_linked(rtype, rid)
            self.sig_status.emit(said)

        # The link (same fault / solved by) and who said so, in one write.
        self.ctx.tasks.run(lambda: self.team.confirm(case_id, (rtype, rid)), done,
                           lambda exc: self.sig_status.emit(str(exc)), write=True)

    def _on_dismiss(self, rtype: str, rid: str) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        said = self.tr("Marked as not relevant for this case.")

        def done(row: dict) -> None:
            self.view.last_feedback = (row["id"], said)
            self.sig_status.emit(said)
            self.set_case(case_id)

        self.ctx.tasks.run(lambda: self.team.dismiss((rtype, rid), case_id=case_id), done,
                           lambda exc: self.sig_status.emit(str(exc)), write=True)

    def _on_undo(self, feedback_id: str) -> None:
        case_id = self.case_id

        def done(_r) -> None:
            self.view.last_feedback = None
            self.sig_status.emit(self.tr("Undone."))
            self.set_case(case_id)

        self.ctx.tasks.run(lambda: self.team.undo(feedback_id), done,
                           lambda exc: self.sig_status.emit(str(exc)), write=True)
