"""The stock ledger: movements are inserted as they happen, levels are derived in the same transaction.

`StockLedger` collects the movements of one transaction, inserts them (unique by source, line and
bucket), then applies the summed deltas to `stock_level` in (store, sku) order so concurrent
writers never deadlock, publishes the new levels to the store's feed, and raises a manager task
when on-hand stock goes below zero. A real sale is never refused for lack of stock.

Lock order (one for every writer): level rows in (store, sku) order, then the feed sequencers. A
writer that must read levels before it moves stock (a count) locks *all* the levels its
transaction will touch up front with `lock_levels`, in that order, so the flush at the end takes no
new level lock; a writer that only adds deltas locks them in the flush, in the same order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.models import StockLevel, StockMovement, table_of, utcnow
from backend.services.feed import FeedWriter, store_channel
from backend.services.rows import bulk_insert, json_list
from backend.services.tasks import TaskBuffer, chunked
from contract.base import INT64_MAX, quantity_str

# The buckets a level row holds (sellable on hand, reserved for web orders). Goods taken back damaged or
# into quarantine are movements in buckets of their own ("damaged", "quarantine"): counted in the
# ledger, never sellable, never on the level the web shop and the tills read.
LEVEL_BUCKETS = frozenset({"on_hand", "reserved"})

_MOVEMENT = table_of(StockMovement)
_LEVEL = table_of(StockLevel)


def in_lock_order(column: Any, session: Session) -> Any:
    """`column` ordered as the ledger orders level rows: by code point, as Python sorts strings.

    A database's collation (en_US, ICU) puts "Ab-2" and "AB1" the other way round; two writers
    locking the same rows in two orders can deadlock (docs/adr/0009-one-lock-order.md)."""
    return column.collate("C") if session.get_bind().dialect.name == "postgresql" else column


class Level(NamedTuple):  # a tuple: a batch reads one per article it sold
    store_id: str
    sku: str
    on_hand_milli: int
    reserved_milli: int
    version: int

    def feed_data(self) -> dict[str, Any]:
        """The level as the feed carries it: the JSON dump of contract/feed.py's `StockData`, built
        directly (a batch publishes a level per article it sold; the model and its dump cost about
        15 us a level; tests/backend/test_quantities.py holds the two equal)."""
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
        self._stored: dict[tuple[str, str], int] = {}  # on-hand read (and locked) in this transaction
        self._now = utcnow()  # recorded_at of its movements: when this transaction records them

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
        now = self._now
        self._movements.append(
            {
                "store_id": store_id,
                "sku": sku,
                "bucket": bucket,
                "qty_milli": qty_milli,
                "reason": reason,
                "source": source,
                "source_line": source_line,
                "occurred_at": occurred_at or now,
                "recorded_at": now,
            }
        )
        if bucket in LEVEL_BUCKETS:  # damaged and quarantined goods: movements of their own, no level
            self._deltas[(store_id, sku)][0 if bucket == "on_hand" else 1] += qty_milli

    def lock_levels(self, keys: Iterable[tuple[str, str]]) -> None:
        """Lock the level rows of `keys` (store, sku) in that order and read their on-hand.

        On PostgreSQL a missing row is created (0, 0) in the same ordered statement, so that every
        row the transaction will write is locked now, in order, and never later out of order (a
        no-op `ON CONFLICT DO UPDATE` locks an existing row). SQLite serialises writers anyway.
        """
        wanted = sorted({key for key in keys if key not in self._stored})
        if not wanted:
            return
        if self._session.get_bind().dialect.name == "postgresql":
            col = _LEVEL.c
            for keys_part in chunked(wanted):
                ins = postgresql.insert(_LEVEL)
                stmt = ins.on_conflict_do_update(
                    index_elements=[col.store_id, col.sku], set_={"version": col.version}
                ).returning(col.store_id, col.sku, col.on_hand_milli)
                params = [
                    {"store_id": s, "sku": k, "on_hand_milli": 0, "reserved_milli": 0, "version": 1}
                    for s, k in keys_part
                ]
                for store_id, sku, on_hand in self._session.execute(stmt, params):
                    self._stored[(store_id, sku)] = on_hand
            return
        by_store: dict[str, list[str]] = defaultdict(list)
        for store_id, sku in wanted:
            by_store[store_id].append(sku)
        for store, skus in by_store.items():
            for part in chunked(skus):
                found: dict[str, int] = dict(
                    self._session.execute(
                        select(StockLevel.sku, StockLevel.on_hand_milli).where(
                            StockLevel.store_id == store, StockLevel.sku.in_(part)
                        )
                    ).all()
                )
                for name in part:
                    self._stored[(store, name)] = found.get(name, 0)

    def on_hand(self, store_id: str, sku: str) -> int:
        """Current on-hand including this transaction's unflushed moves (lock the levels first)."""
        if (store_id, sku) not in self._stored:
            self.lock_levels([(store_id, sku)])
        return self._stored[(store_id, sku)] + self._deltas[(store_id, sku)][0]

    def moved_after(self, store_id: str, sku: str, moment: datetime) -> int:
        """On-hand moved by what happened after `moment` (stored and this transaction's unflushed
        movements, by their `occurred_at`): what a count taken at `moment` must leave on top."""
        stored = self._session.execute(
            select(func.sum(StockMovement.qty_milli)).where(
                StockMovement.store_id == store_id,
                StockMovement.sku == sku,
                StockMovement.bucket == "on_hand",
                StockMovement.occurred_at > moment,
            )
        ).scalar_one_or_none()
        pending = sum(
            m["qty_milli"]
            for m in self._movements
            if m["store_id"] == store_id
            and m["sku"] == sku
            and m["bucket"] == "on_hand"
            and m["occurred_at"] > moment
        )
        return int(stored or 0) + int(pending)

    def flush(self, feed: FeedWriter, *, source: str, tasks: TaskBuffer | None = None) -> list[Level]:
        """Write movements and levels; publish levels; raise tasks for stock below zero.

        One INSERT (executemany) for the movements and one upsert per (store, sku) batch for the
        levels, in (store, sku) order so concurrent writers lock level rows in the same order.
        """
        own_tasks = tasks is None
        tasks = tasks if tasks is not None else TaskBuffer(self._session)
        bulk_insert(self._session.connection(), _MOVEMENT, self._movements)
        deltas = {key: d for key, d in sorted(self._deltas.items()) if d[0] != 0 or d[1] != 0}
        levels = apply_deltas(self._session, deltas)
        for level in levels:
            d_on_hand = deltas[(level.store_id, level.sku)][0]
            feed.add_stored(
                store_channel(level.store_id),
                entity="stock",
                key=level.sku,
                version=level.version,
                stored=level.feed_data(),
            )
            if level.on_hand_milli < 0 <= level.on_hand_milli - d_on_hand:
                tasks.raise_task(
                    store_id=level.store_id,
                    kind="stock.negative",
                    summary=f"{level.sku}: stock below zero ({quantity_str(level.on_hand_milli)}) "
                    f"in {level.store_id}",
                    details={"sku": level.sku, "on_hand": quantity_str(level.on_hand_milli)},
                    source=source,
                )
        if own_tasks:
            tasks.flush()
        self._movements.clear()
        self._deltas.clear()
        self._stored.clear()
        return levels


def apply_deltas(session: Session, deltas: dict[tuple[str, str], list[int]]) -> list[Level]:
    """Add `[on_hand, reserved]` deltas to level rows (creating them), in the given order.

    One `INSERT ... ON CONFLICT DO UPDATE ... RETURNING` executed for all rows (SQLAlchemy batches
    it into multi-row VALUES); the rows stay locked until commit.
    """
    if not deltas:
        return []
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return _apply_deltas_pg(session, deltas)
    ins = sqlite.insert(_LEVEL)
    col = _LEVEL.c
    stmt = ins.on_conflict_do_update(
        index_elements=[col.store_id, col.sku],
        set_={
            "on_hand_milli": col.on_hand_milli + ins.excluded.on_hand_milli,
            "reserved_milli": col.reserved_milli + ins.excluded.reserved_milli,
            "version": col.version + 1,
        },
    ).returning(col.store_id, col.sku, col.on_hand_milli, col.reserved_milli, col.version)
    params = [
        {"store_id": s, "sku": k, "on_hand_milli": d[0], "reserved_milli": d[1], "version": 1}
        for (s, k), d in deltas.items()
    ]
    try:
        rows = session.execute(stmt, params).all()
    except DBAPIError as exc:  # PostgreSQL: bigint out of range (22003)
        if getattr(exc.orig, "sqlstate", None) == "22003":
            raise _out_of_range() from None
        raise
    # RETURNING order is not guaranteed for multi-row VALUES on SQLite: put the rows back in key order.
    found = {(r[0], r[1]): Level(*r) for r in rows}
    for level in found.values():
        # SQLite turns an integer overflow into a REAL instead of failing: refuse that the same way.
        if not all(
            isinstance(v, int) and abs(v) <= INT64_MAX for v in (level.on_hand_milli, level.reserved_milli)
        ):
            raise _out_of_range()
    return [found[key] for key in deltas]


_PG_UPSERT = text(
    """
    INSERT INTO stock_level AS l (store_id, sku, on_hand_milli, reserved_milli, version)
    SELECT s, k, CAST(h AS bigint), CAST(r AS bigint), 1
    FROM ROWS FROM (
        json_array_elements_text(CAST(:stores AS json)), json_array_elements_text(CAST(:skus AS json)),
        json_array_elements_text(CAST(:hands AS json)), json_array_elements_text(CAST(:reserves AS json))
    ) WITH ORDINALITY AS d(s, k, h, r, n)
    ORDER BY n
    ON CONFLICT (store_id, sku) DO UPDATE SET
        on_hand_milli = l.on_hand_milli + excluded.on_hand_milli,
        reserved_milli = l.reserved_milli + excluded.reserved_milli,
        version = l.version + 1
    RETURNING l.store_id, l.sku, l.on_hand_milli, l.reserved_milli, l.version
    """
)


def _apply_deltas_pg(session: Session, deltas: dict[tuple[str, str], list[int]]) -> list[Level]:
    """PostgreSQL: one short statement with four JSON lists, rows inserted (and locked) in the given
    order. The same text every time, so psycopg prepares it once; the multi-row VALUES form cost
    a fresh parse of a statement with thousands of parameters per batch."""
    keys = list(deltas)
    params = {
        "stores": json_list([s for s, _k in keys]),
        "skus": json_list([k for _s, k in keys]),
        "hands": json_list([deltas[key][0] for key in keys]),
        "reserves": json_list([deltas[key][1] for key in keys]),
    }
    try:
        rows = session.execute(_PG_UPSERT, params).all()
    except DBAPIError as exc:  # bigint out of range (22003)
        if getattr(exc.orig, "sqlstate", None) == "22003":
            raise _out_of_range() from None
        raise
    found = {(r[0], r[1]): Level(*r) for r in rows}
    return [found[key] for key in keys]


def _out_of_range() -> ApiError:
    return ApiError(422, "stock.out_of_range", "a stock level would leave the range a 64-bit integer holds")


def apply_delta(session: Session, *, store_id: str, sku: str, on_hand: int, reserved: int) -> Level:
    """Add to one level row (creating it), returning the new values; the row stays locked until commit."""
    return apply_deltas(session, {(store_id, sku): [on_hand, reserved]})[0]


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
