"""What one request costs the backend on PostgreSQL: statements, COPYs, transactions and server time.

Runs the app in this process (uvicorn on a loopback port, one request at a time) on a scratch database
seeded like `benchmarks/backend_load.py` (the same seed, the same request shapes: a till's push of 1-3
sales, a web order of 1-3 lines), and counts what reaches PostgreSQL per request: SQL statements
(SQLAlchemy's cursor executes), `COPY ... FROM STDIN` blocks (two round trips each), pipelines (one
round trip each; `executemany` counts the INSERTs queued in one) and commits. Run
a sampling profiler on this process (`py-spy record --pid ... --format raw`) the server side shows
beside the client (the handlers run in uvicorn's thread pool).

    ./dev run python benchmarks/backend_requests.py --db postgresql+psycopg://postgres@127.0.0.1/test
        [--requests 300] [--show 20]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import orjson
import psycopg
import requests
from sqlalchemy import event
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from backend.app import create_app  # noqa: E402 - the repo root goes on sys.path first
from backend.db import Database  # noqa: E402
from backend.settings import Settings  # noqa: E402
from benchmarks._support import cpu_seconds, load_average, machine, pct  # noqa: E402
from benchmarks.backend_load import SKUS, scratch_database, seed  # noqa: E402
from tests.backend.tills import Till  # noqa: E402
from tests.support.server import serve_in_thread  # noqa: E402


class Counts:
    """Statements, COPYs and commits seen by one engine (thread-safe enough for one client)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.seen: Counter[str] = Counter()
        self.texts: Counter[str] = Counter()

    def add(self, kind: str, text: str = "") -> None:
        with self.lock:
            self.seen[kind] += 1
            if text:
                self.texts[" ".join(text.split())[:110]] += 1

    def take(self) -> tuple[Counter[str], Counter[str]]:
        with self.lock:
            seen, texts = self.seen, self.texts
            self.seen, self.texts = Counter(), Counter()
        return seen, texts


def instrument(db: Database, counts: Counts) -> None:
    @event.listens_for(db.writer, "before_cursor_execute")
    def _statement(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        counts.add("statement", statement)

    @event.listens_for(db.writer, "commit")
    def _commit(_conn: Any) -> None:
        counts.add("commit")

    @event.listens_for(db.writer, "rollback")
    def _rollback(_conn: Any) -> None:
        counts.add("rollback")

    original = psycopg.Cursor.copy

    def copy(self: psycopg.Cursor[Any], statement: Any, *args: Any, **kwargs: Any) -> Any:
        counts.add("copy", str(statement))
        return original(self, statement, *args, **kwargs)

    psycopg.Cursor.copy = copy  # type: ignore[method-assign]
    many = psycopg.Cursor.executemany

    def executemany(self: psycopg.Cursor[Any], statement: Any, *args: Any, **kwargs: Any) -> Any:
        # Outside a pipeline block psycopg pipelines the rows itself: one round trip either way.
        counts.add("executemany" if self.connection._pipeline else "pipeline", str(statement))
        return many(self, statement, *args, **kwargs)

    psycopg.Cursor.executemany = executemany  # type: ignore[method-assign]
    pipeline = psycopg.Connection.pipeline

    def piped(self: psycopg.Connection[Any]) -> Any:
        counts.add("pipeline")
        return pipeline(self)

    psycopg.Connection.pipeline = piped  # type: ignore[method-assign]


def postgres_cpu(admin: str, database: str) -> float:
    """CPU seconds used so far by the PostgreSQL backends connected to `database` (this machine's)."""
    with psycopg.connect(admin, autocommit=True) as conn:
        pids = [r[0] for r in conn.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s", [database])]
    return sum(cpu_seconds(pid) for pid in pids)


def server_cpu() -> float:
    """CPU seconds of this process's threads but the main one (the client): uvicorn's loop and pool."""
    return cpu_seconds(os.getpid()) - cpu_seconds(os.getpid(), threading.main_thread().native_id)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", required=True, help="a PostgreSQL URL; a scratch database is made beside it")
    parser.add_argument("--requests", type=int, default=300, help="requests of each kind")
    parser.add_argument("--kinds", default="order,push", help="which request types, in this order")
    parser.add_argument("--show", type=int, default=0, help="list the N most frequent statements per kind")
    args = parser.parse_args()
    print(f"machine: {machine()}; {load_average()} at start")
    url, admin = scratch_database(args.db)
    try:
        key = seed(url, stores=2)
        app = create_app(Settings(db_url=url, scheduler=False))
        db = app.state.db
        counts = Counts()
        instrument(db, counts)
        rng = random.Random(7)
        with serve_in_thread(app) as base:
            tills = [Till.enrol(db, base, f"S{n % 2:03d}", f"P{n:03d}") for n in range(20)]
            shop = requests.Session()
            headers = {"X-Api-Key": key, "Content-Type": "application/json"}

            def order(n: int) -> requests.Response:
                body = {
                    "order_number": f"W-{n}-{uuid.uuid4().hex[:6]}",
                    "pickup_store_id": f"S{n % 2:03d}",
                    "currency": "EUR",
                    "paid": True,
                    "customer": {"customer_id": f"C{n % 500}", "name": "Load Test"},
                    "lines": [
                        {"sku": f"B-{rng.randrange(SKUS)}", "quantity": "1", "unit_price_minor": 999}
                        for _ in range(rng.randint(1, 3))
                    ],
                }
                address = f"{base}/v1/web-orders"
                return shop.post(address, data=orjson.dumps(body), headers=headers, timeout=60)

            def push(n: int) -> requests.Response:
                till = tills[n % len(tills)]
                skus = [f"B-{rng.randrange(SKUS)}" for _ in range(rng.randint(1, 3))]
                return till.push([till.sale((sku, "1")) for sku in skus])

            senders = {"order": order, "push": push}
            for kind in args.kinds.split(","):
                send = senders[kind]
                for n in range(20):  # warm up: connections, prepared statements, caches
                    send(n).raise_for_status()
                counts.take()
                times = []
                database = make_url(url).database or ""
                cpu = (server_cpu(), postgres_cpu(admin, database))
                for n in range(args.requests):
                    began = time.perf_counter()
                    answer = send(n)
                    times.append((time.perf_counter() - began) * 1000)
                    assert answer.status_code in (200, 201), answer.text
                seen, texts = counts.take()
                used = [(server_cpu() - cpu[0]) * 1000, (postgres_cpu(admin, database) - cpu[1]) * 1000]
                per = {k: v / args.requests for k, v in sorted(seen.items())}
                print(
                    f"{kind}: n={args.requests} round trip p50 {pct(times, 50):.1f} ms, "
                    f"mean {statistics.fmean(times):.1f} ms; CPU per request: server "
                    f"{used[0] / args.requests:.1f} ms, PostgreSQL {used[1] / args.requests:.1f} ms; "
                    + ", ".join(f"{k} {v:.1f}" for k, v in per.items())
                    + f"; {load_average()}"
                )
                for text, count in texts.most_common(args.show):
                    print(f"    {count / args.requests:5.2f}  {text}")
        db.dispose()
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')


if __name__ == "__main__":
    main()
