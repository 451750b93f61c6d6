"""saved carts and wish lists the web shop posts per customer (issue 11)

Revision ID: 0014_saved_carts
Revises: 0013_customer_offers
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backend.models.base import UtcDateTime

revision = "0014_saved_carts"
down_revision = "0013_customer_offers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "saved_cart",
        sa.Column("cart_id", sa.String(length=64), nullable=False),
        sa.Column("customer_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("cart_id", name=op.f("pk_saved_cart")),
    )
    op.create_index(op.f("ix_saved_cart_customer_id"), "saved_cart", ["customer_id"])
    op.create_table(
        "saved_cart_line",
        sa.Column("cart_id", sa.String(length=64), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.Column("shop_price_minor", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["cart_id"],
            ["saved_cart.cart_id"],
            name=op.f("fk_saved_cart_line_cart_id_saved_cart"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("cart_id", "line_no", name=op.f("pk_saved_cart_line")),
    )


def downgrade() -> None:
    op.drop_table("saved_cart_line")
    op.drop_index(op.f("ix_saved_cart_customer_id"), table_name="saved_cart")
    op.drop_table("saved_cart")
