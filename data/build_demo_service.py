"""Service records, complaints, surveys and training for the demo archive.

Used by build_demo.py; ``out`` is its line collector (``out.add(type, data)``).
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Protocol

from build_demo_cases import TZ, fill, iso, local
from demo import people, service, training


class Out(Protocol):
    def add(self, rtype: str, data: dict) -> None: ...


# --- service records, complaints, surveys -------------------------------------

BEHIND_CONSULT = {
    ("xjdata", 2025, 3),
    ("xjdata", 2026, 1),
    ("xjdata", 2026, 2),
    ("zhongyuan", 2025, 4),
    ("zhongyuan", 2026, 3),
}


def _day_in(rng: random.Random, start: date, end: date) -> date:
    while True:
        d = start + timedelta(days=rng.randrange((end - start).days + 1))
        if d.weekday() < 5:
            return d


def build_service_records(out: Out, rng: random.Random) -> None:
    n = 0
    rows = []
    for c in people.CUSTOMERS:
        for year in (2025, 2026):
            for q in range(1, 5):
                start = date(year, 3 * q - 2, 1)
                end = date(year, 12, 31) if q == 4 else date(year, 3 * q + 1, 1) - timedelta(days=1)
                end = min(end, date(2026, 10, 30))
                if (c["key"], year, q) not in BEHIND_CONSULT:
                    kind = "consultation" if (q + year) % 2 or rng.random() < 0.4 else "briefing"
                    tpl = rng.choice(service.CONSULTATIONS if kind == "consultation" else service.BRIEFINGS)
                    channel = rng.choice(
                        ["phone", "remote", "onsite", "email"]
                        if kind == "consultation"
                        else ["onsite", "onsite", "remote"]
                    )
                    rows.append((_day_in(rng, start, end), c, c["tm"], channel, kind, tpl))
                if rng.random() < (0.5 if c["plan"] != "standard" else 0.3):
                    rows.append(
                        (_day_in(rng, start, end), c, c["sm"], "onsite", "visit", rng.choice(service.VISITS))
                    )
                if rng.random() < 0.35:
                    rows.append(
                        (
                            _day_in(rng, start, end),
                            c,
                            rng.choice(people.ENGINEERS),
                            "remote",
                            "remote_session",
                            rng.choice(service.REMOTES),
                        )
                    )
    rows.sort(key=lambda r: (r[0], r[1]["key"], r[4]))
    for d, c, engineer, channel, kind, (content, outcome) in rows:
        n += 1
        ctx = {"app": rng.choice(c["apps"])}
        out.add(
            "service_record",
            {
                "id": f"svc-{n:03d}",
                "customer_id": f"cust-{c['key']}",
                "date": d.isoformat(),
                "engineer": engineer,
                "channel": channel,
                "kind": kind,
                "content": fill(content, ctx),
                "outcome": fill(outcome, ctx),
            },
        )


def build_complaints(out: Out, specs: list) -> set:
    complained = set()
    for i, (ck, scn, received, channel, subject, against, details, response, resolution, closed) in enumerate(
        service.COMPLAINTS, 1
    ):
        case = None
        if scn:
            case = next(
                s
                for s in specs
                if s.forced and s.scn["key"] == scn and s.cust["key"] == ck and s.reported < local(received)
            )
            complained.add(case.id)
        out.add(
            "complaint",
            {
                "id": f"cmp-{i:02d}",
                "customer_id": f"cust-{ck}",
                "case_id": case.id if case else None,
                "received_at": iso(local(received)),
                "channel": channel,
                "subject": subject,
                "against": against,
                "details": details,
                "response": response,
                "resolution": resolution or None,
                "closed_at": iso(local(closed)) if closed else None,
            },
        )
    return complained


def _scores(rng: random.Random, band: str) -> tuple[int, int, int]:
    lo, hi = {"high": (4, 5), "mid": (3, 4), "low": (1, 3)}[band]
    return tuple(rng.randint(lo, hi) for _ in range(3))


def build_surveys(out: Out, rng: random.Random, specs: list, complained: set) -> None:
    rows = []
    for s in specs:
        if s.status != "closed" or s.dup_of is not None:
            continue
        if s.id in complained:
            band = "low" if rng.random() < 0.7 else "mid"
        elif rng.random() < 0.36:
            band = rng.choices(["high", "mid", "low"], weights=[80, 16, 4])[0]
        else:
            continue
        closed = datetime.fromisoformat(s.record["closed_at"])
        day = min((closed + timedelta(days=rng.randrange(0, 4))).date(), date(2026, 10, 31))
        rows.append((day, s.cust["key"], s.id, band))
    for c in people.CUSTOMERS:  # half-yearly engagement surveys
        for half in (date(2025, 6, 28), date(2025, 12, 27), date(2026, 6, 27)):
            band = (
                "mid" if "behind" in c and rng.random() < 0.6 else rng.choices(["high", "mid"], [85, 15])[0]
            )
            rows.append((half + timedelta(days=rng.randrange(0, 3)), c["key"], None, band))
    rows.sort(key=lambda r: (r[0], r[1], r[2] or ""))
    for i, (day, ck, case_id, band) in enumerate(rows, 1):
        a, b, t = _scores(rng, band)
        comment = rng.choice(service.SURVEY_COMMENTS[band])
        if case_id is None:
            comment = comment or "半年度服务满意度回访。"
        out.add(
            "survey",
            {
                "id": f"srv-{i:03d}",
                "customer_id": f"cust-{ck}",
                "case_id": case_id,
                "date": day.isoformat(),
                "attitude": a,
                "business": b,
                "technical": t,
                "comment": comment,
            },
        )


# --- training -------------------------------------------------------------------


def _sessions_plan(c: dict) -> list[tuple[date, bool, str]]:
    """(planned date, onsite, status) for one customer over 2025–2026."""
    behind = "training" in c.get("behind", ())
    plan = []
    onsite_2025 = (
        [(2, 20), (4, 17), (6, 19), (9, 18), (11, 20)] if not behind else [(3, 20), (7, 17), (10, 23)]
    )
    onsite_2026 = (
        [(3, 12), (5, 14), (7, 16), (9, 17), (11, 19)] if not behind else [(4, 16), (8, 20), (12, 10)]
    )
    for year, days in ((2025, onsite_2025), (2026, onsite_2026)):
        for m, d in days:
            plan.append((date(year, m, d), True, ""))
        plan.append((date(year, 8 if year == 2025 else 6, 12), False, ""))
    return plan


def build_training(out: Out, rng: random.Random) -> None:
    n_mat = 0
    for i, crs in enumerate(training.COURSES, 1):
        cid = f"course-{i:02d}"
        created = datetime(2024, 12, 2, 10, 0, tzinfo=TZ) + timedelta(days=9 * i)
        out.add(
            "course",
            {
                "id": cid,
                "title": crs["title"],
                "outline": crs["outline"],
                "trainer": crs["trainer"],
                "duration_hours": crs["hours"],
                "tags": crs["tags"],
                "created_at": iso(created),
                "updated_at": iso(created + timedelta(days=200 + 13 * i)),
            },
        )
        for title, kind, text in crs["materials"]:
            n_mat += 1
            out.add(
                "material",
                {"id": f"mat-{n_mat:02d}", "course_id": cid, "title": title, "kind": kind, "text": text},
            )
    sessions = []
    for ci, c in enumerate(people.CUSTOMERS):
        for k, (planned, onsite, _) in enumerate(_sessions_plan(c)):
            planned += timedelta(days=(ci * 3 + k) % 9)
            crs_i = (ci + k) % len(training.COURSES)
            sessions.append((planned, c, onsite, crs_i))
    sessions.sort(key=lambda x: (x[0], x[1]["key"]))
    cancelled_budget = {"xjdata": 1, "bhfirst": 1, "ylgov": 1, "qinghe": 1}
    for i, (planned, c, onsite, crs_i) in enumerate(sessions, 1):
        crs = training.COURSES[crs_i]
        sid = f"ts-{i:03d}"
        if planned > date(2026, 10, 31):
            status = "planned"
        elif cancelled_budget.get(c["key"]) and onsite and planned.year == 2025 and rng.random() < 0.5:
            cancelled_budget[c["key"]] -= 1
            status = "cancelled"
        else:
            status = "held"
        held = planned + timedelta(days=rng.choice([0, 0, 0, 1, 2])) if status == "held" else None
        if held and held > date(2026, 10, 31):
            held = planned
        trainer = crs["trainer"] if rng.random() < 0.8 else rng.choice(people.TRAINERS)
        location = (
            f"{c['region']} · {c['name']}{rng.choice(['培训室', '第一会议室', '运维中心会议室'])}"
            if onsite
            else "线上会议（远程）"
        )
        feedback = rng.choice(training.SESSION_FEEDBACK[status]) if status != "planned" else None
        out.add(
            "training_session",
            {
                "id": sid,
                "course_id": f"course-{crs_i + 1:02d}",
                "customer_id": f"cust-{c['key']}",
                "planned_date": planned.isoformat(),
                "held_date": held.isoformat() if held else None,
                "trainer": trainer,
                "location": location,
                "onsite": onsite,
                "status": status,
                "feedback": feedback,
            },
        )
        if status != "held":
            continue
        names = [ct[0] for ct in c["contacts"]] + rng.sample(people.ATTENDEE_NAMES, 6)
        for k, name in enumerate(names[: rng.randrange(3, 8)], 1):
            attended = rng.random() > 0.08
            score = rng.choices([5, 4, 3, 2, 1], weights=[45, 35, 15, 4, 1])[0] if attended else None
            comment = rng.choice(training.ATTENDEE_COMMENTS[score]) if score else "临时出差未能参加。"
            out.add(
                "attendance",
                {
                    "id": f"{sid}-a{k}",
                    "session_id": sid,
                    "name": name,
                    "organisation": c["name"],
                    "attended": attended,
                    "score": score,
                    "comment": comment,
                },
            )
