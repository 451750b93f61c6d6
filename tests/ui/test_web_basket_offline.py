"""A customer card scanned while the backend cannot be reached: the sale screen says the web basket
could not be checked, offers nothing, and the basket in progress stays as it was (a real till, its
saved-cart look-up pointed at a loopback port nobody listens on)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from pytestqt.qtbot import QtBot

from sync.client import BackendClient
from sync.saved_carts import BackendSavedCarts
from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow
from tests.support.till import Till, open_till, product_named

MILK = product_named("Vollmilch")


@pytest.fixture
def offline_till(tmp_path: Path) -> Iterator[Till]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nobody listens here once closed
    client = BackendClient(f"http://127.0.0.1:{port}", token="t", connect_timeout=0.5)
    till = open_till(tmp_path / "till.sqlite3", language="en", saved_cart_source=BackendSavedCarts(client))
    yield till
    till.db.close()
    client.close()


def test_offline_the_web_basket_is_not_offered_and_nothing_is_lost(
    qtbot: QtBot, offline_till: Till, bridge: Bridge
) -> None:
    window = MainWindow(offline_till.services, bridge, config=SimpleNamespace(language="en", currency="EUR"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    bridge.publish_scan("B:STAFF-0001", "wedge")
    qtbot.waitUntil(lambda: window.showing(window.sale))
    sale = window.sale
    bridge.publish_scan(MILK.barcode, "wedge")
    bridge.publish_scan("C:C0001", "wedge")
    qtbot.waitUntil(lambda: sale.banner.kind == "banner-warn", timeout=10_000)
    assert sale.banner.text() == (
        "The customer's web basket cannot be checked: the head office is not reachable."
        " The basket at the till is unchanged."
    )
    assert not sale.web_basket.isVisible()
    assert [(ln.sku, ln.quantity) for ln in sale.services.selling.basket().lines] == [(MILK.sku, 1)]
    assert sale.services.selling.visit().customer_id == "C0001"  # attached all the same
    assert window.worker.wait_for_done()
