#!/usr/bin/env python3
"""Build the demo archive (kbdesk JSON Lines, docs/import-format.md).

    /work/venv/bin/python data/build_demo.py [--out PATH]     (default data/demo.jsonl)

Everything comes from the hand-written material in data/demo/ and a fixed
random seed: no clock, no environment, so the output is byte-for-byte the
same on every run. Standard library only.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import random
import struct
import sys
import zlib
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_demo_cases import CAP, MAJOR, SOLVED, TZ, iso, local, make_specs  # noqa: E402
from build_demo_records import build_case  # noqa: E402
from build_demo_service import (  # noqa: E402
    build_complaints,
    build_service_records,
    build_surveys,
    build_training,
)
from demo import (  # noqa: E402
    articles_db,
    articles_ecs,
    articles_k8s,
    articles_net,
    drills,
    people,
    runbooks,
    service,
)

SEED = 20261101
EXPORTED_AT = "2026-11-01T00:00:00+00:00"
N_RANDOM_CASES = 318
ARTICLES = articles_ecs.ARTICLES + articles_db.ARTICLES + articles_k8s.ARTICLES + articles_net.ARTICLES
ARTICLE_IDS = {a["key"]: f"kb-{i:03d}" for i, a in enumerate(ARTICLES, 1)}
RUNBOOK_IDS = {r["key"]: f"rb-{i:02d}" for i, r in enumerate(runbooks.RUNBOOKS, 1)}
CATEGORIES = [
    ("operation_error", "系统操作错误", "Operation error", True),
    ("configuration_error", "配置错误", "Configuration error", True),
    ("os_problem", "操作系统问题", "OS problem", True),
    ("purchased_software", "采购软件问题", "Purchased-software problem", True),
    ("network", "网络问题", "Network", False),
    ("hardware", "硬件故障", "Hardware failure", False),
]


def clean(data: dict) -> dict:
    """Drop optional fields that carry nothing (fault_level keeps its null)."""
    return {k: v for k, v in data.items() if v is not None or k == "fault_level"}


class Out:
    def __init__(self) -> None:
        self.sections: dict[str, list[str]] = {}
        self.records = 0
        self.blobs: list[str] = []
        # Gathered while building, written at the end in dependency order.
        self.case_actions: list[dict] = []
        self.case_links: list[tuple | None] = []

    def add(self, rtype: str, data: dict) -> None:
        line = json.dumps({"type": rtype, "data": clean(data)}, ensure_ascii=False)
        self.sections.setdefault(rtype, []).append(line)
        self.records += 1

    def blob(self, payload: bytes) -> str:
        digest = hashlib.sha256(payload).hexdigest()
        self.blobs.append(
            json.dumps(
                {
                    "type": "blob",
                    "sha256": digest,
                    "size": len(payload),
                    "data": base64.b64encode(payload).decode("ascii"),
                }
            )
        )
        return digest

    def text(self) -> str:
        header = {"kbdesk": "export", "format": 1, "schema": 2, "exported_at": EXPORTED_AT, "app": "0.1.0"}
        order = [
            "category",
            "customer",
            "contact",
            "case",
            "timeline",
            "escalation",
            "service_record",
            "complaint",
            "survey",
            "article",
            "article_version",
            "runbook",
            "runbook_step",
            "drill",
            "drill_step",
            "action",
            "course",
            "material",
            "training_session",
            "attendance",
            "link",
        ]
        lines = [json.dumps(header)]
        for rtype in order:
            lines += self.sections.get(rtype, [])
        lines += self.blobs
        lines += self.sections.get("attachment", [])
        lines.append(json.dumps({"kbdesk": "end", "records": self.records, "blobs": len(self.blobs)}))
        return "\n".join(lines) + "\n"


# --- customers ---------------------------------------------------------------


def build_customers(out: Out) -> None:
    for code, zh, en, builtin in CATEGORIES:
        out.add("category", {"code": code, "name_zh": zh, "name_en": en, "builtin": builtin})
    for i, c in enumerate(people.CUSTOMERS):
        created = datetime(2024, 11, 4, 10, 0, tzinfo=TZ) + timedelta(days=3 * i, hours=i % 5)
        out.add(
            "customer",
            {
                "id": f"cust-{c['key']}",
                "name": c["name"],
                "organisation": c["organisation"],
                "plan_level": c["plan"],
                "service_manager": c["sm"],
                "technical_manager": c["tm"],
                "region": c["region"],
                "notes": c["notes"],
                "created_at": iso(created),
                "updated_at": iso(datetime(2026, 9, 1, 9, 30, tzinfo=TZ) + timedelta(days=i * 2)),
            },
        )
        for k, (name, role, phone, email, designated) in enumerate(c["contacts"], 1):
            out.add(
                "contact",
                {
                    "id": f"ct-{c['key']}-{k}",
                    "customer_id": f"cust-{c['key']}",
                    "name": name,
                    "role": role,
                    "phone": phone,
                    "email": email,
                    "designated": designated,
                },
            )


# --- cases -------------------------------------------------------------------


def forced_cases(rng: random.Random) -> list[tuple]:
    """Cases that other records need: real drills and complaints about a case."""
    forced = []
    for d in drills.DRILLS:
        if d.get("case_scenario"):
            when = local(f"{d['date']} {d['start']}") - timedelta(minutes=rng.randrange(20, 50))
            forced.append((d["case_scenario"], d["customer"], when, "closed"))
    for comp in service.COMPLAINTS:
        if comp[1]:
            when = local(comp[2]) - timedelta(days=rng.randrange(1, 5), hours=rng.randrange(1, 9))
            forced.append((comp[1], comp[0], when.replace(second=0), "closed"))
    return forced


def build_cases(out: Out, rng: random.Random) -> list:
    forced = forced_cases(rng)
    specs = make_specs(rng, N_RANDOM_CASES, forced)
    per_year: dict[int, int] = {}
    for i, s in enumerate(specs, 1):
        per_year[s.reported.year] = per_year.get(s.reported.year, 0) + 1
        s.idx, s.id, s.number = i, f"case-{i:04d}", f"CS-{s.reported.year}-{per_year[s.reported.year]:04d}"
    acc = {"timeline": [], "escalation": [], "action": [], "link": []}
    for s in specs:
        build_case(rng, s, acc, ARTICLE_IDS, RUNBOOK_IDS)
        out.add("case", s.record)
    for e in acc["timeline"]:
        out.add("timeline", e)
    for e in acc["escalation"]:
        out.add("escalation", e)
    out.case_actions = acc["action"]
    out.case_links += acc["link"]
    return specs


# --- knowledge base -----------------------------------------------------------


def drop_sections(body: str, headings: list[str]) -> str:
    lines, keep, skipping = body.split("\n"), [], False
    for line in lines:
        if line.startswith("## "):
            skipping = line.strip() in headings
        if not skipping:
            keep.append(line)
    return "\n".join(keep).rstrip("\n") + "\n"


def build_articles(out: Out, rng: random.Random, specs: list) -> None:
    first_solved: dict[str, object] = {}
    for s in specs:
        art = s.scn.get("article")
        if art and s.status in ("closed", "postmortem") and s.dup_of is None and art not in first_solved:
            first_solved[art] = s
    for i, a in enumerate(ARTICLES):
        aid = ARTICLE_IDS[a["key"]]
        src = first_solved.get(a["key"]) if a["from_case"] else None
        if src is not None:
            base = datetime.fromisoformat(src.record["closed_at"] or src.record["recovered_at"])
            created = (base + timedelta(days=rng.randrange(1, 5))).replace(
                hour=rng.randrange(10, 18), minute=rng.randrange(60)
            )
        else:
            created = datetime(2025, 1, 13, 10, 0, tzinfo=TZ) + timedelta(
                days=7 * i, hours=rng.randrange(0, 7)
            )
        history = a.get("history", [])
        final_days = a["final"]["days"] if history else 0
        room = (CAP - timedelta(days=1) - created).days
        scale = min(1.0, room / final_days) if final_days else 1.0
        versions = []
        for h in history:
            tags = a["tags"][:-1] if len(a["tags"]) > 3 and not versions else a["tags"]
            versions.append(
                {
                    "title": h.get("title", a["title"]),
                    "body": drop_sections(a["body"], h["drop"]),
                    "tags": tags,
                    "by": h["by"],
                    "at": created + timedelta(days=int(h["days"] * scale)),
                }
            )
        if history:
            at = created + timedelta(days=int(final_days * scale), hours=rng.randrange(1, 5))
            versions.append(
                {"title": a["title"], "body": a["body"], "tags": a["tags"], "by": a["final"]["by"], "at": at}
            )
        author = history[0]["by"] if history else a["author"]
        updated = versions[-1]["at"] if versions else created
        out.add(
            "article",
            {
                "id": aid,
                "title": a["title"],
                "body": a["body"],
                "product": a["product"],
                "problem": a["problem"],
                "solution": a["solution"],
                "tags": a["tags"],
                "source_case_id": src.id if src is not None else None,
                "version": len(versions) or 1,
                "author": author,
                "created_at": iso(created),
                "updated_at": iso(updated),
            },
        )
        for v, ver in enumerate(versions, 1):
            out.add(
                "article_version",
                {
                    "id": f"{aid}-v{v}",
                    "article_id": aid,
                    "version": v,
                    "title": ver["title"],
                    "body": ver["body"],
                    "product": a["product"],
                    "problem": a["problem"],
                    "solution": a["solution"],
                    "tags": ver["tags"],
                    "edited_by": ver["by"],
                    "edited_at": iso(ver["at"]),
                },
            )
        out.case_links.append(
            ("article", aid, "case", src.id, "related", created) if src is not None else None
        )


# --- runbooks and drills --------------------------------------------------------


def build_runbooks(out: Out) -> dict:
    step_ids = {}
    for i, r in enumerate(runbooks.RUNBOOKS):
        rid = RUNBOOK_IDS[r["key"]]
        created = datetime(2025, 1, 6, 14, 0, tzinfo=TZ) + timedelta(days=5 * i)
        out.add(
            "runbook",
            {
                "id": rid,
                "title": r["title"],
                "kind": r["kind"],
                "product": r["product"],
                "customer_id": f"cust-{r['customer']}" if r.get("customer") else None,
                "summary": r["summary"],
                "preconditions": r["preconditions"],
                "linked_systems": r["linked_systems"],
                "tags": r["tags"],
                "created_at": iso(created),
                "updated_at": iso(created + timedelta(days=150 + 11 * i)),
            },
        )
        for pos, (action, expected, rollback, minutes) in enumerate(r["steps"], 1):
            sid = f"{rid}-s{pos:02d}"
            step_ids[(r["key"], pos)] = sid
            out.add(
                "runbook_step",
                {
                    "id": sid,
                    "runbook_id": rid,
                    "position": pos,
                    "action": action,
                    "expected_result": expected,
                    "rollback": rollback,
                    "estimated_minutes": minutes,
                },
            )
    # Articles that name a runbook or another article as 《title》 link to it.
    when = datetime(2025, 9, 1, 10, 0, tzinfo=TZ)
    targets = [("runbook", RUNBOOK_IDS[r["key"]], r["title"]) for r in runbooks.RUNBOOKS]
    targets += [("article", ARTICLE_IDS[x["key"]], x["title"]) for x in ARTICLES]
    for a in ARTICLES:
        for ttype, tid, title in targets:
            if f"《{title}》" in a["body"] and tid != ARTICLE_IDS[a["key"]]:
                out.case_links.append(("article", ARTICLE_IDS[a["key"]], ttype, tid, "related", when))
    return step_ids


def build_drills(out: Out, rng: random.Random, step_ids: dict, specs: list) -> list:
    actions = []
    for i, d in enumerate(drills.DRILLS, 1):
        did = f"drill-{i:02d}"
        rb = next(r for r in runbooks.RUNBOOKS if r["key"] == d["runbook"])
        out.add(
            "drill",
            {
                "id": did,
                "runbook_id": RUNBOOK_IDS[rb["key"]],
                "customer_id": f"cust-{d['customer']}",
                "date": d["date"],
                "kind": d["kind"],
                "participants": d["participants"],
                "outcome": d["outcome"],
                "deviations": d["deviations"],
                "findings": d["findings"],
            },
        )
        at = local(f"{d['date']} {d['start']}")
        failed, notes, slow = d.get("failed", {}), d.get("notes", {}), d.get("slow", {})
        last = max(failed) if d["outcome"] == "failed" else len(rb["steps"])
        for pos, step in enumerate(rb["steps"][:last], 1):
            minutes = max(1, round(step[3] * slow.get(pos, rng.uniform(0.7, 1.15))))
            end = at + timedelta(minutes=minutes)
            out.add(
                "drill_step",
                {
                    "id": f"{did}-p{pos:02d}",
                    "drill_id": did,
                    "step_id": step_ids[(rb["key"], pos)],
                    "position": pos,
                    "started_at": iso(at),
                    "ended_at": iso(end),
                    "ok": pos not in failed,
                    "notes": failed.get(pos) or notes.get(pos, ""),
                },
            )
            at = end + timedelta(minutes=rng.randrange(0, 4))
        for k, (title, owner, due, status, note) in enumerate(d["actions"], 1):
            act = {
                "id": f"act-d{i:02d}-{k}",
                "drill_id": did,
                "title": title,
                "owner": owner,
                "due_date": due,
                "status": status,
                "notes": note or None,
            }
            if status == "done":
                act["closed_at"] = iso(local(f"{due} 17:30") - timedelta(days=rng.randrange(0, 3)))
            actions.append(act)
        if d.get("case_scenario"):
            case = next(
                s
                for s in specs
                if s.forced and s.scn["key"] == d["case_scenario"] and s.cust["key"] == d["customer"]
            )
            out.case_links.append(("case", case.id, "drill", did, "related", at))
    return actions


# --- links and attachments ------------------------------------------------------


def build_links(out: Out) -> None:
    seen = set()
    n = 0
    for item in out.case_links:
        if item is None:
            continue
        st, sid, tt, tid, rel, when = item
        if (st, sid, tt, tid) in seen or (tt, tid, st, sid) in seen:
            continue
        seen.add((st, sid, tt, tid))
        n += 1
        out.add(
            "link",
            {
                "id": f"link-{n:04d}",
                "source_type": st,
                "source_id": sid,
                "target_type": tt,
                "target_id": tid,
                "relation": rel,
                "created_at": iso(min(when, CAP)),
            },
        )


def tiny_png() -> bytes:
    """A 160×96 four-colour 'screenshot' of a 502 error page, uncompressed deflate."""
    w, h = 160, 96
    rows = []
    for y in range(h):
        px = []
        for x in range(w):
            c = 0  # white
            if y < 12:
                c = 1  # browser bar
                if 30 <= x < 140 and 3 <= y < 9:
                    c = 0
            elif 24 <= y < 44 and 20 <= x < 40:
                c = 3  # red error icon
            elif (26 <= y < 32 and 50 <= x < 120) or (36 <= y < 40 and 50 <= x < 140):
                c = 2  # heading / text
            elif y in (54, 60, 66, 72) and 20 <= x < 20 + (120 - (y % 7) * 9):
                c = 1
            px.append(c)
        raw = bytearray([0])
        for x in range(0, w, 4):
            raw.append(px[x] << 6 | px[x + 1] << 4 | px[x + 2] << 2 | px[x + 3])
        rows.append(bytes(raw))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    palette = bytes([255, 255, 255, 214, 218, 224, 90, 96, 110, 208, 52, 44])
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 2, 3, 0, 0, 0))
        + chunk(b"PLTE", palette)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 0))
        + chunk(b"IEND", b"")
    )


def build_attachments(out: Out, specs: list) -> None:
    solved = [s for s in specs if s.status in SOLVED and s.dup_of is None]
    shot_case = next(s for s in solved if s.scn["key"] == "slb_502" and s.level in MAJOR)
    pair = next(s for s in specs if s.dup_of is not None and s.record["logs"])
    dmesg_case = next(s for s in solved if s.scn["key"] == "ecs_conntrack")
    png = tiny_png()
    log = (
        f"# 客户提供的日志片段（{pair.cust['name']}）\n# host: {pair.ctx['host']}  instance: {pair.ctx['ecs']}\n"
        f"{pair.dup_of.record['logs']}\n{pair.dup_of.record['error_messages']}\n"
    ).encode()
    dmesg = (
        f"$ grep -E 'conntrack|ratelimit' /var/log/messages | tail -5   # {dmesg_case.ctx['host']} ({dmesg_case.ctx['ip']})\n"
        f"{dmesg_case.record['logs']}\n"
    ).encode()
    items = [
        (shot_case, "502-error-page.png", "image/png", png),
        (pair.dup_of, f"{pair.ctx['host']}-app.log", "text/plain", log),
        (pair, f"{pair.ctx['host']}-app.log", "text/plain", log),
        (dmesg_case, "dmesg-conntrack.txt", "text/plain", dmesg),
    ]
    digests = {}
    for k, (s, filename, mime, payload) in enumerate(items, 1):
        if payload not in digests:
            digests[payload] = out.blob(payload)
        added = datetime.fromisoformat(s.record["reported_at"]) + timedelta(minutes=20)
        out.add(
            "attachment",
            {
                "id": f"att-{k:02d}",
                "owner_type": "case",
                "owner_id": s.id,
                "sha256": digests[payload],
                "filename": filename,
                "mime": mime,
                "size": len(payload),
                "added_at": iso(added),
            },
        )


# --- main -------------------------------------------------------------------------


def build() -> str:
    rng = random.Random(SEED)
    out = Out()
    build_customers(out)
    specs = build_cases(out, rng)
    build_service_records(out, random.Random(SEED + 1))
    complained = build_complaints(out, specs)
    build_surveys(out, random.Random(SEED + 2), specs, complained)
    build_articles(out, random.Random(SEED + 3), specs)
    step_ids = build_runbooks(out)
    drill_actions = build_drills(out, random.Random(SEED + 4), step_ids, specs)
    for act in out.case_actions + drill_actions:
        out.add("action", act)
    build_training(out, random.Random(SEED + 5))
    build_links(out)
    build_attachments(out, specs)
    return out.text()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", default=str(HERE / "demo.jsonl"), help="output file (default data/demo.jsonl)"
    )
    args = parser.parse_args(argv)
    text = build()
    Path(args.out).write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {args.out}: {text.count(chr(10))} lines, {len(text.encode('utf-8'))} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
