"""The visit: return and handover lines, tender directions, local stock movements, returned quantities

A completed visit is still one `sale` row (its receipt number, totals and payments); what it gave
back and handed over gets tables of its own, its tenders a direction (`in` from the customer, `out`
to them), and every quantity it moved a row in `stock_movement`, tied to the outbox event that
reports it, so live stock reads rows instead of parsing queued JSON. `returned_quantity` keeps what
this till took back per receipt line (offline returns of its own receipts are checked against it).

Sales recorded before this revision get their movements here, from their lines, tied to the outbox
event that carries them: a till upgraded with unsynced sales still shows the right live stock.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

Rule: never drop or rewrite unsynced outbox rows (status 'pending'/'failed'); use batch_alter_table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sale_payment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("direction", sa.String(3), server_default="in", nullable=False))
    op.create_table(
        "visit_return_line",
        sa.Column("sale_id", sa.String(36), sa.ForeignKey("sale.sale_id"), primary_key=True),
        sa.Column("line_no", sa.Integer(), primary_key=True),
        sa.Column("origin_kind", sa.String(16), nullable=False),
        sa.Column("origin_reference", sa.String(64)),
        sa.Column("origin_line_no", sa.Integer()),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("quantity", sa.String(32), nullable=False),
        sa.Column("unit", sa.String(2), nullable=False),
        sa.Column("refund_minor", sa.Integer(), nullable=False),
        sa.Column("vat_code", sa.String(8), nullable=False),
        sa.Column("vat_percent", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("reason_text", sa.Text(), nullable=False, server_default=""),
        sa.Column("disposition", sa.String(16), nullable=False),
        sa.Column("claim_id", sa.String(64)),
        sa.Column("verified", sa.Boolean(), nullable=False, server_default=sa.true()),
    )
    op.create_table(
        "visit_handover_line",
        sa.Column("sale_id", sa.String(36), sa.ForeignKey("sale.sale_id"), primary_key=True),
        sa.Column("line_no", sa.Integer(), primary_key=True),
        sa.Column("order_number", sa.String(64), nullable=False),
        sa.Column("order_line_no", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("quantity", sa.String(32), nullable=False),
        sa.Column("unit", sa.String(2), nullable=False),
        sa.Column("unit_price_minor", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("vat_code", sa.String(8), nullable=False),
        sa.Column("vat_percent", sa.String(16), nullable=False),
        sa.Column("paid_online", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_visit_handover_line_order_number", "visit_handover_line", ["order_number"])
    op.create_table(
        "stock_movement",
        sa.Column("movement_id", sa.Integer(), primary_key=True),
        sa.Column("store_id", sa.String(32), nullable=False),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("quantity_milli", sa.Integer(), nullable=False),  # signed: a sale takes, a restock gives
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("sale_id", sa.String(36)),
        sa.Column("line_no", sa.Integer()),
        sa.Column("event_id", sa.String(36), nullable=False),  # the outbox event that reports it
        sa.Column("occurred_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_stock_movement_sku", "stock_movement", ["sku", "store_id"])
    op.create_index("ix_stock_movement_event_id", "stock_movement", ["event_id"])
    op.create_table(
        "returned_quantity",
        sa.Column("receipt_number", sa.String(64), primary_key=True),
        sa.Column("line_no", sa.Integer(), primary_key=True),
        sa.Column("quantity_milli", sa.Integer(), nullable=False),
    )
    # Movements of the sales recorded before: one per sold (not voided) line, tied to its event.
    # Quantities are plain decimal text with at most three decimals (basket_line.quantity_text).
    op.execute(
        """
        INSERT INTO stock_movement (store_id, sku, quantity_milli, reason, sale_id, line_no, event_id,
                                    occurred_at)
        SELECT s.store_id, l.sku, -CAST(round(CAST(l.quantity AS NUMERIC) * 1000) AS INTEGER), 'sale',
               s.sale_id, l.line_no, o.event_id, s.occurred_at
        FROM sale s
        JOIN sale_line l ON l.sale_id = s.sale_id
        JOIN outbox o ON o.type = 'sale.completed' AND json_extract(o.payload, '$.sale_id') = s.sale_id
        WHERE l.voided = 0
        ORDER BY s.occurred_at, l.line_no
        """
    )


def downgrade() -> None:
    op.drop_table("returned_quantity")
    op.drop_index("ix_stock_movement_event_id", "stock_movement")
    op.drop_index("ix_stock_movement_sku", "stock_movement")
    op.drop_table("stock_movement")
    op.drop_index("ix_visit_handover_line_order_number", "visit_handover_line")
    op.drop_table("visit_handover_line")
    op.drop_table("visit_return_line")
    with op.batch_alter_table("sale_payment", schema=None) as batch_op:
        batch_op.drop_column("direction")
