"""returns ledger: product groups, price history, claims on returnable quantities, return approvals

`product_group` (a return policy: days, final sale) and `product.group_id` / `product.final_sale`;
`price_history` (every price a product had per scope since when: the lowest price of the last 30
days); `return_claim` / `return_claim_line` (a till's hold on returnable units of original lines while
its visit is open); `visit_return_line.approved_by` / `override_reason` (visit.completed schema 2).
docs/adr/0015-returns-ledger.md.

Revision ID: 0008_returns_ledger
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backend.models.base import UtcDateTime

revision = "0008_returns_ledger"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "product_group",
        sa.Column("group_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("return_days", sa.Integer(), nullable=True),
        sa.Column("final_sale", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("version", sa.BigInteger(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("group_id", name=op.f("pk_product_group")),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.add_column(sa.Column("group_id", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("final_sale", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.create_foreign_key(
            batch_op.f("fk_product_group_id_product_group"), "product_group", ["group_id"], ["group_id"]
        )
    op.create_table(
        "price_history",
        sa.Column("entry_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("scope", sa.String(length=40), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("valid_from", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entry_id", name=op.f("pk_price_history")),
    )
    op.create_index("ix_price_history_key", "price_history", ["sku", "scope", "valid_from"])
    op.create_table(
        "return_claim",
        sa.Column("claim_id", sa.String(length=36), nullable=False),
        sa.Column("store_id", sa.String(length=16), nullable=False),
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("expires_at", UtcDateTime(), nullable=False),
        sa.Column("answer", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("claim_id", name=op.f("pk_return_claim")),
    )
    op.create_table(
        "return_claim_line",
        sa.Column("claim_id", sa.String(length=36), nullable=False),
        sa.Column("origin_kind", sa.String(length=16), nullable=False),
        sa.Column("origin_reference", sa.String(length=64), nullable=False),
        sa.Column("origin_line_no", sa.Integer(), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["return_claim.claim_id"], name=op.f("fk_return_claim_line_claim_id_return_claim")
        ),
        sa.PrimaryKeyConstraint(
            "claim_id", "origin_kind", "origin_reference", "origin_line_no", name=op.f("pk_return_claim_line")
        ),
    )
    op.create_index(
        "ix_return_claim_line_origin",
        "return_claim_line",
        ["origin_kind", "origin_reference", "origin_line_no"],
    )
    with op.batch_alter_table("visit_return_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approved_by", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column("override_reason", sa.String(length=200), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("visit_return_line", schema=None) as batch_op:
        batch_op.drop_column("override_reason")
        batch_op.drop_column("approved_by")
    op.drop_index("ix_return_claim_line_origin", table_name="return_claim_line")
    op.drop_table("return_claim_line")
    op.drop_table("return_claim")
    op.drop_index("ix_price_history_key", table_name="price_history")
    op.drop_table("price_history")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_product_group_id_product_group"), type_="foreignkey")
        batch_op.drop_column("final_sale")
        batch_op.drop_column("group_id")
    op.drop_table("product_group")
