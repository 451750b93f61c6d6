"""The chain's stores by name on the till (`chain_store`, ADR 0025).

Written by the feed (`store` changes, feed_apply) and the snapshot (`stores` pages, snapshot_load),
inside their callers' transactions through the sqlite3 connection `raw`; read by the goods-received
list and a customer's timeline. A store is never removed: a name on a past receipt stays readable.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from terminal.domain.stores import ChainStore
from terminal.storage.bulk import raw_connection
from terminal.storage.sync_state import STORES_LOADED_KEY, UPSERT

# A change applies only when newer; a snapshot row also when equal (a page read after the feed
# brought the same version changes nothing).
_UPSERT = (
    "INSERT INTO chain_store (store_id, name, version, updated_at) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (store_id) DO UPDATE SET name = excluded.name, version = excluded.version, "
    "updated_at = excluded.updated_at WHERE excluded.version {op} chain_store.version"
)
_FEED_UPSERT = _UPSERT.format(op=">")
_SNAPSHOT_UPSERT = _UPSERT.format(op=">=")


def upsert(raw: Any, store_id: str, name: str, version: int, stamp: str) -> None:
    """A `store` feed change: the store's name when its version is newer than the one kept."""
    raw.execute(_FEED_UPSERT, (store_id, name, version, stamp))


def load_rows(raw: Any, rows: list[tuple[str, str, int]], stamp: str, *, last: bool) -> None:
    """One `stores` snapshot page (store id, name, version); the last page marks the stores loaded."""
    raw.executemany(_SNAPSHOT_UPSERT, [(store_id, name, version, stamp) for store_id, name, version in rows])
    if last:
        raw.execute(UPSERT, (STORES_LOADED_KEY, stamp))


def all_stores(session: Session) -> list[ChainStore]:
    """Every store the till knows by name (in no particular order)."""
    rows = raw_connection(session).execute("SELECT store_id, name FROM chain_store")
    return [ChainStore(store_id, name) for store_id, name in rows]


def names(session: Session) -> dict[str, str]:
    """Store id -> name, for every store the till knows by name."""
    return {s.store_id: s.name for s in all_stores(session)}


def name_of(session: Session, store_id: str) -> str | None:
    """One store's name, or None while the till does not know it by name."""
    row = (
        raw_connection(session)
        .execute("SELECT name FROM chain_store WHERE store_id = ?", (store_id,))
        .fetchone()
    )
    return str(row[0]) if row and row[0] else None
