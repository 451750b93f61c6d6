"""The sync engine's own key-value state on the till (`sync_state` table) and the keys it uses.

One definition of every key: the feed cursor, the store's own prices, the server's position in the
outbox, the last good round and the last error. Everything here
runs inside the caller's transaction (`raw`: the sqlite3 connection of `terminal.storage.bulk
.raw_connection`) or opens its own short one (`get`/`put_many` on a `Database`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from terminal.storage.bulk import raw_connection
from terminal.storage.db import Database
from terminal.storage.models.base import from_iso

CURSOR_KEY = "feed.cursor"
STORE_PRICE_PREFIX = "store_price:"  # + sku: this store's own price wins over the list price
SERVER_ACKED_KEY = "push.server_acked_through"
LAST_SUCCESS_KEY = "sync.last_success"
LAST_ERROR_KEY = "sync.last_error"
# Set once the chain's stores came from a snapshot (ADR 0025): a till bootstrapped before it asks once.
STORES_LOADED_KEY = "stores.loaded"

UPSERT = (
    "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
_GET = "SELECT value FROM sync_state WHERE key = ?"


def read(raw: Any, key: str) -> str | None:
    """A key's value inside the caller's transaction."""
    row = raw.execute(_GET, (key,)).fetchone()
    return None if row is None else str(row[0])


def write(raw: Any, key: str, value: str) -> None:
    """Set a key inside the caller's transaction."""
    raw.execute(UPSERT, (key, value))


def get(db: Database, key: str) -> str | None:
    """A key's value, in a read transaction of its own."""
    with db.read() as session:
        return read(raw_connection(session), key)


def put_many(db: Database, values: Mapping[str, str]) -> None:
    """Set several keys in one write transaction."""
    with db.write() as session:
        raw_connection(session).executemany(UPSERT, list(values.items()))


def read_cursor(db: Database) -> str | None:
    """The feed cursor; None before the first bootstrap."""
    return get(db, CURSOR_KEY)


def last_sync(session: Session) -> tuple[datetime | None, str | None]:
    """When the last round succeeded (None: never) and the last error (None: none), in the caller's
    transaction."""
    raw = raw_connection(session)
    success, error = read(raw, LAST_SUCCESS_KEY), read(raw, LAST_ERROR_KEY)
    return (from_iso(success) if success else None), (error or None)
