"""Bulk inserts (backend/services/rows.py): a refused row is SQLAlchemy's error on both databases.

On PostgreSQL the rows go through the driver directly (pipelined INSERTs for a few rows, a COPY for
many); its errors must still arrive as SQLAlchemy's `IntegrityError`, or `Database.run_write` would
not retry a unique violation (two tills sending one sale at once) and the error handlers would not
recognise them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backend.db import Database
from backend.models import FeedChange, table_of
from backend.services.rows import SMALL_ROWS, RowBuffer, bulk_insert

_FEED = table_of(FeedChange)


def _changes(count: int, start: int = 1) -> list[dict[str, Any]]:
    now = datetime.now(UTC)
    return [
        {
            "channel": "chain",
            "pos": start + i,
            "entity": "customer",
            "key": f"C{start + i}",
            "version": 1,
            "op": "upsert",
            "data": {"name": "x"},
            "created_at": now,
        }
        for i in range(count)
    ]


@pytest.mark.parametrize("count", [1, SMALL_ROWS + 1], ids=["pipelined", "copy"])
def test_a_duplicate_key_in_a_bulk_insert_is_an_integrity_error(db: Database, count: int) -> None:
    with db.write() as session:
        bulk_insert(session.connection(), _FEED, _changes(count))
    with pytest.raises(IntegrityError), db.write() as session:
        bulk_insert(session.connection(), _FEED, _changes(1, start=count))  # its last position again
    with db.read() as session:
        assert session.execute(select(FeedChange.pos).order_by(FeedChange.pos)).scalars().all() == list(
            range(1, count + 1)
        )


def test_a_row_buffer_writes_small_and_large_tables_and_refuses_a_duplicate(db: Database) -> None:
    with db.write() as session:
        rows = RowBuffer(session)
        rows.extend(_FEED, _changes(2))
        rows.flush()
        rows.extend(_FEED, _changes(SMALL_ROWS + 5, start=3))
        rows.flush()

    def refused(session: Session) -> None:
        rows = RowBuffer(session)
        rows.extend(_FEED, _changes(1, start=500))
        rows.extend(_FEED, _changes(1, start=2))  # taken: the whole flush is refused, nothing stays
        rows.flush()

    with pytest.raises(IntegrityError):
        db.run_write(refused)
    with db.read() as session:
        stored = session.execute(select(FeedChange.pos).order_by(FeedChange.pos)).scalars().all()
    assert stored == list(range(1, SMALL_ROWS + 8))
