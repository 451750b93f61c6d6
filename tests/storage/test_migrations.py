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
from terminal.storage.models import Base

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


@pytest.mark.parametrize("start", REVISIONS)
def test_pending_outbox_rows_survive_every_later_migration(tmp_path: Path, start: str) -> None:
    path = tmp_path / "till.db"
    with open_database(path, migrate=False) as db:
        upgrade_to_head(db, revision=start)
        with db.write() as s:
            for n in range(1, 4):
                outbox.append_event(
                    s, event_id=f"ev-{n}", type="sale.completed", occurred_at=NOW, payload={"n": n}
                )
            outbox.mark_acked(s, at=NOW, through_seq=1)
            outbox.mark_failed(s, ["ev-3"], error="timeout")
    with open_database(path) as db, db.read() as s:  # migrates from `start` to head
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        assert [(e.seq, e.event_id, e.attempts) for e in outbox.pending_events(s, 10)] == [
            (2, "ev-2", 0),
            (3, "ev-3", 1),
        ]
        assert outbox.counts(s) == {"pending": 2, "acked": 1, "failed": 0}
        assert outbox.pending_events(s, 10)[0].payload_dict() == {"n": 2}


def test_upgrade_at_head_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "till.db"
    with open_database(path) as db:
        upgrade_to_head(db)
    assert not list(tmp_path.glob("*.bak"))  # no backup when nothing had to change


def test_cheap_head_revision_agrees_with_alembic() -> None:
    from terminal.storage.migrate import alembic_head_revision, head_revision

    assert head_revision() == alembic_head_revision()
