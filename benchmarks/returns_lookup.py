"""The returnable look-up of a receipt with 1,000,000 receipts in the backend (SQLite file).

    ./dev run python benchmarks/returns_lookup.py [--receipts 1000000 --requests 2000 --clients 1]

Builds (once, then reuses) a backend database through the real migrations with 500 products in
three product groups, two stores, and `--receipts` sales of 1-4 lines each (a basket discount on
every fifth, some lines partly returned), plus 20,000 live claims on random receipt lines; bulk
inserted with executemany in chunks. Then starts `store-backend serve` as its own process and asks
`GET /v1/terminal/returns/receipts/{n}` for random receipts over loopback HTTP with a terminal's
token (`--clients` threads), and prints p50/p99/max. DESIGN.md's goal: p99 <= 300 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from backend.db import Database  # noqa: E402 - the repo root goes on sys.path first
from backend.migrate import upgrade  # noqa: E402
from backend.services.catalogue import (  # noqa: E402
    GroupRow,
    PriceRow,
    ProductRow,
    ensure_store,
    set_vat_rates,
    upsert_groups,
    upsert_prices,
    upsert_products,
)
from benchmarks._support import machine, summary  # noqa: E402
from benchmarks.backend_events import backend_server  # noqa: E402
from tests.backend.tills import Till  # noqa: E402

PRODUCTS = 500
CHUNK = 50_000
STAMP = "%Y-%m-%d %H:%M:%S.%f"  # SQLAlchemy's SQLite DateTime storage format


def receipt_number(n: int) -> str:
    return f"S{1 + n % 2:03d}-T{n % 7:02d}-{n:07d}"


def _seed_catalogue(url: str) -> None:
    upgrade(url)
    db = Database(url)
    with db.write() as session:
        for store in ("S001", "S002"):
            ensure_store(session, store_id=store, name=store, country="DE", currency="EUR", price_list="DE")
        set_vat_rates(session, "DE", {"A": "19", "B": "7"})
        upsert_groups(
            session,
            [
                GroupRow("general", "General"),
                GroupRow("electronics", "Electronics", 14),
                GroupRow("sale", "Sale", None, True),
            ],
            None,
        )
        groups = ("general", "electronics", "sale")
        upsert_products(
            session,
            [ProductRow(f"P{i:04d}", f"Product {i}", "A", group_id=groups[i % 3]) for i in range(PRODUCTS)],
            None,
        )
        upsert_prices(
            session, [PriceRow(f"P{i:04d}", "DE", 199 + i * 10, "EUR") for i in range(PRODUCTS)], None
        )
    db.dispose()


def build(path: Path, receipts: int) -> None:
    """The database with `receipts` sales, bulk inserted (about 1 minute for a million)."""
    url = f"sqlite:///{path}"
    _seed_catalogue(url)
    rng = random.Random(11)
    start = datetime.now(UTC) - timedelta(days=60)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=OFF")
    t0 = time.perf_counter()
    for first in range(0, receipts, CHUNK):
        sales, lines, payments = [], [], []
        for n in range(first, min(first + CHUNK, receipts)):
            sale_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            at = (start + timedelta(seconds=n * 5)).strftime(STAMP)
            total = 0
            for no in range(1, rng.randint(1, 4) + 1):
                qty = rng.randint(1, 3)
                price = 199 + rng.randrange(PRODUCTS) * 10
                returned = 1000 if rng.random() < 0.05 else 0
                lines.append(
                    (sale_id, no, f"P{rng.randrange(PRODUCTS):04d}", "Product", qty * 1000, returned, price,
                     0, qty * price, "A", "19")
                )  # fmt: skip
                total += qty * price
            discount = total // 10 if n % 5 == 0 else 0
            sales.append(
                (sale_id, receipt_number(n), "S001" if n % 2 == 0 else "S002", f"T{n % 7:02d}", "anna", "EUR",
                 total, discount, total - discount, 0, 0, None, sale_id, at, at, "[]")
            )  # fmt: skip
            payments.append((sale_id, 0, "card", total - discount, None, "in"))
        with raw:
            raw.executemany(
                "INSERT INTO sale (sale_id, receipt_number, store_id, terminal_id, staff_id, currency, "
                "subtotal_minor, discount_minor, total_minor, rounding_minor, change_minor, customer_id, "
                "event_id, occurred_at, recorded_at, vat) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                sales,
            )
            raw.executemany(
                "INSERT INTO sale_line (sale_id, line_no, sku, name, quantity_milli, returned_milli, "
                "unit_price_minor, discount_minor, total_minor, vat_code, vat_percent) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                lines,
            )
            raw.executemany(
                "INSERT INTO sale_payment (sale_id, position, tender, amount_minor, reference, direction) "
                "VALUES (?,?,?,?,?,?)",
                payments,
            )
        print(f"  {min(first + CHUNK, receipts):,} receipts ({time.perf_counter() - t0:.0f} s)", flush=True)
    expires = (datetime.now(UTC) + timedelta(days=365)).strftime(STAMP)
    claims, claim_lines = [], []
    for _ in range(20_000):
        claim_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        claims.append((claim_id, "S001", "T01", "anna", "held", expires, expires, "{}"))
        claim_lines.append((claim_id, "receipt", receipt_number(rng.randrange(receipts)), 1, 1000))
    with raw:
        raw.executemany(
            "INSERT INTO return_claim (claim_id, store_id, terminal_id, staff_id, status, created_at, "
            "expires_at, answer) VALUES (?,?,?,?,?,?,?,?)",
            claims,
        )
        raw.executemany(
            "INSERT INTO return_claim_line (claim_id, origin_kind, origin_reference, origin_line_no, "
            "quantity_milli) VALUES (?,?,?,?,?)",
            claim_lines,
        )
    raw.execute("ANALYZE")
    raw.close()
    print(f"built {path} in {time.perf_counter() - t0:.0f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--receipts", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=1, help="client threads asking at once")
    parser.add_argument(
        "--dir", type=Path, default=Path(os.environ.get("STORE_BENCH_DIR", "/tmp/store-terminal-bench"))
    )
    args = parser.parse_args()
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.2f} at start")
    path = args.dir / f"backend-returns-{args.receipts}.sqlite3"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"building {path} with {args.receipts:,} receipts (once) ...", flush=True)
        partial = path.with_suffix(".partial")
        for leftover in path.parent.glob(partial.name + "*"):
            leftover.unlink()
        build(partial, args.receipts)
        partial.rename(path)
    url = f"sqlite:///{path}"
    db = Database(url)
    rng = random.Random(5)
    with backend_server(url) as base:
        till = Till.enrol(db, base, "S001", f"B{uuid.uuid4().hex[:6]}")
        for n in range(50):  # warm-up: connections, caches
            till.http.get(
                f"{base}/v1/terminal/returns/receipts/{receipt_number(n)}", headers=till.headers, timeout=30
            )
        samples: list[float] = []
        lock = threading.Lock()
        per_client = args.requests // args.clients

        def ask() -> None:
            http = requests.Session()
            mine = []
            for _ in range(per_client):
                number = receipt_number(rng.randrange(args.receipts))
                t = time.perf_counter()
                answer = http.get(
                    f"{base}/v1/terminal/returns/receipts/{number}", headers=till.headers, timeout=30
                )
                mine.append((time.perf_counter() - t) * 1000)
                if answer.status_code != 200 or not answer.json()["lines"]:
                    raise RuntimeError(f"{number}: {answer.status_code} {answer.text[:200]}")
            with lock:
                samples.extend(mine)

        threads = [threading.Thread(target=ask) for _ in range(args.clients)]
        t0 = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - t0
    db.dispose()
    print(f"{args.receipts:,} receipts, {args.clients} client(s), {len(samples) / elapsed:.0f} look-ups/s")
    print(summary("GET /v1/terminal/returns/receipts/{n}", samples))


if __name__ == "__main__":
    main()
