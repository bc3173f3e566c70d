"""case counters: per-year case number counters for a team archive

``case_counters`` holds, per year, the highest case number handed out. In a
team archive (PostgreSQL) numbers are taken from it in a short transaction of
their own, so two people creating cases at once never get the same number and
a long import never holds a lock others wait for. A SQLite archive has one
writer at a time and keeps taking the highest stored number + 1: it leaves
the table empty.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_counters",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year"),
    )


def downgrade() -> None:
    op.drop_table("case_counters")
