"""till_day.float_counted: false for a day the till opened itself for its first receipt

A till that completes a receipt (or moves cash) while it has never had a day opens one in that same
transaction, before the receipt's number, with a float of 0 that nobody counted; its Z says so
(docs/adr/0024-the-first-day-opens-itself.md). Every day stored before was opened with a count.

Revision ID: 0009_till_day_float_counted
Revises: 0008_till_day
Create Date: 2026-12-03

Rule: never drop or rewrite unsynced outbox rows (status 'pending'/'failed'); use batch_alter_table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_till_day_float_counted"
down_revision = "0008_till_day"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("till_day", schema=None) as batch_op:
        batch_op.add_column(sa.Column("float_counted", sa.Boolean(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("till_day", schema=None) as batch_op:
        batch_op.drop_column("float_counted")
