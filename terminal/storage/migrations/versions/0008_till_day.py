"""The till's day: its openings and closings (Z numbers), cash movements, and the Z counter

`till_day` holds each day of the till, opened with a counted float and closed by a Z report whose
number `z_counter` hands out in the closing's own transaction (gapless, never reset);
`till_cash_movement` the cash put in or taken out of the drawer outside a sale.

Revision ID: 0008_till_day
Revises: 0005
Create Date: 2026-12-02

Rule: never drop or rewrite unsynced outbox rows (status 'pending'/'failed'); use batch_alter_table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_till_day"
down_revision = "0007_central_staff"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "till_day",
        sa.Column("day_id", sa.String(36), primary_key=True),
        sa.Column("store_id", sa.String(32), nullable=False),
        sa.Column("terminal_id", sa.String(32), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("opened_at", sa.String(32), nullable=False),
        sa.Column("opened_by", sa.String(32), nullable=False),
        sa.Column("float_minor", sa.Integer(), nullable=False),
        sa.Column("float_count", sa.Text(), nullable=False),
        sa.Column("first_seq", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.String(32)),
        sa.Column("closed_by", sa.String(32)),
        sa.Column("z_number", sa.Integer()),
        sa.Column("last_seq", sa.Integer()),
        sa.Column("closing", sa.Text()),
        sa.CheckConstraint("status IN ('open', 'closed')", name="ck_till_day_status"),
    )
    op.create_index("uq_till_day_terminal_z", "till_day", ["terminal_id", "z_number"], unique=True)
    op.create_index(
        "uq_till_day_one_open",
        "till_day",
        ["terminal_id"],
        unique=True,
        sqlite_where=sa.text("status = 'open'"),
    )
    op.create_table(
        "till_cash_movement",
        sa.Column("movement_id", sa.String(36), primary_key=True),
        sa.Column("day_id", sa.String(36), sa.ForeignKey("till_day.day_id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.String(32), nullable=False),
        sa.Column("approver_id", sa.String(32)),
        sa.Column("occurred_at", sa.String(32), nullable=False),
        sa.CheckConstraint("kind IN ('cash_in', 'cash_out')", name="ck_till_cash_movement_kind"),
    )
    op.create_index("ix_till_cash_movement_day_id", "till_cash_movement", ["day_id"])
    op.create_table(
        "z_counter",
        sa.Column("terminal_id", sa.String(32), primary_key=True),
        sa.Column("next_z", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("z_counter")
    op.drop_index("ix_till_cash_movement_day_id", "till_cash_movement")
    op.drop_table("till_cash_movement")
    op.drop_index("uq_till_day_one_open", "till_day")
    op.drop_index("uq_till_day_terminal_z", "till_day")
    op.drop_table("till_day")
