"""The change feed of a team archive: one monotonic revision per COMMIT.

Every write queues its index changes in ``index_queue`` in its own
transaction (the unit of work does that on both engines). In a team archive
the rows are kept, and just before COMMIT the transaction takes the next
revision from the single ``feed_head`` row and stamps its rows with it. The
row lock is held only from that UPDATE to COMMIT, so a later commit always
gets a higher revision: a client that has applied revision R has seen every
change committed before it. ``pg_notify`` wakes the other desktops; it is
delivered at COMMIT and not at all on ROLLBACK.
"""

from __future__ import annotations

from sqlalchemy import event, text
from sqlalchemy.orm import Session, sessionmaker

CHANNEL = "kbdesk_changes"


def stamp_revision(session: Session) -> int | None:
    """Give this transaction's queued changes the next revision (PostgreSQL only)."""
    session.flush()
    if not session.execute(text("SELECT 1 FROM index_queue WHERE revision IS NULL LIMIT 1")).first():
        return None
    revision = session.execute(
        text("UPDATE feed_head SET revision = revision + 1 WHERE id = 1 RETURNING revision")
    ).scalar_one()
    session.execute(text("UPDATE index_queue SET revision = :r WHERE revision IS NULL"), {"r": revision})
    session.execute(text("SELECT pg_notify(:channel, :r)"), {"channel": CHANNEL, "r": str(revision)})
    return revision


def install(factory: sessionmaker) -> None:
    event.listen(factory, "before_commit", stamp_revision)


def head(conn) -> int:
    return conn.execute(text("SELECT revision FROM feed_head WHERE id = 1")).scalar_one()
