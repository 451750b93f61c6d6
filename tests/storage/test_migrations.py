"""Migrations build the schema the models describe, and never lose unsynced outbox rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from terminal.storage import outbox
from terminal.storage.db import open_database
from terminal.storage.migrate import alembic_config, head_revision, include_name, upgrade_to_head
from terminal.storage.models.base import Base, to_iso

from .conftest import NOW

REVISIONS = [
    rev.revision for rev in reversed(list(ScriptDirectory.from_config(alembic_config()).walk_revisions()))
]


def test_the_models_match_the_migrated_schema(tmp_path: Path) -> None:
    with open_database(tmp_path / "till.db") as db:
        conn = db.writer_connection()
        with conn.begin():
            diffs = compare_metadata(
                MigrationContext.configure(conn, opts={"include_name": include_name}), Base.metadata
            )
    assert diffs == []


# Outbox rows as every release wrote them (only the columns of revision 0001): one acked, one pending,
# one pending after a failed try.
OLD_ROWS = text(
    "INSERT INTO outbox (seq, event_id, type, occurred_at, payload, status, attempts, last_error) VALUES "
    "(1, 'ev-1', 'sale.completed', :at, :p1, 'acked', 0, NULL), "
    "(2, 'ev-2', 'sale.completed', :at, :p2, 'pending', 0, NULL), "
    "(3, 'ev-3', 'audit.recorded', :at, :p3, 'pending', 1, 'timeout')"
)
OLD_VALUES = {"at": to_iso(NOW), "p1": '{"n":1}', "p2": '{"n":2}', "p3": '{"n":3,"schema":2}'}


@pytest.mark.parametrize("start", REVISIONS)
def test_pending_outbox_rows_survive_every_later_migration(tmp_path: Path, start: str) -> None:
    path = tmp_path / "till.db"
    with open_database(path, migrate=False) as db:
        upgrade_to_head(db, revision=start)
        with db.write() as s:
            s.execute(OLD_ROWS, OLD_VALUES)
    with open_database(path) as db, db.read() as s:  # migrates from `start` to head
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        assert [(e.seq, e.event_id, e.attempts) for e in outbox.pending_events(s, 10)] == [
            (2, "ev-2", 0),
            (3, "ev-3", 1),
        ]
        assert outbox.counts(s) == {"pending": 2, "acked": 1, "failed": 0}
        assert outbox.pending_events(s, 10)[0].payload_dict() == {"n": 2}


def test_queued_events_get_their_schema_from_the_payload_and_keep_its_text(tmp_path: Path) -> None:
    """Revision 0003: events queued before versions existed are schema 1; the text is not touched."""
    path = tmp_path / "till.db"
    with open_database(path, migrate=False) as db:
        upgrade_to_head(db, revision="0002")
        with db.write() as s:
            s.execute(OLD_ROWS, OLD_VALUES)
    with open_database(path) as db, db.read() as s:
        rows = s.execute(text("SELECT seq, schema_version, payload FROM outbox ORDER BY seq")).all()
    assert [tuple(r) for r in rows] == [(1, 1, '{"n":1}'), (2, 1, '{"n":2}'), (3, 2, '{"n":3,"schema":2}')]


def test_upgrade_at_head_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "till.db"
    with open_database(path) as db:
        upgrade_to_head(db)
    assert not list(tmp_path.glob("*.bak"))  # no backup when nothing had to change


def test_cheap_head_revision_agrees_with_alembic() -> None:
    from terminal.storage.migrate import alembic_head_revision, head_revision

    assert head_revision() == alembic_head_revision()
