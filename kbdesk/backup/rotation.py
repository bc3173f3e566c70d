"""Which automatic backups to keep: the newest of each of the last N days,
weeks and months that have one (grandfather-father-son). Pure: no files."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class RotationPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def backups_to_keep(items: Iterable[tuple[T, datetime]], policy: RotationPolicy) -> set[T]:
    """``items``: (backup, when taken). Returns the backups to keep; the newest
    is always kept, whatever the policy says."""
    ordered = sorted(items, key=lambda it: it[1], reverse=True)
    keep: set[T] = {ordered[0][0]} if ordered else set()
    periods: list[tuple[int, Callable[[datetime], Hashable]]] = [
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: t.isocalendar()[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    ]
    for count, period_of in periods:
        seen: set[Hashable] = set()
        for item, when in ordered:  # newest first: the first of a period is its newest
            period = period_of(when)
            if period in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(period)
            keep.add(item)
    return keep
