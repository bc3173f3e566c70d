"""One change broadcast: every write returns what changed; views refresh from it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    record_type: str
    record_id: str
    action: str  # create | update | delete | import


@dataclass
class ChangeSet:
    changes: list[Change] = field(default_factory=list)

    def add(self, record_type: str, record_id: str, action: str) -> None:
        self.changes.append(Change(record_type, record_id, action))

    def extend(self, other: ChangeSet) -> None:
        self.changes.extend(other.changes)

    def types(self) -> set[str]:
        return {c.record_type for c in self.changes}

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
