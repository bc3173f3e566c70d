"""One answer per solution: near-duplicate match hits grouped under one hit.

A presentation step after ranking (the ranking and the eval runs keep every
record). Two candidates are the same answer when

* **their resolutions are the same** once normalised (Unicode NFKC, case
  folded, volatile values masked as below, whitespace and punctuation
  removed; at least
  :data:`MIN_RESOLUTION_CHARS` characters left, so an empty or one-word
  resolution never merges two cases), or
* **their texts are near-identical**: the Jaccard similarity of their
  3-token shingle sets (w-shingling, Broder 1997) is at least
  :data:`NEAR_IDENTICAL`. Tokens are Latin/digit words and single Chinese
  characters, so both scripts and mixed text are compared alike; volatile
  values (instance ids, IPs, dates, times, long numbers, hex addresses) are
  masked, so two reports that differ only by the host or the hour compare equal.

Grouping is greedy in rank order: a candidate joins the first group whose
leader shares its resolution key or is near-identical to it, else it leads a
new group. Comparing with the leader only (not with every member) keeps
groups from chaining A≈B≈C into one where A and C differ. The sets are
compared exactly (a few hundred candidates at most: cheaper than estimating
Jaccard with MinHash). Thresholds and the measurements behind them:
docs/matching.md, "One answer per solution".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

MIN_RESOLUTION_CHARS = 8
NEAR_IDENTICAL = 0.7  # Jaccard of 3-token shingle sets
SHINGLE = 3
TEXT_CHARS = 3000  # characters of a text compared (its start: title, description, first lines)

SAME_RESOLUTION = "same_resolution"
NEAR_IDENTICAL_TEXT = "near_identical"

_NOT_KEY = re.compile(r"[\W_]+", re.UNICODE)
# volatile values: IPv4, dates, times, hex addresses, long numbers, long mixed letter+digit ids
_VOLATILE = re.compile(
    r"\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b"
    r"|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\b"
    r"|\b0x[0-9a-f]{6,}\b"
    r"|\b\d{6,}\b"
    r"|\b(?=[0-9a-z_-]*\d)(?=[0-9a-z_-]*[a-z])[0-9a-z][0-9a-z_-]{7,}\b"
)
_TOKEN = re.compile(r"[0-9a-z]+|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|§")

T = TypeVar("T")


def resolution_key(resolution: str | None) -> str | None:
    """The normalised resolution two hits must share to be one answer, or
    None when it is too short to say (empty, "已解决", "restart")."""
    if not resolution:
        return None
    low = unicodedata.normalize("NFKC", resolution).casefold()
    key = _NOT_KEY.sub("", _VOLATILE.sub("§", low))
    return key if len(key) >= MIN_RESOLUTION_CHARS else None


def tokens(text: str) -> list[str]:
    """Words and Chinese characters of ``text``, volatile identifiers as ``§``."""
    low = unicodedata.normalize("NFKC", text[:TEXT_CHARS]).casefold()
    return _TOKEN.findall(_VOLATILE.sub(" § ", low))


def shingles(text: str) -> frozenset[int]:
    """Hashed 3-token shingles of ``text`` (its tokens when it has fewer)."""
    toks = tokens(text)
    if len(toks) < SHINGLE:
        return frozenset([hash(tuple(toks))]) if toks else frozenset()
    return frozenset(hash(tuple(toks[i : i + SHINGLE])) for i in range(len(toks) - SHINGLE + 1))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


@dataclass
class Group(Generic[T]):
    """One answer: the best-ranked item and the items like it, in rank order."""

    leader: T
    members: list[tuple[T, str]] = field(default_factory=list)  # (item, SAME_RESOLUTION | NEAR_IDENTICAL_TEXT)


def group_items(
    items: Sequence[T],
    text: Callable[[T], str],
    resolution: Callable[[T], str | None],
    threshold: float = NEAR_IDENTICAL,
    shingles_of: Callable[[T], frozenset[int]] | None = None,
) -> list[Group[T]]:
    """Items (best first) grouped into answers, groups in the order of their leaders.

    ``shingles_of(item)``: the item's :func:`shingles` (default: of ``text(item)``;
    pass a memo when the same items are grouped more than once)."""
    groups: list[Group[T]] = []
    by_key: dict[str, Group[T]] = {}
    leader_sets: list[frozenset[int]] = []
    for item in items:
        key = resolution_key(resolution(item))
        if key is not None and key in by_key:
            by_key[key].members.append((item, SAME_RESOLUTION))
            continue
        sh = shingles_of(item) if shingles_of is not None else shingles(text(item))
        near = None
        if threshold <= 1.0:
            for g, lsh in zip(groups, leader_sets, strict=True):
                if jaccard(sh, lsh) >= threshold:
                    near = g
                    break
        if near is not None:
            near.members.append((item, NEAR_IDENTICAL_TEXT))
            if key is not None:
                by_key.setdefault(key, near)
            continue
        g = Group(item)
        groups.append(g)
        leader_sets.append(sh)
        if key is not None:
            by_key[key] = g
    return groups
