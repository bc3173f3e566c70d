"""Who may do what in a team archive, enforced by PostgreSQL itself.

Each person logs in as their own role; what they may do comes from the group
role they are a member of. GRANTs decide which tables a group may write; row
level security adds the rule a GRANT cannot say: only leads and admins may
mark a case "not a fault". Only leads and admins may delete a case (GRANT).
A reader writes nothing.

The roles are cluster-wide, so their names carry the database's name: two
team archives on one server keep separate teams.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

ROLES = ("reader", "engineer", "operator", "trainer", "lead", "admin")

# Bookkeeping every writer touches: the audit trail, the change feed, attachments, links, feedback.
_SHARED = ("audit_log", "index_queue", "feed_head", "case_counters", "blobs", "blob_chunks", "attachments",
           "attachment_texts", "links", "match_feedback")
_CASES = ("customers", "contacts", "cases", "case_timeline", "escalations", "customer_notifications",
          "case_confirmations", "actions", "service_records", "complaints", "surveys", "articles",
          "article_versions")
_RUNBOOKS = ("runbooks", "runbook_steps", "drills", "drill_step_results")
_TRAINING = ("courses", "materials", "training_sessions", "attendance")

# Tables each group may INSERT into and UPDATE (and DELETE from, except cases: leads only).
WRITES: dict[str, tuple[str, ...]] = {
    "reader": (),
    "engineer": _SHARED + _CASES,
    "operator": _SHARED + _CASES + _RUNBOOKS,
    "trainer": _SHARED + _TRAINING,
    "lead": _SHARED + _CASES + _RUNBOOKS + _TRAINING,
}
_NAME = re.compile(r"\A[a-z_][a-z0-9_]{0,62}\Z")


def group(database: str, role: str) -> str:
    return _ident(f"kbdesk_{database}_{role}"[:63])


def _ident(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"{name!r} is not a plain PostgreSQL name (lowercase letters, digits, _)")
    return name


def install(conn: Connection) -> None:
    """Create the group roles (once) and give them their rights; run by the archive's owner."""
    db = conn.execute(text("SELECT current_database()")).scalar_one()
    db_key = re.sub(r"[^a-z0-9_]", "_", db.lower())
    names = {r: group(db_key, r) for r in ROLES}
    for name in names.values():
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
        if not exists:
            conn.execute(text(f'CREATE ROLE "{name}" NOLOGIN'))
    conn.execute(text(f'GRANT CONNECT ON DATABASE "{db}" TO ' + ", ".join(f'"{n}"' for n in names.values())))
    for name in names.values():
        conn.execute(text(f'GRANT USAGE ON SCHEMA public TO "{name}"'))
        conn.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{name}"'))
    for role, tables in WRITES.items():
        if tables:
            conn.execute(text(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{names[role]}"'))
        for table in tables:
            rights = "INSERT, UPDATE" if table == "cases" else "INSERT, UPDATE, DELETE"
            conn.execute(text(f'GRANT {rights} ON "{table}" TO "{names[role]}"'))
    conn.execute(text(f'GRANT DELETE ON cases TO "{names["lead"]}"'))
    admin = names["admin"]
    conn.execute(text(f'GRANT ALL ON ALL TABLES IN SCHEMA public TO "{admin}"'))
    conn.execute(text(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{admin}"'))
    # Not a fault: a decision for leads (the spec's quota and reports depend on it).
    conn.execute(text("ALTER TABLE cases ENABLE ROW LEVEL SECURITY"))
    lead_or_admin = (f"(NOT not_a_fault OR pg_has_role(current_user, '{names['lead']}', 'MEMBER')"
                     f" OR pg_has_role(current_user, '{admin}', 'MEMBER'))")
    for policy, clause in (
        ("kbdesk_cases_read", "FOR SELECT USING (true)"),
        ("kbdesk_cases_delete", "FOR DELETE USING (true)"),
        ("kbdesk_cases_insert", f"FOR INSERT WITH CHECK {lead_or_admin}"),
        ("kbdesk_cases_update", f"FOR UPDATE USING (true) WITH CHECK {lead_or_admin}"),
    ):
        conn.execute(text(f"DROP POLICY IF EXISTS {policy} ON cases"))
        conn.execute(text(f"CREATE POLICY {policy} ON cases {clause}"))


def add_user(conn: Connection, name: str, role: str, password: str | None) -> None:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}: one of {', '.join(ROLES)}")
    db = conn.execute(text("SELECT current_database()")).scalar_one()
    db_key = re.sub(r"[^a-z0-9_]", "_", db.lower())
    user = _ident(name)
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": user}).first()
    if not exists:
        conn.execute(text(f'CREATE ROLE "{user}" LOGIN'))
    if password:
        quoted = conn.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar_one()
        conn.execute(text(f'ALTER ROLE "{user}" PASSWORD {quoted}'))
    for other in ROLES:
        conn.execute(text(f'REVOKE "{group(db_key, other)}" FROM "{user}"'))
    conn.execute(text(f'GRANT "{group(db_key, role)}" TO "{user}"'))


def users(conn: Connection) -> list[tuple[str, str]]:
    db = conn.execute(text("SELECT current_database()")).scalar_one()
    db_key = re.sub(r"[^a-z0-9_]", "_", db.lower())
    prefix = f"kbdesk_{db_key}_"
    rows = conn.execute(text(
        "SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid"
        " JOIN pg_roles m ON m.oid = a.member WHERE g.rolname LIKE :p ORDER BY 1"), {"p": prefix + "%"})
    return [(user, grp[len(prefix):]) for user, grp in rows]
