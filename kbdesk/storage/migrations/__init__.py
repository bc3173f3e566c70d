"""Named migrations, recorded in the archive's ``migrations`` table.

A new archive runs every migration in order, so a fresh archive and an
upgraded one take the same path. The schema version is the number of
migrations applied; an archive whose version is higher than ours was written
by a newer kbdesk and is refused untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

from sqlalchemy import Connection, text

Migration = Callable[[Connection], None]


def _run_sql_file(name: str) -> Migration:
    def apply(conn: Connection) -> None:
        script = resources.files(__package__).joinpath(name).read_text("utf-8")
        code = "\n".join(line for line in script.splitlines() if not line.startswith("--"))
        for statement in code.split(";"):
            if statement.strip():
                conn.exec_driver_sql(statement)

    return apply


def _add_index_queue(conn: Connection) -> None:
    conn.execute(
        text(
            "CREATE TABLE index_queue ("
            " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
            " record_type VARCHAR(40) NOT NULL,"
            " record_id VARCHAR(32) NOT NULL,"
            " op VARCHAR(10) NOT NULL,"
            " queued_at DATETIME NOT NULL)"
        )
    )
    # Everything already in the archive must reach the new index once.
    conn.execute(text("INSERT INTO meta(key, value) VALUES ('index_rebuild_needed', '1')"))


def _add_attachment_texts(conn: Connection) -> None:
    conn.execute(
        text(
            "CREATE TABLE attachment_texts ("
            " sha256 VARCHAR(64) NOT NULL PRIMARY KEY,"
            " extractor_version INTEGER NOT NULL,"
            " status VARCHAR(20) NOT NULL,"
            " reason VARCHAR(500) NOT NULL,"
            " text TEXT NOT NULL,"
            " extracted_at DATETIME NOT NULL)"
        )
    )


def _add_material_files(conn: Connection) -> None:
    # A replaced file stays as an earlier version: the new row names the old one.
    conn.execute(text("ALTER TABLE attachments ADD COLUMN replaces_id VARCHAR(32)"))
    conn.execute(text("CREATE INDEX ix_attachments_replaces_id ON attachments (replaces_id)"))
    # Materials imported from a course folder keep the subfolder they came from.
    conn.execute(text("ALTER TABLE materials ADD COLUMN section VARCHAR(200) NOT NULL DEFAULT ''"))


MIGRATIONS: list[tuple[str, Migration]] = [
    ("0001_initial", _run_sql_file("m0001_initial.sql")),
    ("0002_index_queue", _add_index_queue),
    ("0003_attachment_texts", _add_attachment_texts),
    ("0004_material_files", _add_material_files),
]

SCHEMA_VERSION = len(MIGRATIONS)
