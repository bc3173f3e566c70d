"""Progress notices (故障修复进展通告): fixed templates in Chinese and English.

The notice is a document sent to the customer, so its words are produced
here in the chosen language rather than by the UI's translations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from .plan_time import format_plan_time

LANGS = ("zh_CN", "en")

STATUS_NAMES: dict[str, tuple[str, str]] = {
    "reported": ("已报告", "Reported"),
    "pre_assessment": ("故障预判", "Pre-assessment"),
    "handling": ("故障处理", "Handling"),
    "escalated": ("故障升级", "Escalated"),
    "recovered": ("故障恢复", "Recovered"),
    "postmortem": ("故障复盘", "Postmortem"),
    "closed": ("已关闭", "Closed"),
}

TEMPLATES = {
    "zh_CN": (
        "【故障修复进展通告】\n"
        "工单编号：{case_number}\n"
        "故障标题：{title}\n"
        "客户：{customer}\n"
        "当前状态：{status}\n"
        "影响范围：{impact}\n"
        "已采取措施：{actions_taken}\n"
        "下次通告时间：{next_update}"
    ),
    "en": (
        "[Fault repair progress notice]\n"
        "Case number: {case_number}\n"
        "Title: {title}\n"
        "Customer: {customer}\n"
        "Current status: {status}\n"
        "Impact: {impact}\n"
        "Actions taken: {actions_taken}\n"
        "Next update: {next_update}"
    ),
}


@dataclass
class NoticeFields:
    case_number: str
    title: str
    customer: str
    status: str  # status code; the template writes its name
    impact: str = ""
    actions_taken: str = ""
    next_update_at: datetime | None = None


def status_name(code: str, lang: str) -> str:
    zh, en = STATUS_NAMES.get(code, (code, code))
    return zh if lang == "zh_CN" else en


def render_notice(fields: NoticeFields, lang: str, tz: tzinfo, zone_name: str | None = None) -> str:
    """The notice text; times in the plan's zone (labelled when ``zone_name`` is
    given: the customer may be elsewhere), blanks shown as a dash."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")
    nxt = fields.next_update_at.astimezone(tz).strftime("%Y-%m-%d %H:%M") if fields.next_update_at else ""
    if nxt and zone_name:
        nxt = format_plan_time(fields.next_update_at, zone_name, lang)
    return TEMPLATES[lang].format(
        case_number=fields.case_number, title=fields.title, customer=fields.customer or "—",
        status=status_name(fields.status, lang), impact=fields.impact.strip() or "—",
        actions_taken=fields.actions_taken.strip() or "—", next_update=nxt or "—",
    )


# 故障恢复通告: sent once both verifications are recorded.
RECOVERY_TEMPLATES = {
    "zh_CN": (
        "【故障恢复通告】\n"
        "工单编号：{case_number}\n"
        "故障标题：{title}\n"
        "客户：{customer}\n"
        "故障发生时间：{occurred}\n"
        "业务恢复时间：{recovered}\n"
        "故障原因：{cause}\n"
        "处理措施：{resolution}\n"
        "厂商技术验证：{technical}\n"
        "客户业务验证：{business}\n"
        "后续安排：{follow_up}"
    ),
    "en": (
        "[Fault recovery notice]\n"
        "Case number: {case_number}\n"
        "Title: {title}\n"
        "Customer: {customer}\n"
        "Fault occurred: {occurred}\n"
        "Service restored: {recovered}\n"
        "Cause: {cause}\n"
        "Resolution: {resolution}\n"
        "Vendor technical verification: {technical}\n"
        "Customer business verification: {business}\n"
        "Follow-up: {follow_up}"
    ),
}


@dataclass
class RecoveryNoticeFields:
    case_number: str
    title: str
    customer: str
    occurred_at: datetime | None
    recovered_at: datetime | None
    cause: str = ""
    resolution: str = ""
    technical: tuple[str, datetime] | None = None  # who verified, when
    business: tuple[str, datetime] | None = None
    follow_up: str = ""


def render_recovery_notice(fields: RecoveryNoticeFields, lang: str, zone_name: str) -> str:
    """The recovery notice text; times in the plan's zone with its label."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")

    def when(value: datetime | None) -> str:
        return format_plan_time(value, zone_name, lang) if value else "—"

    def verified(step: tuple[str, datetime] | None) -> str:
        if step is None:
            return "—"
        return f"{step[0]}，{when(step[1])}" if lang == "zh_CN" else f"{step[0]}, {when(step[1])}"

    return RECOVERY_TEMPLATES[lang].format(
        case_number=fields.case_number, title=fields.title, customer=fields.customer or "—",
        occurred=when(fields.occurred_at), recovered=when(fields.recovered_at),
        cause=fields.cause.strip() or "—", resolution=fields.resolution.strip() or "—",
        technical=verified(fields.technical), business=verified(fields.business),
        follow_up=fields.follow_up.strip() or "—",
    )
