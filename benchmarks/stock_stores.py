"""One product's stock across 500 stores on the Stock area's screen (offscreen Qt).

    ./dev run python benchmarks/stock_stores.py [--stores 500 --runs 200]

Builds a backend database through the real migrations with `--stores` stores, each holding (and some
reserving for web orders) a level of one product through the real stock ledger, and starts
`store-backend serve` as its own process. A till (real migrations, demo catalogue) asks it through its
real look-up (sync/lookups.py over BackendClient, a terminal's token, loopback HTTP). Measured: from
`StockArea.show_product` (what a scan or a chosen search hit calls) to the look-up answered on the
worker thread, every store's row set in the table's model and the table painted. Goal: <= 200 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from backend.db import Database  # noqa: E402 - the repo root goes on sys.path first
from backend.migrate import upgrade  # noqa: E402
from backend.services.catalogue import ensure_store  # noqa: E402
from backend.services.feed import FeedWriter  # noqa: E402
from backend.services.security import issue_enroll_code  # noqa: E402
from backend.services.stock import StockLedger  # noqa: E402
from benchmarks._support import machine, summary  # noqa: E402
from benchmarks.backend_events import backend_server  # noqa: E402
from sync.client import BackendClient  # noqa: E402
from sync.lookups import LiveStockLookup  # noqa: E402
from terminal.services.stock_desk import ProductRef  # noqa: E402
from terminal.ui.formatting import MoneyFormat  # noqa: E402
from terminal.ui.stock_area import StockArea  # noqa: E402
from terminal.ui.worker import Worker  # noqa: E402
from tests.support.till import open_till  # noqa: E402

SKU = "BENCH-1"


def build(url: str, stores: int) -> None:
    upgrade(url)
    db = Database(url)
    with db.write() as session:
        for n in range(1, stores + 1):
            ensure_store(
                session,
                store_id=f"S{n:03d}",
                name=f"Store {n:03d}",
                country="DE",
                currency="EUR",
                price_list="DE",
            )
        ledger = StockLedger(session)
        for n in range(1, stores + 1):
            store = f"S{n:03d}"
            ledger.move(
                store_id=store,
                sku=SKU,
                qty_milli=(n % 40) * 1000,
                reason="adjustment",
                source="bench",
                source_line=n,
            )
            if n % 3 == 0:
                ledger.move(
                    store_id=store,
                    sku=SKU,
                    qty_milli=1000,
                    reason="reservation",
                    source_line=n,
                    source="bench",
                    bucket="reserved",
                )
        ledger.flush(FeedWriter(session), source="bench")
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--stores", type=int, default=500)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.2f} at start")
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'backend.sqlite3'}"
        build(url, args.stores)
        db = Database(url)
        with db.write() as session:
            code = issue_enroll_code(session, store_id="S001", terminal_id="T01", ttl_minutes=60)
        db.dispose()
        with backend_server(url) as base:
            client = BackendClient(base, read_timeout=20)
            client.token = client.enroll(code).token
            till = open_till(Path(tmp) / "till.sqlite3", language="en", live_stock=LiveStockLookup(client))
            area = StockArea(till.services, MoneyFormat("en", "EUR"), Worker())
            area.resize(1366, 700)
            area.show()
            shown: list[object] = []
            area.sig_shown.connect(shown.append)
            product = ProductRef(SKU, "Benchmark product")
            samples: list[float] = []
            for run in range(args.runs + 10):  # the first ten warm up (connections, caches)
                shown.clear()
                t = time.perf_counter()
                area.show_product(product)
                while not shown:
                    app.processEvents()
                    time.sleep(0.0005)
                area.levels_tab.levels_view.viewport().repaint()
                elapsed = (time.perf_counter() - t) * 1000
                if run >= 10:
                    samples.append(elapsed)
            rows = area.levels_tab.levels.rows
            assert len(rows) == args.stores, len(rows)
            assert rows[0][0].startswith("Store 001"), rows[0]
            print(summary(f"one product's stock across {args.stores} stores on screen", samples))
            area.close()
            client.close()
            till.db.close()


if __name__ == "__main__":
    main()
