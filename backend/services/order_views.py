"""How a web order is shown: to the web shop (`order_view`) and on the store's feed (`order_data`).

The feed's `WebOrderData` carries what a till needs to pick and hand an order over offline: its lines
with names and figures, deadline and the pickup-code check (never the code itself).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.models import Notification, RefundRequest, WebOrder, WebOrderHistory, WebOrderLine
from backend.services.feed import FeedWriter, store_channel
from backend.services.tasks import chunked
from contract.base import quantity_str
from contract.feed import WebOrderData, WebOrderLineData
from contract.pickup import code_check, qr_payload


def order_lines(session: Session, number: str) -> list[WebOrderLine]:
    return list(
        session.execute(
            select(WebOrderLine).where(WebOrderLine.order_number == number).order_by(WebOrderLine.line_no)
        ).scalars()
    )


def grouped(code: str) -> str:
    """A pickup code as a customer reads it: two groups of four ("4827 1930")."""
    return f"{code[:4]} {code[4:]}" if len(code) == 8 else code


def order_view(
    session: Session,
    order: WebOrder,
    *,
    notifications: bool = True,
    new: bool = False,
    lines: list[WebOrderLine] | None = None,
    recorded: tuple[WebOrderHistory, list[Notification]] | None = None,
) -> dict[str, Any]:
    """The web shop's view: status, lines and their figures, deadline, history, refunds, links, and
    (`notifications`) the order's notifications with their own states: a notification's status is its
    delivery's (pending, delivered, dead, skipped), never the order's.

    `new`: the order was placed in this transaction, so it has no refund requests and no replacement
    yet (a replacement needs a collected order): those two queries are left out. `lines`: the order's
    lines as this transaction holds them (flushed), instead of reading them again. `recorded`: with
    `new`, the order's only history entry and its notifications as placing it added them (flushed).
    """
    history: Iterable[WebOrderHistory]
    if new and recorded is not None:
        history = [recorded[0]]
    else:
        history = session.execute(
            select(WebOrderHistory)
            .where(WebOrderHistory.order_number == order.order_number)
            .order_by(WebOrderHistory.entry_id)
        ).scalars()
    refunds: Iterable[RefundRequest] = ()
    replacements: Iterable[str] = ()
    if not new:
        refunds = session.execute(
            select(RefundRequest)
            .where(RefundRequest.order_number == order.order_number)
            .order_by(RefundRequest.created_at, RefundRequest.request_id)
        ).scalars()
        replacements = session.execute(
            select(WebOrder.order_number)
            .where(WebOrder.replaces_order_number == order.order_number)
            .order_by(WebOrder.order_number)
        ).scalars()
    view: dict[str, Any] = {
        "order_number": order.order_number,
        "status": order.status,
        "pickup_store_id": order.pickup_store_id,
        "customer_id": order.customer_id,
        "currency": order.currency,
        "paid": order.paid,
        "total_minor": order.total_minor,
        "pickup_code": order.pickup_code,
        "pickup_code_display": grouped(order.pickup_code),
        "pickup_qr": qr_payload(order.order_number, order.pickup_code),
        "placed_at": order.created_at,
        "ready_at": order.ready_at,
        "pickup_by": order.pickup_by,
        "expire_at": order.expire_at,  # the deadline plus the store's grace: then it expires
        "replaces_order_number": order.replaces_order_number,
        "replaced_by": list(replacements),
        "lines": [
            {
                "line_no": ln.line_no,
                "sku": ln.sku,
                "name": ln.name,
                "quantity": quantity_str(ln.quantity_milli),
                "unit_price_minor": ln.unit_price_minor,
                "picked": quantity_str(ln.picked_milli),
                "short": quantity_str(ln.short_milli),
                "collected": quantity_str(ln.collected_milli),
                "refused": quantity_str(ln.refused_milli),
                "returned": quantity_str(ln.returned_milli),
            }
            for ln in (lines if lines is not None else order_lines(session, order.order_number))
        ],
        "history": [{"at": h.at, "status": h.status, "note": h.note} for h in history],
        "refund_requests": [
            {
                "request_id": r.request_id,
                "amount_minor": r.amount_minor,
                "currency": r.currency,
                "reason": r.reason,
                "status": r.status,
                "lines": r.lines,
                "created_at": r.created_at,
            }
            for r in refunds
        ],
    }
    if notifications:
        view["notifications"] = [
            {
                "event_id": n.event_id,
                "kind": n.kind,
                "channel": n.channel,
                "status": n.status,
                "attempts": n.attempts,
                "delivered_at": n.delivered_at,
            }
            for n in (
                sorted(recorded[1], key=lambda row: row.notification_id)
                if new and recorded is not None
                else session.execute(
                    select(Notification)
                    .where(Notification.order_number == order.order_number)
                    .order_by(Notification.notification_id)
                ).scalars()
            )
        ]
    return view


def _qty(milli: int) -> Decimal:
    return Decimal(quantity_str(milli))


def order_data(session: Session, order: WebOrder, lines: list[WebOrderLine] | None = None) -> WebOrderData:
    """The order as the feed (and a till's claim answer) carries it."""
    lines = lines if lines is not None else order_lines(session, order.order_number)
    return WebOrderData(
        order_number=order.order_number,
        status=order.status,
        customer_id=order.customer_id,
        currency=order.currency,
        paid=order.paid,
        total_minor=order.total_minor,
        pickup_store_id=order.pickup_store_id,
        replaces_order_number=order.replaces_order_number,
        placed_at=order.created_at,
        ready_at=order.ready_at,
        pickup_by=order.pickup_by,
        pickup_code_check=code_check(order.order_number, order.pickup_code),
        lines=[
            WebOrderLineData(
                line_no=ln.line_no,
                sku=ln.sku,
                name=ln.name,
                quantity=_qty(ln.quantity_milli),
                unit_price_minor=ln.unit_price_minor,
                picked=_qty(ln.picked_milli),
                short=_qty(ln.short_milli),
                collected=_qty(ln.collected_milli),
                refused=_qty(ln.refused_milli),
                returned=_qty(ln.returned_milli),
            )
            for ln in lines
        ],
    )


def orders_data(session: Session, numbers: list[str]) -> list[dict[str, Any]]:
    """Several orders' feed data as JSON, in `numbers` order, two queries per thousand orders."""
    orders: dict[str, WebOrder] = {}
    lines: dict[str, list[WebOrderLine]] = {}
    for part in chunked(numbers):
        orders.update(
            (o.order_number, o)
            for o in session.execute(select(WebOrder).where(WebOrder.order_number.in_(part))).scalars()
        )
        for line in session.execute(
            select(WebOrderLine)
            .where(WebOrderLine.order_number.in_(part))
            .order_by(WebOrderLine.order_number, WebOrderLine.line_no)
        ).scalars():
            lines.setdefault(line.order_number, []).append(line)
    return [
        order_data(session, orders[n], lines.get(n, [])).model_dump(mode="json")
        for n in numbers
        if n in orders
    ]


def publish(
    feed: FeedWriter,
    order: WebOrder,
    session: Session | None = None,
    *,
    lines: list[WebOrderLine] | None = None,
) -> None:
    """Queue the order's change on its pickup store's channel (the latest one per transaction wins).

    Lines are read from `session` (flushed first, so this transaction's figures are in), unless the
    caller holds them all as this transaction leaves them (`lines`: a new order's)."""
    session = session if session is not None else feed.session
    session.flush()
    feed.add(
        store_channel(order.pickup_store_id),
        entity="web_order",
        key=order.order_number,
        version=order.version,
        data=order_data(session, order, lines),
    )
