"""A team archive's copy before kbdesk upgrades its schema: ``pg_dump``.

The same promise as a SQLite archive's ``kbdesk.sqlite.schemaN.bak``: the
archive as it was, restorable with ``pg_restore``, before any step runs.
The dump goes to this desktop's cache folder; no dump, no upgrade.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from ..errors import ArchiveError
from .team import describe


def dump_before_upgrade(url: str, password: str | None, folder: Path, version: int) -> Path:
    tool = shutil.which("pg_dump")
    where = describe(url)
    if tool is None:
        raise ArchiveError(
            f"The team archive {where} needs a schema upgrade (schema {version}), and kbdesk makes a copy "
            "with pg_dump first, but pg_dump is not installed here. Install the PostgreSQL client tools "
            "(apt-get install postgresql-client), or ask the admin to upgrade; nothing was changed."
        )
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"before-schema{version}-upgrade.dump"
    partial = target.with_suffix(".dump.part")
    env = dict(os.environ)
    if password:
        env["PGPASSWORD"] = password
    result = subprocess.run(
        [tool, "--format=custom", f"--file={partial}", f"--dbname={url}"],
        capture_output=True, text=True, env=env,
    )
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        reason = (result.stderr.strip().splitlines() or ["no message"])[-1]
        raise ArchiveError(
            f"The copy of {where} before its schema upgrade failed ({reason}); the upgrade did not run "
            "and nothing was changed."
        )
    os.replace(partial, target)
    return target
