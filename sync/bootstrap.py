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

This module fetches and orders the work; the rows are written by `terminal.storage.snapshot_load`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sync.client import BackendClient
from sync.errors import SyncError
from sync.snapshot_io import Timings
from terminal.storage import snapshot_load
from terminal.storage.bulk import replacing_catalogue
from terminal.storage.db import Database
from terminal.storage.feed_apply import FeedScope, store_cursor
from terminal.storage.models.base import to_iso
from terminal.storage.snapshot_load import SIDE_ENTITIES, SnapshotShapeError

WEB_ORDERS = "web_orders"  # with `include=orders`: the store's open orders, to pick and hand over offline


@contextmanager
def _bad_reply_on_shape() -> Iterator[None]:
    """A page without a column the till needs is the backend's fault: `sync.bad_reply`."""
    try:
        yield
    except SnapshotShapeError as exc:
        raise SyncError("sync.bad_reply", str(exc)) from None


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
        with _bad_reply_on_shape(), replacing_catalogue(db, timings) as raw:
            snapshot_load.clear_store_state(raw, scope)
            count, with_codes = 0, True
            pages = client.snapshot(
                scope.store_id, "products", limit=page_limit, include=("barcodes",), timings=timings
            )
            for page in pages:
                if page.rows:
                    with _phase(timings, "insert.products"):
                        with_codes = snapshot_load.load_products(raw, page, stamp) and with_codes
                    count += len(page.rows)
            for entity in SIDE_ENTITIES:
                if entity in manifest.entities and not (entity == "barcodes" and with_codes):
                    for page in client.snapshot(scope.store_id, entity, limit=page_limit, timings=timings):
                        with _phase(timings, f"insert.{entity}"):
                            snapshot_load.load_side_page(raw, page, scope, stamp)
            if WEB_ORDERS in manifest.entities:
                pages = client.snapshot(scope.store_id, WEB_ORDERS, limit=page_limit, include=("orders",))
                for page in pages:
                    snapshot_load.load_web_orders(raw, page, stamp)
            store_cursor(raw, manifest.cursor)
    finally:
        if collecting:
            gc.enable()
    return count


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
    with _bad_reply_on_shape():
        for page in client.snapshot(scope.store_id, "products", limit=page_limit):
            count += snapshot_load.refresh_products(db, page, stamp)
        for entity in SIDE_ENTITIES:
            if entity in manifest.entities:
                for page in client.snapshot(scope.store_id, entity, limit=page_limit):
                    snapshot_load.refresh_side_page(db, page, scope, stamp)
        if WEB_ORDERS in manifest.entities:
            for page in client.snapshot(scope.store_id, WEB_ORDERS, limit=page_limit, include=("orders",)):
                snapshot_load.refresh_web_orders(db, page, stamp)
        snapshot_load.retire_unseen(db, scope, stamp, manifest.cursor)
    return count
