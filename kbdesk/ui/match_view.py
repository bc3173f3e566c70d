"""Matched cases, articles and runbooks as cards, each saying why it matched.

Rendered as HTML in a QTextBrowser; the card links use a private scheme
(``kbdesk:open/case/ID``, ``kbdesk:link/case/ID``, ``kbdesk:dismiss/case/ID``,
``kbdesk:undo/feedback/ID``) that the view turns into signals, so nothing is
ever fetched or opened outside the app. Near-duplicates grouped under a hit
(``MatchHit.similar``) show as "N more like this", which
``kbdesk:expand/case/ID`` opens and closes in place; each grouped record can
be opened, linked and dismissed like any hit.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..services.search import MatchHit, MatchResult
from .labels import index_state_label

CSS = """
body { font-family: 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif; }
h3 { margin: 10px 0 4px 0; color: #37474f; }
.card { margin: 0 0 10px 0; }
.title { font-size: 14px; font-weight: 600; }
.meta { color: #607d8b; }
.why { color: #455a64; }
.code { font-family: monospace; background: #fff3e0; color: #e65100; }
.term { background: #e3f2fd; color: #0d47a1; }
.fix { color: #1b5e20; }
.snippet { color: #546e7a; }
b.match { background: #e3f2fd; color: #0d47a1; font-weight: normal; }
.solved { color: #2e7d32; font-weight: 600; }
.more { color: #37474f; }
.member { margin: 2px 0 2px 18px; }
"""


class MatchResultsView(QTextBrowser):
    sig_open_record = Signal(str, str)
    sig_link_record = Signal(str, str)
    sig_run_runbook = Signal(str)  # a runbook's "Run…" link
    sig_dismiss_record = Signal(str, str)  # "Not relevant" on a suggestion
    sig_undo_feedback = Signal(str)  # the feedback id of the last link or dismissal

    def __init__(self, can_link: bool = False, groups: tuple[str, ...] = ("cases", "articles", "runbooks"),
                 show_terms: bool = True, can_dismiss: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.can_link = can_link
        self.can_dismiss = can_dismiss
        # The last link or dismissal made here: (feedback id, what it said), shown with "Undo".
        self.last_feedback: tuple[str, str] | None = None
        self.groups = groups
        self.show_terms = show_terms
        self.linked: set[tuple[str, str]] = set()
        self.expanded: set[tuple[str, str]] = set()  # hits whose "N more like this" is open
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(CSS)
        self.anchorClicked.connect(self._on_anchor)
        self.result: MatchResult | None = None

    def show_message(self, text: str) -> None:
        self.result = None
        self.setHtml(f"<p class='meta'>{escape(text)}</p>")

    def show_result(self, result: MatchResult) -> None:
        if result is not self.result:
            self.expanded = set()
        self.result = result
        parts = []
        if self.last_feedback is not None:
            fid, said = self.last_feedback
            parts.append(f"<p class='meta'>{escape(said)} &nbsp;<a href='kbdesk:undo/feedback/{escape(fid)}'>"
                         + escape(self.tr("Undo")) + "</a></p>")
        if result.notice:
            parts.append(f"<p class='meta'>{escape(result.notice)}</p>")
        if self.show_terms and (result.key_terms or result.codes):
            codes = " ".join(f"<span class='code'>&nbsp;{escape(c)}&nbsp;</span>" for c in result.codes)
            unique = list({t.lower(): t for t in reversed(result.key_terms)}.values())[::-1]
            terms = ", ".join(escape(t) for t in unique[:12])
            parts.append("<p class='meta'>" + escape(self.tr("Key terms")) + f": {terms} {codes}</p>")
        headings = {"cases": self.tr("Similar cases"), "articles": self.tr("Articles"),
                    "runbooks": self.tr("Runbooks")}
        for group in self.groups:
            heading = headings[group]
            hits: list[MatchHit] = getattr(result, group)
            parts.append(f"<h3>{escape(heading)} ({len(hits)})</h3>")
            if not hits:
                parts.append("<p class='meta'>" + escape(self.tr("Nothing similar found.")) + "</p>")
            parts.extend(self._card(h) for h in hits)
        self.setHtml("".join(parts))

    def _meta(self, hit: MatchHit) -> str:
        meta = [m for m in (index_state_label(hit.record_type, hit.status) if hit.status else "", hit.product,
                            hit.customer) if m]
        return escape(" · ".join(meta))

    def _solved(self, hit: MatchHit) -> str:
        if hit.solved and hit.record_type == "case":  # articles and runbooks are always "solved"
            return " <span class='solved'>✓ " + escape(self.tr("solved")) + "</span>"
        return ""

    def _actions(self, hit: MatchHit) -> str:
        link = ""
        if self.can_link:
            if (hit.record_type, hit.record_id) in self.linked:
                link = " &nbsp; <span class='meta'>" + escape(self.tr("linked")) + "</span>"
            else:
                label = self.tr("Same fault") if hit.record_type == "case" else self.tr("Solved this case")
                link = (f" &nbsp; <a href='kbdesk:link/{hit.record_type}/{hit.record_id}'>"
                        + escape(label) + "</a>")
        if self.can_dismiss:
            link += (f" &nbsp; <a href='kbdesk:dismiss/{hit.record_type}/{hit.record_id}'>"
                     + escape(self.tr("Not relevant")) + "</a>")
        if hit.record_type == "runbook":
            link += (f" &nbsp; <a href='kbdesk:run/runbook/{hit.record_id}'>"
                     + escape(self.tr("Run…")) + "</a>")
        return link

    def _more(self, hit: MatchHit) -> str:
        """The "N more like this" toggle and, when open, the grouped records."""
        n = len(hit.similar)
        key = (hit.record_type, hit.record_id)
        is_open = key in self.expanded
        label = self.tr("%n more like this", "", n)
        arrow = "▾" if is_open else "▸"
        html = [f"<br><a class='more' href='kbdesk:expand/{hit.record_type}/{hit.record_id}'>"
                f"{arrow} {escape(label)}</a>"]
        if is_open:
            for other in hit.similar:
                why = self.tr("same resolution") if other.like == "same_resolution" else self.tr(
                    "near-identical text")
                html.append(
                    f"<div class='member'><a href='kbdesk:open/{other.record_type}/{other.record_id}'>"
                    f"{escape(other.title)}</a>{self._solved(other)}"
                    f"<br><span class='meta'>{' · '.join(x for x in (self._meta(other), escape(why)) if x)}</span>"
                    f"{self._actions(other)}</div>")
        return "".join(html)

    def _card(self, hit: MatchHit) -> str:
        open_url = f"kbdesk:open/{hit.record_type}/{hit.record_id}"
        html = [f"<div class='card'><a class='title' href='{open_url}'>{escape(hit.title)}</a>{self._solved(hit)}",
                f"<br><span class='meta'>{self._meta(hit)}</span>{self._actions(hit)}"]
        why = self.describe(hit.reasons)
        if why:
            html.append(f"<br><span class='why'>{why}</span>")
        if hit.snippet:  # HTML built by the search layer: escaped text, shared terms in <b>
            html.append(f"<br><span class='snippet'>{hit.snippet}</span>")
        if hit.resolution:
            text = hit.resolution.strip().replace("\n", " ")
            text = text[:220] + ("…" if len(text) > 220 else "")
            html.append("<br><span class='fix'>" + escape(self.tr("Resolution")) + f": {escape(text)}</span>")
        if hit.similar:
            html.append(self._more(hit))
        html.append("</div>")
        return "".join(html)

    def describe(self, reasons: list[dict]) -> str:
        out = []
        for r in reasons:
            kind = r.get("kind")
            if kind == "error_code":
                codes = " ".join(f"<span class='code'>&nbsp;{escape(c)}&nbsp;</span>" for c in r.get("codes", []))
                out.append(escape(self.tr("same error code")) + f" {codes}")
            elif kind == "shared_terms":
                terms = " ".join(f"<span class='term'>&nbsp;{escape(t)}&nbsp;</span>" for t in r.get("terms", [])[:8])
                out.append(escape(self.tr("shared terms")) + f" {terms}")
            elif kind == "similar_title":
                out.append(escape(self.tr("similar title")))
            elif kind == "same_product":
                out.append(escape(self.tr("same product: %1").replace("%1", str(r.get("product", "")))))
            elif kind == "same_customer":
                out.append(escape(self.tr("same customer: %1").replace("%1", str(r.get("customer", "")))))
            elif kind == "confirmed_same_fault":
                case, by = str(r.get("case", "")), str(r.get("by", ""))
                text = (self.tr("confirmed same fault as %1, linked by %2").replace("%1", case).replace("%2", by)
                        if by else self.tr("confirmed same fault as %1").replace("%1", case))
                out.append(f"<span class='solved'>{escape(text)}</span>")
            elif kind == "solved_similar":
                n = int(r.get("count", 0))
                cases = ", ".join(str(c) for c in r.get("cases", [])[:4])
                text = self.tr("solved %n similar case(s)", "", n)
                out.append(f"<span class='solved'>{escape(text)}</span> ({escape(cases)})")
            elif kind == "in_attachment":
                found = [*r.get("codes", []), *r.get("terms", [])][:8]
                terms = " ".join(f"<span class='term'>&nbsp;{escape(t)}&nbsp;</span>" for t in found)
                out.append(escape(self.tr("in attachment %1").replace("%1", str(r.get("file", "")))) + f" {terms}")
        return " · ".join(out)

    def toggle_group(self, record_type: str, record_id: str) -> None:
        """Open or close the records grouped under a hit ("N more like this")."""
        key = (record_type, record_id)
        self.expanded.symmetric_difference_update({key})
        if self.result is not None:
            bar = self.verticalScrollBar()
            pos = bar.value()
            self.show_result(self.result)
            bar.setValue(pos)

    def mark_linked(self, record_type: str, record_id: str) -> None:
        self.linked.add((record_type, record_id))
        if self.result is not None:
            self.show_result(self.result)

    def _on_anchor(self, url: QUrl) -> None:
        parts = url.toString().removeprefix("kbdesk:").split("/")
        if len(parts) == 3 and parts[0] == "open":
            self.sig_open_record.emit(parts[1], parts[2])
        elif len(parts) == 3 and parts[0] == "link":
            self.sig_link_record.emit(parts[1], parts[2])
        elif len(parts) == 3 and parts[0] == "expand":
            self.toggle_group(parts[1], parts[2])
        elif len(parts) == 3 and parts[0] == "dismiss":
            self.sig_dismiss_record.emit(parts[1], parts[2])
        elif len(parts) == 3 and parts[0] == "undo" and parts[1] == "feedback":
            self.sig_undo_feedback.emit(parts[2])
        elif len(parts) == 3 and parts[0] == "run" and parts[1] == "runbook":
            self.sig_run_runbook.emit(parts[2])


