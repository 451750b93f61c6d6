"""Alembic environment for the till database: runs on the connection `terminal.storage.migrate` passes in.

The caller has already opened the `BEGIN IMMEDIATE` transaction (with foreign keys off, as SQLite batch
migrations need), so every migration runs inside that one transaction and a failure leaves the database
exactly as it was. `render_as_batch` makes autogenerate write SQLite-safe "move and copy" migrations.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from terminal.storage.migrate import include_name
from terminal.storage.models import Base

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("run migrations through terminal.storage.migrate.upgrade_to_head")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
