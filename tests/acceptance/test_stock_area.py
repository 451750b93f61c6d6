"""The Stock area against the real backend on loopback: the till's figures equal what `GET /v1/stock`
gives the web shop at the same moment (web-order reservations included), before and after a sale at
the till; every other store shows by name; offline, the feed-confirmed figure says "as of …, offline";
a blind count reaches the backend as a count movement and sets its level.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from backend.models import StockMovement
from sync.client import BackendClient
from sync.engine import SyncEngine
from sync.lookups import LiveStockLookup
from terminal.services.stock import StoreLevel
from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow
from terminal.ui.payment_dialog import PaymentDialog
from terminal.ui.stock_area import StockArea
from tests.acceptance.journey_parts import SCOPE, Chain, WebShop, chain
from tests.support.till import TickingClock, open_till, product_named

LAPTOP = product_named("Lenovo Laptop")
UI_CONFIG = SimpleNamespace(language="en", currency="EUR", store_name="Baumarkt & Mehr Berlin-Mitte")


class Switchable:
    """The real look-up, or an unreachable backend when `online` is False."""

    def __init__(self, real: LiveStockLookup) -> None:
        self.real, self.online = real, True

    def store_levels(self, sku: str) -> list[StoreLevel]:
        if not self.online:
            raise ConnectionError("backend unreachable")
        return self.real.store_levels(sku)


@pytest.fixture
def bridge(qapp: QApplication) -> Iterator[Bridge]:
    b = Bridge()
    yield b
    b.deleteLater()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Chain]:
    with chain(tmp_path) as backend:
        yield backend


def _rows(area: StockArea) -> list[tuple[str, ...]]:
    return list(area.levels_tab.levels.rows)


def _look_up(qtbot: QtBot, area: StockArea, code: str) -> list[tuple[str, ...]]:
    with qtbot.waitSignal(area.sig_shown, timeout=10_000):
        area.on_scanner_scanned(code, "wedge")
    return _rows(area)


def test_the_stock_area_equals_the_web_shop_and_counts_reach_the_backend(
    served: Chain, tmp_path: Path, qtbot: QtBot, bridge: Bridge
) -> None:
    shop = WebShop(served.url, served.api_key("shop"))
    client = BackendClient(served.url, read_timeout=20)
    client.token = client.enroll(served.enroll_code("T01")).token
    lookup_client = BackendClient(served.url, token=client.token, read_timeout=5)
    live = Switchable(LiveStockLookup(lookup_client))
    till = open_till(
        tmp_path / "till.sqlite3", language="en", clock=TickingClock(datetime.now(UTC)), live_stock=live
    )
    engine = SyncEngine(
        db=till.db,
        client=client,
        terminal_id="T01",
        scope=SCOPE,
        clock=lambda: datetime.now(UTC),
        first_retry=0.01,
        max_retry=0.05,
        poll_interval=0.05,
        rng=random.Random(3),
    )
    window = MainWindow(till.services, bridge, config=UI_CONFIG)
    try:
        assert engine.step()  # bootstrap: the catalogue and this store's levels
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        bridge.publish_scan("B:STAFF-0001", "wedge")
        qtbot.waitUntil(lambda: window.showing(window.sale))
        # The web shop reserves laptops at S001 over two orders.
        before = shop.stock(LAPTOP.sku)
        for number, qty in (("W-STOCK-1", "2"), ("W-STOCK-2", "1")):
            shop.place(
                {
                    "order_number": number,
                    "pickup_store_id": "S001",
                    "currency": "EUR",
                    "paid": True,
                    "customer": {"customer_id": "C-STOCK", "name": "Julia Hoffmann"},
                    "lines": [{"sku": LAPTOP.sku, "quantity": qty, "unit_price_minor": LAPTOP.price_minor}],
                }
            )
        on_hand, reserved, available = shop.stock(LAPTOP.sku)
        assert int(reserved) == int(before[1]) + 3
        window.areas.show_area("stock")
        area = window.areas.area("stock")
        rows = _look_up(qtbot, area, LAPTOP.barcode)  # a scan while the Stock area is shown stays here
        assert window.areas.current() is area
        assert rows[0] == ("Baumarkt & Mehr Berlin-Mitte (this store)", on_hand, reserved, available, "live")
        web = shop.http.get(f"{served.url}/v1/stock", params={"sku": LAPTOP.sku}, timeout=10).json()["stores"]
        others = sorted((s for s in web if s["store_id"] != "S001"), key=lambda s: s["name"])
        assert len(others) >= 1
        assert rows[1:] == [(s["name"], s["on_hand"], s["reserved"], s["available"], "live") for s in others]

        # A sale at the till, synced: both agree again.
        window.areas.show_area("sale")
        window.sale.submit_code(LAPTOP.barcode)
        window.sale.do_pay()
        qtbot.waitUntil(
            lambda: isinstance(window.sale.dialog, PaymentDialog) and window.sale.dialog.isVisible()
        )
        pay = window.sale.dialog
        assert isinstance(pay, PaymentDialog)
        qtbot.keyClicks(pay.entry, "5000")
        with qtbot.waitSignal(pay.sig_sale_completed):
            qtbot.keyClick(pay.entry, Qt.Key.Key_Return)
        qtbot.mouseClick(pay.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.sale.dialog is None)
        engine.step()
        engine.step()
        after = shop.stock(LAPTOP.sku)
        assert int(after[0]) == int(on_hand) - 1
        window.areas.show_area("stock")
        rows = _look_up(qtbot, area, LAPTOP.barcode)
        assert rows[0][1:4] == after

        # Offline: the till's feed-confirmed level, with the time it was confirmed.
        live.online = False
        rows = _look_up(qtbot, area, LAPTOP.barcode)
        assert rows[0][1:4] == after  # the feed brought the same level
        assert rows[0][4].startswith("as of ")
        assert rows[0][4].endswith(", offline")
        live.online = True

        # A blind count: three laptops scanned, nothing expected shown until it is submitted.
        area.tabs.setCurrentWidget(area.count_tab)
        for _ in range(3):
            bridge.publish_scan(LAPTOP.barcode, "wedge")
        QApplication.processEvents()
        assert area.count_tab.count_model.rows == [(LAPTOP.sku, LAPTOP.name, "3")]
        assert area.count_tab.count_model.headers[-1] == "Counted"  # blind: no expected column yet
        with qtbot.waitSignal(area.count_tab.count_model.modelReset, timeout=10_000):
            area.count_tab.on_submit_count_clicked()
        expected = int(after[0])
        assert area.count_tab.count_model.rows == [
            (LAPTOP.sku, LAPTOP.name, "3", str(expected), _signed(3 - expected))
        ]
        engine.step()
        assert shop.stock(LAPTOP.sku)[0] == "3"
        with served.db.read() as session:
            moves = (
                session.execute(
                    select(StockMovement.qty_milli).where(
                        StockMovement.sku == LAPTOP.sku, StockMovement.reason == "count"
                    )
                )
                .scalars()
                .all()
            )
        assert moves == [(3 - expected) * 1000]

        # One laptop damaged; then two come in from another store, scanned; the backend books both.
        area.tabs.setCurrentWidget(area.adjust_tab)
        bridge.publish_scan(LAPTOP.barcode, "wedge")
        area.adjust_tab.adjust_qty.setText("1")
        area.adjust_tab.adjust_reason.setCurrentIndex(0)  # damaged, off the shelf
        area.adjust_tab.on_adjust_clicked()
        area.tabs.setCurrentWidget(area.receive_tab)
        sender = others[0]["store_id"]
        sender_before = int(shop.stock(LAPTOP.sku, sender)[0])
        area.receive_tab.from_store.setCurrentText(sender)
        for _ in range(2):
            bridge.publish_scan(LAPTOP.barcode, "wedge")
        QApplication.processEvents()
        assert area.receive_tab.receive_model.rows == [(LAPTOP.sku, LAPTOP.name, "2")]
        area.receive_tab.on_receive_clicked()
        assert area.receive_tab.receive_model.rows == []
        engine.step()
        assert shop.stock(LAPTOP.sku)[0] == "4"  # 3 counted, 1 damaged, 2 received
        assert int(shop.stock(LAPTOP.sku, sender)[0]) == sender_before - 2
        assert window.worker.wait_for_done()
    finally:
        window.close()
        client.close()
        lookup_client.close()
        shop.close()
        till.db.close()


def _signed(n: int) -> str:
    return f"+{n}" if n > 0 else str(n)
