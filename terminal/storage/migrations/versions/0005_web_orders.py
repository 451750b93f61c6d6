"""Click-and-collect at the till: the store's open web orders, picking progress, handovers

`web_order` and `web_order_line` mirror the feed (contract/feed.py `WebOrderData`): replaced whole
when a newer version arrives, deleted when the order is closed (collected, partially collected,
cancelled, expired). What the till itself did is kept apart, so a feed page that reports an older
state never undoes it: `pickup_progress` (per order: picking started, ready, handed over, the
local count of wrong codes) and `pickup_pick` (per line: picked and short so far).
`pickup_handover` is a handover waiting for its visit: written when the cashier presses "Hand
over", turned into the `pickup.handed_over` event in the transaction that completes the visit.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

Rule: never drop or rewrite unsynced outbox rows (status 'pending'/'failed'); use batch_alter_table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "web_order",
        sa.Column("order_number", sa.String(64), primary_key=True),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("customer_id", sa.String(64)),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("paid", sa.Boolean(), nullable=False),
        sa.Column("total_minor", sa.Integer(), nullable=False),
        sa.Column("replaces_order_number", sa.String(64)),
        sa.Column("placed_at", sa.String(32)),
        sa.Column("ready_at", sa.String(32)),
        sa.Column("pickup_by", sa.String(32)),
        sa.Column("pickup_code_check", sa.String(64)),
        sa.Column("item_count", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_web_order_status_pickup_by", "web_order", ["status", "pickup_by"])
    op.create_index("ix_web_order_customer_id", "web_order", ["customer_id"])
    op.create_table(
        "web_order_line",
        sa.Column("order_number", sa.String(64), sa.ForeignKey("web_order.order_number"), primary_key=True),
        sa.Column("line_no", sa.Integer(), primary_key=True),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("quantity", sa.String(32), nullable=False),
        sa.Column("unit_price_minor", sa.Integer(), nullable=False),
        sa.Column("picked", sa.String(32), nullable=False),
        sa.Column("short", sa.String(32), nullable=False),
        sa.Column("collected", sa.String(32), nullable=False),
        sa.Column("refused", sa.String(32), nullable=False),
    )
    op.create_table(
        "pickup_progress",
        sa.Column("order_number", sa.String(64), primary_key=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("pick_id", sa.String(36)),
        sa.Column("code_attempts", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "pickup_pick",
        sa.Column("order_number", sa.String(64), primary_key=True),
        sa.Column("line_no", sa.Integer(), primary_key=True),
        sa.Column("picked", sa.String(32), nullable=False),
        sa.Column("short", sa.String(32), nullable=False),
    )
    op.create_table(
        "pickup_handover",
        sa.Column("handover_id", sa.String(36), primary_key=True),
        sa.Column("order_number", sa.String(64), nullable=False),
        sa.Column("terminal_id", sa.String(32), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("receipt_number", sa.String(64)),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_pickup_handover_order_number", "pickup_handover", ["order_number"])


def downgrade() -> None:
    op.drop_index("ix_pickup_handover_order_number", "pickup_handover")
    op.drop_table("pickup_handover")
    op.drop_table("pickup_pick")
    op.drop_table("pickup_progress")
    op.drop_table("web_order_line")
    op.drop_index("ix_web_order_customer_id", "web_order")
    op.drop_index("ix_web_order_status_pickup_by", "web_order")
    op.drop_table("web_order")
