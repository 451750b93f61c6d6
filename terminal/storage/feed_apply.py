"""Applying the backend's change feed to the till database: one page and its cursor, ONE transaction.

`apply_page(db, page, scope=…)` (called by the sync engine, sync/engine.py) writes every change of a
page and the page's `next_cursor` in one `BEGIN IMMEDIATE` transaction, so a crash or an error in
the middle leaves the old catalogue and the old cursor: the page simply comes again (applying a page
twice gives the same state).

What the feed emits (its data models are contract/feed.py, built by backend/services: catalogue.py,
stock.py, webshop.py) and what the till does:
- `product` {sku, name, brand, vat_code, unit, barcodes, popularity, group_id, final_sale}: upsert
  when the version is newer; a new product has no price yet, so it waits inactive (price 0) until its
  price arrives; barcodes upserted.
  `delete`: the product is deactivated, never removed (past sales and barcodes refer to it).
- `product_group` {group_id, name, return_days, final_sale}: a group's return policy (upsert when
  newer; delete: its products fall back to the default policy). A product names its group
  (`group_id`) and may be `final_sale` itself; both are written with the product.
- `price` {sku, scope, amount_minor, currency}: the store's own price (`store:<id>`) wins over the list
  price of the store's price list; other lists are ignored. Which skus have a store price is kept in
  `sync_state` (`sync_state.STORE_PRICE_PREFIX` + sku), so a later list-price change does not overwrite it.
- `stock` {sku, on_hand, reserved, available}: the server's level for this store, stamped `as_of` now.
- `customer` {customer_id, name, email, phone}: upsert / delete.
- `web_order` {order_number, status, …, lines}: the store's open click-and-collect orders
  (terminal/storage/web_orders.py): replaced whole when the version is newer; a closed order
  (collected, partially collected, cancelled, expired) or a delete leaves the till's queue.
- `staff` {staff_id, name, role, store_ids, all_stores, badge_code, pin_salt, pin_hash, active}: people
  managed centrally (terminal/storage/central_staff.py, ADR 0017): upserted when the version is newer,
  active only while active and working in this store; a removed person stays as an inactive row.
- `store` {store_id, name}: one of the chain's stores by name (terminal/storage/stores.py, ADR 0025):
  upserted when the version is newer; a delete (never sent) is ignored, a name stays readable.
- anything else (`promotion`): no till table yet; counted as skipped (its data is never
  validated here, so it cannot stop the feed).
Feed order within a channel is commit order, and the chain channel (products, list prices) comes
before the store channel in every page, so a product always arrives before its store price.
The statements are raw `executemany` on the sqlite3 driver: 10,000 stock changes in a few ms.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from terminal.storage.bulk import raw_connection
from terminal.storage.db import Database
from terminal.storage.models.base import to_iso
from terminal.storage.sync_state import CURSOR_KEY, STORE_PRICE_PREFIX, UPSERT

if TYPE_CHECKING:  # loaded with the first page (pydantic stays out of a till's start without a backend)
    from contract.feed import (
        Change,
        ChangePage,
        CustomerData,
        PriceData,
        ProductData,
        ProductGroupData,
        StaffData,
        StockData,
        StoreData,
        WebOrderData,
    )

_D = TypeVar(
    "_D",
    "ProductData",
    "ProductGroupData",
    "PriceData",
    "StockData",
    "CustomerData",
    "WebOrderData",
    "StaffData",
    "StoreData",
)

_ORDER = ("product_group", "product", "price", "stock", "customer", "web_order", "staff", "store")

_PRODUCT_UPSERT = (
    "INSERT INTO product (sku, name, brand, product_group, price_minor, currency, vat_code, unit, "
    "popularity, active, version, updated_at, group_id, final_sale) "
    "VALUES (?, ?, ?, '', 0, ?, ?, ?, 0, 0, ?, ?, ?, ?) "
    "ON CONFLICT (sku) DO UPDATE SET name = excluded.name, brand = excluded.brand, "
    "vat_code = excluded.vat_code, unit = excluded.unit, version = excluded.version, "
    "updated_at = excluded.updated_at, group_id = excluded.group_id, final_sale = excluded.final_sale "
    "WHERE excluded.version > product.version"
)
_GROUP_UPSERT = (
    "INSERT INTO product_group (group_id, name, return_days, final_sale, version) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (group_id) DO UPDATE SET name = excluded.name, return_days = excluded.return_days, "
    "final_sale = excluded.final_sale, version = excluded.version "
    "WHERE excluded.version > product_group.version"
)
_POPULARITY_SET = "UPDATE product SET popularity = ? WHERE sku = ? AND version = ?"
_PRODUCT_DELETE = "UPDATE product SET active = 0, version = ?, updated_at = ? WHERE sku = ? AND version < ?"
_BARCODE_UPSERT = (
    "INSERT INTO product_barcode (barcode, sku) SELECT ?, sku FROM product WHERE sku = ? "
    "ON CONFLICT (barcode) DO UPDATE SET sku = excluded.sku"
)
# A product that came without a price waits inactive with price 0; its first price makes it sellable.
_PRICE_SET = (
    "UPDATE product SET price_minor = ?, currency = ?, updated_at = ?, "
    "active = CASE WHEN price_minor = 0 AND active = 0 THEN 1 ELSE active END WHERE sku = ?"
)
_LIST_PRICE_SET = _PRICE_SET + " AND NOT EXISTS (SELECT 1 FROM sync_state WHERE key = ?)"
_STOCK_UPSERT = (
    "INSERT INTO stock_level (sku, store_id, on_hand, reserved, available, as_of) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (sku, store_id) DO UPDATE SET on_hand = excluded.on_hand, reserved = excluded.reserved, "
    "available = excluded.available, as_of = excluded.as_of"
)
_CUSTOMER_UPSERT = (
    "INSERT INTO customer (customer_id, name, email, phone, updated_at) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (customer_id) DO UPDATE SET name = excluded.name, email = excluded.email, "
    "phone = excluded.phone, updated_at = excluded.updated_at"
)


@dataclass(frozen=True, slots=True)
class FeedScope:
    """Whose feed this is: the store, its price list (its country) and its currency."""

    store_id: str
    price_list: str
    currency: str


@dataclass(frozen=True, slots=True)
class Applied:
    """What one page changed, per entity; `skipped` counts changes of entities the till does not keep."""

    counts: dict[str, int]
    skipped: int
    cursor: str


def store_cursor(raw: Any, cursor: str) -> None:
    """Remember the feed cursor inside the caller's transaction (with the rows it covers)."""
    raw.execute(UPSERT, (CURSOR_KEY, cursor))


def apply_page(db: Database, page: ChangePage, *, scope: FeedScope, now: datetime) -> Applied:
    """Apply a page of changes and store its `next_cursor`, all in one local transaction."""
    with db.write() as session:
        raw = raw_connection(session)
        applied = apply_changes(raw, page.changes, scope=scope, now=now)
        store_cursor(raw, page.next_cursor)
    return Applied(counts=applied[0], skipped=applied[1], cursor=page.next_cursor)


def apply_changes(
    raw: Any, changes: list[Change], *, scope: FeedScope, now: datetime
) -> tuple[dict[str, int], int]:
    """Write `changes` through the sqlite3 connection `raw` (inside the caller's transaction)."""
    stamp = to_iso(now)
    by_entity: dict[str, list[Change]] = defaultdict(list)
    for change in changes:
        by_entity[change.entity].append(change)
    counts: dict[str, int] = {}
    for entity in _ORDER:
        items = by_entity.pop(entity, [])
        if items:
            _APPLIERS[entity](raw, items, scope, stamp)
            counts[entity] = len(items)
    skipped = sum(len(items) for items in by_entity.values())
    return counts, skipped


def _data(change: Change, model: type[_D]) -> _D:
    """The change's data as its entity's contract model (the page was validated against it)."""
    if change.data is None:
        raise ValueError(f"{change.entity} {change.key}: upsert without data")
    if not isinstance(change.data, model):
        raise ValueError(f"{change.entity} {change.key}: data is not a {model.__name__}")
    return change.data


def _products(raw: Any, items: list[Change], scope: FeedScope, stamp: str) -> None:
    from contract.feed import ProductData

    for c in items:  # one row at a time: a later change of the same sku must see the earlier one
        if c.op == "delete":
            raw.execute(_PRODUCT_DELETE, (c.version, stamp, c.key, c.version))
            continue
        d = _data(c, ProductData)
        raw.execute(
            _PRODUCT_UPSERT,
            (c.key, d.name, d.brand or "", scope.currency, d.vat_code, d.unit or "pc", c.version, stamp,
             d.group_id, int(d.final_sale)),
        )  # fmt: skip
        if d.popularity is not None:  # backends before migration 0002 do not send it
            raw.execute(_POPULARITY_SET, (d.popularity, c.key, c.version))
        if d.barcodes:
            raw.executemany(_BARCODE_UPSERT, [(code, c.key) for code in d.barcodes])


def _groups(raw: Any, items: list[Change], scope: FeedScope, stamp: str) -> None:
    from contract.feed import ProductGroupData

    for c in items:
        if c.op == "delete":  # its products fall back to the default policy
            raw.execute("DELETE FROM product_group WHERE group_id = ?", (c.key,))
            continue
        d = _data(c, ProductGroupData)
        raw.execute(_GROUP_UPSERT, (c.key, d.name, d.return_days, int(d.final_sale), c.version))


def _prices(raw: Any, items: list[Change], scope: FeedScope, stamp: str) -> None:
    from contract.feed import PriceData

    own = f"store:{scope.store_id}"
    for c in items:
        if c.op == "delete":
            continue  # prices are never deleted by the backend; a product is deactivated instead
        d = _data(c, PriceData)
        sku, amount, currency = d.sku, d.amount_minor, d.currency
        if d.scope == own:
            raw.execute(UPSERT, (STORE_PRICE_PREFIX + sku, str(amount)))
            raw.execute(_PRICE_SET, (amount, currency, stamp, sku))
        elif d.scope == scope.price_list:
            raw.execute(_LIST_PRICE_SET, (amount, currency, stamp, sku, STORE_PRICE_PREFIX + sku))


def _stock(raw: Any, items: list[Change], scope: FeedScope, stamp: str) -> None:
    from contract.feed import StockData

    gone = [(c.key, scope.store_id) for c in items if c.op == "delete"]
    rows = []
    for c in items:
        if c.op != "delete":
            d = _data(c, StockData)
            rows.append((c.key, scope.store_id, str(d.on_hand), str(d.reserved), str(d.available), stamp))
    if rows:
        raw.executemany(_STOCK_UPSERT, rows)
    if gone:
        raw.executemany("DELETE FROM stock_level WHERE sku = ? AND store_id = ?", gone)


def _customers(raw: Any, items: list[Change], scope: FeedScope, stamp: str) -> None:
    from contract.feed import CustomerData

    for c in items:
        if c.op == "delete":
            raw.execute("DELETE FROM customer WHERE customer_id = ?", (c.key,))
        else:
            d = _data(c, CustomerData)
            raw.execute(_CUSTOMER_UPSERT, (c.key, d.name, d.email, d.phone, stamp))


def _web_orders(raw: Any, items: list[Change], scope: FeedScope, stamp: str) -> None:
    from contract.feed import WebOrderData
    from terminal.storage import web_orders

    for c in items:
        if c.op == "delete":
            web_orders.forget(raw, c.key)
        else:
            web_orders.upsert(raw, c.key, c.version, _data(c, WebOrderData), stamp)


def _staff(raw: Any, items: list[Change], scope: FeedScope, stamp: str) -> None:
    from contract.feed import StaffData
    from terminal.storage import central_staff

    for c in items:
        if c.op == "delete":
            central_staff.remove(raw, c.key, c.version, stamp)
        else:
            central_staff.upsert(
                raw, c.key, c.version, _data(c, StaffData), store_id=scope.store_id, stamp=stamp
            )


def _stores(raw: Any, items: list[Change], scope: FeedScope, stamp: str) -> None:
    from contract.feed import StoreData
    from terminal.storage import stores

    for c in items:
        if c.op != "delete":  # a store is never forgotten: past receipts still name it
            stores.upsert(raw, c.key, _data(c, StoreData).name, c.version, stamp)


_APPLIERS = {
    "product_group": _groups,
    "product": _products,
    "price": _prices,
    "stock": _stock,
    "customer": _customers,
    "web_order": _web_orders,
    "staff": _staff,
    "store": _stores,
}
