"""Case generation for the demo archive; used by build_demo.py.

Cases are made from the hand-written scenarios in demo/scenarios_*.py: each
case picks a scenario, a customer, a time, a severity / fault level and a
status, then fills the scenario's text variants with deterministic instance
ids, addresses and times. Timeline, escalations and rectification actions
follow from the status path so that every timestamp is consistent.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from demo import people, scenarios_db, scenarios_ecs, scenarios_k8s, scenarios_net

TZ = timezone(timedelta(hours=8))
START = datetime(2025, 1, 3, 8, 0, tzinfo=TZ)
END = datetime(2026, 10, 30, 18, 0, tzinfo=TZ)
CAP = datetime(2026, 10, 31, 23, 30, tzinfo=TZ)  # nothing happens after this

SCENARIOS = (
    scenarios_ecs.SCENARIOS + scenarios_db.SCENARIOS + scenarios_k8s.SCENARIOS + scenarios_net.SCENARIOS
)
SCN = {s["key"]: s for s in SCENARIOS}
CUST = {c["key"]: c for c in people.CUSTOMERS}
MAJOR = {"T1", "T2", "C1", "C2"}
SEVERITY_ZH = {"critical": "严重", "urgent": "紧急", "high": "高", "medium": "中", "low": "低"}
SOLVED = {"recovered", "postmortem", "closed"}
PATH_ORDER = ["reported", "pre_assessment", "handling", "escalated", "recovered", "postmortem", "closed"]

ZONES = {
    "北京": ("华北 2（北京）", "2ze", "beijing"),
    "天津": ("华北 2（北京）", "2ze", "beijing"),
    "上海": ("华东 2（上海）", "uf6", "shanghai"),
    "杭州": ("华东 1（杭州）", "bp1", "hangzhou"),
    "深圳": ("华南 1（深圳）", "wz9", "shenzhen"),
    "成都": ("西南 1（成都）", "2vc", "chengdu"),
    "青岛": ("华北 1（青岛）", "m5e", "qingdao"),
    "长沙": ("华中 1（长沙）", "0jl", "changsha"),
    "武汉": ("华中 1（长沙）", "0jl", "changsha"),
    "郑州": ("华中 1（长沙）", "0jl", "changsha"),
    "昆明": ("政务云专属区域（昆明）", "gv3", "gov-kunming"),
}
DEPLOYS = [
    "order-svc",
    "user-center",
    "api-gateway",
    "pricing-svc",
    "trace-api",
    "report-svc",
    "auth-svc",
    "msg-push",
]
NAMESPACES = ["prod", "biz-core", "trade", "portal", "ops-tools"]
TOPICS = ["order_events", "gps_report", "trade_notify", "user_behavior", "waybill_track"]
HOST_ROLES = ["app", "api", "web", "gw", "batch", "svc"]
BUCKET_KINDS = ["media", "attach", "archive", "static", "upload"]
PREFIXES = ["客户来电反馈：", "客户在工单平台提交：", "云监控告警触发：", "客户值班群反馈：", "", "", ""]
_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
_HEX = "0123456789abcdef"


_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ ]+(?=[\u4e00-\u9fff])")


def fill(text: str, ctx: dict) -> str:
    """Fill {placeholders}; drop the space a template left between two Chinese characters."""
    text = re.sub(r"\{(\w+)\}", lambda m: str(ctx.get(m.group(1), m.group(0))), text)
    return _CJK_GAP.sub("", text)


def iso(dt: datetime | None) -> str | None:
    return dt.isoformat(timespec="seconds") if dt else None


def local(text: str) -> datetime:
    """'2025-03-20 22:10' → aware datetime in +08:00."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def is_work(dt: datetime) -> bool:
    return dt.weekday() < 5 and 9 <= dt.hour < 18


def mail_domain(cust: dict) -> str:
    return cust["contacts"][0][3].split("@", 1)[1]


def make_ctx(rng: random.Random, cust: dict, occurred: datetime) -> dict:
    zone, pfx, slug = ZONES[cust["region"]]
    octet = 16 + people.CUSTOMERS.index(cust) * 8

    def ip() -> str:
        return f"10.{octet + rng.randrange(8)}.{rng.randrange(256)}.{rng.randrange(2, 254)}"

    def rid(n: int) -> str:
        return "".join(rng.choice(_ALNUM) for _ in range(n))

    deploy = rng.choice(DEPLOYS)
    topic = rng.choice(TOPICS)
    the_ip = ip()
    return {
        "app": rng.choice(cust["apps"]),
        "zone": zone,
        "ecs": f"i-{pfx}{rid(17)}",
        "ecs2": f"i-{pfx}{rid(17)}",
        "rds": f"rm-{pfx}{rid(14)}",
        "redis": f"r-{pfx}{rid(13)}",
        "ip": the_ip,
        "ip2": ip(),
        "ip3": ip(),
        "host": f"{cust['key']}-{rng.choice(HOST_ROLES)}-{rng.randrange(1, 24):02d}",
        "node": f"cn-{slug}.{the_ip}",
        "deploy": deploy,
        "pod": f"{deploy}-{''.join(rng.choice(_HEX) for _ in range(9))}-{rid(5)}",
        "ns": rng.choice(NAMESPACES),
        "topic": topic,
        "group": f"cg-{topic.replace('_', '-')}",
        "bucket": f"{cust['key']}-{rng.choice(BUCKET_KINDS)}-{rng.randrange(1, 9)}",
        "domain": f"{rng.choice(['www', 'api', 'm', 'open', 'portal'])}.{mail_domain(cust)}",
        "cluster": "c" + "".join(rng.choice(_HEX) for _ in range(12)),
        "t": occurred.strftime("%H:%M"),
        "date": occurred.strftime("%Y-%m-%d"),
        "ts": occurred.strftime("%Y-%m-%d %H:%M:%S"),
        "ts2": (occurred + timedelta(seconds=rng.randrange(2, 40))).strftime("%Y-%m-%d %H:%M:%S"),
        "n": rng.randrange(120, 2400),
        "pct": rng.randrange(8, 62),
    }


@dataclass
class Spec:
    scn: dict
    cust: dict
    reported: datetime
    severity: str
    level: str | None
    status: str = "closed"
    escalated: bool = False
    not_fault: str = ""
    dup_of: Spec | None = None
    forced: bool = False
    variant: int = 0
    idx: int = 0
    id: str = ""
    number: str = ""
    ctx: dict = field(default_factory=dict)
    times: dict = field(default_factory=dict)
    record: dict = field(default_factory=dict)


def _random_time(rng: random.Random) -> datetime:
    span = (END - START).total_seconds()
    dt = START + timedelta(seconds=rng.random() * span)
    if rng.random() < 0.68:
        hour, minute = rng.randrange(9, 18), rng.randrange(60)
    else:
        hour, minute = rng.choice([0, 1, 2, 3, 6, 7, 8, 18, 19, 20, 21, 22, 23]), rng.randrange(60)
    return dt.replace(hour=hour, minute=minute, second=0, microsecond=0)


def _age_status(rng: random.Random, reported: datetime) -> str:
    age = (CAP - reported).days
    if age < 15:
        pool = {
            "closed": 25,
            "postmortem": 20,
            "recovered": 25,
            "handling": 18,
            "escalated": 8,
            "pre_assessment": 4,
        }
    elif age < 60:
        pool = {"closed": 50, "postmortem": 28, "recovered": 22}
    else:
        pool = {"closed": 88, "postmortem": 7, "recovered": 5}
    return rng.choices(list(pool), weights=list(pool.values()))[0]


RECENT_PATTERN = [
    "reported",
    "pre_assessment",
    "handling",
    "escalated",
    "recovered",
    "postmortem",
    "handling",
    "reported",
    "escalated",
    "pre_assessment",
    "recovered",
    "handling",
    "reported",
    "closed",
    "escalated",
    "pre_assessment",
    "recovered",
    "postmortem",
    "handling",
    "closed",
    "reported",
]


def make_specs(rng: random.Random, n_random: int, forced: list[tuple]) -> list[Spec]:
    """Random cases + forced ones (scenario, customer, time, status) + duplicates."""
    weights = [s["weight"] for s in SCENARIOS]
    cust_weights = [{"enterprise": 5, "premium": 4, "standard": 2}[c["plan"]] for c in people.CUSTOMERS]
    specs: list[Spec] = []
    for _ in range(n_random):
        scn = rng.choices(SCENARIOS, weights=weights)[0]
        cust = rng.choices(people.CUSTOMERS, weights=cust_weights)[0]
        sev, level = rng.choice(scn["grades"])
        specs.append(Spec(scn, cust, _random_time(rng), sev, level))
    specs.sort(key=lambda s: s.reported)
    for i, spec in enumerate(specs[-len(RECENT_PATTERN) :]):
        spec.status = RECENT_PATTERN[i]
        if spec.status in ("reported", "pre_assessment"):
            spec.reported = (CAP - timedelta(minutes=rng.randrange(40, 1200))).replace(second=0)
        elif spec.status in ("handling", "escalated"):  # open cases are recent ones
            spec.reported = (CAP - timedelta(minutes=rng.randrange(300, 14000))).replace(second=0)
    for spec in specs[: -len(RECENT_PATTERN)]:
        spec.status = _age_status(rng, spec.reported)
    for scn_key, cust_key, when, status in forced:
        scn = SCN[scn_key]
        sev, level = max(
            scn["grades"], key=lambda g: ["low", "medium", "high", "urgent", "critical"].index(g[0])
        )
        specs.append(Spec(scn, CUST[cust_key], when, sev, level, status=status, forced=True))
    for spec in specs:
        if spec.level is None and spec.status == "postmortem":
            spec.status = "closed"
        if spec.status == "escalated" and spec.severity in ("low", "medium"):
            spec.status = "handling"  # nobody escalates a consultation
        if spec.status == "escalated":
            spec.escalated = True
        elif spec.status in SOLVED:
            spec.escalated = rng.random() < (0.35 if spec.level in MAJOR else 0.06)
        reasons = spec.scn.get("not_fault")
        if spec.status == "closed" and not spec.forced and spec.level not in MAJOR:
            if reasons and rng.random() < 0.5:
                spec.not_fault = rng.choice(reasons)
            elif spec.scn["category"] == "operation_error" and spec.severity != "low" and rng.random() < 0.2:
                spec.not_fault = "用户自身使用原因：客户侧人员操作引起，非平台或服务问题"
            elif spec.scn["category"] == "configuration_error" and rng.random() < 0.03:
                spec.not_fault = "计划内变更：客户已报备的变更窗口内出现的预期异常"
        if spec.not_fault:
            spec.level = None
    # Duplicates: the same fault reported a second time shortly after.
    pool = [
        s
        for s in specs
        if s.status == "closed"
        and not s.not_fault
        and not s.forced
        and s.scn["grades"][0][0] != "low"
        and s.reported < CAP - timedelta(days=30)
    ]
    for orig in rng.sample(pool, 12):
        dup = Spec(
            orig.scn,
            orig.cust,
            orig.reported + timedelta(minutes=rng.randrange(12, 150)),
            orig.severity,
            None,
            status="closed",
            dup_of=orig,
        )
        specs.append(dup)
    specs.sort(key=lambda s: (s.reported, s.scn["key"]))
    return specs


def pick_any(rng: random.Random, variants: list[str], ctx: dict) -> str:
    return fill(rng.choice(variants), ctx) if variants else ""


def compute_times(rng: random.Random, s: Spec) -> None:
    rep = s.reported
    occurred = rep - timedelta(minutes=rng.randrange(3, 95))
    work = is_work(rep)
    if rng.random() < 0.08:
        resp = rep + timedelta(minutes=rng.randrange(12, 26) if work else rng.randrange(65, 110))
    else:
        resp = rep + timedelta(minutes=rng.randrange(2, 10) if work else rng.randrange(5, 50))
    t = {"occurred": occurred, "responded": resp}
    t["pre_assessment"] = resp + timedelta(minutes=rng.randrange(0, 3))
    t["handling"] = t["pre_assessment"] + timedelta(minutes=rng.randrange(3, 20))
    major = s.level in MAJOR
    if major:
        t["escalated"] = t["pre_assessment"] + timedelta(minutes=rng.randrange(8, 30))
        mins = rng.randrange(14, 29) if rng.random() < 0.72 else rng.randrange(35, 190)
        t["recovered"] = max(
            resp + timedelta(minutes=mins), t["handling"] + timedelta(minutes=rng.randrange(6, 15))
        )
    else:
        t["escalated"] = t["handling"] + timedelta(minutes=rng.randrange(60, 130))
        hours = {"critical": (1, 3), "urgent": (1, 4), "high": (1, 8), "medium": (2, 30), "low": (3, 72)}[
            s.severity
        ]
        t["recovered"] = t["handling"] + timedelta(minutes=rng.randrange(hours[0] * 60, hours[1] * 60))
    if s.escalated and t["recovered"] <= t["escalated"]:
        t["recovered"] = t["escalated"] + timedelta(minutes=rng.randrange(20, 90))
    t["postmortem"] = t["recovered"] + timedelta(hours=rng.randrange(2, 30))
    if s.level:
        days = rng.randrange(2, 7) if s.level[1] in "12" else rng.randrange(3, 13)
        if rng.random() < 0.15:
            days += rng.randrange(6, 10)  # an overdue postmortem
        t["closed"] = t["postmortem"] + timedelta(days=days, minutes=rng.randrange(0, 300))
    else:
        t["closed"] = t["recovered"] + timedelta(minutes=rng.randrange(30, 4000))
    if s.dup_of is not None:
        t["handling"] = resp + timedelta(minutes=rng.randrange(2, 10))
        t["closed"] = t["handling"] + timedelta(minutes=rng.randrange(5, 60))
    # Demote the status while its events would fall after CAP.
    while s.status != "reported" and t.get(s.status, CAP) > CAP:
        s.status = {
            "closed": "postmortem" if s.level else "recovered",
            "postmortem": "recovered",
            "recovered": "handling",
            "escalated": "handling",
            "handling": "pre_assessment",
            "pre_assessment": "reported",
        }[s.status]
    if s.status not in SOLVED and s.status != "escalated":
        s.escalated = False
    s.times = t


def status_path(s: Spec) -> list[str]:
    if s.dup_of is not None:
        return ["reported", "handling", "closed"]
    full = ["reported", "pre_assessment"]
    full += ["escalated"] if s.escalated and s.level in MAJOR else ["handling"]
    if s.escalated and s.level not in MAJOR:
        full += ["escalated"]
    full += ["recovered"]
    if s.level:
        full += ["postmortem"]
    full += ["closed"]
    if not s.level and s.severity in ("low", "medium") and not s.escalated:
        full.remove("pre_assessment")
    return full[: full.index(s.status) + 1] if s.status in full else full
