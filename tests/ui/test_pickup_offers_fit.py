"""A customer with many personal offers at the handover on a 1024x768 screen in German: two buttons,
the label says how many more there are, and the handover screen still fits the screen (with the mode
bar on a row of its own, three offer buttons pushed the window to 780 px)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from contract.pickup import qr_payload
from terminal.domain.customer import Offer
from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow
from tests.support.offer_screenshots import _Offers
from tests.support.qt import themed_application
from tests.support.till import TickingClock, Till, closing, open_till, product_named
from tests.support.web_orders import CODE, customer, feed, order_data

THREE = [
    Offer("O-1", "electronics", 10, "Danke für Ihre Treue — gültig bis Jahresende"),
    Offer("O-2", "general", 5, ""),
    Offer("O-3", "general", 15, "Zum Geburtstag"),
]


class _ThreeOffers(_Offers):
    def offers(self, customer_id: str) -> list[Offer]:
        return list(THREE)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    with themed_application(qapp, "de"):
        yield


@pytest.fixture
def till(tmp_path: Path) -> Iterator[Till]:
    now = datetime.now(UTC)
    directory = _ThreeOffers(offline=False)
    t = open_till(tmp_path / "t.sqlite3", clock=TickingClock(now), customer_directory=directory)
    feed(
        t.db,
        customer("C4", "Kovács Anna"),
        order_data("W-100228", [(product_named("Akku-Bohrschrauber"), 1)], customer_id="C4",
                   status="ready", paid=False, picked=True, pickup_by=now + timedelta(days=1)),
    )  # fmt: skip
    yield from closing(t)


def test_three_offers_show_two_buttons_and_the_handover_still_fits_1024x768(
    qtbot: QtBot, german: None, till: Till
) -> None:
    bridge = Bridge()
    config = SimpleNamespace(language="de", currency="EUR", store_name="Weingut am Rhein")
    window = MainWindow(till.services, bridge, config=config)
    qtbot.addWidget(window)
    window.resize(1024, 768)  # not fixed: a screen that needs more makes the window grow
    window.show()
    bridge.publish_scan("B:STAFF-0001", "wedge")
    bridge.publish_scan(qr_payload("W-100228", CODE), "wedge")
    panel = window.pickups.order.offers
    qtbot.waitUntil(panel.buttons[0].isVisible, timeout=5000)
    assert [b.isVisible() for b in panel.buttons] == [True, True]
    assert panel.label.text() == "Persönliche Angebote dieses Kunden (1 weiteres im Bereich Kunden):"
    for _ in range(5):
        QApplication.processEvents()
    assert window.status.wrapped  # the mode bar on a row of its own: the tightest case
    assert window.height() == 768
    assert window.minimumSizeHint().height() <= 768
    assert window.worker.wait_for_done()
