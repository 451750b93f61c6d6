"""staff: people managed centrally, their stores, and admin-scoped API keys (ADR 0017)

`staff` holds each person's role, PIN salt and scrypt hash in the till's format (so a till checks a PIN
offline), badge, `all_stores` flag, `active` (a removed person stays, inactive) and version;
`staff_store` the stores of those who do not work in all of them. `api_key.scope` tells web-shop keys
(every existing key) from admin keys.

Revision ID: 0010_staff
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backend.models.base import UtcDateTime

revision = "0010_staff"
down_revision = "0009_vouchers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("api_key", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("scope", sa.String(length=16), server_default="webshop", nullable=False)
        )
    op.create_table(
        "staff",
        sa.Column("staff_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("pin_salt", sa.String(length=64), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("badge_code", sa.String(length=64), nullable=True),
        sa.Column("all_stores", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint("role IN ('cashier', 'manager')", name=op.f("ck_staff_role")),
        sa.PrimaryKeyConstraint("staff_id", name=op.f("pk_staff")),
        sa.UniqueConstraint("badge_code", name=op.f("uq_staff_badge_code")),
    )
    op.create_table(
        "staff_store",
        sa.Column("staff_id", sa.String(length=32), nullable=False),
        sa.Column("store_id", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.staff_id"], name=op.f("fk_staff_store_staff_id_staff")),
        sa.ForeignKeyConstraint(["store_id"], ["store.store_id"], name=op.f("fk_staff_store_store_id_store")),
        sa.PrimaryKeyConstraint("staff_id", "store_id", name=op.f("pk_staff_store")),
    )
    op.create_index("ix_staff_store_store_id", "staff_store", ["store_id"])


def downgrade() -> None:
    op.drop_index("ix_staff_store_store_id", table_name="staff_store")
    op.drop_table("staff_store")
    op.drop_table("staff")
    with op.batch_alter_table("api_key", schema=None) as batch_op:
        batch_op.drop_column("scope")
