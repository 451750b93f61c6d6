"""Writing the backend's snapshot into the till database (the sync engine's bootstrap, sync/bootstrap.py).

Rows arrive as the snapshot's row arrays (`contract.feed.SnapshotPage`: named columns, one list per
row) and go in with one raw `executemany` of plain tuples per page: the ORM is 30x slower here
(docs/adr/0008-fast-catalogue-bootstrap.md). Two uses:
- the initial load, inside `bulk.replacing_catalogue` (one transaction, indexes rebuilt at the end):
  `clear_store_state`, then `load_products` per page, `load_side_page` for the other entities;
- the re-bootstrap of a till in use, one short transaction per page (`refresh_products`,
  `refresh_side_page`): every row seen is stamped with the start time, and `retire_unseen` deactivates
  or removes what the snapshot no longer has and stores the new cursor.
A page without a column the till needs raises `SnapshotShapeError` (the caller says "bad reply").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from contract.base import quantity_str
from terminal.storage import central_staff, stores, web_orders
from terminal.storage.bulk import raw_connection
from terminal.storage.db import Database
from terminal.storage.feed_apply import FeedScope, store_cursor
from terminal.storage.sync_state import STORE_PRICE_PREFIX, UPSERT

if TYPE_CHECKING:
    from contract.feed import SnapshotPage

PRODUCT_COLUMNS = (
    "sku", "name", "brand", "vat_code", "unit", "active", "version",
    "list_price_minor", "store_price_minor", "currency",
)  # fmt: skip
SIDE_ENTITIES = ("barcodes", "stock", "vat_rates", "customers", "product_groups", "staff", "stores")
# Optional product columns (backends before returns send neither): the return policy's group and the
# article's own final-sale flag.
GROUP_COLUMNS = ("group_id", "final_sale")
STAFF_COLUMNS = ("staff_id", "name", "role", "pin_salt", "pin_hash", "badge_code", "version")
STORE_COLUMNS = ("store_id", "name", "version")  # the chain's stores by name (ADR 0025)

_BARCODE = (
    "INSERT INTO product_barcode (barcode, sku) VALUES (?, ?) "
    "ON CONFLICT (barcode) DO UPDATE SET sku = excluded.sku"
)
# The barcodes entity (backends without `include=barcodes`) is read after the products: a barcode of a
# product created meanwhile is skipped here and arrives with that product through the feed.
_BARCODE_OF_KNOWN = (
    "INSERT INTO product_barcode (barcode, sku) SELECT ?, sku FROM product WHERE sku = ? "
    "ON CONFLICT (barcode) DO UPDATE SET sku = excluded.sku"
)
_STOCK = (
    "INSERT INTO stock_level (sku, store_id, on_hand, reserved, available, as_of) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (sku, store_id) DO UPDATE SET on_hand = excluded.on_hand, reserved = excluded.reserved, "
    "available = excluded.available, as_of = excluded.as_of"
)
_VAT = (
    "INSERT INTO vat_rate (code, percent) VALUES (?, ?) "
    "ON CONFLICT (code) DO UPDATE SET percent = excluded.percent"
)
_CUSTOMER = (
    "INSERT INTO customer (customer_id, name, email, phone, updated_at) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (customer_id) DO UPDATE SET name = excluded.name, email = excluded.email, "
    "phone = excluded.phone, updated_at = excluded.updated_at"
)
_BULK_PRODUCT = (
    "INSERT INTO product (sku, name, brand, product_group, price_minor, currency, vat_code, unit, "
    "popularity, active, version, updated_at, group_id, final_sale) "
    "VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (sku) DO UPDATE SET name = excluded.name, brand = excluded.brand, "
    "price_minor = excluded.price_minor, currency = excluded.currency, vat_code = excluded.vat_code, "
    "unit = excluded.unit, popularity = excluded.popularity, active = excluded.active, "
    "version = excluded.version, updated_at = excluded.updated_at, group_id = excluded.group_id, "
    "final_sale = excluded.final_sale"
)
_GROUP = (
    "INSERT INTO product_group (group_id, name, return_days, final_sale, version) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (group_id) DO UPDATE SET name = excluded.name, return_days = excluded.return_days, "
    "final_sale = excluded.final_sale, version = excluded.version"
)
# Re-bootstrap: price, version, flags and the seen-stamp; name/brand only when they changed, so the
# FTS triggers (AFTER UPDATE OF name, brand, sku) fire only for real renames.
_PRODUCT_UPSERT = (
    "INSERT INTO product (sku, name, brand, product_group, price_minor, currency, vat_code, unit, "
    "popularity, active, version, updated_at, group_id, final_sale) "
    "VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (sku) DO UPDATE SET price_minor = excluded.price_minor, currency = excluded.currency, "
    "vat_code = excluded.vat_code, unit = excluded.unit, popularity = excluded.popularity, "
    "active = excluded.active, "
    "version = excluded.version, updated_at = excluded.updated_at, group_id = excluded.group_id, "
    "final_sale = excluded.final_sale"
)
_PRODUCT_RENAME = "UPDATE product SET name = ?, brand = ? WHERE sku = ? AND (name IS NOT ? OR brand IS NOT ?)"
_STATE_DELETE = "DELETE FROM sync_state WHERE key = ?"


class SnapshotShapeError(ValueError):
    """A snapshot page lacks a column the till needs."""


def columns(page: SnapshotPage, expected: tuple[str, ...]) -> dict[str, int]:
    """Column name -> index in the page's rows; `SnapshotShapeError` when one of `expected` is missing."""
    index = {name: i for i, name in enumerate(page.columns)}
    missing = [c for c in expected if c not in index]
    if missing:
        raise SnapshotShapeError(f"snapshot {page.entity} lacks columns {missing}")
    return index


# ---------------------------------------------------------------- initial load (one transaction)


def clear_store_state(raw: Any, scope: FeedScope) -> None:
    """Before an initial load: forget the store's own prices, its stock levels and the customers."""
    raw.execute("DELETE FROM sync_state WHERE key LIKE ?", (STORE_PRICE_PREFIX + "%",))
    raw.execute("DELETE FROM stock_level WHERE store_id = ?", (scope.store_id,))
    raw.execute("DELETE FROM customer")


def load_products(raw: Any, page: SnapshotPage, stamp: str) -> bool:
    """Insert one products page (and its barcodes, when it carries them) into the emptied catalogue.

    Returns whether the page carried its barcodes (`include=barcodes`); older backends send them as
    an entity of their own (`load_side_page`).
    """
    raw.executemany(_BULK_PRODUCT, _product_tuples(page, stamp))
    ix = columns(page, PRODUCT_COLUMNS)
    sku, own = ix["sku"], ix["store_price_minor"]
    raw.executemany(
        UPSERT, [(STORE_PRICE_PREFIX + r[sku], str(r[own])) for r in page.rows if r[own] is not None]
    )
    if page.barcodes is None:
        return False
    raw.executemany(_BARCODE, page.barcodes)
    return True


def _product_tuples(page: SnapshotPage, stamp: str) -> list[tuple[Any, ...]]:
    """The page's row arrays as `_BULK_PRODUCT` parameters (one comprehension: ~0.2 s per million;
    letting SQL pick the columns out of the raw arrays was measured slower, ~0.8 s per million)."""
    ix = columns(page, PRODUCT_COLUMNS)
    sku, name, brand, vat, unit, active, version, listed, own, currency = (ix[c] for c in PRODUCT_COLUMNS)
    rows: list[Any] = page.rows
    if "popularity" not in ix:  # a backend from before popularity: everything 0, ranked by sku
        rows = [[*r, 0] for r in rows]
    pop = ix.get("popularity", len(page.columns))
    width = len(page.columns) + (0 if "popularity" in ix else 1)
    if not all(c in ix for c in GROUP_COLUMNS):  # a backend from before returns: no group, not final
        rows = [[*r, None, False] for r in rows]
    group = ix.get("group_id", width)
    final = ix.get("final_sale", width + 1)
    return [
        (
            r[sku], r[name], r[brand] or "",
            # the store's own price wins over the list price; no price at all: not sellable yet
            (p := r[own] if r[own] is not None else r[listed]) or 0,
            r[currency], r[vat], r[unit] or "pc", r[pop] or 0,
            1 if r[active] and p is not None else 0, r[version], stamp, r[group], 1 if r[final] else 0,
        )
        for r in rows
    ]  # fmt: skip


def load_side_page(raw: Any, page: SnapshotPage, scope: FeedScope, stamp: str) -> None:
    """Barcodes, stock, VAT rates, customers, staff and stores of one page (upserts, stamped with `stamp`).

    Staff (ADR 0017): the store's active central people; after the last staff page, the central people
    it did not list (removed, or moved to other stores) are no longer allowed at this till.
    Stores (ADR 0025): the chain's stores by name; the last page marks them loaded (`stores.loaded`).
    """
    if page.entity == "stores":
        load_stores(raw, page, stamp)
        return
    if page.entity == "staff":
        ix = columns(page, STAFF_COLUMNS)
        for r in page.rows:
            central_staff.load_row(raw, tuple(r[ix[c]] for c in STAFF_COLUMNS), stamp)
        if page.next_after is None:
            central_staff.retire_unseen(raw, stamp)
        return
    if not page.rows:
        return
    if page.entity == "barcodes":
        ix = columns(page, ("code", "sku"))
        raw.executemany(_BARCODE_OF_KNOWN, [(r[ix["code"]], r[ix["sku"]]) for r in page.rows])
    elif page.entity == "stock":
        ix = columns(page, ("sku", "on_hand_milli", "reserved_milli"))
        rows = []
        for r in page.rows:
            on_hand, reserved = int(r[ix["on_hand_milli"]]), int(r[ix["reserved_milli"]])
            rows.append((r[ix["sku"]], scope.store_id, quantity_str(on_hand), quantity_str(reserved),
                         quantity_str(on_hand - reserved), stamp))  # fmt: skip
        raw.executemany(_STOCK, rows)
    elif page.entity == "vat_rates":
        ix = columns(page, ("code", "percent"))
        raw.executemany(_VAT, [(r[ix["code"]], str(r[ix["percent"]])) for r in page.rows])
    elif page.entity == "customers":
        ix = columns(page, ("customer_id", "name", "email", "phone"))
        raw.executemany(
            _CUSTOMER,
            [(r[ix["customer_id"]], r[ix["name"]], r[ix["email"]], r[ix["phone"]], stamp) for r in page.rows],
        )
    elif page.entity == "product_groups":
        ix = columns(page, ("group_id", "name", "return_days", "final_sale"))
        version = ix.get("version")
        raw.executemany(
            _GROUP,
            [(r[ix["group_id"]], r[ix["name"]], r[ix["return_days"]], 1 if r[ix["final_sale"]] else 0,
              int(r[version] or 0) if version is not None else 0) for r in page.rows],
        )  # fmt: skip


def load_stores(raw: Any, page: SnapshotPage, stamp: str) -> None:
    """One `stores` page: every store of the chain by name; the last page marks them loaded."""
    ix = columns(page, STORE_COLUMNS)
    rows = [(str(r[ix["store_id"]]), str(r[ix["name"]]), int(r[ix["version"]] or 0)) for r in page.rows]
    stores.load_rows(raw, rows, stamp, last=page.next_after is None)


# ---------------------------------------------------------------- re-bootstrap (a short transaction per page)


def _product_dicts(page: SnapshotPage, stamp: str) -> Iterator[dict[str, Any]]:
    ix = columns(page, PRODUCT_COLUMNS)
    for row in page.rows:
        store_price, list_price = row[ix["store_price_minor"]], row[ix["list_price_minor"]]
        price = store_price if store_price is not None else list_price
        yield {
            "sku": row[ix["sku"]],
            "name": row[ix["name"]],
            "brand": row[ix["brand"]] or "",
            "price_minor": int(price) if price is not None else 0,
            "currency": row[ix["currency"]],
            "vat_code": row[ix["vat_code"]],
            "unit": row[ix["unit"]] or "pc",
            "popularity": int(row[ix["popularity"]] or 0) if "popularity" in ix else 0,
            "active": bool(row[ix["active"]]) and price is not None,
            "version": int(row[ix["version"]]),
            "group_id": row[ix["group_id"]] if "group_id" in ix else None,
            "final_sale": 1 if "final_sale" in ix and row[ix["final_sale"]] else 0,
            "_store_price": store_price,
        }


def refresh_products(db: Database, page: SnapshotPage, stamp: str) -> int:
    """Bring one products page into a till in use, in one short transaction; returns rows seen."""
    rows = list(_product_dicts(page, stamp))
    with db.write() as session:
        raw = raw_connection(session)
        raw.executemany(
            _PRODUCT_UPSERT,
            [(r["sku"], r["name"], r["brand"], r["price_minor"], r["currency"], r["vat_code"], r["unit"],
              r["popularity"], int(r["active"]), r["version"], stamp, r["group_id"], r["final_sale"])
             for r in rows],
        )  # fmt: skip
        raw.executemany(
            _PRODUCT_RENAME, [(r["name"], r["brand"], r["sku"], r["name"], r["brand"]) for r in rows]
        )
        raw.executemany(
            _STATE_DELETE, [(STORE_PRICE_PREFIX + r["sku"],) for r in rows if r["_store_price"] is None]
        )
        overrides = [r for r in rows if r["_store_price"] is not None]
        raw.executemany(UPSERT, [(STORE_PRICE_PREFIX + r["sku"], str(r["_store_price"])) for r in overrides])
    return len(rows)


def load_web_orders(raw: Any, page: SnapshotPage, stamp: str) -> None:
    """The store's open web orders of one page, with their lines, deadline and code check (asked for
    with `include=orders`), so a till set up today can pick and hand over orders placed before it. A
    backend from before click-and-collect sends the heads only: nothing here, the feed brings changes.
    """
    if not page.rows or not page.orders:
        return
    ix = columns(page, ("order_number", "version"))
    versions = {str(r[ix["order_number"]]): int(r[ix["version"]]) for r in page.rows}
    for order in page.orders:
        web_orders.upsert(raw, order.order_number, versions.get(order.order_number, 0), order, stamp)


def refresh_web_orders(db: Database, page: SnapshotPage, stamp: str) -> None:
    """`load_web_orders` in a short transaction of its own."""
    with db.write() as session:
        load_web_orders(raw_connection(session), page, stamp)


def refresh_side_page(db: Database, page: SnapshotPage, scope: FeedScope, stamp: str) -> None:
    """`load_side_page` in a short transaction of its own."""
    with db.write() as session:
        load_side_page(raw_connection(session), page, scope, stamp)


def retire_unseen(db: Database, scope: FeedScope, stamp: str, cursor: str) -> None:
    """End of a re-bootstrap: what the snapshot did not have goes; the feed goes on from `cursor`."""
    with db.write() as session:
        raw = raw_connection(session)
        raw.execute("UPDATE product SET active = 0 WHERE updated_at < ? AND active = 1", (stamp,))
        raw.execute("DELETE FROM stock_level WHERE store_id = ? AND as_of < ?", (scope.store_id, stamp))
        raw.execute("DELETE FROM customer WHERE updated_at < ?", (stamp,))
        store_cursor(raw, cursor)
