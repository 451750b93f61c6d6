"""vouchers: store-credit vouchers, the holds tills put on them, and their movements

`voucher` holds each code's balance (issued by a visit's tender `voucher` paid out), `voucher_hold`
the amounts tills keep aside while a visit takes a voucher, `voucher_movement` one row per issue or
redemption, unique by the event and tender position it came from (docs/adr/0016-vouchers.md).

Revision ID: 0009_vouchers
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backend.models.base import UtcDateTime

revision = "0009_vouchers"
down_revision = "0008_returns_ledger"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "voucher",
        sa.Column("code", sa.String(length=17), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("issued_minor", sa.BigInteger(), nullable=False),
        sa.Column("balance_minor", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("issued_at", UtcDateTime(), nullable=False),
        sa.Column("issued_store_id", sa.String(length=64), nullable=True),
        sa.Column("issued_terminal_id", sa.String(length=64), nullable=True),
        sa.Column("issued_receipt", sa.String(length=64), nullable=True),
        sa.Column("issued_event_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_voucher")),
    )
    op.create_table(
        "voucher_hold",
        sa.Column("hold_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=17), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("available_after_minor", sa.BigInteger(), nullable=False),
        sa.Column("store_id", sa.String(length=64), nullable=False),
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("expires_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["code"], ["voucher.code"], name=op.f("fk_voucher_hold_code_voucher")),
        sa.PrimaryKeyConstraint("hold_id", name=op.f("pk_voucher_hold")),
    )
    with op.batch_alter_table("voucher_hold", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_voucher_hold_code"), ["code"], unique=False)
    op.create_table(
        "voucher_movement",
        sa.Column("movement_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("code", sa.String(length=17), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("source_event_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("hold_id", sa.String(length=36), nullable=True),
        sa.Column("offline", sa.Boolean(), nullable=False),
        sa.Column("store_id", sa.String(length=64), nullable=True),
        sa.Column("terminal_id", sa.String(length=64), nullable=True),
        sa.Column("receipt_number", sa.String(length=64), nullable=True),
        sa.Column("occurred_at", UtcDateTime(), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("movement_id", name=op.f("pk_voucher_movement")),
        sa.UniqueConstraint("source_event_id", "position", name="uq_voucher_movement_source"),
    )
    with op.batch_alter_table("voucher_movement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_voucher_movement_code"), ["code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("voucher_movement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_voucher_movement_code"))
    op.drop_table("voucher_movement")
    with op.batch_alter_table("voucher_hold", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_voucher_hold_code"))
    op.drop_table("voucher_hold")
    op.drop_table("voucher")
