"""The HTML pages of a handover package: one per record, and the index.

Every page is a fragment wrapped in the same frame, which refers to the
package's own stylesheet (assets/handover.css, with the bundled CJK font by a
relative @font-face url), so a browser opened on the folder loads nothing
from anywhere else. Record fields are escaped; article bodies go through the
one sanitising renderer (kbdesk.render.markdown), and their links to the
outside are shown as text, never followed or loaded.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from ..render.markdown import ATTACHMENT_SCHEME, render_markdown
from ..rules.notices import status_name
from ..rules.working_calendar import WorkCalendar
from .fault_report import L as REPORT_WORDS

L: dict[str, tuple[str, str]] = {
    "package": ("文档移交", "Handover package"),
    "index": ("目录", "Contents"),
    "back": ("← 返回目录", "← Back to contents"),
    "customers": ("客户", "Customers"),
    "products": ("产品", "Products"),
    "period": ("期间", "Period"),
    "all": ("全部", "all"),
    "generated": ("生成时间", "Generated"),
    "cases": ("案例摘要", "Case summaries"),
    "articles": ("知识库文章", "KB articles"),
    "runbooks": ("运维手册", "Runbooks"),
    "drills": ("演练报告", "Drill reports"),
    "courses": ("培训课程与资料", "Courses and materials"),
    "pdf": ("合订本（PDF）", "Combined volume (PDF)"),
    "number": ("编号", "Number"),
    "title": ("标题", "Title"),
    "customer": ("客户", "Customer"),
    "product": ("产品", "Product"),
    "severity": ("严重性", "Severity"),
    "status": ("状态", "Status"),
    "reported": ("报告时间", "Reported"),
    "recovered": ("恢复时间", "Recovered"),
    "phenomenon": ("故障现象", "Phenomenon"),
    "impact": ("业务影响", "Business impact"),
    "cause": ("根本原因", "Root cause"),
    "resolution": ("解决方案", "Resolution"),
    "workaround": ("临时规避措施", "Workaround"),
    "fault_report": ("完整故障报告", "Full fault report"),
    "problem": ("问题", "Problem"),
    "solution": ("解决办法", "Solution"),
    "body": ("正文", "Body"),
    "version": ("版本", "Version"),
    "kind": ("类型", "Kind"),
    "summary": ("概述", "Summary"),
    "preconditions": ("前提条件", "Preconditions"),
    "steps": ("步骤", "Steps"),
    "position": ("序号", "No."),
    "action": ("操作", "Action"),
    "expected": ("预期结果", "Expected result"),
    "rollback": ("回退", "Rollback"),
    "minutes": ("预计分钟", "Est. minutes"),
    "date": ("日期", "Date"),
    "runbook": ("运维手册", "Runbook"),
    "participants": ("参与人", "Participants"),
    "outcome": ("结果", "Outcome"),
    "deviations": ("偏差", "Deviations"),
    "findings": ("发现", "Findings"),
    "ok": ("通过", "OK"),
    "failed": ("未通过", "Failed"),
    "notes": ("说明", "Notes"),
    "started": ("开始", "Started"),
    "ended": ("结束", "Ended"),
    "trainer": ("讲师", "Trainer"),
    "hours": ("课时（小时）", "Hours"),
    "outline": ("大纲", "Outline"),
    "materials": ("资料清单", "Materials"),
    "sessions": ("培训场次", "Sessions"),
    "planned": ("计划日期", "Planned"),
    "held": ("举办日期", "Held"),
    "location": ("地点", "Location"),
    "none": ("无", "None"),
    "external": ("外部链接（未打开）", "external link, not opened"),
    "image_left_out": ("图片未收录", "image left out"),
}


def t(key: str, lang: str) -> str:
    zh, en = L.get(key, (key, key))
    return zh if lang == "zh_CN" else en


def severity_name(code: str, lang: str) -> str:
    zh, en = REPORT_WORDS.get("severity." + code, (code, code))
    return zh if lang == "zh_CN" else en


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def para(text: str, lang: str) -> str:
    """Plain text as paragraphs with its line breaks; "None" when empty."""
    text = (text or "").strip()
    if not text:
        return f'<p class="empty">{t("none", lang)}</p>'
    return "".join(f"<p>{esc(block).replace(chr(10), '<br>')}</p>" for block in re.split(r"\n\s*\n", text))


def table(headers: list[str], rows: list[list[Any]], lang: str) -> str:
    if not rows:
        return f'<p class="empty">{t("none", lang)}</p>'
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{c if isinstance(c, Raw) else esc(c)}</td>" for c in row) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


class Raw(str):
    """Markup made here (a link), put into a table cell unescaped."""


def page(title: str, body: str, lang: str, depth: int) -> str:
    """A whole page; ``depth`` is how many folders below the package root it lives."""
    up = "../" * depth
    nav = "" if depth == 0 else f'<nav><a href="{up}index.html">{t("back", lang)}</a></nav>\n'
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{"zh-CN" if lang == "zh_CN" else "en"}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{esc(title)}</title>\n'
        f'<link rel="stylesheet" href="{up}assets/handover.css">\n</head>\n<body>\n{nav}{body}\n</body>\n</html>\n'
    )


class Formatter:
    def __init__(self, lang: str, cal: WorkCalendar, customer_names: dict[str, str]):
        self.lang = lang
        self.cal = cal
        self.names = customer_names

    def when(self, value: datetime | None) -> str:
        return self.cal.local(value).strftime("%Y-%m-%d %H:%M") if value else "—"

    @staticmethod
    def day(value: date | None) -> str:
        return value.isoformat() if value else "—"

    def customer(self, customer_id: str | None) -> str:
        return self.names.get(customer_id or "", "—")


def case_body(case: dict, fmt: Formatter, fault_report_href: str | None) -> str:
    lang = fmt.lang
    facts = table(
        [
            t("customer", lang),
            t("product", lang),
            t("severity", lang),
            t("status", lang),
            t("reported", lang),
            t("recovered", lang),
        ],
        [
            [
                fmt.customer(case["customer_id"]),
                " / ".join(p for p in (case["product"], case["component"]) if p) or "—",
                severity_name(case["severity"], lang),
                status_name(case["status"], lang),
                fmt.when(case["reported_at"]),
                fmt.when(case["recovered_at"]),
            ]
        ],
        lang,
    )
    parts = [f"<h1>{esc(case['number'])} {esc(case['title'])}</h1>", facts]
    for key, name in (
        ("phenomenon", "phenomenon"),
        ("business_impact", "impact"),
        ("root_cause", "cause"),
        ("resolution", "resolution"),
    ):
        parts += [f"<h2>{t(name, lang)}</h2>", para(case[key], lang)]
    if (case.get("workaround") or "").strip():
        parts += [f"<h2>{t('workaround', lang)}</h2>", para(case["workaround"], lang)]
    if fault_report_href:
        parts.append(f'<p class="more"><a href="{esc(fault_report_href)}">{t("fault_report", lang)}</a></p>')
    return "\n".join(parts)


_A = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.S)
_PACKAGE_FILE = re.compile(r"^(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!/)(?!.*\.\.)[\w./-]+$")
_HREF_ATTR = re.compile(r'\shref="([^"]*)"')
_SRC = re.compile(r'<img([^>]*?)\ssrc="([^"]*)"([^>]*)>')


def article_body(article: dict, lang: str, image_for: Callable[[str], str | None]) -> str:
    """An article as sanitised HTML; ``image_for`` maps an attachment id to a package-relative path."""
    parts = [
        f"<h1>{esc(article['title'])}</h1>",
        table(
            [t("product", lang), t("version", lang)], [[article["product"] or "—", article["version"]]], lang
        ),
    ]
    if (article.get("problem") or "").strip():
        parts += [f"<h2>{t('problem', lang)}</h2>", para(article["problem"], lang)]
    if (article.get("solution") or "").strip():
        parts += [f"<h2>{t('solution', lang)}</h2>", para(article["solution"], lang)]
    parts += [f"<h2>{t('body', lang)}</h2>", offline_html(render_markdown(article["body"]), lang, image_for)]
    return "\n".join(parts)


def offline_html(fragment: str, lang: str, image_for: Callable[[str], str | None]) -> str:
    """Rendered Markdown made safe to open offline: outside links become marked text,
    attachment images point at the package's copy (or are left out)."""

    def link(m: re.Match) -> str:
        found = _HREF_ATTR.search(m.group(1))
        href, text = html.unescape(found.group(1)) if found else "", m.group(2)
        if not href:
            return text
        shown = esc(href[7:] if href.startswith("mailto:") else href)
        if html.unescape(text).strip() in (href, html.unescape(shown)):  # an autolink: its text is the address
            return f'<span class="external" title="{t("external", lang)}">{text}</span>'
        return (
            f'<span class="external" title="{t("external", lang)}">{text}</span> '
            f'<span class="url">&lt;{shown}&gt;</span>'
        )

    def image(m: re.Match) -> str:
        src = html.unescape(m.group(2))
        if src.startswith("data:image/") or _PACKAGE_FILE.match(src):
            return m.group(0)  # inline, or a file this package wrote (the renderer drops relative urls)
        target = (
            image_for(src[len(ATTACHMENT_SCHEME) + 1 :]) if src.startswith(ATTACHMENT_SCHEME + ":") else None
        )
        if target is None:
            return f'<span class="left-out">[{t("image_left_out", lang)}]</span>'
        return f'<img{m.group(1)} src="{esc(target)}"{m.group(3)}>'

    return _SRC.sub(image, _A.sub(link, fragment))


def runbook_body(runbook: dict, steps: list[dict], fmt: Formatter) -> str:
    lang = fmt.lang
    parts = [
        f"<h1>{esc(runbook['title'])}</h1>",
        table(
            [t("kind", lang), t("product", lang), t("customer", lang)],
            [[runbook["kind"], runbook["product"] or "—", fmt.customer(runbook["customer_id"])]],
            lang,
        ),
        f"<h2>{t('summary', lang)}</h2>",
        para(runbook["summary"], lang),
        f"<h2>{t('preconditions', lang)}</h2>",
        para(runbook["preconditions"], lang),
        f"<h2>{t('steps', lang)}</h2>",
        table(
            [
                t("position", lang),
                t("action", lang),
                t("expected", lang),
                t("rollback", lang),
                t("minutes", lang),
            ],
            [
                [s["position"], s["action"], s["expected_result"], s["rollback"], s["estimated_minutes"]]
                for s in steps
            ],
            lang,
        ),
    ]
    return "\n".join(parts)


def course_body(course: dict, materials: list[dict], sessions: list[dict], fmt: Formatter) -> str:
    lang = fmt.lang
    parts = [
        f"<h1>{esc(course['title'])}</h1>",
        table(
            [t("trainer", lang), t("hours", lang)],
            [[course["trainer"] or "—", course["duration_hours"]]],
            lang,
        ),
        f"<h2>{t('outline', lang)}</h2>",
        para(course["outline"], lang),
        f"<h2>{t('materials', lang)}</h2>",
        table([t("title", lang), t("kind", lang)], [[m["title"], m["kind"]] for m in materials], lang),
        f"<h2>{t('sessions', lang)}</h2>",
        table(
            [
                t("customer", lang),
                t("planned", lang),
                t("held", lang),
                t("location", lang),
                t("status", lang),
            ],
            [
                [
                    fmt.customer(s["customer_id"]),
                    fmt.day(s["planned_date"]),
                    fmt.day(s["held_date"]),
                    s["location"] or "—",
                    s["status"],
                ]
                for s in sessions
            ],
            lang,
        ),
    ]
    return "\n".join(parts)


CSS = """@font-face {
  font-family: "Noto Sans SC kbdesk";
  src: url("NotoSansSC-kbdesk-Regular.otf") format("opentype");
}
body { font-family: "Noto Sans SC kbdesk", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
       font-size: 11pt; line-height: 1.55; color: #222; max-width: 62em; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 18pt; border-bottom: 2px solid #444; padding-bottom: .2em; }
h2 { font-size: 13pt; margin-top: 1.4em; border-bottom: 1px solid #bbb; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; }
th, td { border: 1px solid #999; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #eee; }
pre { background: #f5f5f5; padding: .5em; white-space: pre-wrap; word-break: break-all; }
img { max-width: 100%; border: 1px solid #ccc; }
nav { margin-bottom: 1em; }
.empty, .note { color: #666; }
.external { color: #555; border-bottom: 1px dashed #999; }
.url { color: #777; font-size: 90%; word-break: break-all; }
.left-out { color: #999; }
.scope th { width: 8em; }
"""
