"""uq_terminal_event_seq led by seq: (seq, store_id, terminal_id) instead of (store_id, terminal_id, seq)

The same uniqueness (one event per terminal and seq). Led by (store, terminal) it competed with the
primary key (store, terminal, event_id) for a batch's look-up of its known event ids: without
statistics (a server whose autovacuum is off, or before its first ANALYZE) PostgreSQL took it and read
every event the till ever sent, ~10 ms more per 500 events of history for each pushed batch. Led by seq
it serves no look-up by terminal, so the primary key is the only index for one (docs/performance.md,
"The 500-sale batch profiled"). Nothing reads events by (store, terminal) in seq order.

Revision ID: 0016_terminal_event_seq_order
Revises: 0015_store_timezone
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0016_terminal_event_seq_order"
down_revision = "0015_store_timezone"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("terminal_event", schema=None) as batch_op:
        batch_op.drop_constraint("uq_terminal_event_seq", type_="unique")
        batch_op.create_unique_constraint("uq_terminal_event_seq", ["seq", "store_id", "terminal_id"])


def downgrade() -> None:
    with op.batch_alter_table("terminal_event", schema=None) as batch_op:
        batch_op.drop_constraint("uq_terminal_event_seq", type_="unique")
        batch_op.create_unique_constraint("uq_terminal_event_seq", ["store_id", "terminal_id", "seq"])
