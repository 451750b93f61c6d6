"""store.timezone: a store's IANA time zone (the till's business date, calendar-day windows)

Existing stores get it from their country (DE Europe/Berlin, HU Europe/Budapest, ID Asia/Jakarta,
any other UTC). An index on closings by their opening moment lets the day view place a closing whose
opening it has not seen yet by the date it was opened.

Revision ID: 0015_store_timezone
Revises: 0014_saved_carts
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_store_timezone"
down_revision = "0014_saved_carts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("store", schema=None) as batch_op:
        batch_op.add_column(sa.Column("timezone", sa.String(length=64), server_default="UTC", nullable=False))
    op.execute(
        "UPDATE store SET timezone = CASE country WHEN 'DE' THEN 'Europe/Berlin' "
        "WHEN 'HU' THEN 'Europe/Budapest' WHEN 'ID' THEN 'Asia/Jakarta' ELSE 'UTC' END"
    )
    op.create_index("ix_till_closing_store_opened", "till_closing", ["store_id", "opened_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_till_closing_store_opened", table_name="till_closing")
    with op.batch_alter_table("store", schema=None) as batch_op:
        batch_op.drop_column("timezone")
