"""How much of a product there is, and how fresh that figure is: `stock_for(sku) -> StockInfo`.

Online first (the backend's live level in every store), falling back to the till's cached level from
the change feed. Either way what this till moved that the backend has not confirmed yet (its stock
movements whose outbox event is not acknowledged: sales and handovers take, restocked returns give)
is applied to this store's figure, and `as_of` says when the figure was true, so a screen can say
"as of 09:41" instead of pretending to be live.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Literal, Protocol

from terminal.storage import movements, stock_levels
from terminal.storage.db import Database


@dataclass(frozen=True, slots=True)
class StoreLevel:
    store_id: str
    on_hand: Decimal
    reserved: Decimal
    available: Decimal
    name: str = ""  # the store's name (the live look-up names every store; the cache does not)


@dataclass(frozen=True, slots=True)
class StockInfo:
    sku: str
    levels: tuple[StoreLevel, ...]
    as_of: datetime | None
    source: Literal["local", "live"]
    unconfirmed: Decimal  # this till's own on-hand moves not yet confirmed: already applied to this store


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
            moved, released = movements.unconfirmed(session, store_id=self._store_id, sku=sku)
            cached = stock_levels.cached_levels(session, sku)
        if self._live is not None:
            try:
                levels = self._live.store_levels(sku)
            except Exception:  # offline or a bad answer: the cached figure (with its age) is the answer
                levels = None
            if levels is not None:
                return StockInfo(sku, self._with(levels, moved, released), self._clock(), "live", moved)
        as_of = min((row.as_of for row in cached), default=None)
        levels = [StoreLevel(r.store_id, r.on_hand, r.reserved, r.available) for r in cached]
        return StockInfo(sku, self._with(levels, moved, released), as_of, "local", moved)

    def _with(self, levels: list[StoreLevel], moved: Decimal, released: Decimal) -> tuple[StoreLevel, ...]:
        """This store's level with the till's own unconfirmed moves: `moved` on hand, of which
        `released` (negative: handed over) also leaves the reserved units."""
        return tuple(
            StoreLevel(
                lv.store_id,
                lv.on_hand + moved,
                lv.reserved + released,
                lv.available + moved - released,
                lv.name,
            )
            if lv.store_id == self._store_id and (moved or released)
            else lv
            for lv in levels
        )
