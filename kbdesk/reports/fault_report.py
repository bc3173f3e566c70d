"""The fault report (故障报告) of one case as Markdown and as self-contained HTML.

The HTML is rendered from the Markdown by the app's one renderer and sanitiser
policy (:mod:`kbdesk.render.markdown`, as every article shown), and wrapped in
a page with its own CSS and screenshots as data: URIs, so the GUI can print it
to PDF with Qt as is. The Markdown export refers to the screenshots as
relative files (``images/…``) returned alongside it.
"""

from __future__ import annotations

import base64
import html
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..domain.filenames import safe_file_name
from ..errors import ArchiveError
from ..render.markdown import attachment_url, render_markdown, resolve_attachment_images
from ..rules.notices import LANGS, status_name
from ..rules.plan import ServicePlan
from ..rules.plan_time import zone_label
from ..rules.working_calendar import WorkCalendar
from ..services.plan_store import load_plan
from ..services.report_queries import attachment_bytes

IMAGE_DIR = "images"

# zh_CN, en — the report is a document, so its words are chosen here.
L: dict[str, tuple[str, str]] = {
    "report": ("故障报告", "Fault report"),
    "customer": ("客户", "Customer"), "severity": ("严重性", "Severity"),
    "fault_level": ("故障级别", "Fault level"), "status": ("状态", "Status"),
    "product": ("产品/组件", "Product / component"), "owner": ("负责人", "Owner"),
    "occurred_at": ("发生时间", "Time of occurrence"), "reported_at": ("报告时间", "Reported"),
    "responded_at": ("首次响应", "First response"), "recovered_at": ("恢复时间", "Recovered"),
    "closed_at": ("关闭时间", "Closed"),
    "phenomenon": ("故障现象", "Phenomenon"), "impact": ("业务影响", "Business impact"),
    "errors": ("错误信息", "Error messages"), "screenshots": ("错误截图", "Screenshots"),
    "timeline": ("处理过程", "Timeline"), "escalations": ("故障升级", "Escalations"),
    "root_cause": ("根本原因", "Root cause"), "resolution": ("解决方案", "Resolution"),
    "workaround": ("临时规避措施", "Workaround"), "actions": ("整改措施", "Rectification actions"),
    "time": ("时间", "Time"), "kind": ("类型", "Kind"), "text": ("内容", "Text"),
    "author": ("记录人", "By"), "target": ("升级对象", "Escalated to"), "reason": ("原因", "Reason"),
    "reassessment": ("影响重新评估", "Impact reassessed"), "by": ("升级人", "By"),
    "title": ("措施", "Action"), "due": ("期限", "Due"), "closed": ("完成时间", "Closed"),
    "zone": ("时间均为%1", "All times are %1"),
    "none": ("无", "None"), "missing": ("文件缺失", "file missing"),
    "not_a_fault": ("非故障（不计入故障统计）", "Not a fault (left out of fault statistics)"),
    "status_change": ("状态变更", "Status change"), "progress_notice": ("进展通告", "Progress notice"),
    "note": ("备注", "Note"), "assignment": ("指派", "Assignment"),
    "customer_notified": ("通知客户", "Customer notified"), "confirmation": ("确认", "Confirmation"),
    "recovery_notice": ("故障恢复通告", "Recovery notice"),
    "customer_steps": ("客户通知、恢复方案与验证", "Customer notification, recovery plan and verification"),
    "notifications": ("客户通知", "Customers notified"), "contact": ("联系人", "Contact"),
    "confirmations": ("恢复方案、评审与验证", "Recovery plan, review and verification"),
    "channel": ("方式", "Channel"), "notified_by": ("通知人", "Told by"),
    "step": ("环节", "Step"), "person": ("人员", "Person"), "result": ("结果", "Result"),
    "passed": ("通过", "Passed"), "not_passed": ("未通过", "Not passed"),
    "not_notified": ("尚未记录通知客户", "No notification of the customer recorded"),
    "duty_lead": ("值班长", "Duty lead"), "goc": ("GOC", "GOC"),
    "severity.critical": ("严重", "Critical"), "severity.urgent": ("紧急", "Urgent"),
    "severity.high": ("高", "High"), "severity.medium": ("中", "Medium"), "severity.low": ("低", "Low"),
    "action.open": ("未开始", "Open"), "action.in_progress": ("进行中", "In progress"),
    "action.done": ("已完成", "Done"), "action.cancelled": ("已取消", "Cancelled"),
}

CSS = """
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; font-size: 11pt;
       line-height: 1.5; color: #222; max-width: 60em; margin: 2em auto; }
h1 { font-size: 18pt; border-bottom: 2px solid #444; padding-bottom: .2em; }
h2 { font-size: 13pt; margin-top: 1.4em; border-bottom: 1px solid #bbb; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; }
th, td { border: 1px solid #999; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #eee; }
pre { background: #f5f5f5; padding: .5em; white-space: pre-wrap; word-break: break-all; }
img { max-width: 100%; border: 1px solid #ccc; }
"""


@dataclass
class FaultReport:
    markdown: str  # refers to screenshots as images/<file>
    html: str  # self-contained: screenshots embedded as data: URIs
    images: dict[str, bytes] = field(default_factory=dict)  # relative path → bytes
    missing: list[str] = field(default_factory=list)  # screenshots whose file is gone
    html_linked: str = ""  # the same page referring to images/<file> beside it
    title: str = ""

    def write(self, folder: Path, stem: str = "fault-report") -> list[Path]:
        """Write <stem>.md, <stem>.html and the images; returns the paths written."""
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for rel, data in self.images.items():
            path = folder / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            written.append(path)
        for ext, text in (("md", self.markdown), ("html", self.html)):
            path = folder / f"{stem}.{ext}"
            path.write_text(text, "utf-8")
            written.append(path)
        return written


def build_fault_report(services: Any, case_id: str, lang: str = "zh_CN",
                       plan: ServicePlan | None = None) -> FaultReport:
    """Gather the case and render both forms in ``lang`` ("zh_CN" or "en")."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")
    plan = plan or load_plan(services)
    cal = WorkCalendar(plan)
    data = _gather(services, case_id)
    data["zone"] = plan.timezone
    report = FaultReport("", "")
    shots: list[tuple[str, str | None, str | None]] = []  # (file name, path beside the Markdown, how the HTML refers to it)
    embedded: dict[str, str] = {}  # attachment id → data: URI
    linked: dict[str, str] = {}  # attachment id → images/<file>
    for att in data["screenshots"]:
        rel = f"{IMAGE_DIR}/{att['id'][:8]}-{safe_file_name(att['filename'], 'screenshot')}"
        try:
            # path_for refuses a hash that could name a file outside attachments/.
            blob = attachment_bytes(services, att["sha256"])
        except (OSError, ArchiveError):
            report.missing.append(att["filename"])
            shots.append((att["filename"], None, None))
            continue
        report.images[rel] = blob
        embedded[att["id"]] = f"data:{att['mime']};base64,{base64.b64encode(blob).decode('ascii')}"
        linked[att["id"]] = rel
        shots.append((att["filename"], rel, attachment_url(att["id"])))
    report.markdown = _markdown(data, shots, lang, cal, for_html=False)
    report.title = title = f"{_t('report', lang)} {data['case']['number']}"
    # One rendering through the one sanitiser; the screenshots are pointed at afterwards.
    html_markdown = _markdown(data, shots, lang, cal, for_html=True)
    report.html = render_html(html_markdown, lang, title, embedded)
    report.html_linked = render_html(html_markdown, lang, title, linked)
    return report


def write_fault_report(report: FaultReport, fmt: str, path: Path, embed_images: bool = True) -> list[Path]:
    """Write the Markdown or HTML form at ``path``; returns the files written.

    Markdown always takes its screenshots along in images/ beside it; HTML
    embeds them (one file to send) unless ``embed_images`` is false. PDF is
    printed by the UI layer (its pdf module), which needs Qt.
    """
    if fmt not in ("md", "html"):
        raise ValueError(f"unknown format {fmt!r}; use md or html (PDF is printed by the UI layer)")
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "html":
        path.write_text(report.html if embed_images else report.html_linked, "utf-8")
        if embed_images:
            return [path]
    else:
        path.write_text(report.markdown, "utf-8")
    written = [path]
    for rel, blob in report.images.items():
        target = path.parent / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(blob)
        written.append(target)
    return written


def render_html(markdown_text: str, lang: str, title: str, images: dict[str, str] | None = None) -> str:
    """Markdown → sanitised HTML body (kbdesk.render.markdown, the app's one renderer and sanitiser
    policy) → one self-contained page; ``images`` points attachment images at their data: URI or file."""
    body = resolve_attachment_images(render_markdown(markdown_text), images or {})
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{"zh-CN" if lang == "zh_CN" else "en"}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


# --- gathering ------------------------------------------------------------------


def _gather(services: Any, case_id: str) -> dict[str, Any]:
    case = services.get("case", case_id)
    customer = services.get("customer", case["customer_id"])
    attachments = sorted(services.attachments_of("case", case_id), key=lambda a: (a["added_at"], a["id"]))
    return {
        "case": case,
        "customer": customer["name"],
        "timeline": sorted(services.timeline_of(case_id), key=lambda t: (t["at"], t["id"])),
        "escalations": services.list("escalation", where={"case_id": case_id}, order_by="at"),
        "actions": sorted(services.list("action", where={"case_id": case_id}),
                          key=lambda a: (a["due_date"] is None, a["due_date"] or 0, a["title"], a["id"])),
        "screenshots": [a for a in attachments if a["mime"].startswith("image/")],
        "notifications": services.list("notification", where={"case_id": case_id}, order_by="at"),
        "confirmations": services.list("confirmation", where={"case_id": case_id}, order_by="at"),
    }


# --- Markdown ---------------------------------------------------------------------


def _markdown(data: dict, shots: list, lang: str, cal: WorkCalendar, for_html: bool) -> str:
    c = data["case"]

    def t(key: str) -> str:
        return _t(key, lang)

    def txt(value: str) -> str:
        # Raw HTML in a field must show as text, not vanish in the sanitiser.
        return html.escape(value, quote=False) if for_html else value

    def when(dt: datetime | None) -> str:
        return cal.local(dt).strftime("%Y-%m-%d %H:%M") if dt else "—"

    out = [f"# {t('report')}：{c['number']} {_cell(c['title'])}" if lang == "zh_CN"
           else f"# {t('report')}: {c['number']} {_cell(c['title'])}", ""]
    # Every time below is in the plan's zone, whatever zone the machine runs in.
    out += [t("zone").replace("%1", zone_label(data["zone"], c["reported_at"], lang)), ""]
    if c["not_a_fault"]:
        out += [f"> **{t('not_a_fault')}**: {txt(c['not_a_fault_reason'])}", ""]
    product = " / ".join(p for p in (c["product"], c["component"]) if p)
    out += _table([t("customer"), t("severity"), t("fault_level"), t("status")],
                  [[data["customer"], t("severity." + c["severity"]), c["fault_level"] or "—",
                    status_name(c["status"], lang)]])
    out += _table([t("occurred_at"), t("reported_at"), t("responded_at"), t("recovered_at"), t("closed_at")],
                  [[when(c["occurred_at"]), when(c["reported_at"]), when(c["responded_at"]),
                    when(c["recovered_at"]), when(c["closed_at"])]])
    out += _table([t("product"), t("owner")], [[product or "—", c["owner"] or "—"]])
    out += _section(t("phenomenon"), txt(c["phenomenon"]), t("none"))
    out += _section(t("impact"), txt(c["business_impact"]), t("none"))
    if c["error_messages"].strip():
        out += [f"## {t('errors')}", "", "```text", c["error_messages"].strip("\n"), "```", ""]
    out += [f"## {t('screenshots')}", ""]
    for name, rel, uri in shots:
        if rel is None:
            out += [f"- {_cell(name)} ({t('missing')})", ""]
        else:
            out += [f"![{_alt(name)}]({uri if for_html else rel})", ""]
    if not shots:
        out += [t("none"), ""]
    out += [f"## {t('timeline')}", ""]
    out += _table([t("time"), t("kind"), t("status"), t("text"), t("author")], [
        [when(e["at"]), t(e["kind"]), _move(e, lang), e["text"], e["author"]] for e in data["timeline"]
    ]) if data["timeline"] else [t("none"), ""]
    out += [f"## {t('escalations')}", ""]
    out += _table([t("time"), t("target"), t("reason"), t("reassessment"), t("by")], [
        [when(e["at"]), t(e["target"]), e["reason"], e["impact_reassessment"], e["escalated_by"]]
        for e in data["escalations"]
    ]) if data["escalations"] else [t("none"), ""]
    out += _customer_steps(data, lang, when)
    out += _section(t("root_cause"), txt(c["root_cause"]), t("none"))
    out += _section(t("resolution"), txt(c["resolution"]), t("none"))
    if c["workaround"].strip():
        out += _section(t("workaround"), txt(c["workaround"]), t("none"))
    out += [f"## {t('actions')}", ""]
    out += _table([t("title"), t("owner"), t("due"), t("status"), t("closed")], [
        [a["title"], a["owner"], a["due_date"].isoformat() if a["due_date"] else "—",
         t("action." + a["status"]), when(a["closed_at"])] for a in data["actions"]
    ]) if data["actions"] else [t("none"), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _customer_steps(data: dict, lang: str, when) -> list[str]:
    """Who at the customer was told, and the plan / review / approval / verifications."""
    from ..services.customer_steps import CHANNEL_WORDS, CONFIRMATION_WORDS, word

    out = [f"## {_t('customer_steps', lang)}", "", f"### {_t('notifications', lang)}", ""]
    if data["notifications"]:
        out += _table([_t("time", lang), _t("contact", lang), _t("channel", lang), _t("notified_by", lang),
                       _t("note", lang)],
                      [[when(n["at"]), n["contact_name"], word(CHANNEL_WORDS, n["channel"], lang), n["notified_by"],
                        n["note"]] for n in data["notifications"]])
    else:
        out += [_t("not_notified", lang), ""]
    out += [f"### {_t('confirmations', lang)}", ""]
    out += _table([_t("time", lang), _t("step", lang), _t("person", lang), _t("result", lang), _t("text", lang)],
                  [[when(c["at"]), word(CONFIRMATION_WORDS, c["kind"], lang), c["person"],
                    _t("passed" if c["passed"] else "not_passed", lang), c["text"]]
                   for c in data["confirmations"]]) if data["confirmations"] else [_t("none", lang), ""]
    return out


def _t(key: str, lang: str) -> str:
    zh, en = L.get(key, (key, key))
    return zh if lang == "zh_CN" else en


def _move(entry: dict, lang: str) -> str:
    if entry["kind"] != "status_change":
        return ""
    return f"{status_name(entry['from_status'] or '', lang)} → {status_name(entry['to_status'] or '', lang)}"


def _section(title: str, body: str, empty: str) -> list[str]:
    return [f"## {title}", "", body.strip() or empty, ""]


def _cell(value: Any) -> str:
    """One table cell: pipes escaped, line breaks kept as <br>, markup shown as text."""
    text = html.escape(str(value if value not in (None, "") else "—"), quote=False)
    return text.replace("|", "\\|").replace("\r\n", "\n").replace("\n", "<br>")


def _alt(name: str) -> str:
    return name.replace("[", "(").replace("]", ")")


def _table(headers: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return [*lines, ""]
