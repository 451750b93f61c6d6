"""Runs the packaged Alembic migrations on an open till database, atomically and without losing events.

The recipe: when an existing database is behind, copy it first with
`VACUUM INTO` (`<db>.pre-<revision>.bak`); switch `foreign_keys` off *outside* any transaction (batch
migrations drop and copy tables, and with foreign keys on that drop would act as a DELETE on children);
run every pending revision inside one `BEGIN IMMEDIATE` transaction; check `PRAGMA foreign_key_check`
before committing; switch foreign keys back on. A failure rolls back to the old schema with every
outbox row intact.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

if TYPE_CHECKING:
    from alembic.config import Config

    from terminal.storage.db import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Autogenerate filter: the FTS5 virtual table and its shadow tables are not in the models."""
    return not (type_ == "table" and name is not None and name.startswith("product_fts"))


class MigrationError(RuntimeError):
    """The migrated schema failed its checks; the transaction was rolled back."""


def alembic_config(connection: Connection | None = None) -> Config:
    """An in-memory Alembic config pointing at the packaged scripts (no alembic.ini needed)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_REVISION_RE = re.compile(r"^revision(?::\s*str)?\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN_RE = re.compile(r"^down_revision(?::[^=]*)?\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)


def head_revision() -> str:
    """The newest migration, read from the version files without importing Alembic.

    Importing Alembic costs ~0.2 s and ~20 MB at every start; the files name their revision and the
    one before, so the head is the revision nobody points back to. A test pins this to Alembic's view.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        if found := _REVISION_RE.search(text):
            revisions.add(found.group(1))
        if down := _DOWN_RE.search(text):
            parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        raise MigrationError(f"expected one migration head, found {sorted(heads)}")
    return heads.pop()


def alembic_head_revision() -> str:
    """Alembic's own answer (tests compare it with `head_revision`)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision stored in the database, or None for a fresh (or pre-Alembic) file."""
    raw = _raw(connection)
    exists = raw.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if exists is None:
        return None
    row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def upgrade_to_head(db: Database, *, revision: str = "head") -> None:
    """Bring the database to `revision` (default: head). A no-op when it is already there."""
    conn = db.writer_connection()
    current = current_revision(conn)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return
    if current is not None:
        _backup(conn, db.path.with_name(f"{db.path.name}.pre-{target}.bak"))
    from alembic import command

    raw = _raw(conn)
    raw.execute("PRAGMA foreign_keys=OFF")  # must be outside a transaction to take effect
    try:
        with conn.begin():  # BEGIN IMMEDIATE (writer engine)
            command.upgrade(alembic_config(conn), target)
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise MigrationError(f"foreign key check failed after migration: {problems[:5]!r}")
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


def _backup(conn: Connection, target: Path) -> None:
    if target.exists():
        target.unlink()
    _raw(conn).execute("VACUUM INTO ?", (str(target),))


def _raw(conn: Connection) -> Any:
    """The sqlite3 connection under a SQLAlchemy Connection (PRAGMAs that must run outside BEGIN)."""
    return conn.connection.driver_connection
