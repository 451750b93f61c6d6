"""Web orders (click-and-collect), the basic path: create with a reservation, read, cancel.

Every status change goes through the state machine (`order_states`); picking, handover and expiry are
`pickups` and `schedule`. Every stock effect is in the ledger. Returns through other channels:
`web_returns`. Views (web shop and feed): `order_views`.

Placing is idempotent by order number: the order row is inserted *first* (`ON CONFLICT DO NOTHING`),
so concurrent posts of one number queue on its unique key; the first places it, the others then
find it and answer the stored order (same content) or 409 `web_order.conflict` (other content).
Lock order: the web order row, then stock levels in sku order, then the feed sequencers (ADR 0009).
"""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, make_transient_to_detached

from backend.errors import ApiError
from backend.models import (
    Product,
    StockLevel,
    Store,
    WebOrder,
    WebOrderLine,
    table_of,
    utcnow,
)
from backend.services import order_states
from backend.services.catalogue import upsert_customer
from backend.services.feed import FeedWriter
from backend.services.order_views import order_lines, order_view, publish
from backend.services.stock import StockLedger, in_lock_order
from contract.base import quantity_str, to_milli
from contract.webshop import WebCustomer, WebOrderIn, WebOrderLineIn, order_total

__all__ = [
    "WebCustomer",
    "WebOrderIn",
    "WebOrderLineIn",
    "cancel_order",
    "create_order",
    "get_order",
    "order_view",
    "publish",
]
_ORDER = table_of(WebOrder)
# Column name -> attribute name (the same for every column of web_order today; kept explicit).
_ORDER_ATTRS = {prop.columns[0].name: prop.key for prop in inspect(WebOrder).column_attrs}
REPLACEABLE = ("collected", "partially_collected")


def _measured(session: Session, body: WebOrderIn) -> dict[str, str]:
    """Every sku must be in the catalogue; fractional quantities only for measured articles.

    Returns the products' names by sku (the order's lines carry them)."""
    skus = sorted({ln.sku for ln in body.lines})
    columns = select(Product.sku, Product.unit, Product.name)
    found = session.execute(columns.where(Product.sku.in_(skus))).all()
    units = {sku: unit for sku, unit, _name in found}
    unknown = [sku for sku in skus if sku not in units]
    if unknown:
        raise ApiError(422, "product.unknown", f"unknown sku {unknown[0]}", {"skus": unknown})
    for line in body.lines:
        if units[line.sku] == "pc" and line.quantity != line.quantity.to_integral_value():
            raise ApiError(
                422,
                "web_order.fractional_quantity",
                f"{line.sku} is sold by the piece: quantity {line.quantity} must be whole",
                {"sku": line.sku},
            )
    return {sku: name for sku, _unit, name in found}


def _check_replacement(session: Session, body: WebOrderIn) -> None:
    """A replacement names a collected order of the same customer, for at most what was collected."""
    number = body.replaces_order_number
    original = session.execute(
        select(WebOrder).where(WebOrder.order_number == number).with_for_update()
    ).scalar_one_or_none()
    if original is None:
        raise ApiError(422, "web_order.unknown_original", f"no web order {number} to replace")
    if original.status not in REPLACEABLE:
        raise ApiError(
            422, "web_order.not_replaceable", f"order {number} is {original.status}, not collected"
        )
    if original.customer_id != body.customer.customer_id:
        raise ApiError(422, "web_order.other_customer", f"order {number} belongs to another customer")
    collected: dict[str, int] = {}
    for sku, milli in session.execute(
        select(WebOrderLine.sku, WebOrderLine.collected_milli).where(WebOrderLine.order_number == number)
    ):
        collected[sku] = collected.get(sku, 0) + milli
    replaced: dict[str, int] = dict(
        session.execute(
            select(WebOrderLine.sku, func.sum(WebOrderLine.quantity_milli))
            .join(WebOrder, WebOrder.order_number == WebOrderLine.order_number)
            .where(
                WebOrder.replaces_order_number == number,
                WebOrder.status != "cancelled",
                WebOrder.order_number != body.order_number,
            )
            .group_by(WebOrderLine.sku)
        ).all()
    )
    wanted: dict[str, int] = {}
    for line in body.lines:
        wanted[line.sku] = wanted.get(line.sku, 0) + to_milli(line.quantity)
    for sku, milli in sorted(wanted.items()):
        if milli + int(replaced.get(sku) or 0) > collected.get(sku, 0):
            raise ApiError(
                422,
                "web_order.replacement_exceeds",
                f"{sku}: a replacement for more than order {number} handed over",
                {"sku": sku, "collected": quantity_str(collected.get(sku, 0))},
            )


def _insert_order(session: Session, body: WebOrderIn) -> WebOrder | None:
    """Insert the order row unless the number exists; None when it does (after its placer committed).

    The new row comes back from the INSERT (RETURNING every column) and is attached to the session as
    a loaded object: the order is not read a second time (one statement fewer per web order)."""
    dialect = session.get_bind().dialect.name
    ins = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(_ORDER)
    stmt = (
        ins.values(
            order_number=body.order_number,
            pickup_store_id=body.pickup_store_id,
            customer_id=body.customer.customer_id,
            status="placed",
            currency=body.currency,
            paid=body.paid,
            total_minor=0 if body.replaces_order_number else order_total(body),
            pickup_code=f"{secrets.randbelow(10**8):08d}",
            replaces_order_number=body.replaces_order_number,
            created_at=utcnow(),
            version=1,
            request_hash=body.content_hash(),
        )
        .on_conflict_do_nothing(index_elements=[_ORDER.c.order_number])
        .returning(*_ORDER.c)
    )
    row = session.execute(stmt).mappings().first()
    if row is None:
        return None
    order = WebOrder(**{_ORDER_ATTRS[name]: value for name, value in row.items()})
    make_transient_to_detached(order)  # as if loaded: persistent once added, no INSERT of its own
    session.add(order)
    return order


def _same_order(session: Session, order: WebOrder, body: WebOrderIn) -> bool:
    if order.request_hash is not None:
        return order.request_hash == body.content_hash()
    # Placed before migration 0004: compare what was stored of it.
    lines = session.execute(
        select(WebOrderLine.sku, WebOrderLine.quantity_milli, WebOrderLine.unit_price_minor)
        .where(WebOrderLine.order_number == order.order_number)
        .order_by(WebOrderLine.line_no)
    ).all()
    wanted = [(ln.sku, to_milli(ln.quantity), ln.unit_price_minor) for ln in body.lines]
    stored = (
        order.pickup_store_id,
        order.customer_id,
        order.currency,
        order.paid,
        order.replaces_order_number,
    )
    asked = (
        body.pickup_store_id,
        body.customer.customer_id,
        body.currency,
        body.paid,
        body.replaces_order_number,
    )
    return stored == asked and [tuple(row) for row in lines] == wanted


def create_order(session: Session, body: WebOrderIn) -> tuple[int, dict[str, Any]]:
    """Place an order and reserve its stock at the pickup store: (201, order).

    The same order number again: (200, the stored order) when the content is the same, else 409
    `web_order.conflict`. 409 `web_order.short` with the short lines when the stock is not there.
    """
    if session.get(Store, body.pickup_store_id) is None:
        raise ApiError(422, "store.unknown", f"unknown pickup store {body.pickup_store_id}")
    order = _insert_order(session, body)
    if order is None:
        existing = session.get(WebOrder, body.order_number)
        assert existing is not None
        if not _same_order(session, existing, body):
            raise ApiError(
                409,
                "web_order.conflict",
                f"order {body.order_number} was already placed with other content",
                {"order_number": body.order_number},
            )
        return 200, order_view(session, existing)  # the shop retried: same order, same answer
    names = _measured(session, body)
    if body.replaces_order_number:
        _check_replacement(session, body)
    wanted: dict[str, int] = {}
    for line in body.lines:
        wanted[line.sku] = wanted.get(line.sku, 0) + to_milli(line.quantity)
    short = []
    levels = {
        level.sku: level
        for level in session.execute(
            select(StockLevel)
            .where(StockLevel.store_id == body.pickup_store_id, StockLevel.sku.in_(sorted(wanted)))
            .order_by(in_lock_order(StockLevel.sku, session))
            .with_for_update()
        ).scalars()
    }
    for sku in sorted(wanted):
        level = levels.get(sku)
        available = (level.on_hand_milli - level.reserved_milli) if level else 0
        if available < wanted[sku]:
            short.append(
                {"sku": sku, "wanted": quantity_str(wanted[sku]), "available": quantity_str(available)}
            )
    if short:
        raise ApiError(409, "web_order.short", "not enough stock at the pickup store", {"short_lines": short})
    ledger, feed = StockLedger(session), FeedWriter(session)
    customer = body.customer
    # On the feed too: the till shows the order's customer and finds the order by name, e-mail or phone.
    known = upsert_customer(  # held: the notifications read it from the session's (weak) identity map
        session,
        customer_id=customer.customer_id,
        name=customer.name,
        email=customer.email,
        phone=customer.phone,
        feed=feed,
    )
    placed_lines: list[WebOrderLine] = []
    for no, line in enumerate(body.lines, start=1):
        placed_lines.append(
            WebOrderLine(
                order_number=order.order_number,
                line_no=no,
                sku=line.sku,
                name=names.get(line.sku, ""),
                quantity_milli=to_milli(line.quantity),
                unit_price_minor=line.unit_price_minor,
                collected_milli=0,
                refused_milli=0,
                returned_milli=0,
                picked_milli=0,
                short_milli=0,
                released_milli=0,
            )
        )
        session.add(placed_lines[-1])
        ledger.move(
            store_id=order.pickup_store_id,
            sku=line.sku,
            qty_milli=to_milli(line.quantity),
            bucket="reserved",
            reason="reservation",
            source=f"web:{order.order_number}",
            source_line=no,
        )
    ledger.flush(feed, source=f"web:{order.order_number}")
    recorded = order_states.placed(session, feed, order, placed_lines)
    feed.flush()
    view = order_view(session, order, new=True, lines=placed_lines, recorded=recorded)  # flushed by publish
    del known
    return 201, view


def get_order(session: Session, order_number: str) -> dict[str, Any]:
    order = session.get(WebOrder, order_number)
    if order is None:
        raise ApiError(404, "web_order.unknown", f"no web order {order_number}")
    return order_view(session, order)


def cancel_order(session: Session, order_number: str) -> dict[str, Any]:
    """Cancel before collection: what is still reserved is released through the ledger."""
    order = session.execute(select(WebOrder).where(WebOrder.order_number == order_number).with_for_update())
    found = order.scalar_one_or_none()
    if found is None:
        raise ApiError(404, "web_order.unknown", f"no web order {order_number}")
    if found.status == "cancelled":
        return order_view(session, found)
    if found.status not in order_states.OPEN:
        raise ApiError(409, "web_order.not_cancellable", f"order is {found.status}")
    ledger, feed = StockLedger(session), FeedWriter(session)
    lines = order_lines(session, order_number)
    order_states.release_rest(ledger, found, lines, reason="release", source=f"web:{order_number}:cancel")
    ledger.flush(feed, source=f"web:{order_number}")
    order_states.move(session, feed, found, "cancelled", note="cancelled by the web shop")
    feed.flush()
    return order_view(session, found)
