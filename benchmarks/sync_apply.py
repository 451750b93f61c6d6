"""Applying 10,000 stock changes from the feed to the till database (one page, one transaction).

    ./dev run python benchmarks/sync_apply.py

Goal: <= 300 ms (DESIGN.md). Pure local work: no backend involved. Printed twice: the apply alone,
and the page read from its JSON body (each change's data validated as its entity's contract model,
contract/feed.py) plus the apply, which is what the till does with a page.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._support import machine
from benchmarks.sync_common import now
from contract.feed import Change, ChangePage
from terminal.storage.db import open_database
from terminal.storage.feed_apply import FeedScope, apply_page


def main(changes: int = 10_000, runs: int = 5) -> None:
    print(machine())
    scope = FeedScope(store_id="S001", price_list="DE", currency="EUR")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "till.sqlite3")
        timings, with_parse = [], []
        for run in range(runs):
            page = ChangePage(
                changes=[
                    Change(entity="stock", key=f"SKU-{i}", version=run + 1, op="upsert",
                           data={"sku": f"SKU-{i}", "on_hand": str(run + i % 50), "reserved": "0",
                                 "available": str(run + i % 50)})
                    for i in range(changes)
                ],
                next_cursor=f"v1.0.{(run + 1) * changes}",
                has_more=False,
            )  # fmt: skip
            started = time.perf_counter()
            apply_page(db, page, scope=scope, now=now())
            timings.append((time.perf_counter() - started) * 1000)
            body = page.model_dump_json()  # stock levels are written whatever their version: applied again
            started = time.perf_counter()
            apply_page(db, ChangePage.model_validate_json(body), scope=scope, now=now())
            with_parse.append((time.perf_counter() - started) * 1000)
        db.close()
    print(f"apply {changes:,} stock changes (one page + cursor, one transaction): "
          f"first {timings[0]:.0f} ms, best {min(timings):.0f} ms, worst {max(timings):.0f} ms")  # fmt: skip
    print(f"read the page from JSON + apply: first {with_parse[0]:.0f} ms, best {min(with_parse):.0f} ms, "
          f"worst {max(with_parse):.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
