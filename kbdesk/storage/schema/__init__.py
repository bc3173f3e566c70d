"""One set of migrations for SQLite and PostgreSQL, run by Alembic.

The revisions live in ``versions/``; ``0009`` is the baseline, the schema the
pre-Alembic steps of :mod:`kbdesk.storage.migrations` built. A SQLite
archive from before Alembic runs those steps up to 0009 and is stamped there;
everything after is an Alembic revision, the same for both engines.

Alembic is driven from code (no ``alembic.ini``, no ``env.py``): the archive
hands over the connection it already holds, so the whole upgrade is one
transaction on both engines (both have transactional DDL). Every revision
also adds its name to the ``migrations`` table; the schema version shown to
users is the number of rows there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from ...domain.clock import utcnow
from ..migrations import MIGRATIONS as LEGACY

BASELINE = "0009"
_SCRIPTS = Path(__file__).parent


def _script() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    return ScriptDirectory.from_config(config)


def _revisions() -> list[str]:
    """Revision ids from the baseline to the head, oldest first."""
    return [r.revision for r in reversed(list(_script().walk_revisions()))]


REVISIONS = _revisions()
HEAD = REVISIONS[-1]
SCHEMA_VERSION = len(LEGACY) + len(REVISIONS) - 1  # the baseline is legacy step 0009


def revision_name(revision: str) -> str:
    doc = (_script().get_revision(revision).doc or "").split(":")[0].strip()
    return f"{revision}_{doc.replace(' ', '_')}" if doc else revision


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(conn: Connection, from_version: int, target: str | None = None) -> None:
    """Bring the schema of ``conn`` to ``target`` (the head), inside its transaction.

    ``from_version``: rows in ``migrations`` now (0 for an empty database)."""
    target = target or HEAD
    if 0 < from_version < len(LEGACY) or (from_version == len(LEGACY) and current_revision(conn) is None):
        # A SQLite archive from before Alembic: the old steps, then stamp the baseline.
        for name, apply in LEGACY[from_version:]:
            apply(conn)
            _record(conn, name)
        MigrationContext.configure(conn).stamp(_script(), BASELINE)
    script = _script()

    def steps(rev, _context):
        return script._upgrade_revs(target, rev)

    def recorded(ctx: Any, step: Any, heads: Any, run_args: Any) -> None:
        if step.is_upgrade and step.up_revision_id != BASELINE:  # the baseline records the legacy names
            _record(conn, revision_name(step.up_revision_id))

    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    with EnvironmentContext(config, script, fn=steps, destination_rev=target) as env:
        env.configure(connection=conn, on_version_apply=recorded, transaction_per_migration=False)
        with env.begin_transaction():
            env.run_migrations()


def _record(conn: Connection, name: str) -> None:
    conn.execute(
        text("INSERT INTO migrations(name, applied_at) VALUES (:n, :t)"),
        {"n": name, "t": utcnow().replace(tzinfo=None)},
    )


def record_legacy_names(conn: Connection) -> None:
    """The baseline's rows in ``migrations``: a new archive lists the same steps as an upgraded one."""
    for name, _ in LEGACY:
        _record(conn, name)
