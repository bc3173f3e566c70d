"""The drill report (演练报告) of one drill as Markdown and self-contained HTML.

The same words and tables as the drill record view: who took part, every
runbook step with planned against actual minutes and its result, the times
that do not fit the drill's date, deviations, findings and follow-up
actions. The GUI and the CLI print the HTML to PDF with Qt.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..rules.drills import format_minutes, minutes_between
from ..rules.notices import LANGS
from ..rules.plan import ServicePlan
from ..rules.working_calendar import WorkCalendar
from ..services.drill_runs import DrillRuns, RunState, StepRow, step_rows
from ..services.plan_store import load_plan
from .fault_report import _cell, _table, render_html

# zh_CN, en — the report is a document, so its words are chosen here.
L: dict[str, tuple[str, str]] = {
    "report": ("演练报告", "Drill report"), "report.real": ("执行报告", "Runbook execution report"),
    "runbook": ("预案", "Runbook"), "kind": ("类型", "Kind"), "date": ("日期", "Date"),
    "customer": ("客户", "Customer"), "started": ("开始", "Started"), "ended": ("结束", "Ended"),
    "participants": ("参与人员", "Participants"), "outcome": ("结果", "Outcome"),
    "derived": ("按步骤推断", "as the steps say"), "planned_total": ("计划用时", "Planned"),
    "actual_total": ("实际用时", "Actual"), "min": ("分钟", "min"), "status": ("状态", "Status"),
    "steps": ("步骤", "Steps"), "no": ("序号", "#"), "action": ("操作", "Action"),
    "result": ("结果", "Result"), "minutes": ("计划/实际（分钟）", "Planned / actual min"),
    "time": ("时间", "Time"),
    "notes": ("备注", "Notes"), "time_check": ("时间检查", "Time check"),
    "deviations": ("偏差", "Deviations"), "findings": ("发现的问题", "Findings"),
    "actions": ("整改措施", "Follow-up actions"), "title": ("措施", "Action"), "owner": ("负责人", "Owner"),
    "due": ("期限", "Due"), "closed": ("完成时间", "Closed"), "none": ("无", "None"),
    "kind.drill": ("演练", "Drill"), "kind.real": ("实战", "Real incident"),
    "outcome.success": ("成功", "Succeeded"), "outcome.partial": ("部分成功", "Partly succeeded"),
    "outcome.failed": ("失败", "Failed"),
    "drill.running": ("进行中（未结束）", "Under way (not finished)"), "drill.finished": ("已结束", "Finished"),
    "step.done": ("完成", "Done"), "step.failed": ("失败", "Failed"), "step.skipped": ("跳过", "Skipped"),
    "step.none": ("未执行", "Not reached"),
    "action.open": ("未开始", "Open"), "action.in_progress": ("进行中", "In progress"),
    "action.done": ("已完成", "Done"), "action.cancelled": ("已取消", "Cancelled"),
    "ends_before_start": ("结束时间早于开始时间", "ends before it starts"),
    "starts_outside_drill_days": ("开始时间不在演练日期内（演练当天或次日凌晨）",
                                  "starts outside the drill's date (the drill day or the night after)"),
    "ends_outside_drill_days": ("结束时间不在演练日期内（演练当天或次日凌晨）",
                                "ends outside the drill's date (the drill day or the night after)"),
    "step_n": ("第 %1 步", "Step %1"), "times_ok": ("所有时间均在演练日期内，且结束不早于开始。",
                                                 "Every time falls on the drill's date and no step ends before it starts."),
}


@dataclass
class DrillReport:
    markdown: str
    html: str
    title: str

    def write(self, fmt: str, path: Path) -> Path:
        """Markdown or HTML to ``path``; PDF is printed by the Qt front ends."""
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.markdown if fmt == "md" else self.html, "utf-8")
        return path


def build_drill_report(services: Any, drill_id: str, lang: str = "zh_CN",
                       plan: ServicePlan | None = None) -> DrillReport:
    """Gather the drill and render both forms in ``lang`` ("zh_CN" or "en")."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")
    cal = WorkCalendar(plan or load_plan(services))
    state = DrillRuns(services).state(drill_id)
    data: dict[str, Any] = {
        "state": state, "rows": step_rows(state, cal.tz),
        "customer": services.get("customer", state.drill["customer_id"])["name"]
        if state.drill["customer_id"] else "",
        "actions": sorted(services.list("action", where={"drill_id": drill_id}),
                          key=lambda a: (a["due_date"] is None, a["due_date"] or 0, a["title"], a["id"])),
    }
    title = report_title(state, lang)
    return DrillReport(_markdown(data, lang, cal, for_html=False),
                       render_html(_markdown(data, lang, cal, for_html=True), lang, title), title)


def report_title(state: RunState, lang: str) -> str:
    key = "report.real" if state.drill["kind"] == "real" else "report"
    sep = "：" if lang == "zh_CN" else ": "
    return f"{_t(key, lang)}{sep}{state.runbook['title']} {state.drill['date'].isoformat()}"


def problem_text(code: str, lang: str) -> str:
    return _t(code, lang)


def _markdown(data: dict, lang: str, cal: WorkCalendar, for_html: bool) -> str:
    state: RunState = data["state"]
    d = state.drill
    rows: list[StepRow] = data["rows"]

    def t(key: str) -> str:
        return _t(key, lang)

    def txt(value: str) -> str:
        # Raw HTML in a field must show as text, not vanish in the sanitiser.
        return html.escape(value, quote=False) if for_html else value

    def when(dt: datetime | None) -> str:
        return cal.local(dt).strftime("%Y-%m-%d %H:%M") if dt else "—"

    def clock(dt: datetime | None) -> str:
        return cal.local(dt).strftime("%H:%M") if dt else "—"

    derived = state.derived_outcome()
    outcome = t("outcome." + d["outcome"])
    if d["status"] != "running" and derived != d["outcome"]:
        outcome += f" ({t('derived')}: {t('outcome.' + derived)})"
    actual = minutes_between(d["started_at"], d["ended_at"])
    out = [f"# {_cell(report_title(state, lang))}", ""]
    out += _table([t("runbook"), t("kind"), t("date"), t("customer")],
                  [[state.runbook["title"], t("kind." + d["kind"]), d["date"].isoformat(), data["customer"] or "—"]])
    out += _table([t("started"), t("ended"), t("planned_total"), t("actual_total"), t("status"), t("outcome")],
                  [[when(d["started_at"]), when(d["ended_at"]), f"{state.planned_total()} {t('min')}",
                    f"{format_minutes(actual)} {t('min')}" if actual is not None else "—",
                    t("drill." + d["status"]), "—" if d["status"] == "running" else outcome]])
    sep = "、" if lang == "zh_CN" else ", "
    out += [f"**{t('participants')}**: {txt(sep.join(d['participants'])) or t('none')}", ""]
    out += [f"## {t('steps')}", ""]
    # Planned beside actual in one cell: six columns fit an A4 page with room for the action.
    out += _table([t("no"), t("action"), t("result"), t("minutes"), t("time"), t("notes")], [
        [r.position, r.action, t("step." + (r.status or "none")),
         f"{'—' if r.planned_minutes is None else r.planned_minutes} / {format_minutes(r.actual_minutes)}",
         # On paper the narrow time column breaks anywhere: start and end on their own lines there.
         f"{clock(r.started_at)}{chr(10) if for_html else '–'}{clock(r.ended_at)}"
         if r.started_at or r.ended_at else "—", r.notes]
        for r in rows
    ]) if rows else [t("none"), ""]
    out += [f"## {t('time_check')}", ""]
    problems = [f"- {t('step_n').replace('%1', str(r.position))}: {t(code)}" for r in rows for code in r.problems]
    out += [*problems, ""] if problems else [t("times_ok"), ""]
    out += _lines_section(t("deviations"), txt(d["deviations"]), t("none"))
    out += _lines_section(t("findings"), txt(d["findings"]), t("none"))
    out += [f"## {t('actions')}", ""]
    out += _table([t("title"), t("owner"), t("due"), t("status"), t("closed")], [
        [a["title"], a["owner"] or "—", a["due_date"].isoformat() if a["due_date"] else "—",
         t("action." + a["status"]), when(a["closed_at"])] for a in data["actions"]
    ]) if data["actions"] else [t("none"), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _lines_section(title: str, body: str, empty: str) -> list[str]:
    """A section whose lines stay lines (deviations are one time-stamped line each)."""
    lines = [line.rstrip() for line in body.strip().splitlines()]
    text = "  \n".join(lines) if lines else empty
    return [f"## {title}", "", text, ""]


def _t(key: str, lang: str) -> str:
    zh, en = L.get(key, (key, key))
    return zh if lang == "zh_CN" else en
