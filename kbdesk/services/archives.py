"""Opening an archive and holding it: what the front ends use from the storage engine.

The GUI and the CLI open, create and lock archives through here, never
through :mod:`kbdesk.storage` itself (storage is swappable behind services).
"""

from __future__ import annotations

from ..storage.archive import Archive
from ..storage.instance_lock import ArchiveInUseError, InstanceLock, LockedOnOtherHostError

__all__ = ["Archive", "ArchiveInUseError", "InstanceLock", "LockedOnOtherHostError"]
