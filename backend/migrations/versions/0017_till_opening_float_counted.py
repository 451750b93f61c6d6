"""till_opening.float_counted: false for a day the till opened itself for its first receipt

A till that completes a receipt while it has never had a day opens one in that receipt's transaction,
with a float of 0 that nobody counted (`till.opened` schema 2, docs/adr/0024-the-first-day-opens-itself.md).
Every opening stored before was counted (schema 1), hence the server default.

Revision ID: 0017_till_opening_float_counted
Revises: 0016_terminal_event_seq_order
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_till_opening_float_counted"
down_revision = "0016_terminal_event_seq_order"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("till_opening", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("float_counted", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table("till_opening", schema=None) as batch_op:
        batch_op.drop_column("float_counted")
