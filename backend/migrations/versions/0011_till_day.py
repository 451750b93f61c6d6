"""till's day: openings with their float, cash movements, Z closings (issue 11)

`till_opening` (`till.opened`), `cash_movement` (`cash.movement`, until now kept only in the
terminal_event row) and `till_closing` (`till.closed` schema 1 and 2). The day view per store reads
them by store and time.

Revision ID: 0011_till_day
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backend.models.base import UtcDateTime

revision = "0011_till_day"
down_revision = "0010_staff"
branch_labels = None
depends_on = None


def _store_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["store_id"], ["store.store_id"], name=op.f(f"fk_{table}_store_id_store"))


def upgrade() -> None:
    op.create_table(
        "till_opening",
        sa.Column("day_id", sa.String(length=36), nullable=False),
        sa.Column("store_id", sa.String(length=16), nullable=False),
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.String(length=64), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("float_minor", sa.BigInteger(), nullable=False),
        sa.Column("denominations", sa.JSON(), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("occurred_at", UtcDateTime(), nullable=False),
        _store_fk("till_opening"),
        sa.PrimaryKeyConstraint("day_id", name=op.f("pk_till_opening")),
    )
    op.create_index("ix_till_opening_store", "till_opening", ["store_id", "occurred_at"])
    op.create_table(
        "cash_movement",
        sa.Column("movement_id", sa.String(length=36), nullable=False),
        sa.Column("store_id", sa.String(length=16), nullable=False),
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.String(length=64), nullable=False),
        sa.Column("approver_id", sa.String(length=64), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("occurred_at", UtcDateTime(), nullable=False),
        _store_fk("cash_movement"),
        sa.PrimaryKeyConstraint("movement_id", name=op.f("pk_cash_movement")),
    )
    op.create_index("ix_cash_movement_store", "cash_movement", ["store_id", "occurred_at"])
    op.create_table(
        "till_closing",
        sa.Column("closing_id", sa.String(length=36), nullable=False),
        sa.Column("store_id", sa.String(length=16), nullable=False),
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.String(length=64), nullable=False),
        sa.Column("z_number", sa.BigInteger(), nullable=False),
        sa.Column("day_id", sa.String(length=36), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("opened_at", UtcDateTime(), nullable=False),
        sa.Column("closed_at", UtcDateTime(), nullable=False),
        sa.Column("sales_count", sa.Integer(), nullable=False),
        sa.Column("gross_minor", sa.BigInteger(), nullable=False),
        sa.Column("float_minor", sa.BigInteger(), nullable=True),
        sa.Column("cash_in_minor", sa.BigInteger(), nullable=True),
        sa.Column("cash_out_minor", sa.BigInteger(), nullable=True),
        sa.Column("tenders", sa.JSON(), nullable=False),
        sa.Column("counted_cash", sa.JSON(), nullable=False),
        sa.Column("difference_minor", sa.BigInteger(), nullable=False),
        sa.Column("difference_reason", sa.String(length=200), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        _store_fk("till_closing"),
        sa.PrimaryKeyConstraint("closing_id", name=op.f("pk_till_closing")),
    )
    op.create_index("ix_till_closing_store", "till_closing", ["store_id", "closed_at"])
    op.create_index("ix_till_closing_terminal_z", "till_closing", ["store_id", "terminal_id", "z_number"])


def downgrade() -> None:
    op.drop_index("ix_till_closing_terminal_z", "till_closing")
    op.drop_index("ix_till_closing_store", "till_closing")
    op.drop_table("till_closing")
    op.drop_index("ix_cash_movement_store", "cash_movement")
    op.drop_table("cash_movement")
    op.drop_index("ix_till_opening_store", "till_opening")
    op.drop_table("till_opening")
