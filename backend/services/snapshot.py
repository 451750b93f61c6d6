"""Bootstrap snapshot for one store, paged by key, as row arrays (1,000,000 products in seconds).

The manifest's cursor is read before any page: every change committed before it is in the pages
(rows only move forward), and anything committed later comes again through the feed, where the
terminal ignores versions it already has.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import and_, literal, select
from sqlalchemy.orm import Session, aliased

from backend.errors import ApiError
from backend.models import Barcode, Customer, Price, Product, Promotion, StockLevel, Store, VatRate, WebOrder
from backend.services.feed import current_cursor


def _products(store: Store) -> Any:  # row shape: see the column list in ENTITIES
    listed, own = aliased(Price), aliased(Price)
    query: Any = (
        select(
            Product.sku,
            Product.name,
            Product.brand,
            Product.vat_code,
            Product.unit,
            Product.active,
            Product.version,
            listed.amount_minor,
            own.amount_minor,
            literal(store.currency),
        )
        .outerjoin(listed, and_(listed.sku == Product.sku, listed.scope == store.price_list))
        .outerjoin(own, and_(own.sku == Product.sku, own.scope == f"store:{store.store_id}"))
    )
    return query


# entity -> (columns, key column, query builder)
ENTITIES: dict[str, tuple[list[str], Any, Callable[[Store], Any]]] = {
    "products": (
        [
            "sku",
            "name",
            "brand",
            "vat_code",
            "unit",
            "active",
            "version",
            "list_price_minor",
            "store_price_minor",
            "currency",
        ],
        Product.sku,
        _products,
    ),
    "barcodes": (["code", "sku"], Barcode.code, lambda s: select(Barcode.code, Barcode.sku)),
    "stock": (
        ["sku", "on_hand_milli", "reserved_milli", "version"],
        StockLevel.sku,
        lambda s: select(
            StockLevel.sku, StockLevel.on_hand_milli, StockLevel.reserved_milli, StockLevel.version
        ).where(StockLevel.store_id == s.store_id),
    ),
    "vat_rates": (
        ["code", "percent"],
        VatRate.code,
        lambda s: select(VatRate.code, VatRate.percent).where(VatRate.country == s.country),
    ),
    "promotions": (
        ["promotion_id", "name", "kind", "value", "sku", "starts_at", "ends_at", "version"],
        Promotion.promotion_id,
        lambda s: select(
            Promotion.promotion_id,
            Promotion.name,
            Promotion.kind,
            Promotion.value,
            Promotion.sku,
            Promotion.starts_at,
            Promotion.ends_at,
            Promotion.version,
        ).where((Promotion.store_id.is_(None)) | (Promotion.store_id == s.store_id)),
    ),
    "web_orders": (
        ["order_number", "status", "customer_id", "currency", "paid", "total_minor", "version"],
        WebOrder.order_number,
        lambda s: select(
            WebOrder.order_number,
            WebOrder.status,
            WebOrder.customer_id,
            WebOrder.currency,
            WebOrder.paid,
            WebOrder.total_minor,
            WebOrder.version,
        ).where(WebOrder.pickup_store_id == s.store_id, WebOrder.status.in_(("placed", "picking", "ready"))),
    ),
    "customers": (
        ["customer_id", "name", "email", "phone", "version"],
        Customer.customer_id,
        lambda s: select(
            Customer.customer_id, Customer.name, Customer.email, Customer.phone, Customer.version
        ),
    ),
}


def _store(session: Session, store_id: str) -> Store:
    store = session.get(Store, store_id)
    if store is None:
        raise ApiError(404, "store.unknown", f"unknown store {store_id}")
    return store


def manifest(session: Session, store_id: str, page_limit: int) -> dict[str, Any]:
    _store(session, store_id)
    return {
        "store_id": store_id,
        "cursor": current_cursor(session, store_id),
        "entities": list(ENTITIES),
        "page_limit": page_limit,
    }


def page(session: Session, store_id: str, entity: str, after: str | None, limit: int) -> dict[str, Any]:
    if entity not in ENTITIES:
        raise ApiError(422, "snapshot.unknown_entity", f"entity must be one of {', '.join(ENTITIES)}")
    columns, key, build = ENTITIES[entity]
    query = build(_store(session, store_id))
    if after:
        query = query.where(key > after)
    rows = session.execute(query.order_by(key).limit(limit)).all()
    return {
        "entity": entity,
        "columns": columns,
        "rows": rows,
        "next_after": str(rows[-1][0]) if len(rows) == limit else None,
    }
