"""SearchService: the Qt-free entry point used by the CLI and the GUI.

Thread use: every public method may be called from a worker thread; index
writes are serialised (one writer) and searches share one searcher under a
short lock. Results are plain dataclasses (:mod:`kbdesk.search.results`).
"""

from __future__ import annotations

import errno
import heapq
import logging
import re
import threading
import time
from collections.abc import Callable
from functools import partial
from operator import itemgetter
from typing import Any

from whoosh.index import EmptyIndexError, LockError

from . import explain, housekeeping, keyword, sync
from . import feedback as team_feedback
from .analysis import configure_segmenter, query_terms
from .documents import INDEXED, DocBuilder, attachment_excerpt, split_uid, uid
from .grouping import group_items, shingles
from .index import WRITE_TIMEOUT, Cancelled, IndexFolder, IndexProblem
from .limits import cap_match_text
from .matching import FaultMatcher, MatchParams, split_title
from .readers import ReaderPool
from .results import MatchHit, MatchResult, SearchFilters, SearchResult, SyncReport
from .scoring import NormCache, Scorer, segment_key
from .source import TITLED, CaseRecord, DocumentSource

log = logging.getLogger(__name__)

__all__ = ["Cancelled", "SearchService"]

MATCH_GROUPS = {"case": "cases", "article": "articles", "runbook": "runbooks"}
GROUP_DEPTH = 4  # candidates ranked per wanted hit when near-duplicates are grouped
MAX_GROUP_DEPTH = 200  # at most this many candidates per result group
QUICK_SYNC = 1.0  # seconds a search waits for another kbdesk's index write lock
CATCH_UP_EVERY = 2.0  # seconds between a behind index's attempts to catch up
BUSY_NOTICE = "The index is being updated by another kbdesk; results may miss the latest changes."
READ_ONLY_NOTICE = (
    "The index folder is read-only, so recent changes could not be added to it; "
    "results may miss them. Make {path} writable to bring the index up to date."
)
REPLACED_NOTICE = "Bytes of the query that are not valid text were replaced by “\ufffd”."
_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(value: str) -> str:
    """Text with lone surrogates (undecodable bytes of a command line,
    ``surrogateescape``) replaced by U+FFFD, so nothing downstream chokes."""
    return _SURROGATES.sub("\ufffd", value) if _SURROGATES.search(value) else value


def _is_read_only(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM)


class SearchService:
    """Keyword search, fault matching and index upkeep for one archive."""

    def __init__(self, source: DocumentSource, params: MatchParams | None = None, procs: int | None = None):
        """``source``: what the archive gives search (see :mod:`kbdesk.search.source`;
        for an open archive: ``kbdesk.services.search_source.ArchiveDocuments(archive)``).

        Nothing is opened here; the first call opens (and if needed rebuilds
        and repairs) the index. ``procs``: processes for a full rebuild
        (default: 2 on a machine with 2+ cores).
        """
        self.source = source
        self.params = params or MatchParams()
        self.folder = IndexFolder(source.index_dir)
        self.procs = procs
        self.notice: str | None = None  # what open() had to do, for the user
        self._ix = None
        self._searcher = None
        self._pool = ReaderPool()
        self._norms = NormCache()
        self._open_lock = threading.RLock()
        self._read_lock = threading.RLock()
        self._pin = None  # the searcher of the query running under _read_lock
        self._marker_seen: tuple[int, int, int] | None = None  # marker file identity when last (re)opened
        self._stale: str | None = None  # why queued changes are not in the index yet
        self._stale_tried = 0.0  # when a search last tried to catch up
        configure_segmenter(source.index_dir / "segmenter-cache")

    # --- lifecycle ---------------------------------------------------------

    def open(self, progress: Callable[[int, int], None] | None = None, cancel: Any = None) -> SyncReport:
        """Open the index; rebuild it when missing, damaged or outdated; replay
        changes left in the queue by a crash. Never raises for index problems:
        the returned report's ``message`` says what was done."""
        with self._open_lock:
            if self._ix is not None:
                return self.sync(timeout=QUICK_SYNC)
            reason = None
            self._marker_seen = self.folder.marker_identity()
            try:
                self._ix = self.folder.open()
            except IndexProblem as exc:
                reason = str(exc)
            if self.folder.moved_aside is not None:
                reason = (
                    f"{self.source.index_dir} was a file, not the index folder; "
                    f"it was moved to {self.folder.moved_aside.name}"
                )
                self.folder.moved_aside = None
            if reason is None and self.source.rebuild_requested():
                reason = "the archive asked for a full reindex"
            if reason is not None:
                try:
                    report = self.rebuild(progress=progress, cancel=cancel)
                except IndexProblem as exc:
                    if self._ix is None:
                        raise IndexProblem(f"The search index must be rebuilt ({reason}), but {exc}") from exc
                    return self._degraded(f"The search index should be rebuilt ({reason}), but {exc}")
                report.message = f"Search index rebuilt: {reason}."
                self.notice = report.message
                log.info(report.message)
                return report
            pending = sync.queue_length(self.source)
            report = self.sync(timeout=QUICK_SYNC)
            if pending and report.message is None:
                report.message = (
                    f"Search index repaired: {pending} change(s) saved before an "
                    "interruption were added to it."
                )
                self.notice = report.message
            return report

    def close(self) -> None:
        """Release the index files."""
        with self._open_lock, self._read_lock:
            self._searcher = None
            self._pool.close()
            if self._ix is not None:
                self._ix.close()
                self._ix = None

    def _ensure(self):
        if self._ix is None:
            self.open()
        return self._ix

    def _follow(self, force: bool = False) -> None:
        """Reopen when another process switched the index to a new generation
        (e.g. ``kbdesk reindex``). Call without holding ``_read_lock``."""
        if self._ix is None:
            return
        seen = self.folder.marker_identity()
        if seen == self._marker_seen and not force:
            return
        with self._open_lock:
            marker = self.folder.marker()
            if marker is not None and marker.generation == self.folder.generation and not force:
                self._marker_seen = seen
                return
            log.info("the search index moved to a new generation; reopening it")
            self.close()
            self._marker_seen = self.folder.marker_identity()
            try:
                self._ix = self.folder.open()
            except IndexProblem:
                self.open()  # the new generation is unusable: rebuild

    def _reading(self, fn):
        """Run ``fn()`` under the read lock on the current generation; once
        more after following a switch that removed the files under it."""
        self._follow()
        try:
            with self._read_lock:
                return self._pinned(fn)
        except FileNotFoundError:
            # Another process's commit removed the TOC just read: read the new one.
            if self.folder.marker_identity() == self._marker_seen:
                with self._read_lock:
                    self._searcher = None
                    return self._pinned(fn)
        except (OSError, EmptyIndexError):
            if self.folder.marker_identity() == self._marker_seen:
                raise
        self._follow(force=True)
        with self._read_lock:
            return self._pinned(fn)

    def _pinned(self, fn):
        """Run ``fn`` on one searcher: a commit by another process in the middle
        of a query must not swap (and close) the readers the query is using."""
        if self._pin is not None:
            return fn()
        self._pin = self._current_searcher()
        try:
            return fn()
        finally:
            self._pin = None

    # --- index upkeep ------------------------------------------------------

    def sync(self, timeout: float = WRITE_TIMEOUT) -> SyncReport:
        """Apply every queued archive change to the index (call after saving).

        When another process holds the index's write lock for more than
        ``timeout`` seconds, or the index folder is read-only, the changes
        stay queued and the report's ``message`` says so (searches then use
        the index as it is and carry the same notice)."""
        self._follow()
        ix = self._ensure()
        try:
            try:
                report = sync.drain(self.source, ix, self.folder, self._delete_uids, timeout=timeout,
                                    readers_lock=self._read_lock)
            except FileNotFoundError:
                # the generation was replaced between our check and the write
                self._follow(force=True)
                report = sync.drain(
                    self.source, self._ensure(), self.folder, self._delete_uids, timeout=timeout,
                    readers_lock=self._read_lock,
                )
        except LockError:
            return self._degraded(BUSY_NOTICE)
        except OSError as exc:
            if not _is_read_only(exc):
                raise
            return self._degraded(READ_ONLY_NOTICE.format(path=self.source.index_dir))
        self._stale = None
        return report

    def _degraded(self, notice: str) -> SyncReport:
        log.info("search index not updated: %s", notice)  # the user gets the notice
        self._stale = notice
        self._stale_tried = time.monotonic()
        return SyncReport(message=notice, behind=True)

    def _catch_up(self) -> str | None:
        """Before a search: if changes are still queued because the index was
        busy, try once more without waiting; the notice if still behind."""
        if self._stale is None:
            return None
        now = time.monotonic()
        if now - self._stale_tried >= CATCH_UP_EVERY:  # a retry re-reads the queued records
            self._stale_tried = now
            with self._open_lock:
                if self._stale is not None:
                    self.sync(timeout=0)
        return self._stale

    def _delete_uids(self, writer, uids: list[str]) -> None:
        """Delete documents by uid, looked up with the pooled segment readers
        (``writer.delete_by_term`` alone would open every segment again)."""
        with self._read_lock:
            s = self._pool.searcher(self._ix, writer.segments, writer.generation)
            for u in uids:
                writer.delete_by_term("uid", u, searcher=s)

    def rebuild(self, progress: Callable[[int, int], None] | None = None, cancel: Any = None) -> SyncReport:
        """Rebuild the whole index from the database.

        ``progress(done, total)`` is called per batch; ``cancel`` is any object
        with ``is_set()`` (e.g. ``threading.Event``); a cancelled rebuild raises
        :class:`Cancelled` and leaves the previous index in use.
        """
        import os

        procs = self.procs or (2 if (os.cpu_count() or 1) >= 2 else 1)
        with self._open_lock, self.folder.write_lock:
            try:
                self.folder.prepare_root()
                with housekeeping.announce_build(self.folder.root) as own:
                    return self._rebuild(procs, progress, cancel, own)
            except OSError as exc:
                if not _is_read_only(exc):
                    raise
                raise IndexProblem(
                    f"the index folder {self.source.index_dir} is read-only; make it writable "
                    "and rebuild the index"
                ) from exc

    def _rebuild(self, procs: int, progress, cancel, own) -> SyncReport:
        seq = sync.max_seq(self.source)
        with self.source.reading() as reader:
            builder = DocBuilder(reader)
            total = builder.count_all()
            if total < 5000:
                procs = 1
            ix = self.folder.rebuild(builder.iter_all(), total, seq, progress, cancel, procs)
        if not housekeeping.any_build_live(self.folder.root, ignore=own):
            sync.forget_through(self.source, seq)  # else another build may still need them
        self.source.clear_rebuild_request()
        old = self._ix
        with self._read_lock:
            self._searcher = None
            self._ix = ix
            self._marker_seen = self.folder.marker_identity()
        if old is not None:
            old.close()
        report = sync.drain(self.source, ix, self.folder, self._delete_uids, own_build=own)
        report.rebuilt = True
        return report

    # --- reading -------------------------------------------------------------

    def _current_searcher(self):
        if self._pin is not None:
            return self._pin
        ix = self._ensure()
        s = self._searcher
        if s is None or not s.up_to_date():
            # segment readers of unchanged segments are reused (see readers.py)
            s = self._searcher = self._pool.searcher(ix)
            self._pool.retain(s)
            self._norms.retain({segment_key(r) for r, _ in s.reader().leaf_readers()})
        return s

    def scorer(self) -> Scorer:
        """A BM25F scorer over the current index (callers hold ``_read_lock``)."""
        return Scorer(self._current_searcher(), self._norms)

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        limit: int = 20,
        offset: int = 0,
        snippets: bool = True,
    ) -> SearchResult:
        """Keyword search (syntax in docs/matching.md). Never raises on bad input."""
        self._ensure()
        stale = self._catch_up()
        raw = query or ""
        query = clean_text(raw)
        if query != raw:
            stale = " ".join(n for n in (stale, REPLACED_NOTICE) if n)

        def run() -> SearchResult:
            searcher = self._current_searcher()
            return keyword.run(self, searcher, query, filters or SearchFilters(), limit, offset, snippets)

        result = self._reading(run)
        if stale:
            result.notice = f"{stale} {result.notice}" if result.notice else stale
        return result

    def match(
        self,
        text: str | None = None,
        case_id: str | None = None,
        solved_only: bool = False,
        limit: int = 10,
        product: str | None = None,
        customer: str | None = None,
        explain_hits: bool = True,
        group_similar: bool = True,
        types: tuple[str, ...] = tuple(MATCH_GROUPS),
        feedback: team_feedback.FeedbackView | None = None,
    ) -> MatchResult:
        """Similar cases, articles and runbooks for a pasted fault or a case.

        ``text``: free text (fault, log excerpt, stack trace); its first line
        is taken as a title when there are several lines. ``case_id``: match an
        archived case (its own record is left out). ``solved_only``: cases in a
        solved status only. ``types``: the result groups wanted. Each hit
        carries ``reasons``. ``group_similar``: near-duplicates (same
        resolution or near-identical text, see :mod:`kbdesk.search.grouping`)
        are folded into the best of them (``MatchHit.similar``), so ``limit``
        hits are ``limit`` different answers. ``feedback``: what the team
        linked or dismissed (:mod:`kbdesk.search.feedback`).
        """
        self._ensure()
        stale = self._catch_up()
        query = self._match_query(text, case_id, product, customer)
        if isinstance(query, str):
            return MatchResult([], [], [], [], [], notice=query)
        title, body, ctx, exclude, cut_notice = query
        notice = " ".join(n for n in (stale, cut_notice) if n) or None
        learn = feedback is not None and not feedback.is_empty()
        depth = limit * GROUP_DEPTH if group_similar else limit
        if learn:
            depth = max(depth, team_feedback.depth(limit))
        # scored once, for the deepest ranking grouping may need (see _Ranking)
        final = max(depth, MAX_GROUP_DEPTH) if group_similar else depth
        def rank():
            return self._match_ranking(title, body, exclude, solved_only, final + 1, types, first=depth + 1)

        plan, ranking = self._reading(rank)
        loaded: dict[str, tuple[list[MatchHit], dict[str, dict]]] = {}  # docs read once per match
        seen: dict[str, frozenset[int]] = {}  # shingles computed once per match
        while True:
            try:
                ranked = ranking.top(depth + 1)
            except _Moved:  # the index changed since: score again (its docnums are others now)
                plan, ranking = self._reading(rank)
                ranked = ranking.top(depth + 1)
            ranked = {g: [(u, sc) for u, sc in found if u != exclude] for g, found in ranked.items()}
            learned: dict[str, list[dict]] = {}
            if learn:
                assert feedback is not None
                ranked, learned = team_feedback.apply(feedback, ranked, case_id, solved_only,
                                                      similar_cases=limit)
            result = MatchResult([], [], [], explain.key_terms(plan), plan.codes, notice=notice)
            exhausted = True
            for rtype, found in ranked.items():
                hits, docs = self._match_hits(rtype, found if group_similar else found[:limit], loaded)
                if group_similar:
                    groups = group_items(hits, partial(_hit_text, docs=docs), lambda h: h.resolution,
                                         shingles_of=partial(_hit_shingles, docs=docs, memo=seen))
                    if len(groups) < limit and len(found) >= depth:
                        exhausted = False  # more candidates may bring more answers
                    hits = [_folded(g) for g in groups[:limit]]
                if explain_hits:
                    for hit in hits:
                        _explain(hit, docs[hit.record_id], plan, ctx)
                for hit in hits:  # the team's reasons first: they say why the hit came
                    hit.reasons[:0] = learned.get(uid(rtype, hit.record_id), [])
                    for member in hit.similar:
                        member.reasons[:0] = learned.get(uid(rtype, member.record_id), [])
                getattr(result, MATCH_GROUPS[rtype]).extend(hits)
            if exhausted or depth >= MAX_GROUP_DEPTH:
                return result
            depth = min(MAX_GROUP_DEPTH, depth * 4)

    def match_ids(self, text: str, limit: int = 100) -> list[str]:
        """Record ids of the best-matching cases for a text, every case kept
        (no grouping, no explanations: used by the evaluation)."""
        self._ensure()
        title, body, _, _, _ = self._match_query(text, None, None, None)
        _, ranked = self._ranked(title, body, None, False, limit, ("case",))
        return [split_uid(u)[1] for u, _ in ranked["case"]]

    def _match_query(self, text, case_id, product, customer):
        """(title, body, context, excluded uid, notice) of a match, or why there is nothing to match."""
        text, cut_notice = cap_match_text(clean_text(text or ""))
        title, body = split_title(text)
        ctx: dict[str, str] = {"product": product or "", "customer": customer or ""}
        exclude = None
        if case_id:
            doc = self.documents([uid("case", case_id)]).get(uid("case", case_id))
            if doc is None:
                return f"No case with id {case_id!r}."
            own_files = attachment_excerpt(doc)  # capped: a 50 MB log must not drown the case
            title = doc["title"]
            body = "\n".join(x for x in (doc["body"], own_files, text) if x)
            ctx = {"product": doc.get("product", ""), "customer": doc.get("customer", "")}
            exclude = uid("case", case_id)
        if not (title or body).strip():
            return "Nothing to match: the text is empty."
        return title, body, ctx, exclude, cut_notice

    def _ranked(self, title: str, body: str, exclude: str | None, solved_only: bool, k: int, types):
        """The one matching pipeline: the plan and the best ``k`` (uid, score)
        of each wanted result group (``exclude``: the matched case's own uid)."""
        return self._reading(lambda: self._match_scores(title, body, exclude, solved_only, k, types))

    def _match_scores(self, title, body, exclude, solved_only: bool, k: int, types):
        """:meth:`_ranked` under the read lock."""
        plan, ranking = self._match_ranking(title, body, exclude, solved_only, k, types)
        return plan, ranking.top(k)

    def _match_ranking(self, title, body, exclude, solved_only: bool, k: int, types, first: int | None = None):
        """The plan and a :class:`_Ranking` good for every depth up to ``k``
        (under the read lock). ``first``: the depth asked first (the rest of
        the candidates is re-ranked when a deeper ranking is asked for)."""
        scorer = self.scorer()
        matcher = FaultMatcher(scorer, self.params, self._doc_terms(scorer))
        plan = matcher.plan(title, body, self_in_index=exclude is not None)
        rtypes = scorer.column("rtype")
        solved = scorer.column("solved")
        group_of = _match_groups(scorer, rtypes, solved, solved_only, types)
        reranks = matcher.reranks(plan)
        depth = max(k, self.params.rerank_depth) if reranks else k
        if self.params.prf_docs:
            scores = matcher.score(plan)
            excluded = scorer.searcher.document_number(uid=exclude) if exclude else None
            scores = matcher._feedback(plan, scores, lambda d: d != excluded and group_of.of[d] is not None)
        else:
            scores = matcher.score(plan, depth, group_of)
        groups = _top_by_group(scores, rtypes, solved, solved_only, depth, types)
        ranking = _Ranking(self, scorer, matcher, plan, groups, self.params.rerank_depth if reranks else 0)
        ranking.prepare(first or k)
        return plan, ranking

    def documents(
        self, uids: list[str], load: Callable[[Any, str, list[str]], dict[str, Any]] | None = None
    ) -> dict[str, Any]:
        """``load(reader, record type, ids) -> {id: value}`` for each type of
        ``uids`` (default: the index documents); the values by uid."""
        by_type: dict[str, list[str]] = {}
        for u in uids:
            rt, rid = split_uid(u)
            by_type.setdefault(rt, []).append(rid)
        out: dict[str, Any] = {}
        with self.source.reading() as reader:
            builder = DocBuilder(reader)
            for rt, ids in by_type.items():
                found = load(reader, rt, ids) if load is not None else builder.load(rt, ids)
                out.update((uid(rt, rid), v) for rid, v in found.items())
        return out

    def _titles(self, scorer, docnums: list[int]) -> list[str]:
        """Titles of indexed documents (read from the database)."""
        if not docnums:
            return []
        uids = [scorer.stored_uid(d) for d in docnums]
        titles = self.documents(uids, _load_titles)
        return [titles.get(u, "") for u in uids]

    def _doc_terms(self, scorer):
        """Callback giving the analysed terms of indexed docs (read from the DB)."""
        if not self.params.prf_docs:
            return None

        def terms_of(docnums: list[int]) -> list[list[str]]:
            uids = [scorer.stored_uid(d) for d in docnums]
            docs = self.documents(uids)
            return [query_terms(f"{d['title']}\n{d['body']}") if d else [] for d in map(docs.get, uids)]

        return terms_of

    def _match_hits(
        self, rtype: str, hits: list[tuple[str, float]], loaded: dict | None = None
    ) -> tuple[list[MatchHit], dict[str, dict]]:
        """Hits (not explained yet) of the records that still exist, and their
        documents by id. ``loaded``: (document, resolution) by uid read before
        in this match (read again otherwise; filled in)."""
        if not hits:
            return [], {}
        loaded = {} if loaded is None else loaded
        ids = [split_uid(u)[1] for u, _ in hits]
        missing = [rid for u, rid in zip((u for u, _ in hits), ids, strict=True) if u not in loaded]
        if missing:
            with self.source.reading() as reader:
                found = DocBuilder(reader).load(rtype, missing)
                extra = _resolutions(reader, rtype, missing)
            for rid in missing:
                loaded[uid(rtype, rid)] = (found.get(rid), extra.get(rid, ""))
        docs: dict[str, dict] = {}
        out = []
        for (u, sc), rid in zip(hits, ids, strict=True):
            doc, resolution = loaded[u]
            if doc is None:  # deleted since the index was read
                continue
            docs[rid] = doc
            out.append(
                MatchHit(
                    record_type=rtype,
                    record_id=rid,
                    title=doc["title"],
                    score=round(sc, 4),
                    reasons=[],
                    status=doc.get("status", ""),
                    product=doc.get("product", ""),
                    customer=doc.get("customer", ""),
                    resolution=resolution,
                    solved=doc.get("solved") == "1",
                )
            )
        return out, docs

    def indexed_count(self) -> int:
        """Number of records in the index."""
        return self._reading(lambda: self._current_searcher().doc_count())


def _match_groups(scorer, rtypes, solved, solved_only: bool, types=tuple(MATCH_GROUPS)):
    """Result group of each document for :meth:`SearchService.match`."""

    def group(d: int):
        rt = rtypes[d]
        if rt not in types or (solved_only and rt == "case" and solved[d] != "1"):
            return None
        return rt

    return scorer.group_map(("match", solved_only, tuple(types)), group)


def _top_by_group(scores, rtypes, solved, solved_only, k, types=tuple(MATCH_GROUPS)):
    """The best ``k`` (docnum, score) of each match group, without a full sort."""

    def ok(d: int, group: str) -> bool:
        rt = rtypes[d] if d < len(rtypes) else ""
        return rt == group and not (group == "case" and solved_only and solved[d] != "1")

    by_score = itemgetter(1)
    n_top = max(200, 20 * k)
    if len(scores) <= 8 * n_top:  # the same list (nlargest is a stable sort's prefix), sorted in C
        top = sorted(scores.items(), key=by_score, reverse=True)[:n_top]
    else:
        top = heapq.nlargest(n_top, scores.items(), key=by_score)
    groups: dict[str, list[tuple[int, float]]] = {g: [] for g in MATCH_GROUPS if g in types}
    for d, sc in top:
        for g, hits in groups.items():
            if len(hits) < k and ok(d, g):
                hits.append((d, sc))
    unfilled: dict[str, list[tuple[int, float]]] = {g: [] for g, hits in groups.items() if len(hits) < k}
    if unfilled and len(top) < len(scores):  # one pass over the rest for every unfilled group
        n = len(rtypes)
        for d, sc in scores.items():
            bucket = unfilled.get(rtypes[d] if d < n else "")
            if bucket is not None and not (solved_only and solved[d] != "1" and rtypes[d] == "case"):
                bucket.append((d, sc))
        for g, cands in unfilled.items():
            groups[g] = heapq.nlargest(k, cands, key=by_score)
    return groups


def _explain(hit: MatchHit, doc: dict, plan, ctx: dict[str, str]) -> None:
    """Fill in why ``hit`` matched and its snippet around what it shares."""
    hit.reasons = explain.reasons(plan, doc, ctx)
    shown = [t for r in hit.reasons for t in r.get("terms", []) + r.get("codes", [])]
    hit.snippet = explain.shared_snippet(doc.get("body") or doc["title"], shown)


def _hit_text(hit: MatchHit, docs: dict[str, dict]) -> str:
    doc = docs[hit.record_id]
    return f"{doc['title']}\n{doc.get('body') or ''}"


def _hit_shingles(hit: MatchHit, docs: dict[str, dict], memo: dict[str, frozenset[int]]) -> frozenset[int]:
    """The hit's shingles, computed once per match (deeper rankings group the same hits again)."""
    sh = memo.get(hit.record_id)
    if sh is None:
        sh = memo[hit.record_id] = shingles(_hit_text(hit, docs))
    return sh


class _Moved(Exception):
    """The index changed between the scoring of a match and a deeper ranking of it."""


class _Ranking:
    """One scoring of a match, ranked at any depth up to the one it was scored for.

    ``groups``: per result group, the best (docnum, score) by score. The
    re-ranked score of a candidate does not depend on the depth (it blends
    the score, relative to the group's best, with the candidate's own title
    cover), so the ranking at depth ``k`` is the first ``max(k, rerank_depth)``
    candidates sorted by it, cut to ``k``: what scoring again for ``k`` would
    give, without scoring again. Candidates are re-ranked (their titles read)
    as deep as asked for; deeper ones later, on the same searcher (else
    :class:`_Moved` is raised).
    """

    def __init__(self, service, scorer, matcher, plan, groups, rerank_depth: int):
        self.service = service
        self.scorer = scorer
        self.matcher = matcher
        self.plan = plan
        self.groups = groups
        self.rerank_depth = rerank_depth  # 0: not re-ranked
        self.ready: dict[str, list[tuple[str, float, float]]] = {g: [] for g in groups}  # (uid, score, re-ranked)

    def _need(self, k: int) -> int:
        return max(k, self.rerank_depth) if self.rerank_depth else k

    def prepare(self, k: int) -> None:
        """Uids and re-ranked scores of the candidates a depth-``k`` ranking uses (under the read lock)."""
        n = self._need(k)
        for g, hits in self.groups.items():
            done = self.ready[g]
            more = hits[len(done) : n]
            if not more:
                continue
            docnums = [d for d, _ in more]
            if self.rerank_depth:
                titles = self.service._titles(self.scorer, docnums)
                # best = the group's first score, as when all are re-ranked at once
                rescored = dict(self.matcher.rerank(self.plan, more, titles, best=hits[0][1]))
            else:
                rescored = dict(more)
            done.extend((self.scorer.stored_uid(d), sc, rescored[d]) for d, sc in more)

    def top(self, k: int) -> dict[str, list[tuple[str, float]]]:
        """The best ``k`` (uid, score) of each group."""
        n = self._need(k)
        if any(len(self.ready[g]) < min(n, len(hits)) for g, hits in self.groups.items()):
            self.service._reading(partial(self._prepare_same, k))
        out = {}
        for g, cands in self.ready.items():
            if not self.rerank_depth:
                out[g] = [(u, sc) for u, sc, _ in cands[:k]]
                continue
            pool = sorted(cands[:n], key=lambda c: -c[2])  # stable, as rerank
            out[g] = [(u, r) for u, _, r in pool[:k]]
        return out

    def _prepare_same(self, k: int) -> None:
        if self.service._current_searcher() is not self.scorer.searcher:
            raise _Moved
        self.prepare(k)


def _folded(group) -> MatchHit:
    """A group's leader carrying the others as ``similar``."""
    hit = group.leader
    hit.similar = [member for member, _ in group.members]
    for member, why in group.members:
        member.like = why
    return hit


def _load_titles(reader, rtype: str, ids: list[str]) -> dict[str, str]:
    return reader.titles(rtype, ids) if rtype in TITLED else {}


def _resolutions(reader, rtype: str, ids: list[str]) -> dict[str, str]:
    """What solved each case (root cause, resolution, workaround) or article (its solution)."""
    if rtype == "case":
        cases: list[CaseRecord] = reader.records("case", ids)
        return {r.id: "\n".join(x for x in (r.root_cause, r.resolution, r.workaround) if x) for r in cases}
    if rtype == "article":
        return {r.id: r.solution or "" for r in reader.records("article", ids)}
    return {}


assert set(MATCH_GROUPS) <= set(INDEXED)
