"""The chain's stores for a till bootstrapped before they were in the snapshot (ADR 0025).

A new till gets the stores with its bootstrap (`stores` is a snapshot side entity) and every later
store or rename through the feed. A till that was set up before its backend had stores never reads
them again from a snapshot (its feed cursor lies past their creation), so `StoresCatchUp` loads the
`stores` snapshot once, in one short transaction, and marks it (`sync_state` `stores.loaded`). A
backend from before ADR 0025 does not list the entity: the till asks again after `retry_after`,
never on every round. A feed change and this load can cross: both upsert by version, so the newer
name wins either way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sync.client import BackendClient
from terminal.storage import snapshot_load, sync_state
from terminal.storage.bulk import raw_connection
from terminal.storage.db import Database
from terminal.storage.models.base import to_iso

STORES = "stores"


class StoresCatchUp:
    """Loads the chain's stores once when the till does not have them yet."""

    def __init__(
        self,
        *,
        db: Database,
        client: BackendClient,
        store_id: str,
        clock: Callable[[], datetime],
        retry_after: timedelta = timedelta(hours=1),
    ) -> None:
        self._db, self._client, self._store_id, self._clock = db, client, store_id, clock
        self._retry_after = retry_after
        self._not_before: datetime | None = None

    def run(self) -> bool:
        """Load the stores if they are missing and the backend has them; True when loaded now."""
        if sync_state.get(self._db, sync_state.STORES_LOADED_KEY) is not None:
            return False
        now = self._clock()
        if self._not_before is not None and now < self._not_before:
            return False
        manifest = self._client.snapshot_manifest(self._store_id)
        if STORES not in manifest.entities:  # a backend from before ADR 0025
            self._not_before = now + self._retry_after
            return False
        pages = list(self._client.snapshot(self._store_id, STORES))
        with self._db.write() as session:
            raw = raw_connection(session)
            for page in pages:
                snapshot_load.load_stores(raw, page, to_iso(now))
        return True
