"""Catalogue look-ups for the till: scan a barcode, fetch a product, search by name, brand or SKU.

These are the hot interactive paths (DESIGN.md: scan to cart line <= 16 ms p99, search keystroke to
results <= 50 ms p99 on 1,000,000 products), so they select columns with Core, not ORM entities, and
return frozen `ProductRecord`s.

Search ranking: ordering every FTS5 match by bm25 costs
~100 ms at p99 for two-letter prefixes, so results are ranked by the stored `popularity` instead, and
only over the first `SEARCH_CANDIDATES` matches in rowid order. Queries narrower than that (nearly all
of three letters or more) are ranked exactly; for a very broad prefix the candidates are the lowest
rowids, which are the most popular products because the catalogue is bulk-loaded most popular first.
Exact SKU and barcode hits come first. Single characters are not searched as prefixes: there is no
prefix index for them and they match nearly everything.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy import text as sa_text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from terminal.domain.money import Money
from terminal.storage.models.catalogue import Product, ProductBarcode

SEARCH_CANDIDATES = 2000
MAX_SEARCH_TERMS = 8
_TERM = re.compile(r"[^\W_]+")  # what FTS5's unicode61 tokenizer treats as a token: letters and digits


@dataclass(frozen=True, slots=True)
class ProductRecord:
    """A product as the till sells it. `price_minor` is per piece, or per kg when `unit` is "kg"."""

    sku: str
    name: str
    brand: str
    product_group: str
    price_minor: int
    currency: str
    vat_code: str
    unit: str
    active: bool
    popularity: int
    version: int

    @property
    def price(self) -> Money:
        return Money(self.price_minor, self.currency)


_p = Product.__table__.c
_b = ProductBarcode.__table__.c
_COLUMNS = (
    _p.sku,
    _p.name,
    _p.brand,
    _p.product_group,
    _p.price_minor,
    _p.currency,
    _p.vat_code,
    _p.unit,
    _p.active,
    _p.popularity,
    _p.version,
)
_COLUMN_SQL = ", ".join(f"p.{c.name}" for c in _COLUMNS)

_BY_BARCODE = (
    select(*_COLUMNS)
    .select_from(ProductBarcode.__table__.join(Product.__table__, _p.sku == _b.sku))
    .where(_b.barcode == bindparam("code"))
)
_BY_SKU = select(*_COLUMNS).where(_p.sku == bindparam("sku"))
_SEARCH = sa_text(
    f"SELECT {_COLUMN_SQL} FROM "
    "(SELECT rowid AS rid FROM product_fts WHERE product_fts MATCH :match LIMIT :candidates) AS m "
    "JOIN product AS p ON p.id = m.rid WHERE p.active = 1 "
    "ORDER BY p.popularity DESC, p.id LIMIT :limit"
)


def _record(row: Sequence[Any]) -> ProductRecord:
    sku, name, brand, group, price, currency, vat, unit, active, popularity, version = row
    return ProductRecord(
        sku=str(sku),
        name=str(name),
        brand=str(brand),
        product_group=str(group),
        price_minor=int(price),
        currency=str(currency),
        vat_code=str(vat),
        unit=str(unit),
        active=bool(active),
        popularity=int(popularity),
        version=int(version),
    )


def find_by_barcode(session: Session, code: str) -> ProductRecord | None:
    """The product behind a scanned (or lookup) code, active or not; None when unknown."""
    row = session.execute(_BY_BARCODE, {"code": code}).first()
    return None if row is None else _record(row)


def get_product(session: Session, sku: str) -> ProductRecord | None:
    row = session.execute(_BY_SKU, {"sku": sku}).first()
    return None if row is None else _record(row)


def names_of(session: Session, skus: Sequence[str]) -> dict[str, str]:
    """The catalogue's names of these SKUs (unknown ones are left out)."""
    names: dict[str, str] = {}
    for sku in dict.fromkeys(skus):
        product = get_product(session, sku)
        if product is not None and product.name:
            names[sku] = product.name
    return names


def fts_query(user_text: str) -> str | None:
    """The FTS5 MATCH expression for what the cashier typed: every word a quoted prefix term, ANDed.

    Only letters and digits survive, so quotes, `*`, `-`, `:`, parentheses and keywords like AND/NEAR
    can never reach the FTS5 parser as syntax. Returns None when nothing is left to search for.
    """
    words = _TERM.findall(unicodedata.normalize("NFKC", user_text))
    words = [w[:64] for w in words if len(w) >= 2][:MAX_SEARCH_TERMS]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def search_products(session: Session, text: str, limit: int = 50) -> list[ProductRecord]:
    """Active products matching what was typed, exact SKU/barcode hits first, then by popularity."""
    wanted = unicodedata.normalize("NFKC", text).strip()
    if not wanted or limit <= 0:
        return []
    results: list[ProductRecord] = []
    exact = get_product(session, wanted)
    if exact is not None and exact.active:
        results.append(exact)
    if wanted.isdigit():
        scanned = find_by_barcode(session, wanted)
        if scanned is not None and scanned.active and scanned not in results:
            results.append(scanned)
    match = fts_query(wanted)
    if match is None:
        return results[:limit]
    params = {"match": match, "candidates": SEARCH_CANDIDATES, "limit": limit + len(results)}
    try:
        rows = session.execute(_SEARCH, params).all()
    except OperationalError as exc:  # belt and braces: a query we failed to sanitise finds nothing
        if "fts5" in str(exc.orig).lower():
            return results[:limit]
        raise
    seen = {r.sku for r in results}
    results.extend(rec for rec in map(_record, rows) if rec.sku not in seen)
    return results[:limit]
