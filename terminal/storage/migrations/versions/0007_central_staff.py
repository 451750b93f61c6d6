"""Staff managed centrally: which staff rows come from the backend's feed, and from when

`staff.version` is the backend's version of a person the feed or the snapshot brought (NULL: added at
this till with `store-terminal --add-staff`); a change is applied only when its version is newer.
`staff.updated_at` is when the till last heard of them (a re-bootstrap deactivates the central staff
the snapshot no longer lists). See docs/adr/0017-central-staff.md.

Revision ID: 0007_central_staff
Revises: 0005
Create Date: 2026-12-02

Rule: never drop or rewrite unsynced outbox rows (status 'pending'/'failed'); use batch_alter_table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_central_staff"
down_revision = "0006_returns"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("updated_at", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("updated_at")
        batch.drop_column("version")
