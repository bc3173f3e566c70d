"""A small BM25F scorer that reads Whoosh postings block by block.

Whoosh's own matchers walk postings one call at a time; for the selected terms
of a long fault text that is too slow. Here each term's posting blocks are
decoded once and accumulated in a dict; per-document length norms are cached
per segment (segments are immutable; deletions are re-read on each searcher).
"""

from __future__ import annotations

import math
import threading
from array import array
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.util.numeric import byte_to_length

_BYTE_LEN = [byte_to_length(i) for i in range(256)]
CACHE_MIN_DF = 200  # cache decoded postings of terms in at least this many docs (2000 before: docs/matching.md)
CACHE_POSTINGS = 10_000_000  # ≈ 80 MB of ids + tfs (3M thrashed at 200k documents: docs/matching.md)
DF_CACHE_TERMS = 200_000  # document frequencies kept per segment (and per set of segments)
UID_CACHE_DOCS = 500_000  # uids kept per segment


def segment_key(reader) -> object:
    """What caches key a leaf reader by: its segment, or the reader itself
    (an empty index reads through a reader with no segment)."""
    seg = getattr(reader, "_segment", None)
    return seg.segment_id() if seg is not None else id(reader)


class _Leaf:
    __slots__ = ("deleted", "offset", "reader", "seg_id")

    def __init__(self, reader, offset: int):
        self.reader = reader
        self.offset = offset
        self.seg_id = segment_key(reader)
        self.deleted = reader.deleted_docs_set if reader.has_deletions() else frozenset()


class NormCache:
    """Per-segment, per-field length norms (1 - b + b·len/avg), shared by searchers."""

    def __init__(self) -> None:
        self._norms: dict[tuple, list[float]] = {}
        self._columns: dict[tuple, list] = {}
        self.groups: dict[tuple, GroupMap] = {}
        self._postings: OrderedDict[tuple, tuple[array, array]] = OrderedDict()
        self._dfs: dict[object, dict[tuple[str, str], int]] = {}  # per segment
        self._total_dfs: dict[tuple, dict[tuple[str, str], int]] = {}  # per set of segments
        self._uids: dict[object, dict[int, str]] = {}  # per segment: local docnum → uid
        self._posting_total = 0
        self._lock = threading.Lock()

    def norms(self, leaf: _Leaf, field: str, avg: float, b: float) -> list[float]:
        key = (leaf.seg_id, field, round(avg, 1), b)
        norms = self._norms.get(key)
        if norms is None:
            lengths = _lengths(leaf.reader, field)
            avg = avg or 1.0
            # an empty field has no postings: its norm is never used (avoid 1/0)
            norms = [1.0 / ((1.0 - b + b * _BYTE_LEN[x] / avg) or 1.0) for x in lengths]
            with self._lock:
                self._norms[key] = norms
        return norms

    def retain(self, seg_ids: set) -> None:
        """Forget everything about segments not in ``seg_ids`` (call when the
        searcher changes; entries of live segments stay valid)."""
        with self._lock:
            for cache in (self._norms, self._columns):
                for key in [k for k in cache if k[0] not in seg_ids]:
                    del cache[key]
            for key in [k for k in self._postings if k[0] not in seg_ids]:
                self._posting_total -= len(self._postings.pop(key)[0])
            for key in [k for k in self.groups if not set(k[0]) <= seg_ids]:
                del self.groups[key]
            for seg in [k for k in self._dfs if k not in seg_ids]:
                del self._dfs[seg]
            for seg in [k for k in self._uids if k not in seg_ids]:
                del self._uids[seg]
            for key in [k for k in self._total_dfs if not set(k) <= seg_ids]:
                del self._total_dfs[key]

    def total_dfs(self, seg_ids: tuple) -> dict[tuple[str, str], int]:
        """Document frequencies summed over a set of segments (what
        :meth:`Scorer.df` computes), shared by the searchers of that set."""
        dfs = self._total_dfs.get(seg_ids)
        if dfs is None or len(dfs) >= DF_CACHE_TERMS:
            with self._lock:
                if len(self._total_dfs) >= 4:
                    self._total_dfs.clear()
                dfs = self._total_dfs[seg_ids] = {}
        return dfs

    def uid(self, leaf: _Leaf, docnum: int) -> str:
        """Stored uid of a local docnum (a segment's stored fields never change)."""
        uids = self._uids.get(leaf.seg_id)
        if uids is None:
            with self._lock:
                uids = self._uids.setdefault(leaf.seg_id, {})
        v = uids.get(docnum)
        if v is None:
            if len(uids) >= UID_CACHE_DOCS:
                uids.clear()
            v = uids[docnum] = leaf.reader.stored_fields(docnum).get("uid", "")
        return v

    def df(self, leaf: _Leaf, field: str, term: str) -> int:
        """Document frequency of a term in one segment (deleted documents
        included, as Whoosh counts them), cached: segments never change."""
        dfs = self._dfs.get(leaf.seg_id)
        if dfs is None:
            with self._lock:
                dfs = self._dfs.setdefault(leaf.seg_id, {})
        key = (field, term)
        v = dfs.get(key)
        if v is None:
            if len(dfs) >= DF_CACHE_TERMS:
                dfs.clear()
            v = dfs[key] = leaf.reader.doc_frequency(field, term)
        return v

    def postings(self, leaf: _Leaf, field: str, term: str, df: int):
        """Whole decoded posting list (ids, tfs) of a common term, or None.

        Decoding Whoosh blocks (unpickling positions too) is most of the cost
        of a common term; the lists of terms in ``CACHE_MIN_DF``+ documents are
        kept (least recently used first out, ``CACHE_POSTINGS`` in all)."""
        if df < CACHE_MIN_DF:
            return None
        key = (leaf.seg_id, field, term)
        hit = self._postings.get(key)
        if hit is not None:
            with self._lock:
                if key in self._postings:
                    self._postings.move_to_end(key)
            return hit
        ids, tfs = array("I"), array("f")
        for bids, btfs in _postings(leaf, field, term):
            ids.extend(bids)
            tfs.extend(btfs)
        with self._lock:
            self._postings[key] = (ids, tfs)
            self._posting_total += len(ids)
            while self._posting_total > CACHE_POSTINGS and len(self._postings) > 1:
                _, (old, _) = self._postings.popitem(last=False)
                self._posting_total -= len(old)
        return ids, tfs

    def column(self, leaf: _Leaf, field: str) -> list:
        key = (leaf.seg_id, field)
        values = self._columns.get(key)
        if values is None:
            reader = leaf.reader
            if reader.has_column(field):
                values = list(reader.column_reader(field))
            else:
                values = [""] * reader.doc_count_all()
            with self._lock:
                self._columns[key] = values
        return values


def _lengths(reader, field: str) -> bytes | list[int]:
    perdoc = reader._perdoc
    col = perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
    n = reader.doc_count_all()
    if col is None:
        return [0] * n
    return [col[i] for i in range(n)]


def _matcher(leaf: _Leaf, field: str, term: str):
    reader = leaf.reader
    try:
        btext = reader._text_to_bytes(field, term)
        fmt = reader.schema[field].format
        return reader._terms.matcher(field, btext, fmt)
    except Exception:
        return None


def _postings(leaf: _Leaf, field: str, term: str):
    """Yield (ids, tfs) blocks of one term in one segment."""
    m = _matcher(leaf, field, term)
    if m is None:
        return
    if isinstance(m, W3LeafMatcher):
        while not m._atend:
            m._read_ids()
            m._read_weights()
            yield m._ids, m._weights
            m._next_block()
    else:  # pragma: no cover - other codecs
        ids, tfs = [], []
        while m.is_active():
            ids.append(m.id())
            tfs.append(m.weight())
            m.next()
        yield ids, tfs


def block_postings(leaf: _Leaf, term: str, field: str):
    """Yield (max id, load) per posting block; ``load()`` decodes (ids, tfs).

    A block whose ``load`` is never called is skipped without decoding."""
    m = _matcher(leaf, field, term)
    if m is None:
        return
    if not isinstance(m, W3LeafMatcher):  # pragma: no cover - other codecs
        for ids, tfs in _postings(leaf, field, term):
            if len(ids):
                yield ids[-1], lambda ids=ids, tfs=tfs: (ids, tfs)
        return

    def load():
        m._read_ids()
        m._read_weights()
        return m._ids, m._weights

    while not m._atend:
        yield m._maxid, load
        m._next_block()


class GroupMap:
    """Result group of every global docnum (``of``) and the docs of each group."""

    def __init__(self, of: list):
        self.of = of
        self.docs: dict = {}
        for d, g in enumerate(of):
            if g is not None:
                self.docs.setdefault(g, []).append(d)


class Scorer:
    """BM25F over the fields of one Whoosh searcher."""

    def __init__(self, searcher, cache: NormCache):
        self.searcher = searcher
        self.cache = cache
        self.leaves = [_Leaf(s.reader(), off) for s, off in searcher.leaf_searchers()]
        self.N = max(searcher.doc_count(), 1)
        self._avg: dict[str, float] = {}
        self._df = cache.total_dfs(tuple(leaf.seg_id for leaf in self.leaves))
        self._starts = [leaf.offset for leaf in self.leaves]

    def avg(self, field: str) -> float:
        if field not in self._avg:
            self._avg[field] = self.searcher.avg_field_length(field, 1.0) or 1.0
        return self._avg[field]

    def df(self, field: str, term: str) -> int:
        key = (field, term)
        v = self._df.get(key)
        if v is None:
            v = self._df[key] = sum(self.cache.df(leaf, field, term) for leaf in self.leaves)
        return v

    def idf(self, df: int) -> float:
        return math.log(1.0 + (self.N - df + 0.5) / (df + 0.5))

    def bm25f(
        self,
        terms: dict[str, float],
        fields: dict[str, tuple[float, float]],
        k1: float = 1.2,
        dfs: dict[str, int] | None = None,
        out: dict[int, float] | None = None,
        scale: float = 1.0,
    ) -> dict[int, float]:
        """Scores by global docnum: Σ qw·idf·tf̃/(k1+tf̃), tf̃ = Σ_f w_f·tf_f/norm_f.

        ``terms`` maps term → query weight; ``fields`` maps field → (weight, b).
        """
        scores: dict[int, float] = {} if out is None else out
        for term, qw in terms.items():
            df = dfs[term] if dfs and term in dfs else max(self.df(f, term) for f in fields)
            if df > 0:
                self.accumulate(term, fields, qw * self.idf(df) * scale, k1, scores)
        return scores

    def accumulate(self, term: str, fields, weight: float, k1: float, scores: dict[int, float]) -> None:
        """Add one term's BM25F contribution to ``scores`` (every posting)."""
        acc: dict[int, float] = {}
        get = acc.get
        for leaf in self.leaves:
            off = leaf.offset
            deleted = leaf.deleted
            for field, (fw, b) in fields.items():
                norms = self.cache.norms(leaf, field, self.avg(field), b)
                cached = self.cache.postings(leaf, field, term, self.df(field, term))
                for ids, tfs in (cached,) if cached else _postings(leaf, field, term):
                    if deleted:
                        for d, tf in zip(ids, tfs, strict=False):
                            if d not in deleted:
                                g = d + off
                                acc[g] = get(g, 0.0) + fw * tf * norms[d]
                    else:
                        for d, tf in zip(ids, tfs, strict=False):
                            g = d + off
                            acc[g] = get(g, 0.0) + fw * tf * norms[d]
        k = k1
        sget = scores.get
        for g, x in acc.items():
            scores[g] = sget(g, 0.0) + weight * x * (k + 1.0) / (x + k)

    def split_by_leaf(self, docnums) -> dict[int, list[int]]:
        """Live global docnums as sorted local docnums per leaf index."""
        out: dict[int, list[int]] = {}
        starts = [leaf.offset for leaf in self.leaves]
        for g in sorted(docnums):
            li = bisect_right(starts, g) - 1
            leaf = self.leaves[li]
            d = g - leaf.offset
            if d not in leaf.deleted:
                out.setdefault(li, []).append(d)
        return out

    def group_map(self, key, group: Callable[[int], object]) -> GroupMap:
        """Groups of all documents, ``group(global docnum)``; cached per segment set."""
        ckey = (tuple(leaf.seg_id for leaf in self.leaves), key)
        gm = self.cache.groups.get(ckey)
        if gm is None:
            n = sum(leaf.reader.doc_count_all() for leaf in self.leaves)
            gm = GroupMap([group(d) for d in range(n)])
            with self.cache._lock:
                if len(self.cache.groups) > 8:
                    self.cache.groups.clear()
                self.cache.groups[ckey] = gm
        return gm

    def term_docs(self, field: str, term: str) -> set[int]:
        """Global docnums of the live documents having ``term`` in ``field``."""
        out: set[int] = set()
        df = self.df(field, term)
        if df <= 0:
            return out
        for leaf in self.leaves:
            off, deleted = leaf.offset, leaf.deleted
            cached = self.cache.postings(leaf, field, term, df)
            for ids, _ in (cached,) if cached else _postings(leaf, field, term):
                if deleted:
                    ids = [d for d in ids if d not in deleted]
                out.update(map(off.__add__, ids) if off else ids)
        return out

    def docs_with(self, field: str, values: Iterable[str]) -> set[int]:
        """Global docnums having any of ``values`` in ``field``."""
        out: set[int] = set()
        for value in values:
            for leaf in self.leaves:
                for ids, _ in _postings(leaf, field, value):
                    out.update(d + leaf.offset for d in ids if d not in leaf.deleted)
        return out

    def column(self, field: str) -> list:
        """Column values for every global docnum (cached per segment)."""
        out: list = []
        for leaf in self.leaves:
            out.extend(self.cache.column(leaf, field))
        return out

    def stored_uid(self, docnum: int) -> str:
        leaf = self.leaves[bisect_right(self._starts, docnum) - 1]
        return self.cache.uid(leaf, docnum - leaf.offset)
