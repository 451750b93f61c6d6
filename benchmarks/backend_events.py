"""Backend events throughput: N simulated tills push batches of sale events to the real backend.

Starts the backend on a loopback port (SQLite in a temp dir by default, `--db URL` for PostgreSQL),
enrols N tills, and has each (one thread, one HTTP session) push `--batches` batches of `--batch`
sale events. Prints events/s and p50/p99 request latency.

    ./dev run python benchmarks/backend_events.py [--tills 8 --batches 40 --batch 50 --db URL]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from backend.app import create_app  # noqa: E402 - the repo root goes on sys.path first
from backend.db import Database  # noqa: E402
from backend.migrate import upgrade  # noqa: E402
from backend.services.catalogue import PriceRow, ProductRow, ensure_store, upsert_prices, upsert_products  # noqa: E402
from backend.settings import Settings  # noqa: E402
from tests.backend.tills import Till  # noqa: E402
from tests.support.server import serve_in_thread  # noqa: E402


def prepare(url: str, skus: int) -> Database:
    upgrade(url)
    db = Database(url)
    with db.write() as session:
        ensure_store(session, store_id="S001", name="Bench", country="DE", currency="EUR", price_list="DE")
        upsert_products(
            session, [ProductRow(sku=f"B-{i}", name=f"Bench {i}", vat_code="A") for i in range(skus)], None
        )
        upsert_prices(session, [PriceRow(f"B-{i}", "DE", 199, "EUR") for i in range(skus)], None)
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: SQLite in a temporary directory)")
    parser.add_argument("--tills", type=int, default=8)
    parser.add_argument("--batches", type=int, default=40)
    parser.add_argument("--batch", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{tmp}/bench.sqlite3"
        db = prepare(url, skus=500)
        with serve_in_thread(create_app(Settings(db_url=url))) as base:
            tills = [Till.enrol(db, base, "S001", f"B{n:03d}-{int(time.time())}") for n in range(args.tills)]
            latencies: list[float] = []
            lock = threading.Lock()

            def run(till: Till, offset: int) -> None:
                mine = []
                for b in range(args.batches):
                    events = [
                        till.sale(
                            (f"B-{(offset + b * args.batch + i) % 500}", "1"),
                            (f"B-{(offset + i) % 500}", "2"),
                        )
                        for i in range(args.batch)
                    ]
                    start = time.perf_counter()
                    answer = till.push(events, timeout=120)
                    mine.append(time.perf_counter() - start)
                    answer.raise_for_status()
                with lock:
                    latencies.extend(mine)

            threads = [threading.Thread(target=run, args=(t, i * 37)) for i, t in enumerate(tills)]
            began = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.perf_counter() - began
    events = args.tills * args.batches * args.batch
    cuts = statistics.quantiles(latencies, n=100)
    print(f"backend: {url.split(':')[0]}  tills: {args.tills}  batches: {args.batches} x {args.batch} events")
    print(f"events/s: {events / elapsed:,.0f}  ({events} events in {elapsed:.1f} s)")
    p50, p99 = cuts[49] * 1000, cuts[98] * 1000
    print(f"request latency p50: {p50:.0f} ms  p99: {p99:.0f} ms  (batch of {args.batch})")


if __name__ == "__main__":
    main()
