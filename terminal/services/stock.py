"""How much of a product there is, and how fresh that figure is: `stock_for(sku) -> StockInfo`.

Online first (the backend's live level in every store), falling back to the till's cached level from
the change feed. Either way the till's own sales that have not reached the backend yet are taken
off this store's figure (server level − local unsynced sales), and `as_of` says when the figure was
true, so a screen can say "as of 09:41" instead of pretending to be live.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Literal, Protocol

from sqlalchemy import text

from terminal.storage.db import Database
from terminal.storage.models import from_iso

_UNSYNCED = text(
    "SELECT coalesce(sum(CAST(json_extract(l.value, '$.quantity') AS TEXT)), 0) "
    "FROM outbox o, json_each(o.payload, '$.lines') l "
    "WHERE o.status != 'acked' AND o.type = 'sale.completed' AND json_extract(l.value, '$.sku') = :sku "
    "AND coalesce(json_extract(l.value, '$.voided'), 0) = 0"
)


@dataclass(frozen=True, slots=True)
class StoreLevel:
    store_id: str
    on_hand: Decimal
    reserved: Decimal
    available: Decimal


@dataclass(frozen=True, slots=True)
class StockInfo:
    sku: str
    levels: tuple[StoreLevel, ...]
    as_of: datetime | None
    source: Literal["local", "live"]
    unsynced_sold: Decimal  # already taken off this store's level


class LiveStock(Protocol):
    """The online look-up (sync adapter); raises any Exception when the backend cannot be reached."""

    def store_levels(self, sku: str) -> list[StoreLevel]: ...


class StockService:
    def __init__(
        self, *, db: Database, store_id: str, clock: Callable[[], datetime], live: LiveStock | None = None
    ) -> None:
        self._db, self._store_id, self._clock, self._live = db, store_id, clock, live

    def stock_for(self, sku: str) -> StockInfo:
        """Live levels when the backend answers, else the cached ones; never raises for being offline."""
        with self._db.read() as session:
            unsynced = Decimal(str(session.execute(_UNSYNCED, {"sku": sku}).scalar_one() or 0))
            cached = session.execute(
                text(
                    "SELECT store_id, on_hand, reserved, available, as_of FROM stock_level WHERE sku = :sku"
                ),
                {"sku": sku},
            ).all()
        if self._live is not None:
            try:
                levels = self._live.store_levels(sku)
            except Exception:  # offline or a bad answer: the cached figure (with its age) is the answer
                levels = None
            if levels is not None:
                return StockInfo(sku, self._less(levels, unsynced), self._clock(), "live", unsynced)
        as_of = min((from_iso(str(row[4])) for row in cached), default=None)
        levels = [StoreLevel(str(r[0]), Decimal(r[1]), Decimal(r[2]), Decimal(r[3])) for r in cached]
        return StockInfo(sku, self._less(levels, unsynced), as_of, "local", unsynced)

    def _less(self, levels: list[StoreLevel], sold: Decimal) -> tuple[StoreLevel, ...]:
        return tuple(
            StoreLevel(lv.store_id, lv.on_hand - sold, lv.reserved, lv.available - sold)
            if lv.store_id == self._store_id and sold
            else lv
            for lv in levels
        )
