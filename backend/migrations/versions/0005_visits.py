"""visits: tender directions, and the return and handover lines of `visit.completed`

A visit is recorded as its `sale` row (its receipt number, its signed total) with its sale lines and
payments as before; each payment now says its direction (`in` from the customer, `out` to them), and
what the visit took back or handed over gets a table of its own. The quantities these lines count
against live where they always did: `sale_line.returned_milli` for a receipt line,
`web_order_line.returned_milli` / `collected_milli` for a web order's line.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sale_payment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("direction", sa.String(length=3), server_default="in", nullable=False))
    op.create_table(
        "visit_return_line",
        sa.Column("sale_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("origin_kind", sa.String(length=16), nullable=False),
        sa.Column("origin_reference", sa.String(length=64), nullable=True),
        sa.Column("origin_line_no", sa.Integer(), nullable=True),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.Column("refund_minor", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("reason_text", sa.String(length=200), nullable=False),
        sa.Column("disposition", sa.String(length=16), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sale.sale_id"], name=op.f("fk_visit_return_line_sale_id_sale")
        ),
        sa.PrimaryKeyConstraint("sale_id", "line_no", name=op.f("pk_visit_return_line")),
    )
    with op.batch_alter_table("visit_return_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_return_line_origin_reference"), ["origin_reference"])
    op.create_table(
        "visit_handover_line",
        sa.Column("sale_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("order_number", sa.String(length=64), nullable=False),
        sa.Column("order_line_no", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("paid_online", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sale.sale_id"], name=op.f("fk_visit_handover_line_sale_id_sale")
        ),
        sa.PrimaryKeyConstraint("sale_id", "line_no", name=op.f("pk_visit_handover_line")),
    )
    with op.batch_alter_table("visit_handover_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_handover_line_order_number"), ["order_number"])


def downgrade() -> None:
    with op.batch_alter_table("visit_handover_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_handover_line_order_number"))
    op.drop_table("visit_handover_line")
    with op.batch_alter_table("visit_return_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_return_line_origin_reference"))
    op.drop_table("visit_return_line")
    with op.batch_alter_table("sale_payment", schema=None) as batch_op:
        batch_op.drop_column("direction")
