"""Per-case records of the demo archive: the case line itself, its timeline,
escalations, rectification actions and links. Used by build_demo.py.
"""

from __future__ import annotations

import itertools
import random
import re
from datetime import datetime, timedelta

from build_demo_cases import (
    CAP,
    MAJOR,
    PREFIXES,
    SEVERITY_ZH,
    SOLVED,
    Spec,
    compute_times,
    fill,
    iso,
    make_ctx,
    pick_any,
    status_path,
)
from demo import people

NOTES = [
    "已电话通知客户指定联系人{designated}，说明当前影响与处理安排。",
    "客户已提供报错截图与应用日志，已归档到案例附件。",
    "经客户授权，通过堡垒机远程接入排查。",
    "与客户约定在今晚变更窗口执行修复操作。",
    "已在知识库中检索到同类历史案例，按既有方案处理。",
]
PROGRESS = [
    "已定位到疑似原因：{cause}",
    "已采取临时措施：{work}",
    "产品研发（L2）已介入分析，正在核对监控与日志。",
    "恢复方案已与客户确认，正在执行。",
]


def _short(text: str, limit: int = 60) -> str:
    text = text.split("\n", 1)[0]
    return text if len(text) <= limit else text[:limit].rstrip("，、；：") + "…"


def _sentences(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[；。]", text) if len(p.strip()) > 8]


def _between(rng: random.Random, a: datetime, b: datetime) -> datetime:
    if b <= a:
        return a + timedelta(minutes=1)
    return a + timedelta(seconds=int((b - a).total_seconds() * rng.uniform(0.3, 0.7)) // 60 * 60)


def build_case(rng: random.Random, s: Spec, out: dict, article_ids: dict, runbook_ids: dict) -> None:
    scn, cust = s.scn, s.cust
    if s.dup_of is not None:
        s.ctx = dict(s.dup_of.ctx)
    else:
        s.ctx = make_ctx(rng, cust, s.reported - timedelta(minutes=rng.randrange(3, 60)))
    ctx = s.ctx
    compute_times(rng, s)
    t = s.times
    owner = rng.choice(people.ENGINEERS)
    designated = next(c[0] for c in cust["contacts"] if c[4])
    ctx["designated"] = designated
    # One variant index drives the fields that must agree with each other
    # (title, phenomenon, error, cause, fix); impact and logs vary freely.
    vi = (
        s.dup_of.variant
        if s.dup_of is not None
        else rng.randrange(max(len(scn["titles"]), len(scn["phen"]), len(scn["cause"])))
    )
    s.variant = vi

    def pick(key: str) -> str:
        variants = scn[key]
        return fill(variants[vi % len(variants)], ctx) if variants else ""

    title = pick("titles")
    phen = pick("phen")
    if not phen.startswith(("客户", "监控", "运维", "业务", "从", "发布", "更换", "专线", "大促")):
        phen = rng.choice(PREFIXES) + phen
    cause, fix, work, err = pick("cause"), pick("fix"), pick("work"), pick("err")
    logs = pick("logs")
    solved = s.status in SOLVED
    root, resolution, workaround = "", "", ""
    if solved:
        root, resolution, workaround = cause, fix, work
    elif s.status in ("handling", "escalated"):
        root = "初步判断：" + cause if rng.random() < 0.5 else ""
        workaround = work if rng.random() < 0.7 else ""
    if s.dup_of is not None:
        orig = s.dup_of
        caller = rng.choice(cust["contacts"])[0]
        title = f"{orig.record['title']}（{caller}再次报障）"
        phen = f"{caller}再次来电反馈同一问题：" + pick("phen")
        root = orig.record["root_cause"]
        resolution = (
            f"与 {orig.number} 为同一故障（同一实例、同一时段），已合并至该案例处理。"
            f"原案例处理结果：{orig.record['resolution']}"
        )
        workaround = ""
    major = s.level in MAJOR
    tags = (
        list(scn["tags"])
        + (["重大故障"] if major else [])
        + (["非故障"] if s.not_fault else [])
        + (["重复报障"] if s.dup_of is not None else [])
    )
    rec = {
        "id": s.id,
        "number": s.number,
        "customer_id": f"cust-{cust['key']}",
        "title": title,
        "phenomenon": phen,
        "business_impact": pick_any(rng, scn["impact"], ctx),
        "occurred_at": iso(t["occurred"]),
        "reported_at": iso(s.reported),
        "product": scn["product"],
        "component": scn["component"],
        "environment": pick("env"),
        "error_messages": err,
        "logs": logs,
        "category": scn["category"],
        "severity": s.severity,
        "fault_level": s.level if s.status != "reported" else None,  # levels come with pre-assessment
        "status": s.status,
        "owner": owner,
        "root_cause": root,
        "resolution": resolution,
        "workaround": workaround,
        "not_a_fault": bool(s.not_fault),
        "not_a_fault_reason": s.not_fault,
        "responded_at": iso(t["responded"]) if s.status != "reported" else None,
        "recovered_at": iso(t["recovered"]) if solved and s.dup_of is None else None,
        "closed_at": iso(t["closed"]) if s.status == "closed" else None,
        "tags": tags,
        "created_at": iso(s.reported),
    }
    s.record = rec
    last = _timeline(rng, s, out, owner, cause, work)
    rec["updated_at"] = iso(last)
    _escalations(rng, s, out, owner)
    _actions(rng, s, out, owner, fix)
    _links(rng, s, out, article_ids, runbook_ids)


def _status_text(s: Spec, to: str, owner: str) -> str:
    lvl = s.level or "未定级"
    impact = _short(s.record["business_impact"], 50).rstrip("。")
    sev = SEVERITY_ZH[s.severity]
    return {
        "pre_assessment": f"故障预判：影响范围——{impact}；初判严重性“{sev}”，故障级别 {lvl}。",
        "handling": f"已指派 {owner} 处理，恢复方案已与客户沟通确认。",
        "escalated": (
            "判定为重大故障且未能在时限内恢复，升级 GOC 协同处理，并更新进展通告。"
            if s.level in MAJOR
            else "处理超过 1 小时无实质进展，升级值班长（产品研发 / L2），重新评估影响范围。"
        ),
        "recovered": "我方技术验证与客户业务验证均已通过，已发送故障恢复通告。",
        "postmortem": "进入故障复盘，复盘时限 " + ("5" if lvl[-1:] in "12" else "10") + " 个工作日。",
        "closed": (
            "复盘报告已提交客户确认，整改项已建立跟踪，案例关闭。"
            if s.level
            else "重复报障，已合并处理，案例关闭。"
            if s.dup_of is not None
            else "客户确认问题已解决，案例关闭。"
        ),
    }[to]


def _timeline(rng: random.Random, s: Spec, out: dict, owner: str, cause: str, work: str) -> datetime:
    path = status_path(s)
    t, entries = s.times, []
    cust = s.cust
    for a, b in itertools.pairwise(path):
        at = t[b]
        if s.dup_of is not None and b == "closed":
            at = t["closed"]
        author = {
            "pre_assessment": cust["sm"],
            "escalated": people.DUTY_LEADS[0],
            "postmortem": cust["sm"],
        }.get(b, owner)
        entries.append(
            (
                at,
                {
                    "kind": "status_change",
                    "author": author,
                    "from_status": a,
                    "to_status": b,
                    "text": _status_text(s, b, owner),
                },
            )
        )
    room = 6 - len(entries)
    if not entries:
        at = s.reported + timedelta(minutes=rng.randrange(1, 6))
        entries.append(
            (
                at,
                {
                    "kind": "note",
                    "author": rng.choice(people.ENGINEERS),
                    "text": "已登记报障信息与联系人，等待值班工程师预判。",
                },
            )
        )
        room = 0
    if (
        room > 0
        and (s.level in MAJOR or s.escalated or s.status in ("handling", "escalated"))
        and s.dup_of is None
    ):
        start = t["handling"] if "handling" in path else t.get("escalated", t["handling"])
        end = t["recovered"] if s.status in SOLVED else min(CAP, start + timedelta(minutes=90))
        at = _between(rng, start, end)
        eta = (at + timedelta(minutes=rng.choice([20, 30, 45, 60]))).strftime("%H:%M")
        progress = fill(
            rng.choice(PROGRESS if work else PROGRESS[:1] + PROGRESS[2:]),
            {"cause": _short(cause, 50), "work": _short(work, 50)},
        )
        text = (
            f"【故障修复进展通告】第 1 次\n客户：{cust['name']}    案例编号：{s.number}\n"
            f"故障现象：{s.record['title']}\n业务影响：{s.record['business_impact']}\n"
            f"当前进展：{progress}\n下一步：持续观察并推进恢复，必要时启动应急方案。\n"
            f"预计恢复时间：{eta}\n下次通告时间：30 分钟后"
        )
        entries.append((at, {"kind": "progress_notice", "author": owner, "text": text}))
        room -= 1
    if room > 0 and s.dup_of is None and rng.random() < 0.6:
        at = s.reported + timedelta(minutes=rng.randrange(1, 8))
        note = fill(rng.choice(NOTES), s.ctx)
        entries.append((at, {"kind": "note", "author": owner, "text": note}))
        room -= 1
    if room > 0 and s.status in SOLVED and s.severity in ("critical", "urgent", "high") and s.dup_of is None:
        rec_at = t["recovered"]
        minutes = int((rec_at - t["occurred"]).total_seconds() // 60)
        text = (
            f"【故障恢复通告】故障已于 {rec_at.strftime('%H:%M')} 恢复，经我方技术验证与贵方业务验证，服务已正常。"
            f"故障时长约 {minutes} 分钟。初步原因：{cause.rstrip('。')}。"
            + ("完整故障分析报告将于 24 小时内提交。" if s.level in MAJOR else "")
        )
        entries.append(
            (rec_at + timedelta(minutes=2), {"kind": "progress_notice", "author": owner, "text": text})
        )
    entries.sort(key=lambda e: e[0])
    for k, (at, e) in enumerate(entries, 1):
        out["timeline"].append({"id": f"tl-{s.idx:04d}-{k}", "case_id": s.id, "at": iso(min(at, CAP)), **e})
    return min(max(e[0] for e in entries), CAP)


def _escalations(rng: random.Random, s: Spec, out: dict, owner: str) -> None:
    if s.dup_of is not None or s.status == "reported":
        return
    t, k = s.times, 0
    impact = s.record["business_impact"]
    if s.level in MAJOR:
        k += 1
        out["escalation"].append(
            {
                "id": f"esc-{s.idx:04d}-{k}",
                "case_id": s.id,
                "at": iso(t["pre_assessment"] + timedelta(minutes=rng.randrange(1, 4))),
                "target": "duty_lead",
                "reason": f"预判为 {s.level} 级故障，按规则立即升级值班长（产品研发 / L2），并通知客户指定联系人。",
                "escalated_by": owner,
                "impact_reassessment": f"初步影响：{impact}",
            }
        )
    if s.escalated:
        k += 1
        major = s.level in MAJOR
        waited = int((t["escalated"] - t["pre_assessment"]).total_seconds() // 60)
        reason = (
            f"升级值班长后 {waited} 分钟仍未恢复（重大故障须 30 分钟内恢复），升级 GOC 协调资源。"
            if major and waited >= 15
            else "发现后 10 分钟内无人接手，按规则升级 GOC。"
            if major
            else "处理超过 1 小时无实质进展，升级值班长。"
        )
        out["escalation"].append(
            {
                "id": f"esc-{s.idx:04d}-{k}",
                "case_id": s.id,
                "at": iso(t["escalated"]),
                "target": "goc" if major else "duty_lead",
                "reason": reason,
                "escalated_by": people.DUTY_LEADS[k % 2] if major else owner,
                "impact_reassessment": rng.choice(
                    [
                        "影响范围未扩大，仍限于" + _short(impact, 40),
                        "影响范围扩大：更多用户反馈异常，已更新进展通告。",
                        "业务方确认核心交易受影响，维持原级别。",
                    ]
                ),
            }
        )


GENERIC_ACTIONS = [
    "完善监控告警并接入值班群：{product}",
    "更新知识库文章与应急预案（{product}）",
    "组织客户运维人员专题培训",
    "对同类实例开展专项巡检",
]


def _actions(rng: random.Random, s: Spec, out: dict, owner: str, fix: str) -> None:
    if s.status not in ("postmortem", "closed") or not s.level or s.dup_of is not None:
        return
    want = {"1": 3, "2": 2, "3": 1 if rng.random() < 0.5 else 0, "4": 1 if rng.random() < 0.2 else 0}[
        s.level[1]
    ]
    if not want:
        return
    titles = _sentences(fix)[:want]
    while len(titles) < want:
        titles.append(
            fill(GENERIC_ACTIONS[len(titles) % len(GENERIC_ACTIONS)], {"product": s.scn["product"]})
        )
    t = s.times
    cust_staff = [c[0] for c in s.cust["contacts"] if not c[4]] or [s.cust["contacts"][0][0]]
    for k, title in enumerate(titles, 1):
        due = (t["recovered"] + timedelta(days=rng.randrange(5, 30))).date()
        if s.status == "postmortem":
            status = rng.choices(["open", "in_progress", "done"], weights=[5, 4, 1])[0]
        else:
            status = rng.choices(["done", "in_progress", "cancelled"], weights=[85, 10, 5])[0]
        act = {
            "id": f"act-c{s.idx:04d}-{k}",
            "case_id": s.id,
            "title": _short(title, 80),
            "owner": rng.choice([owner, s.cust["tm"], rng.choice(cust_staff)]),
            "due_date": due.isoformat(),
            "status": status,
        }
        if status == "done":
            end = min(CAP, t["closed"] if s.status == "closed" else CAP)
            done = _between(rng, t["recovered"], end)
            done = done.replace(hour=rng.randrange(10, 18)) if done.date() < end.date() else done
            act["closed_at"] = iso(min(done, end))
        if status == "cancelled":
            act["notes"] = "客户评估后决定由后续架构改造统一解决，本项取消。"
        elif status == "in_progress":
            act["notes"] = "已完成方案评审，等待客户变更窗口实施。"
        out["action"].append(act)


def _links(rng: random.Random, s: Spec, out: dict, article_ids: dict, runbook_ids: dict) -> None:
    when = s.times.get("closed") if s.status == "closed" else s.times.get("recovered")
    when = min(when or s.reported, CAP)
    art, rb = s.scn.get("article"), s.scn.get("runbook")
    if s.dup_of is not None:
        out["link"].append(("case", s.id, "case", s.dup_of.id, "duplicate_of", s.times["closed"]))
        return
    if art and s.status in SOLVED and rng.random() < 0.75:
        out["link"].append(("case", s.id, "article", article_ids[art], "solved_by", when))
    elif art and rng.random() < 0.25:
        out["link"].append(
            ("case", s.id, "article", article_ids[art], "related", min(s.times["handling"], CAP))
        )
    if rb and rng.random() < 0.8:
        rel = (
            "solved_by"
            if s.status in SOLVED and s.scn["key"] in ("rds_misdelete", "ecs_glibc_rollback")
            else "related"
        )
        out["link"].append(("case", s.id, "runbook", runbook_ids[rb], rel, when))
