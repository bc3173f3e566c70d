"""Move a SQLite archive into an empty team archive (``kbdesk migrate --to URL``).

The SQL work is in :mod:`kbdesk.storage.team_copy` (only storage/ imports
SQLAlchemy); this module opens both archives and turns failures into sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import KbdeskError
from ..services.archives import Archive
from ..storage import team
from ..storage.team_copy import TargetNotEmpty, copy_archive


def migrate_to_team(source: Archive, url: str, password: str | None = None, cache_root: Path | None = None,
                    progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Copy ``source`` (a SQLite archive) into the empty PostgreSQL database at ``url``."""
    if source.is_team:
        raise KbdeskError("kbdesk migrate copies a SQLite archive; the open archive is already a team archive.")
    try:
        target = Archive.create_team(url, cache_root=cache_root, password=password)
    except KbdeskError as e:
        raise KbdeskError(f"Nothing was copied: {e}") from e
    try:
        return copy_archive(source.engine, target.engine, source.root / "attachments", progress)
    except TargetNotEmpty as e:
        raise KbdeskError(f"{team.describe(url)} is not empty ({e}); nothing was copied. "
                          "Migrate into a new, empty database.") from e
    except Exception as e:
        raise KbdeskError(f"The migration to {team.describe(url)} failed and was rolled back, so the team "
                          f"archive holds no copied records: {e}") from e
    finally:
        target.close()
