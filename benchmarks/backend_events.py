"""Backend events throughput: simulated tills push batches of sale events to the real backend over HTTP.

Starts `store-backend serve` as its own process on a loopback port (SQLite in a temp dir by default,
`--db URL` for PostgreSQL: use a scratch database, the script adds its tables and rows), seeds 500
products with stock, and measures two scenarios, each `--repeat` times (medians reported):

  push   one till pushes `--sales` queued sales in batches of `--batch` (DESIGN.md: 10,000 queued
         sales pushed <= 2 s): wall time, events/s, request p50/p99.
  tills  `--tills` tills push at once, each `--batches` batches of `--tills-batch` sales:
         events/s over all tills, request p50/p99.

`--analyze` (PostgreSQL): the push is then measured twice, first as before (the old figure: tables
without statistics when the server's autovacuum is off, as on the shared development server), then
after `ANALYZE` before each repeat (what a server with autovacuum, PostgreSQL's default, plans with).
Without statistics the lookup of a batch's known event ids is planned through the terminal's seq index
and filters every event the till ever sent: each batch is slower than the one before.

Request bodies are built (orjson) before the clock starts, so the figures are the backend's (plus
HTTP on loopback), not the client's JSON encoding. Each sale has two lines.

    ./dev run python benchmarks/backend_events.py [--db URL] [--sales 10000 --batch 500]
        [--tills 8 --batches 10 --tills-batch 200] [--repeat 3] [--scenario both] [--analyze]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import orjson
import psycopg
import requests
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from backend.db import Database  # noqa: E402 - the repo root goes on sys.path first
from backend.migrate import upgrade  # noqa: E402
from backend.services.catalogue import PriceRow, ProductRow, ensure_store, upsert_prices, upsert_products  # noqa: E402
from backend.services.feed import FeedWriter  # noqa: E402
from backend.services.stock import StockLedger  # noqa: E402
from benchmarks._support import children_of, cpu_seconds, machine, pct  # noqa: E402
from tests.backend.tills import Till  # noqa: E402
from tests.support.server import free_port  # noqa: E402

SKUS = 500


def prepare(url: str, skus: int = SKUS) -> None:
    """Schema, store S001, `skus` products with prices and plenty of stock (idempotent)."""
    upgrade(url)
    db = Database(url)
    with db.write() as session:
        ensure_store(session, store_id="S001", name="Bench", country="DE", currency="EUR", price_list="DE")
        upsert_products(
            session, [ProductRow(sku=f"B-{i}", name=f"Bench {i}", vat_code="A") for i in range(skus)], None
        )
        upsert_prices(session, [PriceRow(f"B-{i}", "DE", 199, "EUR") for i in range(skus)], None)
        ledger = StockLedger(session)
        run = time.time_ns()
        for i in range(skus):
            ledger.move(
                store_id="S001",
                sku=f"B-{i}",
                qty_milli=10**9,
                reason="adjustment",
                source=f"bench:{run}",
                source_line=i,
            )
        ledger.flush(FeedWriter(session), source=f"bench:{run}")
    db.dispose()


@contextmanager
def backend_server(url: str, *, workers: int = 1) -> Iterator[str]:
    """`store-backend serve` in its own process (its own GIL: the client threads do not slow it)."""
    with backend_process(url, workers=workers) as (base, _pid):
        yield base


@contextmanager
def backend_process(
    url: str, *, workers: int = 1, serve_args: tuple[str, ...] = ()
) -> Iterator[tuple[str, int]]:
    """`store-backend serve` as above: (its base URL, the serving process's pid, parent of the workers).

    `serve_args`: more options for `serve` (e.g. `--http h11 --loop asyncio`)."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("STORE_BACKEND_FAULT", None)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "backend.cli",
            "--db",
            url,
            "serve",
            "--port",
            str(port),
            "--workers",
            str(workers),
            *serve_args,
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                requests.get(f"{base}/openapi.json", timeout=5)
                break
            except (requests.ConnectionError, requests.Timeout):  # not listening yet, or still starting
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("backend did not start") from None
                time.sleep(0.1)
        yield base, proc.pid
    finally:
        proc.terminate()
        proc.wait(10)


def analyze(db: Database) -> None:
    """Statistics for every table, as autovacuum keeps them (outside the clock)."""
    with db.writer.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")


def bodies(till: Till, batches: int, size: int, offset: int) -> list[bytes]:
    out = []
    for b in range(batches):
        n = offset + b * size
        events = [
            till.sale((f"B-{(n + i) % SKUS}", "1"), (f"B-{(n + 7 * i) % SKUS}", "2")) for i in range(size)
        ]
        out.append(orjson.dumps({"events": events}))
    return out


def push_all(till: Till, payloads: list[bytes], latencies: list[float]) -> None:
    headers = {**till.headers, "Content-Type": "application/json"}
    url = f"{till.base_url}/v1/terminals/{till.terminal_id}/events"
    for body in payloads:
        start = time.perf_counter()
        answer = till.http.post(url, data=body, headers=headers, timeout=300)
        latencies.append(time.perf_counter() - start)
        if answer.status_code != 200:
            raise RuntimeError(f"push failed: {answer.status_code} {answer.text[:300]}")


class CpuProbe:
    """CPU seconds so far of the server process (and its workers) and of the database's PostgreSQL
    backends on this machine: what a run costs, whatever else the machine is doing (wall time is not)."""

    def __init__(self, url: str, server_pid: int) -> None:
        self.server_pid = server_pid
        parsed = make_url(url)
        self.database = parsed.database if parsed.get_backend_name() == "postgresql" else None
        host, port = parsed.host or "127.0.0.1", parsed.port or 5432
        self.admin = f"host={host} port={port} user={parsed.username} dbname=postgres"

    def read(self) -> tuple[float, dict[int, float]]:
        server = sum(cpu_seconds(pid) for pid in (self.server_pid, *children_of(self.server_pid)))
        if self.database is None:
            return server, {}
        with psycopg.connect(self.admin, autocommit=True) as conn:
            rows = conn.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s", [self.database])
            return server, {pid: cpu_seconds(pid) for (pid,) in rows}

    @staticmethod
    def spent(
        before: tuple[float, dict[int, float]], after: tuple[float, dict[int, float]]
    ) -> tuple[float, float]:
        """(server, PostgreSQL) CPU seconds between two readings."""
        database = sum(v - before[1].get(pid, 0.0) for pid, v in after[1].items())
        return after[0] - before[0], database


Run = tuple[int, float, list[float], tuple[float, float] | None]


def run_tills(
    db: Database, base: str, tills: int, batches: int, size: int, *, probe: CpuProbe | None = None
) -> Run:
    """`tills` tills push concurrently; returns (events, seconds, request latencies, CPU spent)."""
    stamp = time.time_ns() % 10**10
    crowd = [Till.enrol(db, base, "S001", f"B{stamp}-{n:02d}") for n in range(tills)]
    work = [bodies(t, batches, size, offset=n * 37) for n, t in enumerate(crowd)]
    latencies: list[list[float]] = [[] for _ in crowd]
    threads = [
        threading.Thread(target=push_all, args=(t, w, lat))
        for t, w, lat in zip(crowd, work, latencies, strict=True)
    ]
    cpu = probe.read() if probe else None
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    spent = CpuProbe.spent(cpu, probe.read()) if probe and cpu else None
    return tills * batches * size, elapsed, [x for lat in latencies for x in lat], spent


def report(name: str, runs: list[Run]) -> None:
    rates = [events / seconds for events, seconds, _, _ in runs]
    for events, seconds, lat, spent in runs:
        ms = [x * 1000 for x in lat]
        cpu = f"; CPU: server {spent[0]:.2f} s, PostgreSQL {spent[1]:.2f} s" if spent else ""
        print(
            f"  {name}: {events} events in {seconds:.2f} s = {events / seconds:,.0f} events/s; "
            f"request p50 {pct(ms, 50):.0f} ms, p99 {pct(ms, 99):.0f} ms, max {max(ms):.0f} ms "
            f"(n={len(ms)}){cpu}"
        )
    best = sorted(runs, key=lambda r: r[0] / r[1])[len(runs) // 2]
    ms = [x * 1000 for x in best[2]]
    print(
        f"  {name} MEDIAN of {len(runs)}: {statistics.median(rates):,.0f} events/s, {best[1]:.2f} s; "
        f"p50 {pct(ms, 50):.0f} ms, p99 {pct(ms, 99):.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", help="database URL (default: SQLite in a temporary directory)")
    parser.add_argument("--scenario", choices=("push", "tills", "both"), default="both")
    parser.add_argument("--sales", type=int, default=10_000, help="push: queued sales of the one till")
    parser.add_argument("--batch", type=int, default=500, help="push: sales per request (max 500)")
    parser.add_argument("--tills", type=int, default=8)
    parser.add_argument("--batches", type=int, default=10, help="tills: requests per till")
    parser.add_argument("--tills-batch", type=int, default=200, help="tills: sales per request")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--analyze", action="store_true", help="push: measure again with ANALYZE before each repeat"
    )
    args = parser.parse_args()
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.2f} at start")
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{tmp}/bench.sqlite3"
        prepare(url)
        db = Database(url)
        print(f"backend: {url.split(':')[0]} (server process: uvicorn, 1 worker)")
        with backend_process(url) as (base, pid):
            probe = CpuProbe(url, pid)
            if args.scenario in ("push", "both"):
                batches = -(-args.sales // args.batch)
                runs = [run_tills(db, base, 1, batches, args.batch, probe=probe) for _ in range(args.repeat)]
                report(f"push 1 till x {batches} x {args.batch}", runs)
                if args.analyze and not db.is_sqlite:
                    runs = []
                    for _ in range(args.repeat):
                        analyze(db)
                        runs.append(run_tills(db, base, 1, batches, args.batch, probe=probe))
                    report(f"push 1 till x {batches} x {args.batch}, after ANALYZE", runs)
            if args.scenario in ("tills", "both"):
                runs = [
                    run_tills(db, base, args.tills, args.batches, args.tills_batch)
                    for _ in range(args.repeat)
                ]
                report(f"{args.tills} tills x {args.batches} x {args.tills_batch}", runs)
        db.dispose()


if __name__ == "__main__":
    main()
