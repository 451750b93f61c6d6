"""Bulk loading of the catalogue: a million products in one transaction, in seconds.

The hot loop is the `sqlite3` driver's `executemany` on plain tuples, in batches, inside the caller's
`BEGIN IMMEDIATE` transaction (the ORM is about 30x slower here). The FTS5
triggers on `product` are dropped for the load, the index is rebuilt in one pass with FTS5's 'rebuild'
command (FTS5 auto-merging off meanwhile), the barcode-by-sku index is dropped and built once at the
end, and triggers and index are put back from the exact SQL read out of `sqlite_master` before the
load, so this module never duplicates the schema. All of it happens in one transaction: a crash or an
error leaves the old catalogue (and its triggers and index) untouched. `replacing_catalogue` is the
same for the snapshot bootstrap, which inserts the rows itself (docs/adr/0008-fast-catalogue-bootstrap.md).

Rows are loaded in the order given and get rowids in that order. Feed them most popular first (the demo
generator does; the backend snapshot comes in sku order, which is popularity order only for the demo
catalogue): a very broad search prefix then sees the popular products first (terminal/storage/catalogue.py).

Measured (this VM, 2 cores, SQLite 3.40, WAL, synchronous=FULL), 1,000,000 products, one transaction:
insert 2.3 s, barcodes 1.2 s, barcode index 0.45 s, FTS5 rebuild 3.0 s (3.9 s with auto-merging),
commit with checkpoint 0.8 s; a barcode look-up is then ~40 µs p50, ~120 µs p99 and a name search
1-3 ms median, <7 ms max (/tmp bench, 20 runs per query).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from terminal.storage.db import Database
from terminal.storage.models.base import to_iso

_BARCODE_SKU_INDEX = "ix_product_barcode_sku"
_FTS_DEFAULT_AUTOMERGE = 4  # FTS5's default

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
    saved = suspend_catalogue_indexes(raw)
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
    restore_catalogue_indexes(raw, saved)
    return count


def suspend_catalogue_indexes(raw: Any) -> list[str]:
    """Drop the FTS triggers on `product` and the barcode-by-sku index for a bulk load.

    Returns their exact SQL (read from `sqlite_master`, so this module never duplicates the schema)
    for `restore_catalogue_indexes`, which must run in the same transaction.
    """
    saved = raw.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
        "((type = 'trigger' AND tbl_name = 'product') OR (type = 'index' AND name = ?))",
        (_BARCODE_SKU_INDEX,),
    ).fetchall()
    for kind, name, _sql in saved:
        raw.execute(f'DROP {kind.upper()} "{name}"')
    return [sql for _kind, _name, sql in saved]


def restore_catalogue_indexes(raw: Any, saved: list[str], timings: Any = None) -> None:
    """Rebuild the barcode index and the FTS index in one pass each, then put the triggers back.

    FTS5 incremental merging is switched off for the rebuild (its one pass already leaves few
    segments; merging on the way cost a third more: 2.8 s instead of 3.9 s for 1,000,000 names) and
    switched back on afterwards, so later single-row changes merge as before.
    """
    indexes = [sql for sql in saved if sql.upper().startswith("CREATE INDEX")]
    with _phase(timings, "index"):
        for sql in indexes:
            raw.execute(sql)
    with _phase(timings, "fts"):
        row = raw.execute("SELECT v FROM product_fts_config WHERE k = 'automerge'").fetchone()
        raw.execute("INSERT INTO product_fts (product_fts, rank) VALUES ('automerge', 0)")
        raw.execute("INSERT INTO product_fts (product_fts) VALUES ('rebuild')")
        automerge = int(row[0]) if row is not None else _FTS_DEFAULT_AUTOMERGE
        raw.execute("INSERT INTO product_fts (product_fts, rank) VALUES ('automerge', ?)", (automerge,))
    for sql in saved:
        if sql not in indexes:
            raw.execute(sql)


@contextmanager
def _phase(timings: Any, name: str) -> Iterator[None]:
    if timings is None:
        yield
    else:
        with timings.phase(name):
            yield


@contextmanager
def replacing_catalogue(db: Database, timings: Any = None) -> Iterator[Any]:
    """One write transaction that replaces the whole catalogue; yields its raw `sqlite3` connection.

    On entry the catalogue (products, barcodes) is empty, the FTS triggers and the barcode-by-sku
    index are dropped and foreign keys are off for this connection (the caller inserts barcodes only
    with their products, or checks them itself); on a clean exit the indexes are rebuilt, the
    triggers put back and the transaction committed. An exception rolls everything back: the old
    catalogue, triggers and index stay as they were. `timings` (a `sync.snapshot_io.Timings` or
    None) gets "index", "fts" and "commit".
    """
    driver = db.writer_connection().connection.driver_connection
    assert driver is not None
    driver.execute("PRAGMA foreign_keys=OFF")  # only outside a transaction; this thread's writer only
    try:
        with db.write() as session:
            raw = raw_connection(session)
            saved = suspend_catalogue_indexes(raw)
            raw.execute("DELETE FROM product_barcode")
            raw.execute("DELETE FROM product")
            yield raw
            restore_catalogue_indexes(raw, saved, timings)
            committing = time.perf_counter()
        if timings is not None:
            timings.add("commit", time.perf_counter() - committing)
    finally:
        driver.execute("PRAGMA foreign_keys=ON")


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
