"""Adapters from the backend's online look-ups to the terminal's ports (`services.stock.LiveStock`)."""

from __future__ import annotations

from decimal import Decimal

from sync.client import BackendClient
from terminal.services.stock import StoreLevel


class LiveStockLookup:
    """`LiveStock` over `BackendClient.stock`; raises SyncError when the backend cannot answer.

    Give it its own BackendClient (a requests.Session belongs to one thread; the look-up runs on a
    worker thread of the UI, the engine on its own).
    """

    def __init__(self, client: BackendClient) -> None:
        self._client = client

    def store_levels(self, sku: str) -> list[StoreLevel]:
        view = self._client.stock(sku)
        return [
            StoreLevel(s.store_id, Decimal(s.on_hand), Decimal(s.reserved), Decimal(s.available), s.name)
            for s in view.stores
        ]
