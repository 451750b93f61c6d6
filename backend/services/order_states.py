"""The web order's state machine: `placed -> picking -> ready -> collected | partially_collected`,
`ready -> expired`, `-> cancelled` before collection (DESIGN.md "Web-shop API").

The allowed transitions are the data below; every transition (and every other change a customer
hears about: a reminder, a refund request, a return) goes through `move` or `record`, which bump the
order's version, call the one hook `order_events.order_changed` (history, later notifications) and
publish the order on its store's feed. Reservations are released through `release`, which never
releases more of a line than it reserved (`released_milli`), whoever releases first.

A staying move (`ready -> ready` after more picking, `partially_collected -> partially_collected`
after a second handover) is allowed where listed: it records and publishes the new figures.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.models import WebOrder, WebOrderLine
from backend.services.feed import FeedWriter
from backend.services.order_events import Recorded, order_changed
from backend.services.order_views import publish
from backend.services.stock import StockLedger

OPEN = ("placed", "picking", "ready")
SETTLED = ("collected", "partially_collected")
CLOSED = ("collected", "partially_collected", "expired", "cancelled")
_HANDED = frozenset({"collected", "partially_collected"})

TRANSITIONS: dict[str, frozenset[str]] = {
    # Staff may hand over an order not (fully) picked yet: the items are scanned at the counter anyway.
    "placed": frozenset({"picking", "ready", "cancelled"} | _HANDED),
    "picking": frozenset({"picking", "ready", "cancelled"} | _HANDED),
    "ready": frozenset({"ready", "expired", "cancelled"} | _HANDED),
    "partially_collected": _HANDED,
    "collected": frozenset({"collected"}),
    "expired": frozenset(),
    "cancelled": frozenset(),
}


def allowed(current: str, to: str) -> bool:
    return to in TRANSITIONS.get(current, frozenset())


def placed(session: Session, feed: FeedWriter, order: WebOrder, lines: list[WebOrderLine]) -> Recorded:
    """A new order (inserted as `placed`) with its `lines`: its first history entry and feed change."""
    recorded = order_changed(session, order, "placed", {"note": "order placed"})
    publish(feed, order, session, lines=lines)  # flushes: the entry and notifications have their ids
    return recorded


def move(
    session: Session,
    feed: FeedWriter,
    order: WebOrder,
    to: str,
    *,
    note: str,
    data: dict[str, Any] | None = None,
) -> None:
    """Move `order` to `to`; 409 `web_order.bad_transition` when the table does not allow it."""
    if not allowed(order.status, to):
        raise ApiError(
            409,
            "web_order.bad_transition",
            f"order {order.order_number} is {order.status}, it cannot become {to}",
            {"order_number": order.order_number, "status": order.status, "to": to},
        )
    order.status, order.version = to, order.version + 1
    order_changed(session, order, to, {**(data or {}), "note": note})
    publish(feed, order, session)


def settle(
    session: Session,
    feed: FeedWriter,
    order: WebOrder,
    to: str,
    *,
    note: str,
    data: dict[str, Any] | None = None,
) -> None:
    """A handover's end state (`collected` or `partially_collected`). One handover reaches the backend
    twice, as its visit's handover lines and as `pickup.handed_over` (either first): when the first
    made the order `collected`, the second publishes its figures and tells nobody again (no second
    history entry, no second `collected` notification)."""
    if order.status == to == "collected":
        order.version += 1
        publish(feed, order, session)
        return
    move(session, feed, order, to, note=note, data=data)


def record(
    session: Session,
    feed: FeedWriter | None,
    order: WebOrder,
    kind: str,
    *,
    note: str,
    data: dict[str, Any] | None = None,
) -> None:
    """A change that is not a transition (reminder, refund_requested, returned); published when the
    order's figures changed (`feed` given)."""
    order_changed(session, order, kind, {**(data or {}), "note": note})
    if feed is not None:
        order.version += 1
        publish(feed, order, session)


def release(
    ledger: StockLedger,
    order: WebOrder,
    line: WebOrderLine,
    milli: int,
    *,
    reason: str,
    source: str,
    source_line: int,
) -> int:
    """Release up to `milli` of `line`'s reservation (never more than is still reserved); how much."""
    amount = max(0, min(milli, line.quantity_milli - line.released_milli))
    if amount:
        line.released_milli += amount
        ledger.move(
            store_id=order.pickup_store_id,
            sku=line.sku,
            qty_milli=-amount,
            bucket="reserved",
            reason=reason,
            source=source,
            source_line=source_line,
        )
    return amount


def release_rest(
    ledger: StockLedger, order: WebOrder, lines: list[WebOrderLine], *, reason: str, source: str
) -> None:
    """Release whatever is still reserved of every line (cancel, expiry)."""
    for line in lines:
        release(
            ledger, order, line, line.quantity_milli, reason=reason, source=source, source_line=line.line_no
        )
