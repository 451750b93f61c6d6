"""Initial bootstrap of an empty till from a backend seeded with N products, over loopback.

    ./dev run python benchmarks/sync_bootstrap.py --products 1000000

Prints seconds and products/s (goal: 1,000,000 products <= 10 s, DESIGN.md). The seeded backend is
built once per size under $STORE_BENCH_DIR and reused.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._support import machine, rss_mb
from benchmarks.sync_common import SCOPE, backend_and_till, now
from sync.bootstrap import initial_bootstrap


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--page", type=int, default=50_000, help="snapshot page size")
    args = parser.parse_args()
    print(machine())
    with backend_and_till(args.products) as (client, till, _url):
        started = time.perf_counter()
        count = initial_bootstrap(till, client, scope=SCOPE, now=now(), page_limit=args.page)
        seconds = time.perf_counter() - started
    print(f"bootstrap: {count:,} products in {seconds:.2f} s = {count / seconds:,.0f} products/s "
          f"(page {args.page:,}; RSS {rss_mb():.0f} MB incl. the in-process backend)")  # fmt: skip


if __name__ == "__main__":
    main()
