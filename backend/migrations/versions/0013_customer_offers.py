"""personal offers per customer, redeemable once chain-wide (issue 11)

Revision ID: 0013_customer_offers
Revises: 0011_till_day
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backend.models.base import UtcDateTime

revision = "0013_customer_offers"
down_revision = "0011_till_day"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_offer",
        sa.Column("offer_id", sa.String(length=64), nullable=False),
        sa.Column("customer_id", sa.String(length=64), nullable=False),
        sa.Column("group_id", sa.String(length=64), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("valid_until", UtcDateTime(), nullable=True),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("claim_id", sa.String(length=36), nullable=True),
        sa.Column("claimed_by", sa.String(length=140), nullable=True),
        sa.Column("held_until", UtcDateTime(), nullable=True),
        sa.Column("redeemed_receipt", sa.String(length=64), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("redeemed_at", UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("offer_id", name=op.f("pk_customer_offer")),
        sa.UniqueConstraint("claim_id", name=op.f("uq_customer_offer_claim_id")),
    )
    op.create_index(op.f("ix_customer_offer_customer_id"), "customer_offer", ["customer_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_customer_offer_customer_id"), table_name="customer_offer")
    op.drop_table("customer_offer")
