"""Screenshots of the handover screen with the customer's personal offers (issue 11, ADR 0022), at
1366×768 and 1024×768, in English and German, online (two offers, one applied) and offline, offscreen.

A real till (tests/support/till.py) with a web order brought in as a real feed page and the real main
window driven through the bridge like a scanner; the backend's offers come from a small stand-in of
the `CustomerDirectory` port (the journey in tests/acceptance/test_journey_pickup_offer.py drives the
real backend).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.support.offer_screenshots /tmp/offer-shots
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication

from contract.pickup import qr_payload
from terminal.domain.customer import Customer, Offer, Timeline
from terminal.services.ports import CustomersOfflineError
from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow, prepare_application
from tests.support.till import TickingClock, open_till, product_named
from tests.support.web_orders import CODE, customer, feed, order_data

OFFERS = [
    Offer("O-1", "electronics", 10, "Danke für Ihre Treue — gültig bis Jahresende"),
    Offer("O-2", "general", 5, ""),
]


class _Offers:
    """The backend's offers for the pictures: two open offers, or none reachable."""

    def __init__(self, *, offline: bool) -> None:
        self.offline = offline

    def search(self, query: str) -> list[Customer]:
        return []

    def timeline(self, customer_id: str, *, offset: int, limit: int) -> Timeline:
        raise CustomersOfflineError("pictures")

    def offers(self, customer_id: str) -> list[Offer]:
        if self.offline:
            raise CustomersOfflineError("pictures")
        return list(OFFERS)

    def claim_offer(self, offer_id: str, *, claim_id: str, staff_id: str) -> None:
        """Held (for the pictures)."""

    def release_offer(self, claim_id: str) -> None:
        """Released (for the pictures)."""


def _settle(app: QApplication, window: MainWindow) -> None:
    for _ in range(20):
        app.processEvents()
    window.worker.wait_for_done()
    for _ in range(20):
        app.processEvents()


def shoot(app: QApplication, out: Path, *, language: str, width: int, offline: bool) -> Path:
    keep = prepare_application(app, language)  # noqa: F841 - the translators must stay alive
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp:
        till = open_till(Path(tmp) / "till.sqlite3", clock=TickingClock(now), language=language,
                         customer_directory=_Offers(offline=offline))  # fmt: skip
        drill, milk = product_named("Akku-Bohrschrauber"), product_named("Vollmilch")
        feed(
            till.db,
            customer("C4", "Kovács Anna"),
            order_data("W-100228", [(drill, 1), (milk, 2)], customer_id="C4", status="ready", paid=False,
                       picked=True, pickup_by=now + timedelta(days=1)),
        )  # fmt: skip
        bridge = Bridge()
        config = SimpleNamespace(language=language, currency="EUR", store_name="Weingut am Rhein")
        window = MainWindow(till.services, bridge, config=config)
        window.resize(width, 768)
        window.show()
        bridge.publish_scan("B:STAFF-0001", "wedge")
        _settle(app, window)
        bridge.publish_scan(qr_payload("W-100228", CODE), "wedge")
        bridge.publish_scan(drill.barcode, "wedge")
        _settle(app, window)
        panel = window.pickups.order.offers
        if not offline:
            panel.on_offer_clicked(1)  # the second applied: the first still offered
            _settle(app, window)
        name = f"pickup-offers-{'offline' if offline else 'online'}-{language}-{width}.png"
        window.grab().save(str(out / name))
        window.close()
        till.db.close()
    return out / name


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    out.mkdir(parents=True, exist_ok=True)
    for language in ("en", "de"):
        for width in (1366, 1024):
            for offline in (False, True):
                print(shoot(app, out, language=language, width=width, offline=offline))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/offer-shots"))
