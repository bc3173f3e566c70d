"""team feed: change revisions, row versions, attachment blobs in the database

- ``index_queue.revision``: in a team archive every committed write gets one
  monotonic revision (all rows of a transaction share it); each desktop's
  index catches up from the last revision it applied. SQLite archives leave
  it empty and delete drained rows as before.
- ``feed_head``: the one row that hands out revisions at COMMIT, so commit
  order and revision order agree (see kbdesk.storage.feed).
- ``row_version`` on every record a person edits: optimistic versioning, a save
  made over a record changed since it was opened is refused, not lost.
- ``blobs`` / ``blob_chunks``: a team archive keeps attachment files in the
  database, content-addressed, in chunks so they stream.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

VERSIONED = (
    "customers", "contacts", "cases", "articles", "runbooks", "drills", "courses", "materials",
    "training_sessions", "service_records", "complaints", "surveys", "actions",
)


def upgrade() -> None:
    op.add_column("index_queue", sa.Column("revision", sa.BigInteger(), nullable=True))
    op.create_index("ix_index_queue_revision", "index_queue", ["revision"])
    op.create_table(
        "feed_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("INSERT INTO feed_head (id, revision) VALUES (1, 0)")
    for table in VERSIONED:
        op.add_column(table, sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "blob_chunks",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["sha256"], ["blobs.sha256"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("sha256", "seq"),
    )
