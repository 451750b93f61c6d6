"""Initial bootstrap of an empty till from a backend seeded with N products, over loopback.

    ./dev run python benchmarks/sync_bootstrap.py --products 1000000 [--runs 3]

The backend runs as its own process (`store-backend serve`, uvicorn, as deployed), the till in this
one, so they share the machine but not the interpreter (`--in-process` puts the backend in a thread
here instead, as this benchmark used to). Prints the machine, seconds and products/s per run (goal:
1,000,000 products <= 10 s, DESIGN.md), the median, and a breakdown of the last run: the backend's
own time per entity (from its Server-Timing header: queries, JSON), transfer and parse on the till
(fetch thread, overlapping the inserts), inserts, waiting for pages, index, FTS and commit. The
seeded backend is built once per size under $STORE_BENCH_DIR and reused.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._support import machine, rss_mb
from benchmarks.sync_common import SCOPE, backend_and_till, now, seeded_backend
from sync.bootstrap import initial_bootstrap
from sync.client import BackendClient
from sync.snapshot_io import Timings
from terminal.storage.db import Database, open_database


@contextmanager
def backend_process(products: int) -> Iterator[tuple[BackendClient, Database]]:
    """A copy of the seeded backend served by `store-backend serve` in a child process; a fresh till."""
    from backend.db import Database as BackendDb
    from backend.services.security import issue_enroll_code
    from tests.support.server import free_port

    work = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    try:
        shutil.copy(seeded_backend(products), work / "backend.sqlite3")
        url = f"sqlite:///{work / 'backend.sqlite3'}"
        bdb = BackendDb(url)
        with bdb.write() as session:
            code = issue_enroll_code(session, store_id="S001", terminal_id="T01", ttl_minutes=60)
        bdb.dispose()
        port = free_port()
        cmd = [sys.executable, "-m", "backend.cli", "--db", url, "serve", "--port", str(port)]
        server = subprocess.Popen(cmd, cwd=Path(__file__).resolve().parents[1])
        try:
            client = BackendClient(f"http://127.0.0.1:{port}", read_timeout=120)
            deadline = time.monotonic() + 30
            while True:
                try:
                    client.token = client.enroll(code).token
                    break
                except Exception:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise
                    time.sleep(0.1)
            till = open_database(work / "till.sqlite3")
            try:
                yield client, till
            finally:
                till.close()
                client.close()
        finally:
            server.terminate()
            server.wait(10)
    finally:
        shutil.rmtree(work, ignore_errors=True)


@contextmanager
def backend_thread(products: int) -> Iterator[tuple[BackendClient, Database]]:
    with backend_and_till(products) as (client, till, _url):
        yield client, till


def one_run(products: int, page: int, in_process: bool) -> tuple[float, int, Timings]:
    timings = Timings()
    with (backend_thread if in_process else backend_process)(products) as (client, till):
        started = time.perf_counter()
        count = initial_bootstrap(till, client, scope=SCOPE, now=now(), page_limit=page, timings=timings)
        seconds = time.perf_counter() - started
    return seconds, count, timings


def breakdown(t: Timings, total: float) -> str:
    lines = ["breakdown of the last run (s; the fetch thread and the backend overlap the inserts):"]
    for entity in ("products", "barcodes", "stock", "vat_rates", "customers"):
        if not any(k.endswith("." + entity) for k in t.seconds):
            continue
        db, js = t.get(f"server.db.{entity}"), t.get(f"server.json.{entity}")
        lines.append(
            f"  {entity:<10} backend db {db:5.2f}  json {js:5.2f}"
            f" | till transfer {t.get(f'transfer.{entity}'):5.2f}  parse {t.get(f'parse.{entity}'):5.2f}"
            f" | insert {t.get(f'insert.{entity}'):5.2f}  waiting for pages {t.get(f'wait.{entity}'):5.2f}"
        )
    build = t.get("index") + t.get("fts")
    lines.append(
        f"  barcode index {t.get('index'):.2f} + FTS5 rebuild {t.get('fts'):.2f} = {build:.2f}; "
        f"commit {t.get('commit'):.2f}; total {total:.2f}"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--page", type=int, default=50_000, help="snapshot page size")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--in-process", action="store_true", help="backend in a thread of this process")
    args = parser.parse_args()
    print(f"{machine()}; load average {os.getloadavg()[0]:.2f}")
    seeded_backend(args.products)  # outside the timing
    results: list[float] = []
    timings = Timings()
    for run in range(1, args.runs + 1):
        seconds, count, timings = one_run(args.products, args.page, args.in_process)
        results.append(seconds)
        where = "in-process backend" if args.in_process else "backend in its own process"
        print(f"run {run}: {count:,} products in {seconds:.2f} s = {count / seconds:,.0f} products/s "
              f"(page {args.page:,}; {where}; till RSS {rss_mb():.0f} MB)", flush=True)  # fmt: skip
    print(f"median of {len(results)}: {statistics.median(results):.2f} s")
    print(breakdown(timings, results[-1]))


if __name__ == "__main__":
    main()
