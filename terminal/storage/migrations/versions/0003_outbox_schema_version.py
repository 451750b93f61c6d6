"""outbox: each event's payload schema version, so the sync engine can hold back what its backend
does not accept yet (docs/adr/0010-versioned-contract.md)

Rows already queued keep their payload text byte for byte (the backend compares the content of a
resent event with what it stored); their version is read from the payload, and a payload without
`schema` is version 1.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-10

Rule: never drop or rewrite unsynced outbox rows (status 'pending'/'failed'); use batch_alter_table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("schema_version", sa.Integer(), server_default="1", nullable=False))
    op.execute(
        "UPDATE outbox SET schema_version = json_extract(payload, '$.schema') "
        "WHERE json_valid(payload) AND json_type(payload, '$.schema') = 'integer' "
        "AND json_extract(payload, '$.schema') >= 1"
    )


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("schema_version")
