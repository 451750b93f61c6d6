"""The lowest price an article had at a store in the last days: the refund of a return without a receipt.

A till prices an article at its store's own price (scope `store:<id>`) when there is one, else at the
store's price list (`DE`, `HU`, ...). `price_history` holds every amount each scope had since when
(written by `catalogue.upsert_prices`), so the effective price at any moment is the store price then
in force, else the list price then in force; the lowest over the window is the lowest of those at the
window's start and at every change inside it. A scope without history counts with its current price.
"The last N days" are calendar days of the store (its time zone): the window starts at the local
midnight N days before today, so today's price changes and every hour of those N days count.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.models import Price, PriceHistory, Product, Store
from backend.services.store_time import day_bounds, local_date, zone

Timeline = list[tuple[datetime, int]]  # (valid from, amount) in time order


def _timeline(session: Session, sku: str, scope: str, start: datetime) -> Timeline:
    """The scope's amounts from the one in force at `start` on (empty: no history, no price)."""
    before = session.execute(
        select(PriceHistory.valid_from, PriceHistory.amount_minor)
        .where(PriceHistory.sku == sku, PriceHistory.scope == scope, PriceHistory.valid_from <= start)
        .order_by(PriceHistory.valid_from.desc(), PriceHistory.entry_id.desc())
        .limit(1)
    ).all()
    after = session.execute(
        select(PriceHistory.valid_from, PriceHistory.amount_minor)
        .where(PriceHistory.sku == sku, PriceHistory.scope == scope, PriceHistory.valid_from > start)
        .order_by(PriceHistory.valid_from, PriceHistory.entry_id)
    ).all()
    points = [(at, int(amount)) for at, amount in [*before, *after]]
    if not points:
        current = session.get(Price, (sku, scope))
        if current is not None:
            points = [(start, current.amount_minor)]
    return points


def _at(timeline: Timeline, moment: datetime) -> int | None:
    amount = None
    for at, value in timeline:
        if at > moment:
            break
        amount = value
    return amount


def lowest_price(session: Session, store_id: str, sku: str, days: int, now: datetime) -> dict[str, Any]:
    """`GET /v1/terminal/products/{sku}/lowest-price`: a `LowestPrice` for the store's scopes."""
    product = session.get(Product, sku)
    if product is None:
        raise ApiError(404, "product.unknown", f"no product {sku}")
    store = session.get(Store, store_id)
    if store is None:
        raise ApiError(404, "store.unknown", f"unknown store {store_id}")
    tz = zone(store.timezone)
    start, _ = day_bounds(local_date(now, tz) - timedelta(days=days), tz)
    own = _timeline(session, sku, f"store:{store_id}", start)
    listed = _timeline(session, sku, store.price_list, start)
    moments = sorted({start, *(at for at, _ in own if at > start), *(at for at, _ in listed if at > start)})
    moments = [m for m in moments if m <= now] or [start]
    prices = []
    for moment in moments:
        amount = _at(own, moment)
        if amount is None:
            amount = _at(listed, moment)
        if amount is not None:
            prices.append(amount)
    current = _at(own, now)
    if current is None:
        current = _at(listed, now)
    if current is None or not prices:
        raise ApiError(404, "product.no_price", f"{sku} has no price at store {store_id}")
    return {
        "sku": sku,
        "name": product.name,
        "currency": store.currency,
        "days": days,
        "lowest_minor": min(prices),
        "current_minor": current,
    }
