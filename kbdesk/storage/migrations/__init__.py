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


def _add_dossier_indexes(conn: Connection) -> None:
    # A customer's dossier pages its cases newest first; escalations are walked by time.
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_cases_customer_reported ON cases (customer_id, reported_at)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_escalations_at ON escalations (at)"))
    # Counting a customer's open cases reads the index alone, not 100k rows.
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_cases_customer_status ON cases (customer_id, status)"))


def _add_customer_steps(conn: Connection) -> None:
    """Customer notifications and the recovery plan / approval / verification records."""
    conn.execute(text(
        "CREATE TABLE customer_notifications ("
        " id VARCHAR(32) NOT NULL, case_id VARCHAR(32) NOT NULL, contact_id VARCHAR(32),"
        " contact_name VARCHAR(100) NOT NULL, channel VARCHAR(20) NOT NULL, at DATETIME NOT NULL,"
        " notified_by VARCHAR(100) NOT NULL, note TEXT NOT NULL, PRIMARY KEY (id),"
        " FOREIGN KEY(case_id) REFERENCES cases (id) ON DELETE CASCADE,"
        " FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE SET NULL)"))
    conn.execute(text("CREATE INDEX ix_customer_notifications_case_id ON customer_notifications (case_id)"))
    conn.execute(text("CREATE INDEX ix_customer_notifications_contact_id ON customer_notifications (contact_id)"))
    conn.execute(text(
        "CREATE TABLE case_confirmations ("
        " id VARCHAR(32) NOT NULL, case_id VARCHAR(32) NOT NULL, kind VARCHAR(30) NOT NULL,"
        " at DATETIME NOT NULL, person VARCHAR(100) NOT NULL, passed BOOLEAN NOT NULL, text TEXT NOT NULL,"
        " PRIMARY KEY (id), FOREIGN KEY(case_id) REFERENCES cases (id) ON DELETE CASCADE)"))
    conn.execute(text("CREATE INDEX ix_case_confirmations_case_id ON case_confirmations (case_id)"))


def _add_drill_runs(conn: Connection) -> None:
    """Drills run step by step: run state and times, per-step status and plan."""
    for statement in (
        "ALTER TABLE drills ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'finished'",
        "ALTER TABLE drills ADD COLUMN started_at DATETIME",
        "ALTER TABLE drills ADD COLUMN ended_at DATETIME",
        "CREATE INDEX ix_drills_status ON drills (status)",
        "ALTER TABLE drill_step_results ADD COLUMN status VARCHAR(10) NOT NULL DEFAULT 'done'",
        "ALTER TABLE drill_step_results ADD COLUMN planned_minutes INTEGER",
        "ALTER TABLE drill_step_results ADD COLUMN action TEXT NOT NULL DEFAULT ''",
        # Results recorded before: a failed one was ok = false; copy the step's text and estimate.
        "UPDATE drill_step_results SET status = 'failed' WHERE ok = 0",
        "UPDATE drill_step_results SET action = COALESCE((SELECT action FROM runbook_steps"
        " WHERE runbook_steps.id = drill_step_results.step_id), ''),"
        " planned_minutes = (SELECT estimated_minutes FROM runbook_steps"
        " WHERE runbook_steps.id = drill_step_results.step_id)",
    ):
        conn.execute(text(statement))


def _add_runbook_markdown_fields(conn: Connection) -> None:
    """Steps imported from Markdown keep their phase and commands; a runbook or a
    customer may override the plan's drill interval."""
    for statement in (
        "ALTER TABLE runbook_steps ADD COLUMN phase VARCHAR(200) NOT NULL DEFAULT ''",
        "ALTER TABLE runbook_steps ADD COLUMN commands JSON NOT NULL DEFAULT '[]'",
        "ALTER TABLE runbooks ADD COLUMN drill_interval_months INTEGER",
        "ALTER TABLE customers ADD COLUMN drill_interval_months INTEGER",
    ):
        conn.execute(text(statement))


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


def _add_match_feedback(conn: Connection) -> None:
    """Links, dismissals and confirmations made on match suggestions."""
    conn.execute(text(
        "CREATE TABLE match_feedback ("
        " id VARCHAR(32) NOT NULL, kind VARCHAR(20) NOT NULL, case_id VARCHAR(32),"
        " query_key VARCHAR(64) NOT NULL, query_text TEXT NOT NULL,"
        " target_type VARCHAR(40) NOT NULL, target_id VARCHAR(32) NOT NULL,"
        " link_id VARCHAR(32), made_link BOOLEAN NOT NULL, actor VARCHAR(100) NOT NULL,"
        " at DATETIME NOT NULL, PRIMARY KEY (id),"
        " FOREIGN KEY(case_id) REFERENCES cases (id) ON DELETE CASCADE,"
        " FOREIGN KEY(link_id) REFERENCES links (id) ON DELETE CASCADE)"))
    conn.execute(text("CREATE INDEX ix_match_feedback_case_id ON match_feedback (case_id)"))
    conn.execute(text("CREATE INDEX ix_match_feedback_query_key ON match_feedback (query_key)"))
    conn.execute(text("CREATE INDEX ix_match_feedback_link_id ON match_feedback (link_id)"))
    conn.execute(text("CREATE INDEX ix_match_feedback_target ON match_feedback (target_type, target_id)"))


MIGRATIONS: list[tuple[str, Migration]] = [
    ("0001_initial", _run_sql_file("m0001_initial.sql")),
    ("0002_index_queue", _add_index_queue),
    ("0003_drill_runs", _add_drill_runs),
    ("0004_runbook_markdown_fields", _add_runbook_markdown_fields),
    ("0005_attachment_texts", _add_attachment_texts),
    ("0006_dossier_indexes", _add_dossier_indexes),
    ("0007_material_files", _add_material_files),
    ("0008_customer_notifications_and_confirmations", _add_customer_steps),
    ("0009_match_feedback", _add_match_feedback),
]

LEGACY_VERSION = len(MIGRATIONS)  # then Alembic: kbdesk.storage.schema
