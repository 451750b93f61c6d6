"""A chain's load on the backend: many tills push sales while a web shop places orders (PostgreSQL).

Starts `store-backend serve --workers W` as its own process on a scratch PostgreSQL database (created
and dropped by the script from `--db`, which names the server and an existing database to connect
to), seeds one store per 20 tills with 500 products, enrols `--tills` tills, then for `--seconds`:

  tills   each till pushes a batch of 1-3 sales every `--interval` seconds (open loop: requests are
          sent at their scheduled time, latency is measured from that time, so a slow server cannot
          hide its queue), spread evenly over the interval;
  shop    the web shop places `--orders` orders per second (1-3 lines each) at the stores.

It prints throughput and p50/p99/max per request type. DESIGN.md's goal: p99 <= 250 ms per request
with 200 tills and 50 orders/s on PostgreSQL.

    ./dev run python benchmarks/backend_load.py --db postgresql+psycopg://postgres@127.0.0.1/test
        [--tills 200 --orders 50 --workers 4 --seconds 30 --interval 2]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import orjson
import psycopg
import requests
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from backend.db import Database  # noqa: E402 - the repo root goes on sys.path first
from backend.migrate import upgrade  # noqa: E402
from backend.services.catalogue import ProductRow, ensure_store, upsert_products  # noqa: E402
from backend.services.feed import FeedWriter  # noqa: E402
from backend.services.security import create_api_key  # noqa: E402
from backend.services.stock import StockLedger  # noqa: E402
from benchmarks._support import machine, pct  # noqa: E402
from benchmarks.backend_events import backend_server  # noqa: E402
from tests.backend.tills import Till  # noqa: E402

SKUS = 500


def scratch_database(server_url: str) -> tuple[str, str]:
    """A fresh database next to the one `server_url` names: (its URL, the admin DSN to drop it)."""
    url = make_url(server_url)
    name = f"store_load_{uuid.uuid4().hex[:8]}"
    admin = (
        f"host={url.host or '127.0.0.1'} port={url.port or 5432} user={url.username} dbname={url.database}"
    )
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.set(database=name).render_as_string(hide_password=False), admin


def seed(url: str, stores: int) -> str:
    upgrade(url)
    db = Database(url)
    with db.write() as session:
        upsert_products(
            session, [ProductRow(sku=f"B-{i}", name=f"Bench {i}", vat_code="A") for i in range(SKUS)], None
        )
        ledger = StockLedger(session)
        for s in range(stores):
            store = f"S{s:03d}"
            ensure_store(session, store_id=store, name=store, country="DE", currency="EUR", price_list="DE")
            for i in range(SKUS):
                ledger.move(
                    store_id=store,
                    sku=f"B-{i}",
                    qty_milli=10**10,
                    reason="adjustment",
                    source="seed",
                    source_line=s * SKUS + i,
                )
        ledger.flush(FeedWriter(session), source="seed")
        key = create_api_key(session, "bench shop")
    db.dispose()
    return key


class Recorder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.samples: dict[str, list[float]] = {}
        self.errors: dict[str, int] = {}

    def add(self, kind: str, seconds: float, ok: bool) -> None:
        with self.lock:
            self.samples.setdefault(kind, []).append(seconds * 1000)
            if not ok:
                self.errors[kind] = self.errors.get(kind, 0) + 1


def main() -> None:  # noqa: PLR0915 - one linear script: set up, run, report
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", required=True, help="a PostgreSQL URL; a scratch database is made beside it")
    parser.add_argument("--tills", type=int, default=200)
    parser.add_argument("--orders", type=float, default=50, help="web orders per second")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--interval", type=float, default=2.0, help="seconds between a till's pushes")
    parser.add_argument("--threads", type=int, default=64, help="client threads sending the requests")
    args = parser.parse_args()
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.2f} at start")
    url, admin = scratch_database(args.db)
    stores = max(1, args.tills // 20)
    try:
        key = seed(url, stores)
        db = Database(url)
        with backend_server(url, workers=args.workers) as base:
            tills = [Till.enrol(db, base, f"S{n % stores:03d}", f"L{n:03d}") for n in range(args.tills)]
            for till in tills:
                till.http = requests.Session()
            record = Recorder()
            rng = random.Random(7)
            schedule: list[tuple[float, str, int]] = []
            for n in range(args.tills):
                offset = args.interval * n / args.tills
                t = offset
                while t < args.seconds:
                    schedule.append((t, "push", n))
                    t += args.interval
            count = int(args.seconds * args.orders)
            schedule += [(i / args.orders, "order", i) for i in range(count)]
            schedule.sort()
            locks = [threading.Lock() for _ in tills]  # one request at a time per till (its seq order)
            shop = requests.Session()
            shop_headers = {"X-Api-Key": key, "Content-Type": "application/json"}

            def send(at: float, kind: str, n: int, start: float) -> None:
                delay = start + at - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                if kind == "push":
                    till = tills[n]
                    with locks[n]:
                        skus = [f"B-{rng.randrange(SKUS)}" for _ in range(3)]
                        events = [till.sale((sku, "1")) for sku in skus[: rng.randint(1, 3)]]
                        answer = till.push(events)
                else:
                    store = f"S{n % stores:03d}"
                    lines = [
                        {"sku": f"B-{rng.randrange(SKUS)}", "quantity": "1", "unit_price_minor": 999}
                        for _ in range(rng.randint(1, 3))
                    ]
                    body = {
                        "order_number": f"W-{n}-{uuid.uuid4().hex[:6]}",
                        "pickup_store_id": store,
                        "currency": "EUR",
                        "paid": True,
                        "customer": {"customer_id": f"C{n % 500}", "name": "Load Test"},
                        "lines": lines,
                    }
                    answer = shop.post(
                        f"{base}/v1/web-orders", data=orjson.dumps(body), headers=shop_headers, timeout=60
                    )
                record.add(kind, time.perf_counter() - (start + at), answer.status_code in (200, 201))

            start = time.perf_counter() + 0.5
            with ThreadPoolExecutor(args.threads) as pool:
                for at, kind, n in schedule:
                    pool.submit(send, at, kind, n, start)
            elapsed = time.perf_counter() - start
        db.dispose()
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')
    shape = f"{args.tills} tills every {args.interval} s, {args.orders} orders/s, {args.workers} workers"
    print(f"load: {shape}, {elapsed:.1f} s")
    for kind, samples in sorted(record.samples.items()):
        errors = record.errors.get(kind, 0)
        rate = len(samples) / elapsed
        print(
            f"  {kind}: {len(samples)} requests, {rate:.1f}/s, errors {errors}; "
            f"p50 {pct(samples, 50):.0f} ms, p99 {pct(samples, 99):.0f} ms, max {max(samples):.0f} ms"
        )


if __name__ == "__main__":
    main()
