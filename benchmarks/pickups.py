"""The pickup queue shown, a pickup QR to its order on screen, and the name search, with 2,000 open web
orders in the store (offscreen Qt).

    ./dev run python benchmarks/pickups.py --orders 2000 --products 100000

The orders (1-8 lines, placed / picking / ready, some overdue, some due today, customers with names,
e-mails and phones) come in as change-feed pages through the till's real apply path
(terminal/storage/feed_apply.py) into a till database built by the real migrations, next to a demo
catalogue. The real main window is driven as a cashier drives it:

- queue shown: from the click on the Pickups area's button (coming from the Sale area) or on one of
  the queue's view tabs, to the queue's rows painted; the queue is read on the worker thread, so this
  includes the hop there and back. Goal <= 100 ms.
- QR scan: from the scanner's signal (`P:<order>:<code>` as the wedge or serial scanner delivers it,
  routed by the window from the queue) to the order's handover screen painted. Goal <= 50 ms p99.
- name search: from Enter in the queue's search field (a part of a customer's name) to the results
  painted (the search runs on the UI thread).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._support import big_till_db, machine, rss_mb, summary

FIRST = [
    "Julia",
    "Lukas",
    "Erika",
    "Jonas",
    "Aylin",
    "Mehmet",
    "Anna",
    "Eszter",
    "Ben",
    "Lea",
    "Paul",
    "Mia",
    "Finn",
    "Emma",
    "Noah",
    "Sofia",
    "Elias",
]
LAST = [
    "Hoffmann",
    "Meyer",
    "Müller",
    "Schmidt",
    "Becker",
    "Yılmaz",
    "Kovács",
    "Wagner",
    "Schulz",
    "Koch",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Braun",
    "Zimmermann",
    "Krüger",
    "Hartmann",
    "Lange",
    "Werner",
    "Nagy",
    "Tóth",
    "Szabó",
    "Fischer",
    "Weber",
    "Keller",
]


def _change(entity: str, key: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"entity": entity, "key": key, "version": 1, "op": "upsert", "data": data}


def build_orders(db_path: Path, orders: int, now: datetime, seed: int = 7) -> dict[str, dict[str, Any]]:  # noqa: PLR0915
    """Feed `orders` open web orders and their customers into the till as feed pages of 500 changes.

    Returns order number -> {"code", "status", "customer"} for the measurements."""
    from contract.feed import Change, ChangePage, CustomerData, WebOrderData, WebOrderLineData
    from contract.pickup import code_check
    from terminal.storage.db import open_database
    from terminal.storage.feed_apply import FeedScope, apply_page

    rng = random.Random(seed)
    raw = sqlite3.connect(db_path)
    try:
        products = raw.execute(
            "SELECT sku, name, price_minor FROM product WHERE unit = 'pc' ORDER BY random() LIMIT 3000"
        ).fetchall()
    finally:
        raw.close()
    customers: list[CustomerData] = []
    for n in range(max(1, orders * 3 // 4)):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        customers.append(
            CustomerData(
                customer_id=f"C{50000 + n}",
                name=f"{first} {last}",
                email=f"{first}.{last}{n}@example.org".lower(),
                phone=f"+49 {rng.randint(30, 899)} {rng.randint(1000000, 9999999)}",
            )
        )
    day_end = datetime.combine(now.astimezone().date() + timedelta(days=1), datetime.min.time()).astimezone()
    known: dict[str, dict[str, Any]] = {}
    changes = [_change("customer", c.customer_id or "", c.model_dump(mode="json")) for c in customers]
    for n in range(orders):
        number = f"W-{200000 + n}"
        code = f"{rng.randint(0, 99_999_999):08d}"
        roll = rng.random()
        status = "placed" if roll < 0.45 else "picking" if roll < 0.65 else "ready"
        chosen = rng.sample(products, rng.randint(1, 8))
        lines = []
        for no, (sku, name, price) in enumerate(chosen, start=1):
            qty = Decimal(rng.choice((1, 1, 1, 2, 2, 3, 4, 6, 10)))
            picked = (
                qty if status == "ready" else Decimal(rng.randint(0, int(qty))) if status == "picking" else 0
            )
            lines.append(
                WebOrderLineData(line_no=no, sku=sku, name=name, quantity=qty, unit_price_minor=int(price),
                                 picked=Decimal(picked))
            )  # fmt: skip
        placed_at = now - timedelta(hours=rng.uniform(0.5, 96))
        ready_at = pickup_by = None
        if status == "ready":
            deadline = rng.random()
            if deadline < 0.15:  # overdue: the schedule has not expired it at the backend yet
                pickup_by = now - timedelta(hours=rng.uniform(0.1, 30))
            elif deadline < 0.35 and day_end - now > timedelta(minutes=20):  # expiring today
                pickup_by = now + (day_end - now) * rng.uniform(0.05, 0.95)
            else:
                pickup_by = now + timedelta(days=rng.uniform(1, 7))
            ready_at = pickup_by - timedelta(days=7)
        customer = rng.choice(customers)
        data = WebOrderData(
            order_number=number,
            status=status,
            customer_id=customer.customer_id,
            currency="EUR",
            paid=rng.random() < 0.8,
            total_minor=sum(int(ln.quantity) * ln.unit_price_minor for ln in lines),
            pickup_store_id="S001",
            placed_at=placed_at,
            ready_at=ready_at,
            pickup_by=pickup_by,
            pickup_code_check=code_check(number, code),
            lines=lines,
        )
        changes.append(_change("web_order", number, data.model_dump(mode="json")))
        known[number] = {"code": code, "status": status, "customer": customer.name}
    db = open_database(db_path)
    try:
        t0 = time.perf_counter()
        for start in range(0, len(changes), 500):
            chunk = changes[start : start + 500]
            page = ChangePage.model_validate(
                {"changes": chunk, "next_cursor": f"v1.{start}", "has_more": start + 500 < len(changes)}
            )
            assert all(isinstance(c, Change) for c in page.changes)
            apply_page(db, page, scope=FeedScope("S001", "DE", "EUR"), now=now)
        print(
            f"fed {orders:,} orders and {len(customers):,} customers as {len(changes) // 500 + 1} feed pages "
            f"in {time.perf_counter() - t0:.2f} s",
            flush=True,
        )
    finally:
        db.close()
    return known


class Painted:
    """Counts the queue's `show_orders` calls (each one sets a view's or a search's rows) and ends a
    waiting event loop, so the UI thread sleeps in Qt's loop while the worker reads the queue (a
    processEvents spin would take the GIL from the worker and slow down what it measures)."""

    def __init__(self, queue: Any) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        self.count = 0
        self.loop = QEventLoop()
        self.guard = QTimer()
        self.guard.setSingleShot(True)
        self.guard.timeout.connect(self.loop.quit)
        original = queue.show_orders

        def wrapped(*args: Any, **kwargs: Any) -> None:
            original(*args, **kwargs)
            self.count += 1
            self.loop.quit()

        queue.show_orders = wrapped

    def wait(self, seen: int) -> None:
        """Run the event loop until a `show_orders` call after the `seen`th one."""
        if self.count > seen:
            return
        self.guard.start(10_000)
        self.loop.exec()
        self.guard.stop()
        if self.count <= seen:
            raise SystemExit("timed out waiting for the queue")


def bench_queue(app: Any, window: Any, rounds: int) -> tuple[list[float], list[float], dict[str, int]]:
    """(area switch from the Sale area, view tab changes, rows per view)."""
    area = window.pickups
    queue = area.queue
    painted = Painted(queue)
    switch: list[float] = []
    tabs: list[float] = []
    rows: dict[str, int] = {}
    views = list(queue.tabs)
    for i in range(rounds):
        # from the Sale area to the Pickups area (the queue shows its current view)
        window.areas.buttons["sale"].click()
        area.worker.wait_for_done()
        app.processEvents()
        seen = painted.count
        t0 = time.perf_counter()
        window.areas.buttons["pickups"].click()
        painted.wait(seen)
        queue.table.viewport().repaint()
        switch.append((time.perf_counter() - t0) * 1000)
        # another view tab
        view = views[(i + 1) % len(views)]
        seen = painted.count
        t0 = time.perf_counter()
        queue.tabs[view].click()
        painted.wait(seen)
        queue.table.viewport().repaint()
        tabs.append((time.perf_counter() - t0) * 1000)
        rows[view] = queue.row_count()
        app.processEvents()
    return switch, tabs, rows


def bench_scans(
    app: Any, window: Any, bridge: Any, known: dict[str, dict[str, Any]], scans: int
) -> list[float]:
    from contract.pickup import qr_payload

    area = window.pickups
    rng = random.Random(3)
    numbers = sorted(known)
    samples: list[float] = []
    for _ in range(scans):
        number = rng.choice(numbers)
        area.show_queue()
        area.worker.wait_for_done()
        app.processEvents()
        payload = qr_payload(number, known[number]["code"])
        t0 = time.perf_counter()
        bridge.publish_scan(payload, "wedge")
        area.order.repaint()
        samples.append((time.perf_counter() - t0) * 1000)
        if area.pages.currentWidget() is not area.order or area.order.handover is None:
            raise SystemExit(f"the QR of {number} did not open its handover: {area.banner.text()!r}")
        if area.order.handover.order.order_number != number:
            raise SystemExit(f"the QR of {number} opened another order")
    area.show_queue()
    area.worker.wait_for_done()
    app.processEvents()
    return samples


def bench_search(
    app: Any, window: Any, known: dict[str, dict[str, Any]], searches: int
) -> tuple[list[float], list[int]]:
    area = window.pickups
    queue = area.queue
    rng = random.Random(5)
    names = sorted({k["customer"] for k in known.values()})
    samples: list[float] = []
    found: list[int] = []
    for i in range(searches):
        name = rng.choice(names)
        first, last = name.split(" ", 1)
        text = last[: rng.randint(3, len(last))] if i % 2 else f"{first} {last[:2]}"
        queue.search.setText(text)
        t0 = time.perf_counter()
        queue.search.returnPressed.emit()
        opened = area.pages.currentWidget() is area.order  # a single hit opens its order at once
        (area.order if opened else queue.table.viewport()).repaint()
        samples.append((time.perf_counter() - t0) * 1000)
        found.append(1 if opened else queue.row_count())
        if found[-1] == 0:
            raise SystemExit(f"no order found for {text!r}")
        if opened:
            area.show_queue()
        queue.search.clear()
        app.processEvents()
    return samples, found


def main() -> None:  # noqa: PLR0915
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=2000)
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=200, help="area switches and view changes")
    parser.add_argument("--scans", type=int, default=500)
    parser.add_argument("--searches", type=int, default=300)
    args = parser.parse_args()

    catalogue = big_till_db(args.products)
    db_path = catalogue.with_name(f"pickups-{args.orders}-{args.products}.sqlite3")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(catalogue, db_path)  # the catalogue database stays without web orders
    now = datetime.now(UTC)
    known = build_orders(db_path, args.orders, now)

    from terminal.ui.qt_loading import load_qt

    load_qt()  # as the application does (terminal/app.py)

    from PySide6.QtWidgets import QApplication

    from terminal.app import build_till
    from terminal.demo import demo_config
    from terminal.storage.db import open_database
    from terminal.ui.bridge import Bridge
    from terminal.ui.main_window import MainWindow, prepare_application

    app = QApplication([])
    keep = prepare_application(app, "de")  # noqa: F841 - the translators must stay alive
    config = demo_config(db_path.parent)
    db = open_database(db_path)
    bridge = Bridge()
    till = build_till(config, db, bridge)
    window = MainWindow(till.services, bridge, config=config)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    bridge.publish_scan("B:STAFF-0001", "wedge")
    app.processEvents()
    if till.services.staff.current is None:
        raise SystemExit("login by badge failed")
    window.pickups.timer.stop()  # no periodic reload in the middle of a measurement
    counts = till.services.pickups.counts()

    before = rss_mb()
    switch_ms, tab_ms, rows = bench_queue(app, window, args.rounds)
    scan_ms = bench_scans(app, window, bridge, known, args.scans)
    search_ms, found = bench_search(app, window, known, args.searches)
    q0 = time.perf_counter()
    for view in counts:
        till.services.pickups.queue(view)
    query_ms = (time.perf_counter() - q0) * 1000 / len(counts)

    states = {s: sum(1 for k in known.values() if k["status"] == s) for s in ("placed", "picking", "ready")}
    print(f"machine: {machine()}")
    print(f"catalogue: {args.products:,} products; open web orders: {args.orders:,} {states}")
    print(f"queue views (counts): {counts}; rows shown (limit 500): {rows}")
    print(summary("Pickups area opened from the Sale area -> queue rows painted", switch_ms))
    print(summary("queue view tab changed -> rows painted", tab_ms))
    print(summary("pickup QR scanned -> order's handover screen painted", scan_ms))
    print(
        summary("name search Enter -> results painted", search_ms)
        + f" (rows found p50 {sorted(found)[len(found) // 2]})"
    )
    print(f"queue(view) service call alone (view + counts queries): mean {query_ms:.2f} ms")
    print(f"memory: RSS {before:.0f} MB logged in, {rss_mb():.0f} MB after")
    window.close()
    till.loops.stop()
    db.close()


if __name__ == "__main__":
    main()
