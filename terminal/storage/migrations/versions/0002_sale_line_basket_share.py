"""sale_line: each line's share of the basket discount, apart from its own discount

`discount_minor` keeps the line's whole discount (its own plus its share of the basket discount),
as the sync payload carries it; the share on its own lets a receipt, and every reprint of it, show
the line discount under the line and the basket discount under the subtotal, adding up. Lines of
sales recorded before this revision get 0: their receipts show the whole discount on the line.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Rule: never drop or rewrite unsynced outbox rows (status 'pending'/'failed'); use batch_alter_table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sale_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("basket_share_minor", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("sale_line", schema=None) as batch_op:
        batch_op.drop_column("basket_share_minor")
