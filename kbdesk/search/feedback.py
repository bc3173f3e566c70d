"""Learning from the team: what people linked or dismissed changes later matches.

The services build a :class:`FeedbackView` (plain data, no database objects)
from the archive's links and match feedback; :func:`apply` uses it on the
ranked match candidates (docs/matching.md, "Learning from the team"):

- a **dismissed** suggestion is dropped for the case (or pasted text) it was
  dismissed for, and only there;
- a **confirmed partner** (two cases linked as the same fault) is extra
  evidence: a report like case A also brings A's confirmed partners, each
  scored by its own similarity plus ``partner_weight`` × A's (relative to the
  best case);
- a **solution** (an article or runbook linked as solving a case) gains
  ``solution_weight`` × the similarity of every case among the best
  ``similar_cases`` that it solved, so one that solved many similar cases
  ranks higher, and one that solved a similar case is brought in.

Every reason added names a fact of the archive: the link, who made it, and the
similar cases counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .documents import split_uid as _split

Hits = list[tuple[str, float]]  # (uid "type:id", score), best first

PARTNER_WEIGHT = 0.25  # chosen on the apache dev replay from 0.25 / 0.5 / 1 (docs/matching.md)
SOLUTION_WEIGHT = 0.2
SIMILAR_CASES = 10  # the best cases whose solutions count as "solved similar cases"
DEPTH = 30  # candidates per group the evidence is applied to


@dataclass(frozen=True)
class Confirmation:
    """One record confirmed by a person for a case: a same-fault partner or a solution."""

    record_type: str  # case | article | runbook
    record_id: str
    actor: str = ""  # who linked it; "" when the link was made without a suggestion
    at: datetime | None = None
    solved: bool = True  # a partner case in a solved status (for solved-only matches)


@dataclass
class FeedbackView:
    """What the team said, as the matcher needs it for one query."""

    # (record type, record id) dismissed for this case or pasted text
    dismissed: frozenset[tuple[str, str]] = frozenset()
    # case id → the cases confirmed as the same fault (both directions)
    partners: dict[str, list[Confirmation]] = field(default_factory=dict)
    # case id → the articles / runbooks confirmed as solving it
    solutions: dict[str, list[Confirmation]] = field(default_factory=dict)
    # case id → what a reason shows for it (the case number)
    labels: dict[str, str] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return not (self.dismissed or self.partners or self.solutions)


def depth(limit: int) -> int:
    """How many candidates per group to score when feedback is applied."""
    return max(limit, DEPTH)


def apply(
    view: FeedbackView,
    groups: dict[str, Hits],
    query_case: str | None = None,
    solved_only: bool = False,
    partner_weight: float | None = None,
    solution_weight: float | None = None,
    similar_cases: int = SIMILAR_CASES,
) -> tuple[dict[str, Hits], dict[str, list[dict]]]:
    """The groups re-ranked with the team's feedback, and the reasons it adds by uid.

    ``groups``: "case" / "article" / "runbook" → (uid, score) best first, as
    the matcher ranked them (deeper than shown: see :func:`depth`). The
    solutions of the best ``similar_cases`` cases count (pass the number of
    cases shown, so that every case a reason counts is on the screen). The
    weights default to the module's ``PARTNER_WEIGHT`` / ``SOLUTION_WEIGHT``.
    """
    partner_weight = PARTNER_WEIGHT if partner_weight is None else partner_weight
    solution_weight = SOLUTION_WEIGHT if solution_weight is None else solution_weight
    reasons: dict[str, list[dict]] = {}
    out = {g: [(u, s) for u, s in hits if _split(u) not in view.dismissed] for g, hits in groups.items()}
    if "case" in out:
        out["case"] = _partners(view, out["case"], query_case, solved_only, partner_weight, reasons)
    similar = [(_split(u)[1], s) for u, s in out.get("case", [])[:similar_cases]]
    for g in ("article", "runbook"):
        if g in out:
            out[g] = _solutions(view, g, out[g], similar, out.get("case", []), solution_weight, reasons)
    return out, reasons


def _partners(view, hits: Hits, query_case, solved_only, weight, reasons) -> Hits:
    if not hits or not view.partners:
        return hits
    best = hits[0][1] or 1.0
    rel = {_split(u)[1]: s / best for u, s in hits}
    evidence: dict[str, tuple[float, str, Confirmation]] = {}  # case → (strength, from case, link)
    for cid, r in rel.items():
        for conf in view.partners.get(cid, []):
            p = conf.record_id
            if p == query_case or ("case", p) in view.dismissed or (solved_only and not conf.solved):
                continue
            if r > evidence.get(p, (0.0, "", conf))[0]:
                evidence[p] = (r, cid, conf)
    if not evidence:
        return hits
    scored = dict(rel)
    for p, (r, src, conf) in evidence.items():
        scored[p] = rel.get(p, 0.0) + weight * r
        reasons.setdefault(f"case:{p}", []).append(_confirmed_reason(view, src, conf))
    ranked = sorted(scored.items(), key=lambda x: -x[1])
    return [(f"case:{cid}", s * best) for cid, s in ranked]


def _confirmed_reason(view: FeedbackView, other: str, conf: Confirmation) -> dict:
    return {
        "kind": "confirmed_same_fault",
        "case_id": other,
        "case": view.labels.get(other, other),
        "by": conf.actor,
        "at": conf.at.isoformat() if conf.at else "",
    }


def _solutions(view, group: str, hits: Hits, similar, case_hits: Hits, weight, reasons) -> Hits:
    if not similar or not view.solutions:
        return hits
    top = similar[0][1] or 1.0
    solved: dict[str, list[tuple[str, float]]] = {}  # solution id → [(case id, similarity)]
    for cid, s in similar:
        for conf in view.solutions.get(cid, []):
            if conf.record_type == group and (group, conf.record_id) not in view.dismissed:
                solved.setdefault(conf.record_id, []).append((cid, s / top))
    if not solved:
        return hits
    ref = (hits[0][1] if hits else 0.0) or (case_hits[0][1] if case_hits else 0.0) or 1.0
    scored = {_split(u)[1]: s for u, s in hits}
    for rid, cases in solved.items():
        scored[rid] = scored.get(rid, 0.0) + weight * ref * sum(sim for _, sim in cases)
        reasons.setdefault(f"{group}:{rid}", []).append({
            "kind": "solved_similar",
            "count": len(cases),
            "case_ids": [c for c, _ in cases],
            "cases": [view.labels.get(c, c) for c, _ in cases],
        })
    ranked = sorted(scored.items(), key=lambda x: -x[1])
    return [(f"{group}:{rid}", s) for rid, s in ranked]


def describe(reason: dict) -> str | None:
    """The reason in a sentence (English, for the CLI); None for other kinds."""
    kind = reason.get("kind")
    if kind == "confirmed_same_fault":
        by = f", linked by {reason['by']}" if reason.get("by") else ""
        return f"confirmed same fault as {reason.get('case', '')}{by}"
    if kind == "solved_similar":
        n = reason.get("count", 0)
        cases = ", ".join(reason.get("cases", [])[:5])
        return f"solved {n} similar case{'s' if n != 1 else ''} ({cases})"
    return None
