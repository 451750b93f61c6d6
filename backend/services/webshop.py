"""Web orders (click-and-collect), the basic path: create with a reservation, read, cancel.

The full state machine (picking, ready, handover, expiry, returns through other channels) is the
click-and-collect issue; this module already keeps every stock effect in the ledger.
"""

from __future__ import annotations

import secrets
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.models import StockLevel, Store, WebOrder, WebOrderHistory, WebOrderLine
from backend.services.catalogue import upsert_customer
from backend.services.feed import FeedWriter, store_channel
from backend.services.stock import StockLedger
from sync.protocol import Currency, Id, Minor, Quantity, Text, quantity_str, to_milli


class WebCustomer(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    customer_id: Id
    name: Text
    email: Text | None = None
    phone: Text | None = None


class WebOrderLineIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    sku: Id
    quantity: Quantity
    unit_price_minor: Minor


class WebOrderIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    order_number: Id
    pickup_store_id: Id
    customer: WebCustomer
    lines: list[WebOrderLineIn] = Field(min_length=1, max_length=500)
    currency: Currency
    paid: bool
    replaces_order_number: Id | None = None


def _order_view(session: Session, order: WebOrder) -> dict[str, Any]:
    lines = session.execute(
        select(WebOrderLine)
        .where(WebOrderLine.order_number == order.order_number)
        .order_by(WebOrderLine.line_no)
    ).scalars()
    history = session.execute(
        select(WebOrderHistory)
        .where(WebOrderHistory.order_number == order.order_number)
        .order_by(WebOrderHistory.entry_id)
    ).scalars()
    return {
        "order_number": order.order_number,
        "status": order.status,
        "pickup_store_id": order.pickup_store_id,
        "customer_id": order.customer_id,
        "currency": order.currency,
        "paid": order.paid,
        "total_minor": order.total_minor,
        "pickup_code": order.pickup_code,
        "replaces_order_number": order.replaces_order_number,
        "lines": [
            {
                "line_no": ln.line_no,
                "sku": ln.sku,
                "quantity": quantity_str(ln.quantity_milli),
                "unit_price_minor": ln.unit_price_minor,
                "collected": quantity_str(ln.collected_milli),
                "refused": quantity_str(ln.refused_milli),
                "returned": quantity_str(ln.returned_milli),
            }
            for ln in lines
        ],
        "history": [{"at": h.at, "status": h.status, "note": h.note} for h in history],
    }


def _publish(feed: FeedWriter, order: WebOrder) -> None:
    data = {
        "order_number": order.order_number,
        "status": order.status,
        "customer_id": order.customer_id,
        "currency": order.currency,
        "paid": order.paid,
        "total_minor": order.total_minor,
    }
    feed.add(
        store_channel(order.pickup_store_id),
        entity="web_order",
        key=order.order_number,
        version=order.version,
        data=data,
    )


def create_order(session: Session, body: WebOrderIn) -> dict[str, Any]:
    """Place an order and reserve its stock at the pickup store; 409 with the short lines if it cannot."""
    if session.get(Store, body.pickup_store_id) is None:
        raise ApiError(422, "store.unknown", f"unknown pickup store {body.pickup_store_id}")
    existing = session.get(WebOrder, body.order_number)
    if existing is not None:
        return _order_view(session, existing)  # the shop retried: same order, same answer
    wanted: dict[str, int] = {}
    for line in body.lines:
        wanted[line.sku] = wanted.get(line.sku, 0) + to_milli(line.quantity)
    short = []
    for sku in sorted(wanted):
        level = session.execute(
            select(StockLevel)
            .where(StockLevel.store_id == body.pickup_store_id, StockLevel.sku == sku)
            .with_for_update()
        ).scalar_one_or_none()
        available = (level.on_hand_milli - level.reserved_milli) if level else 0
        if available < wanted[sku]:
            short.append(
                {"sku": sku, "wanted": quantity_str(wanted[sku]), "available": quantity_str(available)}
            )
    if short:
        raise ApiError(409, "web_order.short", "not enough stock at the pickup store", {"short_lines": short})
    customer = body.customer
    upsert_customer(
        session,
        customer_id=customer.customer_id,
        name=customer.name,
        email=customer.email,
        phone=customer.phone,
        feed=None,
    )
    paid_total = sum(ln.unit_price_minor * to_milli(ln.quantity) // 1000 for ln in body.lines)
    order = WebOrder(
        order_number=body.order_number,
        pickup_store_id=body.pickup_store_id,
        customer_id=customer.customer_id,
        status="placed",
        currency=body.currency,
        paid=body.paid,
        total_minor=0 if body.replaces_order_number else paid_total,
        pickup_code=f"{secrets.randbelow(10**8):08d}",
        replaces_order_number=body.replaces_order_number,
        version=1,
    )
    session.add(order)
    session.flush()
    ledger, feed = StockLedger(session), FeedWriter(session)
    for no, line in enumerate(body.lines, start=1):
        session.add(
            WebOrderLine(
                order_number=order.order_number,
                line_no=no,
                sku=line.sku,
                quantity_milli=to_milli(line.quantity),
                unit_price_minor=line.unit_price_minor,
            )
        )
        ledger.move(
            store_id=order.pickup_store_id,
            sku=line.sku,
            qty_milli=to_milli(line.quantity),
            bucket="reserved",
            reason="reservation",
            source=f"web:{order.order_number}",
            source_line=no,
        )
    session.add(WebOrderHistory(order_number=order.order_number, status="placed", note="order placed"))
    ledger.flush(feed, source=f"web:{order.order_number}")
    _publish(feed, order)
    feed.flush()
    return _order_view(session, order)


def get_order(session: Session, order_number: str) -> dict[str, Any]:
    order = session.get(WebOrder, order_number)
    if order is None:
        raise ApiError(404, "web_order.unknown", f"no web order {order_number}")
    return _order_view(session, order)


def cancel_order(session: Session, order_number: str) -> dict[str, Any]:
    """Cancel before collection: the reservation is released through the ledger."""
    order = session.execute(select(WebOrder).where(WebOrder.order_number == order_number).with_for_update())
    found = order.scalar_one_or_none()
    if found is None:
        raise ApiError(404, "web_order.unknown", f"no web order {order_number}")
    if found.status == "cancelled":
        return _order_view(session, found)
    if found.status not in ("placed", "picking", "ready"):
        raise ApiError(409, "web_order.not_cancellable", f"order is {found.status}")
    ledger, feed = StockLedger(session), FeedWriter(session)
    lines = session.execute(select(WebOrderLine).where(WebOrderLine.order_number == order_number)).scalars()
    for line in lines:
        ledger.move(
            store_id=found.pickup_store_id,
            sku=line.sku,
            qty_milli=-line.quantity_milli,
            bucket="reserved",
            reason="release",
            source=f"web:{order_number}:cancel",
            source_line=line.line_no,
        )
    found.status, found.version = "cancelled", found.version + 1
    session.add(
        WebOrderHistory(order_number=order_number, status="cancelled", note="cancelled by the web shop")
    )
    ledger.flush(feed, source=f"web:{order_number}")
    _publish(feed, found)
    feed.flush()
    return _order_view(session, found)
