"""The stock levels the change feed brought: this store's and the other stores' figures for a product,
each with the moment the backend confirmed it (`as_of`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from terminal.storage.models import StockLevel


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
