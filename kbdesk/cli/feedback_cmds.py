"""`kbdesk feedback`: what the team linked or dismissed on match suggestions.

    kbdesk feedback [--case CASE] [--json]           list (newest first)
    kbdesk feedback same-fault CASE OTHER_CASE       OTHER_CASE is the same fault (links them)
    kbdesk feedback solved-by CASE article|runbook ID
    kbdesk feedback dismiss case|article|runbook ID (--case CASE | --text TEXT)
    kbdesk feedback undo FEEDBACK_ID                 takes it back (and a link it made)

`kbdesk match` uses it unless `--no-feedback` is given.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from ..services.match_feedback import MatchFeedbackService
from ..services.plain import to_json_dict
from ..services.plan_store import load_plan
from .output import table


def add_parsers(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("feedback", help="list, record or undo links and dismissals of match suggestions",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    c.add_argument("--case", metavar="ID_OR_NUMBER", help="only this case's feedback")
    c.add_argument("--json", action="store_true")
    acts = c.add_subparsers(dest="action", metavar="ACTION")
    a = acts.add_parser("same-fault", help="OTHER_CASE is the same fault as CASE (links them)")
    a.add_argument("case", metavar="CASE")
    a.add_argument("other", metavar="OTHER_CASE")
    a = acts.add_parser("solved-by", help="an article or runbook solved CASE (links them)")
    a.add_argument("case", metavar="CASE")
    a.add_argument("type", choices=("article", "runbook"))
    a.add_argument("id")
    a = acts.add_parser("dismiss", help="a suggestion is not relevant for a case or a pasted text")
    a.add_argument("type", choices=("case", "article", "runbook"))
    a.add_argument("id", help="the suggestion's id (a case also by number)")
    a.add_argument("--case", dest="for_case", metavar="ID_OR_NUMBER", help="the case it was suggested for")
    a.add_argument("--text", default="", help="the pasted text it was suggested for")
    a = acts.add_parser("undo", help="take a recorded link or dismissal back (and a link it made)")
    a.add_argument("feedback_id")


def cmd_feedback(args, archive, services, out) -> int:
    team = MatchFeedbackService(services)
    case = services.find_case
    if args.action is None:
        entries = team.entries(case_id=case(args.case)["id"] if args.case else None)
        if args.json:
            for e in entries:
                print(json.dumps(to_json_dict(asdict(e)), ensure_ascii=False))
            return 0
        rows = [{"id": e.id, "kind": e.kind, "for": e.case_number or f"“{e.query_text[:30]}”",
                 "suggestion": f"{e.target_type} {e.target_title}", "by": e.actor, "at": e.at} for e in entries]
        print(table(rows, ["id", "kind", "for", "suggestion", "by", "at"], zone_name=load_plan(archive).timezone))
        print(f"({len(rows)})")
        return 0
    if args.action == "same-fault":
        row = team.confirm(case(args.case)["id"], ("case", case(args.other)["id"]))
    elif args.action == "solved-by":
        row = team.confirm(case(args.case)["id"], (args.type, args.id))
    elif args.action == "dismiss":
        rid = case(args.id)["id"] if args.type == "case" else args.id
        for_case = case(args.for_case)["id"] if args.for_case else None
        row = team.dismiss((args.type, rid), case_id=for_case, text=args.text)
    else:
        team.undo(args.feedback_id)
        out.done(f"Feedback {args.feedback_id} undone.")
        return 0
    out.done(f"Recorded {row['kind']} ({row['id']}).")
    return 0
