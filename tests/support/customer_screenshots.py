"""Screenshot of the Customers area at 1366×768 (docs/screenshots/customers-1366.png), offscreen.

The real backend (migrated, demo-seeded SQLite) on loopback with one customer's history across three
stores and the web shop (benchmarks/customer_timeline.py writes it), a return and a store-credit voucher;
a till of S002 enrolled at it, its real main window in German, the customer found by name.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.support.customer_screenshots docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication

from backend.app import create_app
from backend.db import Database as BackendDb
from backend.migrate import upgrade
from backend.models import Sale, VisitReturnLine, Voucher
from backend.services.security import issue_enroll_code
from backend.services.seed import seed_demo
from backend.settings import Settings
from benchmarks.customer_timeline import CUSTOMER, build_history
from sync.client import BackendClient
from sync.customers import BackendCustomers
from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow, prepare_application
from tests.support.server import serve_in_thread
from tests.support.till import TickingClock, open_till


def _extras(db: BackendDb) -> None:
    """The newest visit took something back and gave store credit, part of it spent since."""
    with db.write() as session:
        newest = session.query(Sale).filter(Sale.customer_id == CUSTOMER).order_by(Sale.occurred_at.desc())
        sale = newest.first()
        assert sale is not None
        session.add(
            VisitReturnLine(
                sale_id=sale.sale_id, line_no=3, origin_kind="receipt", origin_reference="S001-T01-000003",
                origin_line_no=1, sku="SKU-1", quantity_milli=1000, refund_minor=2499, reason="defective",
                reason_text="", disposition="damaged", verified=True,
            )
        )  # fmt: skip
        session.add(
            Voucher(
                code="SV7K2M9QX4D8", currency="EUR", issued_minor=2499, balance_minor=1000, status="active",
                issued_at=sale.occurred_at, issued_store_id=sale.store_id, issued_terminal_id="T01",
                issued_receipt=sale.receipt_number, issued_event_id=str(uuid.uuid4()),
            )
        )  # fmt: skip


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    keep = prepare_application(app, "de")  # noqa: F841 - the translators must stay alive
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'backend.sqlite3'}"
        upgrade(url)
        db = BackendDb(url)
        seed_demo(db, products=300, stocked=300)
        build_history(db, 40)
        _extras(db)
        with serve_in_thread(create_app(Settings(db_url=url, scheduler=False))) as base_url:
            with db.write() as session:
                code = issue_enroll_code(session, store_id="S002", terminal_id="T01", ttl_minutes=60)
            client = BackendClient(base_url, read_timeout=30)
            client.token = client.enroll(code).token
            till = open_till(Path(tmp) / "till.sqlite3", clock=TickingClock(datetime.now(UTC)),
                             customer_directory=BackendCustomers(client))  # fmt: skip
            config = SimpleNamespace(language="de", currency="EUR", store_name="Baumarkt & Mehr München")
            window = MainWindow(till.services, Bridge(), config=config)
            window.resize(1366, 768)
            window.show()
            till.services.staff.login("1111")
            window.on_login_staff_logged_in(till.services.staff.current)
            window.areas.show_area("customers")
            area = window.customers
            area.search.setText("Bench")
            area.on_search_entered()
            for _ in range(400):
                app.processEvents()
                if area.model.rowCount():
                    break
                window.worker.wait_for_done(20)
            for _ in range(20):
                app.processEvents()
            window.grab().save(str(out / "customers-1366.png"))
            window.close()
            client.close()
            till.db.close()
        db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
