"""pickup lifecycle: picking figures, deadline, reminders, code attempts, claims, refund requests

`web_order` learns when it became ready, its pickup deadline (`pickup_by`) and reminder time
(`remind_at`, `reminded_at`), the pickup-code attempt counter and lock, the till's live claim and the
handover that settled it. `web_order_line` learns its catalogue name, the picked and short figures and
how much of its reservation is released (so cancel, expiry, handover and refusal never release twice).
`store` holds its pickup days and reminder lead. `refund_request` records money a web payment owes
back (refused or missing lines, an expired paid order).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backend.models.base import UtcDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("store", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pickup_days", sa.Integer(), server_default="7", nullable=False))
        batch_op.add_column(
            sa.Column("reminder_lead_hours", sa.Integer(), server_default="48", nullable=False)
        )
        batch_op.add_column(sa.Column("grace_hours", sa.Integer(), server_default="24", nullable=False))
    with op.batch_alter_table("web_order", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ready_at", UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column("pickup_by", UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column("remind_at", UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column("expire_at", UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column("reminded_at", UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column("code_attempts", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("code_locked_until", UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column("claimed_by", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("claimed_at", UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column("claim_handover_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("handover_id", sa.String(length=36), nullable=True))
        batch_op.create_index("ix_web_order_status_expire_at", ["status", "expire_at"])
        batch_op.create_index("ix_web_order_status_remind_at", ["status", "remind_at"])
        batch_op.create_index(batch_op.f("ix_web_order_replaces_order_number"), ["replaces_order_number"])
    with op.batch_alter_table("web_order_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name", sa.String(length=200), server_default="", nullable=False))
        batch_op.add_column(sa.Column("picked_milli", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("short_milli", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("released_milli", sa.BigInteger(), server_default="0", nullable=False))
    # Reservations already released before this migration: all of a cancelled or expired order's,
    # what was handed over of a collected one.
    op.execute(
        "UPDATE web_order_line SET released_milli = quantity_milli WHERE order_number IN "
        "(SELECT order_number FROM web_order WHERE status IN ('cancelled', 'expired'))"
    )
    op.execute(
        "UPDATE web_order_line SET released_milli = CASE WHEN collected_milli < quantity_milli "
        "THEN collected_milli ELSE quantity_milli END WHERE order_number IN "
        "(SELECT order_number FROM web_order WHERE status IN ('collected', 'partially_collected'))"
    )
    op.execute(
        "UPDATE web_order_line SET name = COALESCE((SELECT p.name FROM product p "
        "WHERE p.sku = web_order_line.sku), '')"
    )
    op.create_table(
        "refund_request",
        sa.Column("request_id", sa.String(length=64), nullable=False),
        sa.Column("order_number", sa.String(length=64), nullable=False),
        sa.Column("store_id", sa.String(length=16), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(length=120), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_number"],
            ["web_order.order_number"],
            name=op.f("fk_refund_request_order_number_web_order"),
        ),
        sa.PrimaryKeyConstraint("request_id", name=op.f("pk_refund_request")),
    )
    with op.batch_alter_table("refund_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refund_request_order_number"), ["order_number"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("refund_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refund_request_order_number"))
    op.drop_table("refund_request")
    with op.batch_alter_table("web_order_line", schema=None) as batch_op:
        for column in ("released_milli", "short_milli", "picked_milli", "name"):
            batch_op.drop_column(column)
    with op.batch_alter_table("web_order", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_web_order_replaces_order_number"))
        batch_op.drop_index("ix_web_order_status_remind_at")
        batch_op.drop_index("ix_web_order_status_expire_at")
        for column in (
            "handover_id",
            "claim_handover_id",
            "claimed_at",
            "claimed_by",
            "code_locked_until",
            "code_attempts",
            "reminded_at",
            "expire_at",
            "remind_at",
            "pickup_by",
            "ready_at",
        ):
            batch_op.drop_column(column)
    with op.batch_alter_table("store", schema=None) as batch_op:
        batch_op.drop_column("grace_hours")
        batch_op.drop_column("reminder_lead_hours")
        batch_op.drop_column("pickup_days")
