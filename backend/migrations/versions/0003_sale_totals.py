"""sale: subtotal, discount and cash rounding as the till recorded them

A Hungarian cash sale of 1002 Ft paid with 1000 Ft books -2 Ft rounding; without it the payments do not
add up to the total on the server.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subtotal_minor", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("discount_minor", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("rounding_minor", sa.BigInteger(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.drop_column("rounding_minor")
        batch_op.drop_column("discount_minor")
        batch_op.drop_column("subtotal_minor")
