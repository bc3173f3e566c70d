"""`kbdesk search`, `kbdesk match` and `kbdesk reindex`."""

from __future__ import annotations

import argparse
import html
import json
import re
import signal
import sys
import threading
from dataclasses import asdict

from ..search import explain
from ..search import feedback as team_feedback
from ..search.integrity import check_index
from ..search.results import SearchFilters
from ..search.service import Cancelled, SearchService
from ..services.attachment_text import extract_files, files_needing_text
from ..services.match_feedback import MatchFeedbackService
from ..services.search import open_search
from .output import clip

_TAG = re.compile(r"<[^>]+>")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("search", help="keyword search (syntax: docs/matching.md)")
    c.add_argument("query", nargs="+")
    c.add_argument("--type", action="append", default=[], help="record type filter (repeatable)")
    c.add_argument("--limit", type=int, default=20)
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("match", help="similar cases, articles and runbooks for a fault")
    c.add_argument("text", nargs="*", help="the fault text; '-' or nothing reads standard input")
    c.add_argument("--case", metavar="ID_OR_NUMBER", help="match an archived case instead")
    c.add_argument("--solved", action="store_true", help="solved cases only")
    c.add_argument("--limit", type=int, default=5, help="different answers shown per group")
    c.add_argument("--all", action="store_true",
                   help="list every similar record (near-duplicates are grouped by default)")
    c.add_argument("--no-feedback", action="store_true",
                   help="ignore what the team linked or dismissed (see `kbdesk feedback`)")
    c.add_argument("--json", action="store_true")

    sub.add_parser("reindex", help="rebuild the search index from the database, first extracting the text "
                   "of attached files that have none yet (Ctrl+C cancels)")


def cmd_search(args, archive, services, out) -> int:
    search = _open(archive, out)
    result = search.search(" ".join(args.query), SearchFilters(types=args.type), limit=args.limit)
    if args.json:
        print(json.dumps(asdict(result), ensure_ascii=False, default=str))
        return 0
    if result.notice:
        print(f"note: {result.notice}")
    if result.suggestion:
        print(f"did you mean: {result.suggestion}")
    for hit in result.hits:
        print(f"{hit.record_type:<15} {clip(hit.title, 70)}  [{hit.record_id}]")
        snippet = html.unescape(_TAG.sub("", hit.snippet)).replace("\n", " ").strip()
        if hit.attachment:
            snippet = f"(in attachment {hit.attachment}) {snippet}"
        if snippet:
            print(f"    {clip(snippet, 110)}")
    facets = "; ".join(f"{name}: " + ", ".join(f"{k} {v}" for k, v in list(vals.items())[:6])
                       for name, vals in result.facets.items() if vals)
    print(f"({len(result.hits)} of {result.total} shown){'  ' + facets if facets else ''}")
    return 0


def cmd_match(args, archive, services, out) -> int:
    text = " ".join(args.text)
    if (not text or text == "-") and not args.case:
        text = sys.stdin.read()
    case_id = services.find_case(args.case)["id"] if args.case else None
    search = _open(archive, out)
    view = None if args.no_feedback else MatchFeedbackService(services).view(case_id=case_id, text=text)
    result = search.match(text or None, case_id=case_id, solved_only=args.solved, limit=args.limit,
                          group_similar=not args.all, feedback=view)
    if args.json:
        print(json.dumps(asdict(result), ensure_ascii=False, default=str))
        return 0
    if result.notice:
        print(f"note: {result.notice}")
    print(f"key terms: {', '.join(result.key_terms[:12])}")
    if result.codes:
        print(f"codes: {', '.join(result.codes)}")
    for group in ("cases", "articles", "runbooks"):
        hits = getattr(result, group)
        print(f"\n{group.upper()} ({len(hits)})")
        for hit in hits:
            solved = " ✓" if hit.solved else ""
            print(f"  {hit.score:6.2f}  {clip(hit.title, 80)}{solved}  [{hit.record_id}]")
            print(f"          why: {describe_reasons(hit.reasons)}")
            if hit.resolution:
                print(f"          fix: {clip(hit.resolution.replace(chr(10), ' '), 100)}")
            if hit.similar:
                print(f"          {len(hit.similar)} more like this:")
                for other in hit.similar:
                    why = "same resolution" if other.like == "same_resolution" else "near-identical text"
                    print(f"            {clip(other.title, 70)}  [{other.record_id}]  ({why})")
    return 0


def cmd_reindex(args, archive, services, out) -> int:
    search = open_search(archive)
    cancel = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())
    try:
        extract_files(services, files_needing_text(archive), progress=out.progress, cancel=cancel)
        if cancel.is_set():
            raise Cancelled("cancelled while extracting attachment text")
        search.rebuild(progress=out.progress, cancel=cancel)
        indexed = search.indexed_count()
    except Cancelled:
        out.done("Reindex cancelled; the previous index is still in use.")
        return 1
    finally:
        signal.signal(signal.SIGINT, previous)
        search.close()
    out.done(f"Search index rebuilt ({indexed} records).")
    return 0


def check_search_index(archive) -> list[str]:
    """`kbdesk check`'s lines for the search index (repairs it when damaged)."""
    search = open_search(archive)
    try:
        result = check_index(search)
    finally:
        search.close()
    lines = [f"note: search index: {n}" for n in result.notes]
    for problem in result.problems:
        lines.append(f"REPAIRED: search index: {problem}")
    if result.repaired:
        lines.append(f"REPAIRED: search index rebuilt from the database ({result.indexed} records).")
    else:
        lines.append(f"search index verified ({result.indexed} records).")
    return lines


def describe_reasons(reasons: list[dict]) -> str:
    parts = []
    for r in reasons:
        kind = r.get("kind")
        learned = team_feedback.describe(r)
        if learned is not None:
            parts.append(learned)
            continue
        if kind == "in_attachment":
            parts.append(explain.describe(r))
            continue
        values = r.get("terms") or r.get("codes") or r.get("product") or r.get("customer")
        if isinstance(values, list):
            values = ", ".join(str(v) for v in values[:6])
        parts.append(f"{str(kind).replace('_', ' ')}: {values}" if values else str(kind))
    return "; ".join(parts) or "similar wording"


def _open(archive, out) -> SearchService:
    search = open_search(archive)
    report = search.open(progress=out.progress)
    if report.message and not report.behind:  # a behind index: the result's note says it
        print(f"note: {report.message}", file=sys.stderr)
    return search
