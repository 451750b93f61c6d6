"""Returns at the till: product groups with their return policy, and approvals on return lines

`product_group` mirrors the feed's `product_group` entity (contract/feed.py `ProductGroupData`): a
group's return window in days (NULL: the default) and whether its articles are final sale. A product
names its group (`product.group_id`) and may be final sale itself (`product.final_sale`). A return
line a manager approved (outside the window, another till's receipt offline, no receipt) keeps who
approved it and why (`visit_return_line.approved_by`, `override_reason`).

Revision ID: 0006_returns
Revises: 0005
Create Date: 2026-12-02

Rule: never drop or rewrite unsynced outbox rows (status 'pending'/'failed'); use batch_alter_table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_returns"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "product_group",
        sa.Column("group_id", sa.String(64), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("return_days", sa.Integer()),
        sa.Column("final_sale", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.add_column(sa.Column("group_id", sa.String(64)))
        batch_op.add_column(sa.Column("final_sale", sa.Boolean(), nullable=False, server_default="0"))
    with op.batch_alter_table("visit_return_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approved_by", sa.String(32)))
        batch_op.add_column(sa.Column("override_reason", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("visit_return_line", schema=None) as batch_op:
        batch_op.drop_column("override_reason")
        batch_op.drop_column("approved_by")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_column("final_sale")
        batch_op.drop_column("group_id")
    op.drop_table("product_group")
