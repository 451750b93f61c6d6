"""Pushing 10,000 queued sales to the backend over loopback (batches of 500), until the outbox is drained.

    ./dev run python benchmarks/sync_push.py [--sales 10000] [--batch 500]

Goal: 10,000 queued sales pushed <= 2 s (DESIGN.md). Includes the backend's own work (SQLite, same
process, same 2 cores), so it measures the whole exchange, not the till alone.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._support import machine
from benchmarks.sync_common import SCOPE, backend_and_till, now
from sync.bootstrap import initial_bootstrap
from sync.engine import SyncEngine
from tests.sync.sales import outbox_counts, queue_sales


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sales", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    print(machine())
    with backend_and_till(300) as (client, till, _url):
        initial_bootstrap(till, client, scope=SCOPE, now=now())
        queue_sales(till, args.sales)
        engine = SyncEngine(db=till, client=client, terminal_id="T01", scope=SCOPE, clock=now,
                            batch_size=args.batch)  # fmt: skip
        started = time.perf_counter()
        acked = engine.push()
        seconds = time.perf_counter() - started
        assert outbox_counts(till)["pending"] == 0
    print(f"push: {acked:,} sales in {seconds:.2f} s = {acked / seconds:,.0f} events/s (batch {args.batch})")


if __name__ == "__main__":
    main()
