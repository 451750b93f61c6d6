"""web orders: the request's content hash (idempotent re-posts) and returns through other channels

`web_order.request_hash` lets a re-posted order number be told apart: same content answers the stored
order, other content is refused. `web_order_return` records each return that reached the chain
through another channel (parcel, central warehouse) under the client's own return id; the returned
quantities themselves are counted per line in `web_order_line.returned_milli`.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backend.models.base import UtcDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("web_order", schema=None) as batch_op:
        batch_op.add_column(sa.Column("request_hash", sa.String(length=64), nullable=True))
    op.create_table(
        "web_order_return",
        sa.Column("return_id", sa.String(length=64), nullable=False),
        sa.Column("order_number", sa.String(length=64), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_number"],
            ["web_order.order_number"],
            name=op.f("fk_web_order_return_order_number_web_order"),
        ),
        sa.PrimaryKeyConstraint("return_id", name=op.f("pk_web_order_return")),
    )
    with op.batch_alter_table("web_order_return", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_web_order_return_order_number"), ["order_number"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("web_order_return", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_web_order_return_order_number"))
    op.drop_table("web_order_return")
    with op.batch_alter_table("web_order", schema=None) as batch_op:
        batch_op.drop_column("request_hash")
