"""store.version: the version of a store's `store` feed change (its name, as the tills show it)

Every existing store starts at version 1, the version its snapshot row carries; a rename bumps it
(docs/adr/0025-the-chains-stores-at-the-till.md).

Revision ID: 0018_store_version
Revises: 0017_till_opening_float_counted
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018_store_version"
down_revision = "0017_till_opening_float_counted"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("store", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("store", schema=None) as batch_op:
        batch_op.drop_column("version")
