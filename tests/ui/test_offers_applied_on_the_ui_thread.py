"""A personal offer is claimed at the backend off the UI thread, and put into the visit ON it: the
open visit is changed by the GUI thread alone (a scan at the counter and an offer landing at the same
moment must not overwrite each other's basket, or a scanned line is lost from the sale). The pickup
panel and the Customers area's button both; a refusal after the claim gives the hold back. Real till
database and Worker; the backend's offers are the hand-written fake of the services' tests."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from terminal.domain.customer import Customer
from terminal.domain.money import Money
from terminal.services.open_visit import OpenVisit
from terminal.ui.bridge import Bridge
from terminal.ui.customers_area import CustomersArea
from terminal.ui.formatting import MoneyFormat
from terminal.ui.main_window import MainWindow
from terminal.ui.pickup_offers import PickupOffers
from terminal.ui.worker import Worker
from tests.services.test_offers_in_the_visit import LAPTOP, MILK, FakeOffers
from tests.support.till import Till, open_till


@pytest.fixture
def till(tmp_path: Path) -> Iterator[Till]:
    directory = FakeOffers()
    till = open_till(tmp_path / "till.sqlite3", customer_directory=directory)
    with till.db.write() as session:
        session.execute(text("UPDATE product SET group_id = 'electronics' WHERE sku = :s"), {"s": LAPTOP.sku})
    till.services.staff.login("1111")
    till.directory = directory  # type: ignore[attr-defined]
    yield till
    till.db.close()


def _record_writers(till: Till) -> list[threading.Thread]:
    """Every thread that writes the open visit, in order."""
    writers: list[threading.Thread] = []
    visit: OpenVisit = till.services.selling._sale
    write = visit.write

    def recording(session: Any) -> None:
        writers.append(threading.current_thread())
        write(session)

    visit.write = recording  # type: ignore[method-assign]
    return writers


def test_the_pickup_panel_changes_the_visit_on_the_ui_thread(qtbot: QtBot, till: Till) -> None:
    worker = Worker()
    panel = PickupOffers(till.services, worker)
    qtbot.addWidget(panel)
    till.services.selling.scan(LAPTOP.barcode)
    writers = _record_writers(till)
    panel.load("C-7")
    qtbot.waitUntil(panel.buttons[0].isVisible, timeout=5000)
    with qtbot.waitSignal(panel.sig_offer_applied, timeout=5000):
        qtbot.mouseClick(panel.buttons[0], Qt.MouseButton.LeftButton)
    assert [o.offer_id for o in till.services.customers.applied()] == ["O-1"]
    assert till.services.selling.visit().customer_id == "C-7"
    assert till.services.selling.basket().lines[0].discount is not None
    assert writers
    assert all(t is threading.main_thread() for t in writers)


def test_an_offer_refused_after_its_claim_gives_the_hold_back(qtbot: QtBot, till: Till) -> None:
    """The visit became another customer's while the claim was under way (a card scanned at the
    sale screen meanwhile): the visit refuses the offer and its claim is released."""
    worker = Worker()
    panel = PickupOffers(till.services, worker)
    qtbot.addWidget(panel)
    till.services.selling.scan(LAPTOP.barcode)
    panel.load("C-7")
    qtbot.waitUntil(panel.buttons[0].isVisible, timeout=5000)
    directory: FakeOffers = till.directory  # type: ignore[attr-defined]
    claim = directory.claim_offer

    def claim_while_another_card_is_scanned(offer_id: str, *, claim_id: str, staff_id: str) -> None:
        claim(offer_id, claim_id=claim_id, staff_id=staff_id)
        till.services.customers.attach(Customer("C-8", "Ben"))

    directory.claim_offer = claim_while_another_card_is_scanned  # type: ignore[method-assign]
    qtbot.mouseClick(panel.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(directory.claimed) and directory.released == [directory.claimed[0][1]])
    assert till.services.customers.applied() == ()
    assert till.services.selling.basket().lines[0].discount is None
    assert panel.buttons[0].isEnabled()


def test_the_customers_area_changes_the_visit_on_the_ui_thread(qtbot: QtBot, till: Till) -> None:
    worker = Worker()
    area = CustomersArea(till.services, MoneyFormat("de", "EUR"), worker)
    qtbot.addWidget(area)
    till.services.selling.scan(MILK.barcode)
    till.services.selling.scan(LAPTOP.barcode)
    till.services.customers.attach(Customer("C-1", "Mia"))
    writers = _record_writers(till)
    area.customer = Customer("C-1", "Mia")
    area.offers = till.services.customers.offers("C-1")
    area.apply_offers_button.setEnabled(True)
    with qtbot.waitSignal(area.sig_customer_attached, timeout=5000):
        qtbot.mouseClick(area.apply_offers_button, Qt.MouseButton.LeftButton)
    assert [o.offer_id for o in till.services.customers.applied()] == ["O-1"]
    assert [ln.discount is not None for ln in till.services.selling.basket().lines] == [False, True]
    assert writers
    assert all(t is threading.main_thread() for t in writers)


def test_an_offer_applied_at_the_handover_shows_at_the_sale_screen(qtbot: QtBot, till: Till) -> None:
    """The pickup panel's offer made the visit the customer's and discounted the laptop: the Sale
    area shows both when the cashier goes there, not the visit as it was before."""
    bridge = Bridge()
    win = MainWindow(
        till.services, bridge, config=SimpleNamespace(language="en", currency="EUR", store_name="S")
    )
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(lambda: win.showing(win.sale))
    bridge.publish_scan(LAPTOP.barcode, "wedge")
    qtbot.waitUntil(lambda: win.sale.model.rowCount() == 1)
    win.areas.show_area(win.pickups.area_id)  # the handover screen of the order's customer
    win.pickups.pages.setCurrentWidget(win.pickups.order)
    panel = win.pickups.order.offers
    panel.load("C-7")
    qtbot.waitUntil(panel.buttons[0].isVisible, timeout=5000)
    with qtbot.waitSignal(panel.sig_offer_applied, timeout=5000):
        qtbot.mouseClick(panel.buttons[0], Qt.MouseButton.LeftButton)
    win.areas.show_area(win.sale.area_id)  # the mode bar's way back
    assert win.sale.extras.text() == "Customer: — (C-7)"
    discounted = till.services.selling.basket().totals().total
    assert discounted < Money(LAPTOP.price_minor, "EUR")
    assert win.sale.totals.total.text() == win.fmt.money(discounted)
    assert win.worker.wait_for_done()
    bridge.deleteLater()
