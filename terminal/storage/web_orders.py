"""The store's open web orders on the till: the feed's copy, this till's picking and handovers.

The feed side (`upsert`, `forget`) runs on the sqlite3 connection inside a feed page's transaction
(terminal/storage/feed_apply.py). The pickups use case reads and writes through the other functions
inside its own transactions. What the till did (`pickup_progress`, `pickup_pick`) is kept apart from
the feed's rows, so a page that still shows an older state never undoes a pick or a "ready".

The queue is one query per view over `web_order` (index on status, pickup_by) joined with the
progress and the customer: 2,000 open orders read in a few milliseconds.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from terminal.storage.bulk import raw_connection
from terminal.storage.models.base import from_iso, to_iso

if TYPE_CHECKING:
    from contract.feed import WebOrderData

CLOSED = frozenset({"collected", "partially_collected", "cancelled", "expired"})

# The state a queue shows: what this till did wins over a feed row that has not caught up yet.
_STATE = (
    "CASE WHEN p.state = 'handed_over' THEN 'handed_over' "
    "WHEN p.state = 'ready' AND w.status IN ('placed', 'picking') THEN 'ready' "
    "WHEN p.state = 'picking' AND w.status = 'placed' THEN 'picking' ELSE w.status END"
)
_FROM = (
    "FROM web_order w LEFT JOIN pickup_progress p ON p.order_number = w.order_number "
    "LEFT JOIN customer c ON c.customer_id = w.customer_id "
)
_HEAD = (
    f"SELECT w.order_number, {_STATE} AS state, w.customer_id, COALESCE(c.name, ''), c.email, c.phone, "
    "w.currency, w.paid, w.total_minor, w.pickup_by, w.ready_at, w.pickup_code_check, w.item_count, "
    "COALESCE(p.code_attempts, 0), p.pick_id, w.replaces_order_number "
)


@dataclass(frozen=True, slots=True)
class OrderHeadRow:
    order_number: str
    state: str
    customer_id: str | None
    customer_name: str
    email: str | None
    phone: str | None
    currency: str
    paid: bool
    total_minor: int
    pickup_by: datetime | None
    ready_at: datetime | None
    code_check: str | None
    item_count: int
    code_attempts: int
    pick_id: str | None
    replaces_order_number: str | None


@dataclass(frozen=True, slots=True)
class OrderLineRow:
    line_no: int
    sku: str
    name: str
    quantity: Decimal
    unit_price_minor: int
    picked: Decimal
    short: Decimal


def _head(row: Any) -> OrderHeadRow:
    return OrderHeadRow(
        order_number=row[0],
        state=row[1],
        customer_id=row[2],
        customer_name=row[3],
        email=row[4],
        phone=row[5],
        currency=row[6],
        paid=bool(row[7]),
        total_minor=int(row[8]),
        pickup_by=from_iso(row[9]) if row[9] else None,
        ready_at=from_iso(row[10]) if row[10] else None,
        code_check=row[11],
        item_count=int(row[12]),
        code_attempts=int(row[13]),
        pick_id=row[14],
        replaces_order_number=row[15],
    )


# ---------------------------------------------------------------- the feed's side


def upsert(raw: Any, key: str, version: int, data: WebOrderData, stamp: str) -> None:
    """Apply one `web_order` upsert (newer versions only); a closed order leaves the till."""
    found = raw.execute("SELECT version FROM web_order WHERE order_number = ?", (key,)).fetchone()
    if found is not None and int(found[0]) >= version:
        return
    if data.status in CLOSED:
        forget(raw, key)
        return
    raw.execute("DELETE FROM web_order_line WHERE order_number = ?", (key,))
    raw.execute("DELETE FROM web_order WHERE order_number = ?", (key,))
    items = sum((line.quantity for line in data.lines), Decimal(0))
    raw.execute(
        "INSERT INTO web_order (order_number, status, customer_id, currency, paid, total_minor, "
        "replaces_order_number, placed_at, ready_at, pickup_by, pickup_code_check, item_count, version, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            key,
            data.status,
            data.customer_id,
            data.currency,
            data.paid,
            data.total_minor,
            data.replaces_order_number,
            _iso(data.placed_at),
            _iso(data.ready_at),
            _iso(data.pickup_by),
            data.pickup_code_check,
            int(items.to_integral_value(rounding="ROUND_CEILING")),
            version,
            stamp,
        ),
    )
    raw.executemany(
        "INSERT INTO web_order_line (order_number, line_no, sku, name, quantity, unit_price_minor, picked, "
        "short, collected, refused) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                key,
                ln.line_no,
                ln.sku,
                ln.name,
                _q(ln.quantity),
                ln.unit_price_minor,
                _q(ln.picked),
                _q(ln.short),
                _q(ln.collected),
                _q(ln.refused),
            )
            for ln in data.lines
        ],
    )


def forget(raw: Any, key: str) -> None:
    """A closed or deleted order leaves the queue with its picking progress (handover records stay)."""
    for table in ("web_order_line", "web_order", "pickup_pick", "pickup_progress"):
        raw.execute(f"DELETE FROM {table} WHERE order_number = ?", (key,))


def _iso(value: datetime | None) -> str | None:
    return None if value is None else to_iso(value)


def _q(value: Decimal) -> str:
    return format(value + 0, "f")


# ---------------------------------------------------------------- the queue and look-ups

VIEWS = ("to_pick", "ready", "overdue", "expiring")


def _view_where(view: str) -> str:
    return {
        "to_pick": f"{_STATE} IN ('placed', 'picking')",
        "ready": f"{_STATE} = 'ready' AND (w.pickup_by IS NULL OR w.pickup_by >= :now)",
        "overdue": f"{_STATE} = 'ready' AND w.pickup_by < :now",
        "expiring": f"{_STATE} IN ('placed', 'picking', 'ready') AND w.pickup_by >= :now "
        "AND w.pickup_by < :day_end",
    }[view]


def queue(
    session: Session, view: str, *, now: datetime, day_end: datetime, limit: int = 500
) -> list[OrderHeadRow]:
    """One view of the queue, soonest deadline first (one query)."""
    sql = (
        f"{_HEAD}{_FROM}WHERE {_view_where(view)} "
        "ORDER BY w.pickup_by IS NULL, w.pickup_by, w.order_number LIMIT :limit"
    )
    rows = raw_connection(session).execute(
        sql, {"now": to_iso(now), "day_end": to_iso(day_end), "limit": limit}
    )
    return [_head(r) for r in rows]


def counts(session: Session, *, now: datetime, day_end: datetime) -> dict[str, int]:
    """How many orders each view holds (one query)."""
    parts = ", ".join(f"COALESCE(SUM(CASE WHEN {_view_where(v)} THEN 1 ELSE 0 END), 0)" for v in VIEWS)
    row = (
        raw_connection(session)
        .execute(f"SELECT {parts} {_FROM}", {"now": to_iso(now), "day_end": to_iso(day_end)})
        .fetchone()
    )
    return {v: int(n) for v, n in zip(VIEWS, row, strict=True)}


def head(session: Session, order_number: str) -> OrderHeadRow | None:
    row = (
        raw_connection(session).execute(f"{_HEAD}{_FROM}WHERE w.order_number = ?", (order_number,)).fetchone()
    )
    return None if row is None else _head(row)


def search(session: Session, text: str, *, limit: int = 50) -> list[OrderHeadRow]:
    """Open orders by order number, or their customer's name, e-mail or phone (a part of it)."""
    like = f"%{text.strip()}%"
    digits = "".join(ch for ch in text if ch.isdigit())
    sql = (
        f"{_HEAD}{_FROM}WHERE {_STATE} != 'handed_over' AND (w.order_number LIKE :like OR c.name LIKE :like "
        "OR c.email LIKE :like "
        "OR (:digits != '' AND REPLACE(REPLACE(c.phone, ' ', ''), '-', '') LIKE :dlike)) "
        "ORDER BY w.pickup_by IS NULL, w.pickup_by LIMIT :limit"
    )
    params = {"like": like, "digits": digits, "dlike": f"%{digits}%", "limit": limit}
    return [_head(r) for r in raw_connection(session).execute(sql, params)]


def lines(session: Session, order_number: str) -> list[OrderLineRow]:
    """The order's lines with this till's picking figures where it has them, else the feed's."""
    rows = raw_connection(session).execute(
        "SELECT l.line_no, l.sku, l.name, l.quantity, l.unit_price_minor, COALESCE(k.picked, l.picked), "
        "COALESCE(k.short, l.short) FROM web_order_line l LEFT JOIN pickup_pick k "
        "ON k.order_number = l.order_number AND k.line_no = l.line_no "
        "WHERE l.order_number = ? ORDER BY l.line_no",
        (order_number,),
    )
    return [
        OrderLineRow(r[0], r[1], r[2], Decimal(r[3]), int(r[4]), Decimal(r[5]), Decimal(r[6])) for r in rows
    ]


# ---------------------------------------------------------------- this till's progress


def set_progress(
    session: Session, order_number: str, *, state: str, pick_id: str | None, at: datetime
) -> None:
    raw_connection(session).execute(
        "INSERT INTO pickup_progress (order_number, state, pick_id, code_attempts, updated_at) "
        "VALUES (?, ?, ?, 0, ?) ON CONFLICT (order_number) DO UPDATE SET state = excluded.state, "
        "pick_id = COALESCE(excluded.pick_id, pickup_progress.pick_id), updated_at = excluded.updated_at",
        (order_number, state, pick_id, to_iso(at)),
    )


def count_wrong_code(session: Session, order_number: str, *, at: datetime) -> int:
    """One more wrong code for the order; returns the count so far."""
    raw = raw_connection(session)
    raw.execute(
        "INSERT INTO pickup_progress (order_number, state, pick_id, code_attempts, updated_at) "
        "VALUES (?, 'none', NULL, 1, ?) ON CONFLICT (order_number) DO UPDATE SET "
        "code_attempts = pickup_progress.code_attempts + 1",
        (order_number, to_iso(at)),
    )
    row = raw.execute(
        "SELECT code_attempts FROM pickup_progress WHERE order_number = ?", (order_number,)
    ).fetchone()
    return int(row[0])


def set_picks(session: Session, order_number: str, picks: Iterable[tuple[int, Decimal, Decimal]]) -> None:
    """This till's picked and short figures of some lines (absolute)."""
    raw_connection(session).executemany(
        "INSERT INTO pickup_pick (order_number, line_no, picked, short) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (order_number, line_no) DO UPDATE SET picked = excluded.picked, short = excluded.short",
        [(order_number, no, _q(picked), _q(short)) for no, picked, short in picks],
    )


# ---------------------------------------------------------------- handovers waiting for their visit


def add_pending_handover(
    session: Session,
    *,
    handover_id: str,
    order_number: str,
    terminal_id: str,
    details: Mapping[str, Any],
    at: datetime,
) -> None:
    """A handover put into the open visit; an older pending one of the same order is dropped."""
    raw = raw_connection(session)
    raw.execute(
        "DELETE FROM pickup_handover WHERE order_number = ? AND terminal_id = ? AND receipt_number IS NULL",
        (order_number, terminal_id),
    )
    raw.execute(
        "INSERT INTO pickup_handover "
        "(handover_id, order_number, terminal_id, details, receipt_number, created_at) "
        "VALUES (?, ?, ?, ?, NULL, ?)",
        (handover_id, order_number, terminal_id, json.dumps(dict(details), sort_keys=True), to_iso(at)),
    )


def pending_handovers(
    session: Session, terminal_id: str, order_numbers: Iterable[str]
) -> list[tuple[str, str, dict[str, Any]]]:
    """(handover_id, order_number, details) of the pending handovers of these orders."""
    wanted = sorted(set(order_numbers))
    if not wanted:
        return []
    marks = ", ".join("?" for _ in wanted)
    rows = raw_connection(session).execute(
        f"SELECT handover_id, order_number, details FROM pickup_handover WHERE terminal_id = ? "
        f"AND receipt_number IS NULL AND order_number IN ({marks}) ORDER BY created_at",
        (terminal_id, *wanted),
    )
    return [(r[0], r[1], json.loads(r[2])) for r in rows]


def drop_pending_handovers(session: Session, handover_ids: Iterable[str]) -> None:
    """Forget handovers that will not happen (their visit voided, the order taken out of it); a
    completed one (with its receipt number) stays."""
    raw = raw_connection(session)
    for handover_id in sorted(set(handover_ids)):
        raw.execute(
            "DELETE FROM pickup_handover WHERE handover_id = ? AND receipt_number IS NULL", (handover_id,)
        )


def finish_handover(session: Session, handover_id: str, *, receipt_number: str) -> None:
    raw_connection(session).execute(
        "UPDATE pickup_handover SET receipt_number = ? WHERE handover_id = ?", (receipt_number, handover_id)
    )


def handovers_of_receipt(
    session: Session, terminal_id: str, receipt_number: str, order_numbers: Iterable[str]
) -> list[tuple[str, str, dict[str, Any]]]:
    """(handover_id, order_number, details) of these orders' handovers completed by this till's visit
    `receipt_number` (see `finish_handover`), in the order they joined the visit."""
    wanted = sorted(set(order_numbers))
    if not wanted:
        return []
    marks = ", ".join("?" for _ in wanted)
    rows = raw_connection(session).execute(
        f"SELECT handover_id, order_number, details FROM pickup_handover WHERE terminal_id = ? "
        f"AND receipt_number = ? AND order_number IN ({marks}) ORDER BY created_at, handover_id",
        (terminal_id, receipt_number, *wanted),
    )
    return [(r[0], r[1], json.loads(r[2])) for r in rows]
