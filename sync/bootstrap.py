"""Loading the store's whole state from the backend's snapshot (docs/adr/0006-sync-bootstrap.md).

Two ways, one choice per situation:
- `initial_bootstrap` (no feed cursor yet: a new or demo till): ONE write transaction
  (`terminal.storage.bulk.replacing_catalogue`: FTS triggers and the barcode index dropped, rebuilt
  once at the end) streams the product pages, each carrying its barcodes (`include=barcodes`), with
  one `executemany` of plain tuples per page while the next page is fetched and parsed in a helper
  thread; then stock, VAT rates, customers and the manifest's cursor. At most two pages are in
  memory; the garbage collector is paused meanwhile (pages are millions of fresh objects, none in a
  cycle). A crash leaves the till as it was (no cursor), and the next start simply bootstraps again.
  Nothing can be sold meanwhile anyway: there is no catalogue to sell from. 1,000,000 products in
  ~10 s on a 2-core VM (docs/adr/0008-fast-catalogue-bootstrap.md, benchmarks/sync_bootstrap.py).
- `rebootstrap` (the feed answered 410 on a till in use): one SHORT transaction per page, so sales
  commit between pages and the till keeps selling from its old catalogue. Every row seen is stamped
  with the start time; at the end rows not seen are retired (products deactivated, stock and
  customers removed) and the new cursor is stored in one last transaction. The outbox is never
  touched: the till's unsynced sales stay pending and are pushed as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from contract.base import quantity_str
from contract.feed import SnapshotPage
from sync.apply import _STATE_SET, STORE_PRICE_PREFIX, FeedScope, store_cursor
from sync.client import BackendClient
from sync.errors import SyncError
from sync.snapshot_io import Timings
from terminal.storage.bulk import raw_connection, replacing_catalogue
from terminal.storage.db import Database
from terminal.storage.models import to_iso

PRODUCT_COLUMNS = (
    "sku", "name", "brand", "vat_code", "unit", "active", "version",
    "list_price_minor", "store_price_minor", "currency",
)  # fmt: skip
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
# Re-bootstrap: price, version, flags and the seen-stamp; name/brand only when they changed, so the
# FTS triggers (AFTER UPDATE OF name, brand, sku) fire only for real renames.
_PRODUCT_UPSERT = (
    "INSERT INTO product (sku, name, brand, product_group, price_minor, currency, vat_code, unit, "
    "popularity, active, version, updated_at) VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (sku) DO UPDATE SET price_minor = excluded.price_minor, currency = excluded.currency, "
    "vat_code = excluded.vat_code, unit = excluded.unit, popularity = excluded.popularity, "
    "active = excluded.active, "
    "version = excluded.version, updated_at = excluded.updated_at"
)
_PRODUCT_RENAME = "UPDATE product SET name = ?, brand = ? WHERE sku = ? AND (name IS NOT ? OR brand IS NOT ?)"


def _columns(page: SnapshotPage, expected: tuple[str, ...]) -> dict[str, int]:
    index = {name: i for i, name in enumerate(page.columns)}
    missing = [c for c in expected if c not in index]
    if missing:
        raise SyncError("sync.bad_reply", f"snapshot {page.entity} lacks columns {missing}")
    return index


def _product_dicts(page: SnapshotPage, stamp: str) -> Iterator[dict[str, Any]]:
    ix = _columns(page, PRODUCT_COLUMNS)
    for row in page.rows:
        store_price, list_price = row[ix["store_price_minor"]], row[ix["list_price_minor"]]
        price = store_price if store_price is not None else list_price
        yield {
            "sku": row[ix["sku"]],
            "name": row[ix["name"]],
            "brand": row[ix["brand"]] or "",
            "product_group": "",
            "price_minor": int(price) if price is not None else 0,
            "currency": row[ix["currency"]],
            "vat_code": row[ix["vat_code"]],
            "unit": row[ix["unit"]] or "pc",
            "barcode": None,
            "popularity": int(row[ix["popularity"]] or 0) if "popularity" in ix else 0,
            "active": bool(row[ix["active"]]) and price is not None,
            "version": int(row[ix["version"]]),
            "updated_at": stamp,
            "_store_price": store_price,
        }


def _side_rows(raw: Any, page: SnapshotPage, scope: FeedScope, stamp: str) -> None:
    """Barcodes, stock, VAT rates and customers of one page (upserts, stamped with `stamp`)."""
    if not page.rows:
        return
    if page.entity == "barcodes":
        ix = _columns(page, ("code", "sku"))
        raw.executemany(_BARCODE_OF_KNOWN, [(r[ix["code"]], r[ix["sku"]]) for r in page.rows])
    elif page.entity == "stock":
        ix = _columns(page, ("sku", "on_hand_milli", "reserved_milli"))
        rows = []
        for r in page.rows:
            on_hand, reserved = int(r[ix["on_hand_milli"]]), int(r[ix["reserved_milli"]])
            rows.append((r[ix["sku"]], scope.store_id, quantity_str(on_hand), quantity_str(reserved),
                         quantity_str(on_hand - reserved), stamp))  # fmt: skip
        raw.executemany(_STOCK, rows)
    elif page.entity == "vat_rates":
        ix = _columns(page, ("code", "percent"))
        raw.executemany(_VAT, [(r[ix["code"]], str(r[ix["percent"]])) for r in page.rows])
    elif page.entity == "customers":
        ix = _columns(page, ("customer_id", "name", "email", "phone"))
        raw.executemany(
            _CUSTOMER,
            [(r[ix["customer_id"]], r[ix["name"]], r[ix["email"]], r[ix["phone"]], stamp) for r in page.rows],
        )


SIDE_ENTITIES = ("barcodes", "stock", "vat_rates", "customers")


def initial_bootstrap(
    db: Database,
    client: BackendClient,
    *,
    scope: FeedScope,
    now: datetime,
    page_limit: int | None = None,
    timings: Timings | None = None,
) -> int:
    """Replace the local catalogue with the snapshot in one transaction; returns the product count.

    `timings` (optional) collects the breakdown: server, transfer and parse per entity (fetch thread),
    insert and wait per entity, index, fts and commit (this thread).
    """
    manifest = client.snapshot_manifest(scope.store_id)
    stamp = to_iso(now)
    collecting = gc.isenabled()
    gc.disable()  # a page is ~10^6 fresh objects: generation-0 passes over them cost more than the parse
    try:
        with replacing_catalogue(db, timings) as raw:
            raw.execute("DELETE FROM sync_state WHERE key LIKE ?", (STORE_PRICE_PREFIX + "%",))
            raw.execute("DELETE FROM stock_level WHERE store_id = ?", (scope.store_id,))
            raw.execute("DELETE FROM customer")
            count, with_codes = _load_products(raw, client, scope, stamp, limit=page_limit, timings=timings)
            for entity in SIDE_ENTITIES:
                if entity in manifest.entities and not (entity == "barcodes" and with_codes):
                    for page in client.snapshot(scope.store_id, entity, limit=page_limit, timings=timings):
                        with _phase(timings, f"insert.{entity}"):
                            _side_rows(raw, page, scope, stamp)
            store_cursor(raw, manifest.cursor)
    finally:
        if collecting:
            gc.enable()
    return count


def _load_products(
    raw: Any,
    client: BackendClient,
    scope: FeedScope,
    stamp: str,
    *,
    limit: int | None,
    timings: Timings | None,
) -> tuple[int, bool]:
    """Stream the product pages (with their barcodes, if the backend offers them) into the empty
    catalogue; returns (products, whether every page carried its barcodes)."""
    count, with_codes = 0, True
    pages = client.snapshot(scope.store_id, "products", limit=limit, include=("barcodes",), timings=timings)
    for page in pages:
        if not page.rows:
            continue
        with _phase(timings, "insert.products"):
            raw.executemany(_BULK_PRODUCT, _product_tuples(page, stamp))
            ix = _columns(page, PRODUCT_COLUMNS)
            sku, own = ix["sku"], ix["store_price_minor"]
            own_prices = [(STORE_PRICE_PREFIX + r[sku], str(r[own])) for r in page.rows if r[own] is not None]
            raw.executemany(_STATE_SET, own_prices)
            if page.barcodes is None:
                with_codes = False
            else:
                raw.executemany(_BARCODE, page.barcodes)
        count += len(page.rows)
    return count, with_codes


_BULK_PRODUCT = (
    "INSERT INTO product (sku, name, brand, product_group, price_minor, currency, vat_code, unit, "
    "popularity, active, version, updated_at) VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (sku) DO UPDATE SET name = excluded.name, brand = excluded.brand, "
    "price_minor = excluded.price_minor, currency = excluded.currency, vat_code = excluded.vat_code, "
    "unit = excluded.unit, popularity = excluded.popularity, active = excluded.active, "
    "version = excluded.version, updated_at = excluded.updated_at"
)


def _product_tuples(page: SnapshotPage, stamp: str) -> list[tuple[Any, ...]]:
    """The page's row arrays as `_BULK_PRODUCT` parameters (one comprehension: ~0.2 s per million;
    letting SQL pick the columns out of the raw arrays was measured slower, ~0.8 s per million)."""
    ix = _columns(page, PRODUCT_COLUMNS)
    sku, name, brand, vat, unit, active, version, listed, own, currency = (ix[c] for c in PRODUCT_COLUMNS)
    rows: list[Any] = page.rows
    if "popularity" not in ix:  # a backend from before popularity: everything 0, ranked by sku
        rows = [[*r, 0] for r in rows]
    pop = ix.get("popularity", len(page.columns))
    return [
        (
            r[sku], r[name], r[brand] or "",
            # the store's own price wins over the list price; no price at all: not sellable yet
            (p := r[own] if r[own] is not None else r[listed]) or 0,
            r[currency], r[vat], r[unit] or "pc", r[pop] or 0,
            1 if r[active] and p is not None else 0, r[version], stamp,
        )
        for r in rows
    ]  # fmt: skip


@contextmanager
def _phase(timings: Timings | None, name: str) -> Iterator[None]:
    if timings is None:
        yield
    else:
        with timings.phase(name):
            yield


def rebootstrap(
    db: Database, client: BackendClient, *, scope: FeedScope, now: datetime, page_limit: int | None = None
) -> int:
    """Bring a till in use up to the snapshot page by page, keeping it usable; returns products seen."""
    manifest = client.snapshot_manifest(scope.store_id)
    stamp = to_iso(now)
    count = 0
    for page in client.snapshot(scope.store_id, "products", limit=page_limit):
        rows = list(_product_dicts(page, stamp))
        with db.write() as session:
            raw = raw_connection(session)
            raw.executemany(
                _PRODUCT_UPSERT,
                [(r["sku"], r["name"], r["brand"], r["price_minor"], r["currency"], r["vat_code"], r["unit"],
                  r["popularity"], int(r["active"]), r["version"], stamp) for r in rows],
            )  # fmt: skip
            raw.executemany(
                _PRODUCT_RENAME, [(r["name"], r["brand"], r["sku"], r["name"], r["brand"]) for r in rows]
            )
            raw.executemany(
                "DELETE FROM sync_state WHERE key = ?",
                [(STORE_PRICE_PREFIX + r["sku"],) for r in rows if r["_store_price"] is None],
            )
            overrides = [r for r in rows if r["_store_price"] is not None]
            raw.executemany(
                _STATE_SET, [(STORE_PRICE_PREFIX + r["sku"], str(r["_store_price"])) for r in overrides]
            )
        count += len(rows)
    for entity in SIDE_ENTITIES:
        if entity in manifest.entities:
            for page in client.snapshot(scope.store_id, entity, limit=page_limit):
                with db.write() as session:
                    _side_rows(raw_connection(session), page, scope, stamp)
    with db.write() as session:
        raw = raw_connection(session)
        raw.execute("UPDATE product SET active = 0 WHERE updated_at < ? AND active = 1", (stamp,))
        raw.execute("DELETE FROM stock_level WHERE store_id = ? AND as_of < ?", (scope.store_id, stamp))
        raw.execute("DELETE FROM customer WHERE updated_at < ?", (stamp,))
        store_cursor(raw, manifest.cursor)
    return count
