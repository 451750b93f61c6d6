"""Catalogue look-ups for the screens: name/brand/SKU search as the cashier types.

The catalogue is never loaded into memory: every call is one indexed SQLite query with a limit
(FTS5 prefix search ordered by popularity, see terminal/storage/catalogue.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from terminal.domain.money import Money
from terminal.services.context import TillContext
from terminal.storage import catalogue
from terminal.storage.db import Database


@dataclass(frozen=True)
class ProductHit:
    """One search result row."""

    sku: str
    name: str
    brand: str
    price: Money
    product_group: str
    unit: str


class CatalogueService:
    """Product search for the till."""

    def __init__(self, *, db: Database, ctx: TillContext) -> None:
        self._db = db
        self._ctx = ctx

    def search(self, text: str, limit: int = 50) -> list[ProductHit]:
        """Products whose name, brand or SKU start with the typed words; most popular first."""
        text = text.strip()
        if not text:
            return []
        with self._db.read() as session:
            records = catalogue.search_products(session, text, limit=limit)
        return [
            ProductHit(
                sku=r.sku,
                name=r.name,
                brand=r.brand,
                price=Money(r.price_minor, self._ctx.currency),
                product_group=r.product_group,
                unit=r.unit,
            )
            for r in records
        ]
