"""The stock ledger: movements are inserted as they happen, levels are derived in the same transaction.

`StockLedger` collects the movements of one transaction, inserts them (unique by source, line and
bucket), then applies the summed deltas to `stock_level` in (store, sku) order so concurrent
writers never deadlock, publishes the new levels to the store's feed, and raises a manager task
when on-hand stock goes below zero. A real sale is never refused for lack of stock.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from backend.models import StockLevel, StockMovement, utcnow
from backend.services.feed import FeedWriter, store_channel
from backend.services.tasks import raise_task
from sync.protocol import quantity_str


@dataclass(frozen=True, slots=True)
class Level:
    store_id: str
    sku: str
    on_hand_milli: int
    reserved_milli: int
    version: int

    def view(self) -> dict[str, Any]:
        return {
            "sku": self.sku,
            "on_hand": quantity_str(self.on_hand_milli),
            "reserved": quantity_str(self.reserved_milli),
            "available": quantity_str(self.on_hand_milli - self.reserved_milli),
        }


class StockLedger:
    """The stock effects of one transaction."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._movements: list[dict[str, Any]] = []
        self._deltas: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])

    def move(
        self,
        *,
        store_id: str,
        sku: str,
        qty_milli: int,
        reason: str,
        source: str,
        source_line: int = 0,
        bucket: str = "on_hand",
        occurred_at: datetime | None = None,
    ) -> None:
        if qty_milli == 0:
            return
        self._movements.append(
            {
                "store_id": store_id,
                "sku": sku,
                "bucket": bucket,
                "qty_milli": qty_milli,
                "reason": reason,
                "source": source,
                "source_line": source_line,
                "occurred_at": occurred_at or utcnow(),
                "recorded_at": utcnow(),
            }
        )
        self._deltas[(store_id, sku)][0 if bucket == "on_hand" else 1] += qty_milli

    def on_hand(self, store_id: str, sku: str) -> int:
        """Current on-hand including this transaction's unflushed moves; locks the level row (counts)."""
        stored = self._session.execute(
            select(StockLevel.on_hand_milli)
            .where(StockLevel.store_id == store_id, StockLevel.sku == sku)
            .with_for_update()
        ).scalar_one_or_none()
        return (stored or 0) + self._deltas[(store_id, sku)][0]

    def flush(self, feed: FeedWriter, *, source: str) -> list[Level]:
        """Write movements and levels; publish levels; raise tasks for stock below zero."""
        if self._movements:
            self._session.execute(insert(StockMovement), self._movements)
        levels = []
        for (store_id, sku), (d_on_hand, d_reserved) in sorted(self._deltas.items()):
            if d_on_hand == 0 and d_reserved == 0:
                continue
            level = apply_delta(
                self._session, store_id=store_id, sku=sku, on_hand=d_on_hand, reserved=d_reserved
            )
            levels.append(level)
            feed.add(
                store_channel(store_id), entity="stock", key=sku, version=level.version, data=level.view()
            )
            if level.on_hand_milli < 0 <= level.on_hand_milli - d_on_hand:
                raise_task(
                    self._session,
                    store_id=store_id,
                    kind="stock.negative",
                    summary=f"{sku}: stock below zero ({quantity_str(level.on_hand_milli)}) in {store_id}",
                    details={"sku": sku, "on_hand": quantity_str(level.on_hand_milli)},
                    source=source,
                )
        self._movements.clear()
        self._deltas.clear()
        return levels


def apply_delta(session: Session, *, store_id: str, sku: str, on_hand: int, reserved: int) -> Level:
    """Add to a level row (creating it), returning the new values; the row stays locked until commit."""
    dialect = session.get_bind().dialect.name
    ins = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(StockLevel)
    stmt = ins.values(
        store_id=store_id, sku=sku, on_hand_milli=on_hand, reserved_milli=reserved, version=1
    ).on_conflict_do_update(
        index_elements=[StockLevel.store_id, StockLevel.sku],
        set_={
            "on_hand_milli": StockLevel.on_hand_milli + on_hand,
            "reserved_milli": StockLevel.reserved_milli + reserved,
            "version": StockLevel.version + 1,
        },
    )
    row = session.execute(
        stmt.returning(StockLevel.on_hand_milli, StockLevel.reserved_milli, StockLevel.version)
    ).one()
    return Level(store_id, sku, row[0], row[1], row[2])


def ledger_sum(session: Session, store_id: str, sku: str) -> tuple[int, int]:
    """Sum of movements per bucket: the invariant says it equals the level row."""
    rows = dict(
        session.execute(
            select(StockMovement.bucket, func.sum(StockMovement.qty_milli))
            .where(StockMovement.store_id == store_id, StockMovement.sku == sku)
            .group_by(StockMovement.bucket)
        ).all()
    )
    return int(rows.get("on_hand") or 0), int(rows.get("reserved") or 0)
