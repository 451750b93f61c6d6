"""A customer's timeline with 1,000 entries on screen in the Customers area (offscreen Qt), through the
real backend on loopback.

    ./dev run python benchmarks/customer_timeline.py --entries 1000 --runs 30

The backend (migrated, demo-seeded SQLite) gets one customer with `entries` history entries: 70 %
visits at the tills of three stores (two lines each), 30 % web orders in every pickup state. A till
(real migrations, demo seed) enrolled at it asks through `sync.customers.BackendCustomers`, and its
real main window shows the Customers area. Measured, per run: from the customer chosen in the results
(`CustomersArea.open_customer`) to the timeline's rows painted, the look-up on the worker thread
included (HTTP, the backend's query and JSON, the contract's validation, the model reset, the paint).
Goal (issue 11): 1,000 entries on screen <= 300 ms. The area asks for `--page` entries at a time
(the till's default is 100, "Older entries" for more); the goal's figure uses one page of 1,000.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._support import machine, rss_mb, summary

CUSTOMER = "C-BENCH"
STATES = ("placed", "picking", "ready", "collected", "partially_collected", "cancelled", "expired")


def build_history(db: object, entries: int) -> None:
    from backend.models import Sale, SaleLine, WebOrder, WebOrderLine
    from backend.services.catalogue import upsert_customer

    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    with db.write() as session:  # type: ignore[attr-defined]
        upsert_customer(
            session, customer_id=CUSTOMER, name="Bench Mark", email="bench@example.org", phone=None, feed=None
        )
        for n in range(entries):
            at = start + timedelta(hours=7 * n)
            if n % 10 < 7:
                sale_id = str(uuid.uuid4())
                store = ("S001", "S002", "S003")[n % 3]
                session.add(
                    Sale(
                        sale_id=sale_id, receipt_number=f"{store}-T01-{n:06d}", store_id=store,
                        terminal_id="T01", staff_id="STAFF-0001", currency="EUR", subtotal_minor=1998,
                        discount_minor=0, total_minor=1998, rounding_minor=0, change_minor=0,
                        customer_id=CUSTOMER, event_id=str(uuid.uuid4()), occurred_at=at, recorded_at=at,
                        vat=[],
                    )
                )  # fmt: skip
                for line_no in (1, 2):
                    session.add(
                        SaleLine(
                            sale_id=sale_id, line_no=line_no, sku=f"SKU-{line_no}", name=f"Product {line_no}",
                            quantity_milli=1000, returned_milli=0, unit_price_minor=999, discount_minor=0,
                            total_minor=999, vat_code="A", vat_percent="19",
                        )
                    )  # fmt: skip
            else:
                number = f"W-B{n:06d}"
                session.add(
                    WebOrder(
                        order_number=number, pickup_store_id="S001", customer_id=CUSTOMER,
                        status=STATES[n % len(STATES)], currency="EUR", paid=True, total_minor=4999,
                        pickup_code="00000000", created_at=at,
                    )
                )  # fmt: skip
                session.add(
                    WebOrderLine(
                        order_number=number, line_no=1, sku="SKU-3", quantity_milli=1000,
                        unit_price_minor=4999,
                    )
                )  # fmt: skip


def main() -> None:  # noqa: PLR0915
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--page", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from backend.app import create_app
    from backend.db import Database as BackendDb
    from backend.migrate import upgrade
    from backend.services.security import issue_enroll_code
    from backend.services.seed import seed_demo
    from backend.settings import Settings
    from sync.client import BackendClient
    from sync.customers import BackendCustomers
    from terminal.domain.customer import Customer
    from terminal.ui.bridge import Bridge
    from terminal.ui.main_window import MainWindow, prepare_application
    from tests.support.server import serve_in_thread
    from tests.support.till import TickingClock, open_till

    print(machine())
    work = Path(tempfile.mkdtemp(prefix="customer-timeline-"))
    url = f"sqlite:///{work / 'backend.sqlite3'}"
    upgrade(url)
    db = BackendDb(url)
    seed_demo(db, products=300, stocked=300)
    t0 = time.perf_counter()
    build_history(db, args.entries)
    print(f"{args.entries} history entries written in {time.perf_counter() - t0:.2f} s")
    app = QApplication([])
    translators = prepare_application(app, "de")
    settings = Settings(db_url=url, scheduler=False)
    with serve_in_thread(create_app(settings)) as base_url:
        with db.write() as session:
            code = issue_enroll_code(session, store_id="S002", terminal_id="T01", ttl_minutes=60)
        client = BackendClient(base_url, read_timeout=30)
        client.token = client.enroll(code).token
        till = open_till(work / "till.sqlite3", language="de", clock=TickingClock(datetime.now(UTC)),
                         customer_directory=BackendCustomers(client))  # fmt: skip
        window = MainWindow(till.services, Bridge(), config=SimpleNamespace(language="de", currency="EUR",
                                                                           store_name="München"))  # fmt: skip
        window.resize(1366, 768)
        window.show()
        till.services.staff.login("1111")
        window.on_login_staff_logged_in(till.services.staff.current)
        window.areas.show_area("customers")
        area = window.customers
        area.page_size = args.page
        expected = min(args.page, args.entries)
        customer = Customer(CUSTOMER, "Bench Mark", "bench@example.org")
        samples: list[float] = []
        for run in range(args.runs + 3):
            area.model.set_entries([])
            app.processEvents()
            t0 = time.perf_counter()
            area.open_customer(customer)
            while area.model.rowCount() != expected:
                app.processEvents()
                time.sleep(0.0005)
            area.timeline.viewport().repaint()
            elapsed = (time.perf_counter() - t0) * 1000
            if run >= 3:  # the first runs warm the connection and the caches
                samples.append(elapsed)
        shown = area.model.text(0, 1), area.model.text(expected - 1, 1)
        print(f"newest and oldest shown: {shown[0]!r} … {shown[1]!r}")
        print(summary(f"customer chosen -> {expected} timeline entries painted", samples))
        print(f"RSS {rss_mb():.0f} MB")
        window.close()
        client.close()
        till.db.close()
    del translators
    db.dispose()


if __name__ == "__main__":
    main()
