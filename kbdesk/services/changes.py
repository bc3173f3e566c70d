"""One change broadcast: every write returns what changed; views refresh from it.

A :class:`ChangeSet` is plain, immutable data: it crosses threads (a worker's
write reaches the GUI thread) and processes (an import job reports it on a
line, see :meth:`ChangeSet.summary_line`). The unit of work builds one per
transaction (:mod:`kbdesk.services.unit_of_work`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class ChangeKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"


# The audit trail's verbs (kept as they are stored) and what they mean to a view.
KIND_OF_ACTION = {
    "create": ChangeKind.CREATED, "import": ChangeKind.CREATED,
    "update": ChangeKind.UPDATED, "delete": ChangeKind.DELETED,
}


@dataclass(frozen=True)
class Change:
    """Records of one type changed the same way. ``ids`` empty: any record of
    the type may have changed (another process wrote to the archive)."""

    record_type: str
    ids: tuple[str, ...]
    kind: ChangeKind
    fields: frozenset[str] = frozenset()  # for an update: the fields that changed


@dataclass(frozen=True)
class ChangeSet:
    """What one write (or a coalesced burst of writes) changed, by whom, from where.

    ``affected`` names records whose shown content went stale without being
    written themselves: the case of a new timeline entry, the owner of an
    attachment (the same records the index outbox queues).
    """

    changes: tuple[Change, ...] = ()
    actor: str = ""
    origin: str = ""  # the view (or "cli", "import", …) that started the write
    affected: frozenset[tuple[str, str]] = field(default_factory=frozenset)

    @classmethod
    def of(cls, record_type: str, *ids: str, kind: ChangeKind = ChangeKind.UPDATED,
           actor: str = "", origin: str = "") -> ChangeSet:
        return cls((Change(record_type, tuple(ids), kind),), actor, origin)

    @classmethod
    def everything(cls, record_types: Iterable[str], origin: str = "") -> ChangeSet:
        """Any record of these types may have changed (ids unknown)."""
        return cls(tuple(Change(t, (), ChangeKind.UPDATED) for t in record_types), origin=origin)

    def types(self) -> set[str]:
        return {c.record_type for c in self.changes}

    def ids(self, record_type: str) -> set[str]:
        return {i for c in self.changes if c.record_type == record_type for i in c.ids}

    def kinds(self, record_type: str) -> set[ChangeKind]:
        return {c.kind for c in self.changes if c.record_type == record_type}

    def touches(self, record_type: str, record_id: str) -> bool:
        """Did this record change, or something shown with it (its timeline, its files)?"""
        if (record_type, record_id) in self.affected:
            return True
        return any(c.record_type == record_type and (not c.ids or record_id in c.ids) for c in self.changes)

    def unspecific(self, record_type: str) -> bool:
        """Records of this type changed, but which is not known (another process wrote)."""
        return any(c.record_type == record_type and not c.ids for c in self.changes)

    def merged(self, other: ChangeSet) -> ChangeSet:
        """Both, as one broadcast; actor and origin kept only where they agree."""
        if not other:
            return self
        if not self:
            return other
        return ChangeSet(
            self.changes + other.changes,
            self.actor if self.actor == other.actor else "",
            self.origin if self.origin == other.origin else "",
            self.affected | other.affected,
        )

    def summary_line(self) -> str:
        """``type:count`` pairs, for a job process to tell the GUI what it changed."""
        counts: dict[str, int] = {}
        for c in self.changes:
            counts[c.record_type] = counts.get(c.record_type, 0) + len(c.ids)
        return " ".join(f"{t}:{n}" for t, n in counts.items())

    @classmethod
    def from_summary_line(cls, line: str, origin: str = "") -> ChangeSet:
        """The record types a job reported (ids are not carried across processes)."""
        types = [part.split(":", 1)[0] for part in line.split() if part.split(":", 1)[0]]
        return cls.everything(dict.fromkeys(types), origin=origin)

    def __bool__(self) -> bool:
        return bool(self.changes)


Listener = Callable[[ChangeSet], None]


class ChangeHub:
    """Plain-Python observer list; the GUI adapts it to a Qt signal."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def publish(self, changes: ChangeSet) -> None:
        if changes:
            for listener in list(self._listeners):
                listener(changes)
