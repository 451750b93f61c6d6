"""Bootstrap snapshot for one store, paged by key, as row arrays (1,000,000 products in seconds).

The manifest's cursor is read before any page: every change committed before it is in the pages
(rows only move forward), and anything committed later comes again through the feed, where the
terminal ignores versions it already has.

Speed (docs/adr/0008-fast-catalogue-bootstrap.md): the two big entities (products, barcodes) run as
compiled Core statements straight on the driver cursor, so a page is a list of plain tuples that
orjson writes without a callback per row (SQLAlchemy `Row`s cost ~1 s per million rows, the
`default=` callback several more). A web orders page may carry its orders' full feed data
(`include=orders`: lines, deadline, pickup-code check), so a till bootstrapped from a snapshot can
hand its orders over offline. A products page may carry its barcodes (`include=barcodes`): the
barcodes of exactly the page's sku range, read in the same transaction, in sku order. That is one
index range scan instead of the barcode-keyed scan (6x slower on SQLite: rowid look-ups in random
order), one round trip less per page, and the till gets every barcode together with its product.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import and_, literal, or_, select
from sqlalchemy.orm import Session, aliased

from backend.errors import ApiError
from backend.models import (
    Barcode,
    Customer,
    Price,
    Product,
    ProductGroup,
    Promotion,
    StaffMember,
    StaffStore,
    StockLevel,
    Store,
    VatRate,
    WebOrder,
)
from backend.services.feed import current_cursor
from backend.services.order_views import orders_data


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
            Product.popularity,
            Product.group_id,
            Product.final_sale,
        )
        .outerjoin(listed, and_(listed.sku == Product.sku, listed.scope == store.price_list))
        .outerjoin(own, and_(own.sku == Product.sku, own.scope == f"store:{store.store_id}"))
    )
    return query


def _staff(store: Store) -> Any:
    """The active people of the store (its own and the all-stores ones), with their PIN hashes."""
    own = select(StaffStore.staff_id).where(StaffStore.store_id == store.store_id)
    return select(
        StaffMember.staff_id,
        StaffMember.name,
        StaffMember.role,
        StaffMember.pin_salt,
        StaffMember.pin_hash,
        StaffMember.badge_code,
        StaffMember.version,
    ).where(
        StaffMember.active.is_(True), or_(StaffMember.all_stores.is_(True), StaffMember.staff_id.in_(own))
    )


# entity -> (columns, key column, query builder); new columns go at the end (old tills index by name,
# but keep the order stable anyway)
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
            "popularity",
            "group_id",
            "final_sale",
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
    "product_groups": (  # their return policy (docs/adr/0015-returns-ledger.md)
        ["group_id", "name", "return_days", "final_sale", "version"],
        ProductGroup.group_id,
        lambda s: select(
            ProductGroup.group_id,
            ProductGroup.name,
            ProductGroup.return_days,
            ProductGroup.final_sale,
            ProductGroup.version,
        ),
    ),
    "customers": (
        ["customer_id", "name", "email", "phone", "version"],
        Customer.customer_id,
        lambda s: select(
            Customer.customer_id, Customer.name, Customer.email, Customer.phone, Customer.version
        ),
    ),
    # Staff managed centrally (ADR 0017): the store's active people with their PIN hashes.
    "staff": (
        ["staff_id", "name", "role", "pin_salt", "pin_hash", "badge_code", "version"],
        StaffMember.staff_id,
        _staff,
    ),
    # The chain's stores by name (ADR 0025): every store, this one too.
    "stores": (
        ["store_id", "name", "version"],
        Store.store_id,
        lambda s: select(Store.store_id, Store.name, Store.version),
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


INCLUDES = {"products": ("barcodes",), "web_orders": ("orders",)}
_RAW = frozenset(("products", "barcodes"))  # plain types only: safe to skip SQLAlchemy's result processing


def page(
    session: Session,
    store_id: str,
    entity: str,
    after: str | None,
    limit: int,
    *,
    include: tuple[str, ...] = (),
) -> dict[str, Any]:
    if entity not in ENTITIES:
        raise ApiError(422, "snapshot.unknown_entity", f"entity must be one of {', '.join(ENTITIES)}")
    unknown = [name for name in include if name not in INCLUDES.get(entity, ())]
    if unknown:
        raise ApiError(422, "snapshot.unknown_include", f"{entity} pages cannot include {', '.join(unknown)}")
    columns, key, build = ENTITIES[entity]
    query = build(_store(session, store_id))
    if after:
        query = query.where(key > after)
    query = query.order_by(key).limit(limit)
    rows = _tuples(session, query) if entity in _RAW else [tuple(row) for row in session.execute(query)]
    full = len(rows) == limit
    body: dict[str, Any] = {
        "entity": entity,
        "columns": columns,
        "rows": rows,
        "next_after": str(rows[-1][0]) if full else None,
    }
    if "barcodes" in include:
        codes = select(Barcode.code, Barcode.sku)
        if after:
            codes = codes.where(Barcode.sku > after)
        if full:
            codes = codes.where(Barcode.sku <= rows[-1][0])
        body["barcodes"] = _tuples(session, codes.order_by(Barcode.sku))
    if "orders" in include:  # the page's orders as the feed carries them (lines, deadline, code check)
        body["orders"] = orders_data(session, [str(row[0]) for row in rows])
    return body


def _tuples(session: Session, query: Any) -> list[tuple[Any, ...]]:
    """Run a Core select on the driver's cursor: plain tuples, no `Row` objects (about 40 % faster).

    Only for queries whose columns need no result processing (strings, integers, booleans; SQLite
    gives booleans as 0/1, which the tills read with `bool()`).
    """
    conn = session.connection()
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    args: Any = tuple(params[k] for k in compiled.positiontup or ()) if compiled.positional else params
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(compiled.string, args)
        return list(cursor.fetchall())
    finally:
        cursor.close()
