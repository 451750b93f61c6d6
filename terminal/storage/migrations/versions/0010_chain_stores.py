"""The chain's stores by name: `chain_store` (store id, name, the backend's version)

Filled by the `stores` snapshot entity and the `store` feed change (docs/adr/0025-the-chains-stores-at-
the-till.md), read by the goods-received list and a customer's timeline. Empty after this migration: the
sync engine loads the stores' snapshot once (`sync_state` key `stores.loaded`).

Revision ID: 0010_chain_stores
Revises: 0009_till_day_float_counted
Create Date: 2026-12-03

Rule: never drop or rewrite unsynced outbox rows (status 'pending'/'failed'); use batch_alter_table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_chain_stores"
down_revision = "0009_till_day_float_counted"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chain_store",
        sa.Column("store_id", sa.String(32), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("chain_store")
