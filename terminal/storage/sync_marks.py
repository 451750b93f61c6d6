"""The sync engine's marks in `sync_state`: when it last synced, and the last error (or none).

Written by the sync engine after each round, read by the manager's sync screen: one definition of the
keys for both.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from terminal.storage.models import SyncState, from_iso

LAST_SUCCESS_KEY = "sync.last_success"
LAST_ERROR_KEY = "sync.last_error"


def write_marks(session: Session, values: Mapping[str, str]) -> None:
    """Set the given marks (in the caller's transaction)."""
    for key, value in values.items():
        stmt = insert(SyncState).values(key=key, value=value)
        session.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def last_sync(session: Session) -> tuple[datetime | None, str | None]:
    """When the last round succeeded (None: never) and the last error (None: none)."""
    wanted = SyncState.key.in_([LAST_SUCCESS_KEY, LAST_ERROR_KEY])
    rows = {
        str(key): str(value)
        for key, value in session.execute(select(SyncState.key, SyncState.value).where(wanted))
    }
    success = rows.get(LAST_SUCCESS_KEY)
    return (from_iso(success) if success else None), (rows.get(LAST_ERROR_KEY) or None)
