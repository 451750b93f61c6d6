"""A receipt scanned to its returnable lines on screen, in the till's Returns area (offscreen Qt).

    ./dev run python benchmarks/returns_scan.py [--scans 200] [--receipts 1000000] [--own 200000]
                                               [--skip-online] [--skip-offline]

Drives the real main window: the receipt's code (`R:<number>`) arrives through the bridge as the
wedge scanner delivers it; the time runs from the scan to the Returns area's table repainted with the
original's lines (the look-up runs on the window's worker thread, as at the counter).

- online: against `store-backend serve` (its own process, loopback HTTP) on the database of
  benchmarks/returns_lookup.py (1,000,000 receipts of two stores and seven tills, 20,000 live claims;
  built once, about 4 minutes, then reused): the till asks the backend for random receipts through
  its real adapter (sync/returns.py). Goal: p99 <= 300 ms.
- offline: the till's own receipts from its local history (`--own` receipts of 1-4 lines, 5 % partly
  returned, bulk inserted after one real sale; built once, then reused), its backend adapter pointed
  at a closed loopback port (connection refused: the till falls back at once). Goal: p99 <= 50 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._support import machine, rss_mb, summary  # noqa: E402

BENCH_DIR = Path(os.environ.get("STORE_BENCH_DIR", "/tmp/store-terminal-bench"))
CHUNK = 20_000


def own_receipt(n: int) -> str:
    return f"S001-T01-{n:06d}"


def _first_sale(path: Path) -> None:
    """A seeded till database with one real sale, written by the till's services."""
    from terminal.domain.money import Money
    from tests.support.till import open_till, product_named

    till = open_till(path, language="de")
    s = till.services
    s.staff.login("1111")
    drill = product_named("Akku-Bohrschrauber")
    s.selling.scan(drill.barcode)
    s.checkout.begin()
    s.checkout.add_cash(Money(drill.price_minor, "EUR"))
    first = str(s.checkout.complete().receipt_number)
    till.db.close()
    assert first == own_receipt(1), first


def build_own_history(path: Path, receipts: int) -> None:
    """The first real sale (`_first_sale`) and `receipts - 1` copies of its shape with other articles,
    amounts and days, bulk inserted."""
    _first_sale(path)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=OFF")
    sale_cols = [r[1] for r in raw.execute("PRAGMA table_info(sale)")]
    line_cols = [r[1] for r in raw.execute("PRAGMA table_info(sale_line)")]
    pay_cols = [r[1] for r in raw.execute("PRAGMA table_info(sale_payment)")]
    sale = dict(zip(sale_cols, raw.execute("SELECT * FROM sale").fetchone(), strict=True))
    line = dict(zip(line_cols, raw.execute("SELECT * FROM sale_line").fetchone(), strict=True))
    pay = dict(zip(pay_cols, raw.execute("SELECT * FROM sale_payment").fetchone(), strict=True))
    products = raw.execute(
        "SELECT sku, name, price_minor FROM product WHERE unit = 'pc' ORDER BY sku"
    ).fetchall()
    rng = random.Random(7)
    start = datetime.fromisoformat(str(sale["occurred_at"])) - timedelta(days=365)
    t0 = time.perf_counter()

    def insert(table: str, cols: list[str], rows: list[dict[str, Any]]) -> None:
        marks = ",".join("?" for _ in cols)
        raw.executemany(
            f"INSERT INTO {table} ({','.join(cols)}) VALUES ({marks})", [[r[c] for c in cols] for r in rows]
        )

    for chunk in range(2, receipts + 1, CHUNK):
        sales, lines, pays, returned = [], [], [], []
        for n in range(chunk, min(chunk + CHUNK, receipts + 1)):
            sale_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            total = 0
            for no in range(1, rng.randint(1, 4) + 1):
                sku, name, price = rng.choice(products)
                qty = rng.randint(1, 3)
                total += qty * price
                lines.append(
                    line | {"sale_id": sale_id, "line_no": no, "sku": sku, "barcode": None, "name": name,
                            "quantity": str(qty), "unit_price_minor": price, "discount_minor": 0,
                            "total_minor": qty * price, "basket_share_minor": 0}
                )  # fmt: skip
                if rng.random() < 0.05:
                    returned.append((own_receipt(n), no, 1000))
            at = (start + timedelta(seconds=n * 150)).isoformat()
            sales.append(
                sale | {"sale_id": sale_id, "receipt_number": own_receipt(n), "seq": n, "occurred_at": at,
                        "subtotal_minor": total, "total_minor": total}
            )  # fmt: skip
            pays.append(pay | {"sale_id": sale_id, "amount_minor": total})
        with raw:
            insert("sale", sale_cols, sales)
            insert("sale_line", line_cols, lines)
            insert("sale_payment", pay_cols, pays)
            raw.executemany("INSERT INTO returned_quantity VALUES (?,?,?)", returned)
        done = min(chunk + CHUNK - 1, receipts)
        print(f"  {done:,} receipts ({time.perf_counter() - t0:.0f} s)", flush=True)
    raw.execute("ANALYZE")
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()


@contextmanager
def window_on(till: Any) -> Iterator[tuple[Any, Any, Any]]:
    """The real main window at 1366x768 with Anna logged in by her badge: (app, window, bridge)."""
    from PySide6.QtWidgets import QApplication

    from terminal.ui.bridge import Bridge
    from terminal.ui.main_window import MainWindow, prepare_application

    app = QApplication.instance() or QApplication([])
    prepare_application(app, "de")  # type: ignore[arg-type]
    bridge = Bridge()
    config = SimpleNamespace(language="de", currency="EUR", store_name="Baumarkt & Mehr Berlin-Mitte")
    window = MainWindow(till.services, bridge, config=config)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    bridge.publish_scan("B:STAFF-0001", "wedge")
    app.processEvents()
    if till.services.staff.current is None:
        raise SystemExit("login by badge failed")
    try:
        yield app, window, bridge
    finally:
        window.worker.wait_for_done()
        window.close()


def scan_to_lines(app: Any, window: Any, bridge: Any, numbers: list[str]) -> list[float]:
    """Per receipt: scan -> the Returns area's table repainted with its lines (ms). The wait is a Qt
    event loop that the area's own answer ends (its worker callbacks, wrapped): no polling loop
    competing with the worker thread for the interpreter."""
    from PySide6.QtCore import QEventLoop, QTimer

    area = window.returns
    loop = QEventLoop()
    found, refused = area.on_worker_found, area.refuse

    def on_found(original: Any) -> None:
        found(original)
        loop.quit()

    def on_refused(exc: BaseException) -> None:
        refused(exc)
        loop.quit()

    area.on_worker_found, area.refuse = on_found, on_refused
    samples: list[float] = []
    try:
        for number in numbers:
            area.clear()
            app.processEvents()
            t0 = time.perf_counter()
            bridge.publish_scan(f"R:{number}", "wedge")
            if area.original is None or area.original.reference != number:
                QTimer.singleShot(30_000, loop.quit)
                loop.exec()
            area.table.viewport().repaint()
            samples.append((time.perf_counter() - t0) * 1000)
            o = area.original
            shown = o is not None and o.reference == number and o.verified and area.model.rowCount() > 0
            if not shown or not window.showing(area):
                raise SystemExit(f"{number}: not shown with its lines ({area.banner.text()})")
    finally:
        area.on_worker_found, area.refuse = found, refused
    return samples


def bench_online(args: argparse.Namespace) -> None:
    from backend.db import Database
    from benchmarks.backend_events import backend_server
    from benchmarks.returns_lookup import build, receipt_number
    from sync.client import BackendClient
    from sync.returns import BackendReturns
    from tests.backend.tills import Till as BackendTill
    from tests.support.till import open_till

    path = BENCH_DIR / f"backend-returns-{args.receipts}.sqlite3"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"building {path} with {args.receipts:,} receipts (once) ...", flush=True)
        partial = path.with_suffix(".partial")
        build(partial, args.receipts)
        partial.rename(path)
    url = f"sqlite:///{path}"
    db = Database(url)
    rng = random.Random(5)
    work = BENCH_DIR / "returns-scan-online"
    shutil.rmtree(work, ignore_errors=True)
    with backend_server(url) as base:
        enrolled = BackendTill.enrol(db, base, "S001", f"R{uuid.uuid4().hex[:6]}")
        client = BackendClient(base, token=enrolled.token, read_timeout=5)
        till = open_till(work / "till.sqlite3", language="de", returns_backend=BackendReturns(client))
        with window_on(till) as (app, window, bridge):
            scan_to_lines(app, window, bridge, [receipt_number(n) for n in range(20)])  # warm-up
            numbers = [receipt_number(rng.randrange(args.receipts)) for _ in range(args.scans)]
            load = os.getloadavg()[0]
            ms = scan_to_lines(app, window, bridge, numbers)
        till.db.close()
        client.close()
    db.dispose()
    print(f"online: backend of {args.receipts:,} receipts over loopback; load average {load:.2f}")
    print(summary("receipt scan -> returnable lines painted (online)", ms))


def bench_offline(args: argparse.Namespace) -> None:
    from sync.client import BackendClient
    from sync.returns import BackendReturns
    from tests.support.server import free_port
    from tests.support.till import open_till

    path = BENCH_DIR / f"till-own-receipts-{args.own}.sqlite3"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"building {path} with {args.own:,} own receipts (once) ...", flush=True)
        partial = path.with_suffix(".partial")
        for leftover in path.parent.glob(partial.name + "*"):
            leftover.unlink()
        build_own_history(partial, args.own)
        partial.rename(path)
    client = BackendClient(f"http://127.0.0.1:{free_port()}", token="offline", read_timeout=5)
    till = open_till(path, language="de", seed=False, returns_backend=BackendReturns(client))
    rng = random.Random(9)
    with window_on(till) as (app, window, bridge):
        scan_to_lines(app, window, bridge, [own_receipt(n) for n in range(1, 21)])  # warm-up
        numbers = [own_receipt(rng.randrange(1, args.own + 1)) for _ in range(args.scans)]
        load = os.getloadavg()[0]
        ms = scan_to_lines(app, window, bridge, numbers)
    size = path.stat().st_size / 1e6
    till.db.close()
    client.close()
    print(f"offline: {args.own:,} own receipts in {path} ({size:.0f} MB); load average {load:.2f}")
    print(summary("receipt scan -> returnable lines painted (offline, own)", ms))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--scans", type=int, default=200)
    parser.add_argument("--receipts", type=int, default=1_000_000, help="receipts at the backend")
    parser.add_argument("--own", type=int, default=200_000, help="the till's own receipts (offline)")
    parser.add_argument("--skip-online", action="store_true")
    parser.add_argument("--skip-offline", action="store_true")
    args = parser.parse_args()
    from terminal.ui.qt_loading import load_qt

    load_qt()  # as the application does (terminal/app.py)
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.2f} at start")
    if not args.skip_offline:
        bench_offline(args)
    if not args.skip_online:
        bench_online(args)
    print(f"memory: RSS {rss_mb():.0f} MB at the end")


if __name__ == "__main__":
    main()
