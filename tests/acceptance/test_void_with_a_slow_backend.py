"""Voiding a visit at the counter while the backend is slow: the sale screen is free at once, and the
personal offer the visit held is given back at the backend afterwards (sync/releases.py).

Everything real on loopback: the seeded backend (uvicorn), till S001/T01 with its main window, the
real customers adapter, and between them a proxy that holds every DELETE until the test lets it
through. The cashier's F9 and "Yes" must return, with the visit gone from the screen and from the
till's database, while the release still waits at the proxy; a till that waited for its release
would be answered only when the proxy gives up holding it (30 s), with the offer free by then.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from backend.models.offers import CustomerOffer
from backend.services import offers as backend_offers
from contract.offers import OfferIn
from sync.client import BackendClient
from sync.customers import BackendCustomers
from sync.releases import BackgroundReleases
from terminal.domain.customer import Customer, Offer
from terminal.storage import baskets
from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow
from tests.acceptance.journey_parts import UI_CONFIG, Chain, chain
from tests.support.gateproxy import GateProxy
from tests.support.till import open_till, product_named

LAPTOP = product_named("Lenovo Laptop")
OFFER = Offer("O-SLOW", "electronics", 10, "Thank you")


def _offer_status(backend: Chain) -> str:
    with backend.db.read() as session:
        offer = session.get(CustomerOffer, OFFER.offer_id)
        assert offer is not None
        return offer.status


def test_f9_returns_at_once_and_the_offer_is_given_back_afterwards(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    with chain(tmp_path) as backend:
        with backend.db.write() as session:
            body = OfferIn(offer_id=OFFER.offer_id, group_id=OFFER.group_id, percent=OFFER.percent)
            backend_offers.create(session, "C0001", body, datetime.now(UTC))
        target = urlparse(backend.url)
        assert target.hostname is not None
        assert target.port is not None
        with GateProxy(target.hostname, target.port) as proxy:
            client = BackendClient(proxy.url, read_timeout=60)  # longer than the proxy holds
            client.token = client.enroll(backend.enroll_code("T01")).token
            releases = BackgroundReleases()
            stop = threading.Event()
            loop = threading.Thread(target=releases.run, args=(stop,), daemon=True)
            loop.start()
            till = open_till(
                tmp_path / "till.sqlite3",
                language="en",
                customer_directory=BackendCustomers(client),
                releases=releases,
            )
            bridge = Bridge()
            window = MainWindow(till.services, bridge, config=UI_CONFIG)
            try:
                with till.db.write() as session:
                    session.execute(
                        text("UPDATE product SET group_id = 'electronics' WHERE sku = :s"), {"s": LAPTOP.sku}
                    )
                qtbot.addWidget(window)
                window.show()
                bridge.publish_scan("B:STAFF-0001", "wedge")
                qtbot.waitUntil(lambda: window.showing(window.sale))
                screen = window.sale
                screen.submit_code(LAPTOP.barcode)
                till.services.customers.attach(Customer("C0001", "Mia"))
                till.services.customers.apply_offer(OFFER)
                screen.refresh()
                assert screen.model.rowCount() == 1
                assert _offer_status(backend) == "held"

                screen.do_void_basket()  # F9
                box = screen.dialog
                assert isinstance(box, QMessageBox)
                yes = box.button(QMessageBox.StandardButton.Yes)
                assert yes is not None
                yes.click()  # the cashier's "Yes": the void runs in this handler

                # The handler has returned: the screen and the till's database are empty, while the
                # offer's release still waits at the proxy and the backend still holds the offer.
                assert screen.model.rowCount() == 0
                with till.db.read() as session:
                    assert baskets.load_open_basket(session, "T01") is None
                assert proxy.arrived.wait(10), "the release never left the till"
                assert proxy.passed == 0
                assert _offer_status(backend) == "held"

                proxy.open()
                assert releases.wait_idle(10)
                assert _offer_status(backend) == "open"  # the customer may use it elsewhere now
            finally:
                proxy.open()
                stop.set()
                releases.wake()
                loop.join(10)
                window.close()
                window.worker.wait_for_done()
                bridge.deleteLater()
                client.close()
                till.db.close()
