"""Learning from the team: record, undo and list what people said about match
suggestions, and hand the matcher the plain :class:`FeedbackView` it uses.

A person can, on a suggestion shown for a case (or for a pasted text):

- **confirm** it: a suggested case is the *same fault* (a ``duplicate_of``
  link), a suggested article or runbook *solved* the case (``solved_by``);
- **dismiss** it: not relevant for that case or text (it then shows nowhere
  for it).

Each is one ``match_feedback`` row (who, when, for which case or text, which
suggestion), written with its link in one transaction with audit entries, so
it travels with export/import and backups and survives a reindex. Links made
elsewhere (the Links tab, an import) with those relations count as
confirmations too, without a name.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from ..domain.clock import new_id
from ..domain.enums import SOLVED_STATUSES, FeedbackKind, LinkRelation
from ..errors import NotFoundError, ValidationError
from ..search.feedback import Confirmation, FeedbackView
from ..storage.models import Article, Case, Link, MatchFeedback, Runbook
from .records import RecordService

SUGGESTED_TYPES = ("case", "article", "runbook")
_SPACE = re.compile(r"\s+")


def query_key(text: str) -> str:
    """The key of a pasted text: the same words (width, case and spacing
    aside) give the same key."""
    norm = _SPACE.sub(" ", unicodedata.normalize("NFKC", text or "")).strip().casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class FeedbackEntry:
    """One recorded judgement, for lists and undo."""

    id: str
    kind: str  # same_fault | solved_by | dismissed
    case_id: str | None
    case_number: str  # "" for a pasted text
    query_text: str  # the start of the pasted text ("" for a case)
    target_type: str
    target_id: str
    target_title: str
    actor: str
    at: datetime
    made_link: bool


class MatchFeedbackService:
    """Feedback on match suggestions, through the archive's record service."""

    def __init__(self, services: RecordService):
        self.services = services
        self.archive = services.archive

    # --- writes -------------------------------------------------------------

    def confirm(self, case_id: str, target: tuple[str, str]) -> dict[str, Any]:
        """The suggested ``target`` is the same fault as the case (a case) or
        solved it (an article or runbook): links them and records who said so."""
        rtype, rid = target
        if rtype not in SUGGESTED_TYPES:
            raise ValidationError("match_feedback", {"target_type": f"{rtype!r} is not a suggestion type"})
        if (rtype, rid) == ("case", case_id):
            raise ValidationError("match_feedback", {"target_id": "a case cannot be the same fault as itself"})
        kind = FeedbackKind.SAME_FAULT if rtype == "case" else FeedbackKind.SOLVED_BY
        relation = LinkRelation.DUPLICATE_OF if rtype == "case" else LinkRelation.SOLVED_BY
        with self.archive.read_session() as s:
            if s.get(Case, case_id) is None:
                raise NotFoundError("case", case_id)
            have = s.scalars(select(MatchFeedback).where(
                MatchFeedback.case_id == case_id, MatchFeedback.kind == kind.value,
                MatchFeedback.target_type == rtype, MatchFeedback.target_id == rid)).first()
            if have is not None:
                return _plain(have)
            link = s.scalars(select(Link).where(
                ((Link.source_type == "case") & (Link.source_id == case_id)
                 & (Link.target_type == rtype) & (Link.target_id == rid))
                | ((Link.source_type == rtype) & (Link.source_id == rid)
                   & (Link.target_type == "case") & (Link.target_id == case_id)))).first()
            link_id = link.id if link is not None else None
        row = self._row(kind, rtype, rid, case_id=case_id)
        if link_id is not None:  # already linked (e.g. as related): the confirmation names that link
            return self.services.create("match_feedback", {**row, "link_id": link_id})
        link_id = new_id()
        created = self.services.create_all([
            ("link", {"id": link_id, "source_type": "case", "source_id": case_id,
                      "target_type": rtype, "target_id": rid, "relation": relation.value}),
            ("match_feedback", {**row, "link_id": link_id, "made_link": True}),
        ])
        return created[1]

    def dismiss(self, target: tuple[str, str], case_id: str | None = None, text: str = "") -> dict[str, Any]:
        """The suggested ``target`` is not relevant for the case (or the pasted text)."""
        rtype, rid = target
        if rtype not in SUGGESTED_TYPES:
            raise ValidationError("match_feedback", {"target_type": f"{rtype!r} is not a suggestion type"})
        if case_id is None and not (text or "").strip():
            raise ValidationError("match_feedback", {"case_id": "say which case or text the suggestion was for"})
        key = "" if case_id else query_key(text)
        with self.archive.read_session() as s:
            q = select(MatchFeedback).where(
                MatchFeedback.kind == FeedbackKind.DISMISSED.value,
                MatchFeedback.target_type == rtype, MatchFeedback.target_id == rid)
            q = q.where(MatchFeedback.case_id == case_id) if case_id else q.where(MatchFeedback.query_key == key)
            have = s.scalars(q).first()
            if have is not None:
                return _plain(have)
        row = self._row(FeedbackKind.DISMISSED, rtype, rid, case_id=case_id, text=text)
        return self.services.create("match_feedback", row)

    def undo(self, feedback_id: str) -> None:
        """Take a judgement back; a link it made is removed with it."""
        row = self.services.get("match_feedback", feedback_id)
        if row["made_link"] and row["link_id"]:
            self.services.delete("link", row["link_id"])  # the feedback row goes with it (cascade)
        else:
            self.services.delete("match_feedback", feedback_id)

    def _row(self, kind: FeedbackKind, rtype: str, rid: str, case_id: str | None = None,
             text: str = "") -> dict[str, Any]:
        text = (text or "").strip()
        return {
            "kind": kind.value, "case_id": case_id, "target_type": rtype, "target_id": rid,
            "query_key": "" if case_id else query_key(text), "query_text": "" if case_id else text[:300],
            "actor": self.services.actor,
        }

    # --- reads --------------------------------------------------------------

    def entries(self, case_id: str | None = None, text: str | None = None,
                limit: int | None = None) -> list[FeedbackEntry]:
        """Recorded judgements, newest first: all, those for a case, or for a pasted text."""
        with self.archive.read_session() as s:
            q = select(MatchFeedback).order_by(MatchFeedback.at.desc(), MatchFeedback.id)
            if case_id is not None:
                q = q.where(MatchFeedback.case_id == case_id)
            elif text is not None:
                q = q.where(MatchFeedback.query_key == query_key(text), MatchFeedback.case_id.is_(None))
            if limit is not None:
                q = q.limit(limit)
            rows = list(s.scalars(q))
            numbers = _case_numbers(s, {r.case_id for r in rows if r.case_id}
                                    | {r.target_id for r in rows if r.target_type == "case"})
            titles = _titles(s, [(r.target_type, r.target_id) for r in rows])
            return [
                FeedbackEntry(
                    id=r.id, kind=r.kind, case_id=r.case_id, case_number=numbers.get(r.case_id or "", ""),
                    query_text=r.query_text, target_type=r.target_type, target_id=r.target_id,
                    target_title=titles.get((r.target_type, r.target_id), r.target_id),
                    actor=r.actor, at=r.at, made_link=r.made_link,
                )
                for r in rows
            ]

    def view(self, case_id: str | None = None, text: str | None = None) -> FeedbackView:
        """What the matcher needs for one query: the team's confirmations
        (all of them) and what was dismissed for this case or this text."""
        with self.archive.read_session() as s:
            dq = select(MatchFeedback.target_type, MatchFeedback.target_id).where(
                MatchFeedback.kind == FeedbackKind.DISMISSED.value)
            if case_id is not None:
                dismissed = frozenset((t, i) for t, i in s.execute(dq.where(MatchFeedback.case_id == case_id)))
            elif text and text.strip():
                dismissed = frozenset((t, i) for t, i in s.execute(dq.where(
                    MatchFeedback.case_id.is_(None), MatchFeedback.query_key == query_key(text))))
            else:
                dismissed = frozenset()
            confirmed: dict[tuple[str, str, str], Confirmation] = {}  # (case, type, id) → who
            said = s.execute(select(
                MatchFeedback.case_id, MatchFeedback.target_type, MatchFeedback.target_id,
                MatchFeedback.actor, MatchFeedback.at, MatchFeedback.link_id,
            ).where(MatchFeedback.kind != FeedbackKind.DISMISSED.value, MatchFeedback.case_id.is_not(None))
                .order_by(MatchFeedback.at))
            by_link = set()
            for cid, rtype, rid, actor, at, link_id in said:
                assert cid is not None  # the query keeps feedback on a case
                confirmed.setdefault((cid, rtype, rid), Confirmation(rtype, rid, actor, at))
                by_link.add(link_id)
            links = s.execute(select(Link.id, Link.source_type, Link.source_id, Link.target_type,
                                     Link.target_id, Link.relation, Link.created_at).where(
                Link.relation.in_((LinkRelation.DUPLICATE_OF.value, LinkRelation.SOLVED_BY.value))))
            for lid, st, sid, tt, tid, relation, at in links:
                if lid in by_link:
                    continue
                if relation == LinkRelation.DUPLICATE_OF and st == tt == "case":
                    confirmed.setdefault((sid, "case", tid), Confirmation("case", tid, "", at))
                elif relation == LinkRelation.SOLVED_BY and st == "case" and tt in ("article", "runbook"):
                    confirmed.setdefault((sid, tt, tid), Confirmation(tt, tid, "", at))
                elif relation == LinkRelation.SOLVED_BY and tt == "case" and st in ("article", "runbook"):
                    confirmed.setdefault((tid, st, sid), Confirmation(st, sid, "", at))
            cases = {c for c, _, _ in confirmed} | {i for _, t, i in confirmed if t == "case"}
            status = _case_status(s, cases)
        partners: dict[str, list[Confirmation]] = {}
        solutions: dict[str, list[Confirmation]] = {}
        for (cid, rtype, rid), conf in confirmed.items():
            if cid not in status or (rtype == "case" and rid not in status):
                continue  # a case deleted meanwhile
            if rtype == "case":
                partners.setdefault(cid, []).append(_with_solved(conf, status[rid][1]))
                partners.setdefault(rid, []).append(
                    Confirmation("case", cid, conf.actor, conf.at, status[cid][1] in SOLVED_STATUSES))
            else:
                solutions.setdefault(cid, []).append(conf)
        labels = {cid: number for cid, (number, _) in status.items()}
        return FeedbackView(dismissed=dismissed, partners=partners, solutions=solutions, labels=labels)


def _with_solved(conf: Confirmation, status: str) -> Confirmation:
    return Confirmation(conf.record_type, conf.record_id, conf.actor, conf.at, status in SOLVED_STATUSES)


def _plain(row: MatchFeedback) -> dict[str, Any]:
    return {col.key: getattr(row, col.key) for col in row.__table__.columns}


def _chunks(ids: list[str], n: int = 500):
    for i in range(0, len(ids), n):
        yield ids[i:i + n]


def _case_status(s, ids: set[str]) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(sorted(ids)):
        out.update((r[0], (r[1], r[2])) for r in s.execute(
            select(Case.id, Case.number, Case.status).where(Case.id.in_(chunk))))
    return out


def _case_numbers(s, ids: set[str]) -> dict[str, str]:
    return {cid: number for cid, (number, _) in _case_status(s, ids).items()}


def _titles(s, keys: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for rtype, model in (("case", Case), ("article", Article), ("runbook", Runbook)):
        ids = sorted({i for t, i in keys if t == rtype})
        for chunk in _chunks(ids):
            out.update(((rtype, r[0]), r[1]) for r in s.execute(
                select(model.id, model.title).where(model.id.in_(chunk))))
    return out
