"""The till's local demo data: catalogue, German VAT rates, staff and some stock, into a fresh database.

`seed_demo` is idempotent (a marker row in `sync_state`; an existing catalogue also counts as seeded).
As a command it builds big catalogues for the benchmarks:

    python -m terminal.storage.seed --db /tmp/till.db --products 1000000
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, insert, select

from terminal.domain.tax import COUNTRY_RATES
from terminal.storage import staff as staff_repo
from terminal.storage.bulk import bulk_load_products
from terminal.storage.db import Database, open_database
from terminal.storage.models.catalogue import Product, VatRateRow
from terminal.storage.models.journal import SyncState
from terminal.storage.models.stock import StockLevel

SEED_MARKER = "seed.demo"
STOCKED_PRODUCTS = 5_000


def seed_demo(
    db: Database,
    *,
    store_id: str,
    products: int = 10_000,
    seed: int = 42,
    at: datetime | None = None,
    staff: bool = True,
) -> bool:
    """Load the demo chain's data for `store_id`. Returns False (doing nothing) if already seeded.

    `staff=False`: no local staff, for a till whose backend manages them (ADR 0017; the demo's
    embedded backend seeds the same people, PINs and badges, and the first sync brings them).
    """
    from backend.demo_catalogue import DemoProduct, demo_staff, generate_products

    now = at or datetime.now(UTC)
    with db.write() as s:
        if s.get(SyncState, SEED_MARKER) is not None or s.scalar(select(func.count()).select_from(Product)):
            return False
        for rate in COUNTRY_RATES["DE"]:
            s.merge(VatRateRow(code=rate.code, percent=str(rate.percent)))
        for person in demo_staff() if staff else ():
            staff_repo.add_staff(
                s,
                staff_id=person.staff_id,
                name=person.name,
                role=person.role,
                pin=person.pin,
                badge_code=person.badge_code,
            )
        stock: list[dict[str, object]] = []

        def rows_with_stock() -> Iterator[DemoProduct]:
            # Stock for the first (most popular) products, noted while the catalogue streams past.
            for i, product in enumerate(generate_products(products, seed=seed)):
                if i < STOCKED_PRODUCTS:
                    on_hand = (i * 7919) % 60 + (0 if product.unit == "pc" else 25)
                    reserved = 2 if i % 10 == 0 and on_hand > 2 else 0
                    stock.append(
                        {
                            "sku": product.sku,
                            "store_id": store_id,
                            "on_hand": str(on_hand),
                            "reserved": str(reserved),
                            "available": str(on_hand - reserved),
                            "as_of": now,
                        }
                    )
                yield product

        bulk_load_products(s, rows_with_stock(), replace=True, updated_at=now)
        if stock:
            s.execute(insert(StockLevel), stock)
        s.add(SyncState(key=SEED_MARKER, value=f'{{"products": {products}, "seed": {seed}}}'))
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build a till database with the demo catalogue.")
    parser.add_argument("--db", type=Path, required=True, help="path of the till database (created)")
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--store-id", default="S001")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with open_database(args.db) as db:
        done = seed_demo(db, store_id=args.store_id, products=args.products, seed=args.seed)
    took = time.perf_counter() - started
    print(f"{'seeded' if done else 'already seeded'} {args.db} ({args.products} products) in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
