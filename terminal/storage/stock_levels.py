"""The stock levels the change feed brought: this store's and the other stores' figures for a product,
each with the moment the backend confirmed it (`as_of`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Float, cast, select
from sqlalchemy.orm import Session

from terminal.storage.models.catalogue import Product
from terminal.storage.models.stock import StockLevel


@dataclass(frozen=True, slots=True)
class CachedLevel:
    store_id: str
    on_hand: Decimal
    reserved: Decimal
    available: Decimal
    as_of: datetime


def cached_levels(session: Session, sku: str) -> list[CachedLevel]:
    """Every store's last known level of `sku` (empty when the feed never brought one)."""
    rows = session.scalars(select(StockLevel).where(StockLevel.sku == sku).order_by(StockLevel.store_id))
    return [
        CachedLevel(r.store_id, Decimal(r.on_hand), Decimal(r.reserved), Decimal(r.available), r.as_of)
        for r in rows
    ]


def below(
    session: Session, store_id: str, threshold: Decimal, *, limit: int
) -> list[tuple[str, str, Decimal]]:
    """(sku, name, available) of this store's cached levels whose available figure is below
    `threshold`, fewest first (compared as numbers: the figures are stored as decimal text)."""
    as_number = cast(StockLevel.available, Float)  # SQLite: a numeric value from the decimal text
    rows = session.execute(
        select(StockLevel.sku, Product.name, StockLevel.available)
        .outerjoin(Product, Product.sku == StockLevel.sku)
        .where(StockLevel.store_id == store_id, as_number < float(threshold))
        .order_by(as_number, StockLevel.sku)
        .limit(limit)
    ).all()
    return [(sku, name or sku, Decimal(available)) for sku, name, available in rows]


def store_ids(session: Session) -> list[str]:
    """Every store the feed brought a level of, in id order."""
    return list(session.scalars(select(StockLevel.store_id).distinct().order_by(StockLevel.store_id)))
