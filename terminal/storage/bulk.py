"""Bulk loading of the catalogue: a million products in one transaction, in seconds.

The hot loop is the `sqlite3` driver's `executemany` on plain tuples, in batches, inside the caller's
`BEGIN IMMEDIATE` transaction (research/perf_anchors.md 3.3: the ORM is 30x slower here). The FTS5
triggers on `product` are dropped for the load, the index is rebuilt in one pass with FTS5's 'rebuild'
command, and the triggers are put back from the exact SQL read out of `sqlite_master` before the load,
so this module never duplicates the schema. All of it happens in one transaction: a crash or an error
leaves the old catalogue (and its triggers) untouched.

Rows are loaded in the order given and get rowids in that order. Feed them most popular first (the demo
generator and the backend snapshot do): a very broad search prefix then sees the popular products
first (see terminal/storage/catalogue.py).

Measured (this VM, SQLite 3.40, WAL, synchronous=FULL): 1,000,000 generated products load in ~13 s
including the FTS rebuild, plus ~4.5 s to generate them; a barcode look-up is then ~40 µs p50,
~120 µs p99 and a name search 1-3 ms median, <7 ms max (/tmp bench, 20 runs per query).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from terminal.storage.models import to_iso

# The row layout of a tuple row (backend.demo_catalogue.DemoProduct has exactly these fields).
PRODUCT_FIELDS = (
    "sku",
    "name",
    "brand",
    "product_group",
    "price_minor",
    "currency",
    "vat_code",
    "unit",
    "barcode",
    "popularity",
)

_INSERT_PRODUCT = (
    "INSERT INTO product (sku, name, brand, product_group, price_minor, currency, vat_code, unit, "
    "popularity, active, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (sku) DO UPDATE SET name = excluded.name, brand = excluded.brand, "
    "product_group = excluded.product_group, price_minor = excluded.price_minor, "
    "currency = excluded.currency, vat_code = excluded.vat_code, unit = excluded.unit, "
    "popularity = excluded.popularity, active = excluded.active, version = excluded.version, "
    "updated_at = excluded.updated_at"
)
_INSERT_BARCODE = (
    "INSERT INTO product_barcode (barcode, sku) VALUES (?, ?) "
    "ON CONFLICT (barcode) DO UPDATE SET sku = excluded.sku"
)


def raw_connection(target: Session | Connection) -> Any:
    """The `sqlite3.Connection` under a Session or Connection (already inside the caller's transaction)."""
    conn = target.connection() if isinstance(target, Session) else target
    return conn.connection.driver_connection


def bulk_load_products(
    target: Session | Connection,
    rows: Iterable[Sequence[Any] | Mapping[str, Any]],
    *,
    replace: bool,
    updated_at: datetime | None = None,
    batch_size: int = 50_000,
) -> int:
    """Load products (tuples in PRODUCT_FIELDS order, or dicts with those keys) and rebuild the FTS index.

    `replace=True` empties the catalogue first; otherwise rows are upserted by sku. A row's barcode may
    be a string, None, or a sequence of strings. Dicts may also carry `active`, `version`, `updated_at`.
    Must run inside a write transaction (`with db.write() as s: bulk_load_products(s, ...)`).
    Returns the number of rows loaded.
    """
    raw = raw_connection(target)
    if not raw.in_transaction:
        raise RuntimeError("bulk_load_products must run inside db.write()")
    stamp = to_iso(updated_at or datetime.now(UTC))
    triggers = raw.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'product'"
    ).fetchall()
    for name, _sql in triggers:
        raw.execute(f'DROP TRIGGER "{name}"')
    if replace:
        raw.execute("DELETE FROM product_barcode")
        raw.execute("DELETE FROM product")

    count = 0
    products: list[tuple[Any, ...]] = []
    barcodes: list[tuple[str, str]] = []
    for row in rows:
        product, codes = _to_tuples(row, stamp)
        products.append(product)
        sku = product[0]
        barcodes.extend((code, sku) for code in codes)
        if len(products) >= batch_size:
            count += _flush(raw, products, barcodes)
    count += _flush(raw, products, barcodes)

    raw.execute("INSERT INTO product_fts (product_fts) VALUES ('rebuild')")
    for _name, sql in triggers:
        raw.execute(sql)
    return count


def _flush(raw: Any, products: list[tuple[Any, ...]], barcodes: list[tuple[str, str]]) -> int:
    n = len(products)
    if products:
        raw.executemany(_INSERT_PRODUCT, products)
    if barcodes:
        raw.executemany(_INSERT_BARCODE, barcodes)
    products.clear()
    barcodes.clear()
    return n


def _to_tuples(row: Sequence[Any] | Mapping[str, Any], stamp: str) -> tuple[tuple[Any, ...], Sequence[str]]:
    if isinstance(row, Mapping):
        sku, name, brand, group, price, currency, vat, unit, barcode, popularity = (
            row.get(f) for f in PRODUCT_FIELDS
        )
        active = 1 if row.get("active", True) else 0
        version = int(row.get("version", 0))
        when = row.get("updated_at")
        ts = to_iso(when) if isinstance(when, datetime) else (when or stamp)
    else:
        sku, name, brand, group, price, currency, vat, unit, barcode, popularity = row[:10]
        active, version, ts = 1, 0, stamp
    product = (
        sku,
        name,
        brand or "",
        group or "",
        price,
        currency,
        vat,
        unit or "pc",
        popularity or 0,
        active,
        version,
        ts,
    )
    if barcode is None:
        codes: Sequence[str] = ()
    elif isinstance(barcode, str):
        codes = (barcode,)
    else:
        codes = tuple(barcode)
    return product, codes
