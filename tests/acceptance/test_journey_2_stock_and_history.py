"""Seed journey 2 (DESIGN.md, issue 11): a customer watches a laptop for days. The web page said 20
units, now it says 8, and the same count is true in the store; after buying, her history (online and
in store) is known to staff at every till.

1. The laptop has 20 units at S001 (the web shop's read and the till's Stock area agree).
2. Over four days the web shop places four orders for pickup at S001 through the web-shop API,
   reserving 12 laptops; each order is stamped with its own day (the backend's clock, moved day by day).
3. `GET /v1/stock` says 8 available; the till's Stock area (Ctrl+4, the laptop scanned) shows on hand
   20, reserved 12, available 8.
4. Mia, one of those web customers, buys a laptop at till S001/T01: her customer card and the laptop
   scanned at the sale screen, paid in cash; the visit is pushed. The web shop's next read and the
   till's Stock area (looked up again) agree: on hand 19, reserved 12, available 7.
5. At till T01 of S002 (its own SQLite, enrolled for S002) the Customers area shows her history from
   the backend: the store purchase and her web order, newest first.

Everything real, on loopback: the seeded backend under uvicorn (SQLite, or PostgreSQL when
STORE_TEST_PG_URL is set), the web shop's API client with its key, both tills enrolled with real codes,
S001's SyncEngine run round by round, both main windows driven by qtbot and the scanner bridge.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import backend.services.stock as backend_stock
import backend.services.webshop as backend_webshop
from terminal.domain.money import Money
from terminal.storage.stock_levels import cached_levels
from terminal.ui.bridge import Bridge
from terminal.ui.formatting import format_datetime
from terminal.ui.payment_dialog import PaymentDialog
from terminal.ui.stock_area import StockArea
from tests.acceptance.journey_parts import (
    DB_KINDS,
    Chain,
    Counter,
    WebShop,
    counter,
    other_store_till,
    served,
    set_on_hand,
)
from tests.support.till import product_named

LAPTOP = product_named("Lenovo Laptop")
MIA = {
    "customer_id": "C-2024",
    "name": "Mia Schneider",
    "email": "mia@example.test",
    "phone": "+49 89 555 0101",
}
# (days before today, order number, customer, laptops): 5 + 4 + 2 + 1 = 12 reserved
ORDERS = [
    (4, "W-2001", {"customer_id": "C-2001", "name": "Jonas Weber"}, 5),
    (3, "W-2002", {"customer_id": "C-2002", "name": "Lea Fischer"}, 4),
    (2, "W-2003", {"customer_id": "C-2003", "name": "Paul Wagner"}, 2),
    (1, "W-2004", MIA, 1),
]
HERE = "Baumarkt & Mehr Berlin-Mitte (this store)"


@pytest.fixture
def bridge(qapp: QApplication) -> Iterator[Bridge]:
    b = Bridge()
    yield b
    b.deleteLater()


@pytest.fixture
def bridge_b(qapp: QApplication) -> Iterator[Bridge]:
    b = Bridge()
    yield b
    b.deleteLater()


@pytest.fixture(params=DB_KINDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Chain]:
    """The journey on SQLite, and on PostgreSQL when STORE_TEST_PG_URL names a server."""
    with served(request.param, tmp_path) as chain:
        yield chain


@contextmanager
def backend_day(moment: datetime) -> Iterator[None]:
    """The backend's web-order path reads `moment` as now: the order's placing time and its
    reservation movements are stamped with that day (the backend takes no clock of its own there)."""
    with pytest.MonkeyPatch.context() as patch:
        frozen: Callable[[], datetime] = lambda: moment  # noqa: E731
        patch.setattr(backend_webshop, "utcnow", frozen)
        patch.setattr(backend_stock, "utcnow", frozen)
        yield


def here(at: Counter) -> tuple[Decimal, Decimal, Decimal]:
    """The till's own feed-confirmed level of the laptop at S001: (on hand, reserved, available)."""
    with at.till.db.read() as session:
        (level,) = [lv for lv in cached_levels(session, LAPTOP.sku) if lv.store_id == "S001"]
    return level.on_hand, level.reserved, level.available


def mode_key(at: Counter, key: Qt.Key) -> None:
    """Ctrl+<digit>, the mode bar's key, typed where the cashier's focus is."""
    window = at.window
    window.activateWindow()
    at.qtbot.waitUntil(window.isActiveWindow)
    at.qtbot.keyClick(window.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)


def stock_rows(at: Counter, barcode: str) -> list[tuple[str, ...]]:
    """Ctrl+4 → the Stock area; the laptop scanned there; the rows its levels table shows, as shown."""
    window = at.window
    mode_key(at, Qt.Key.Key_4)
    area = window.areas.area("stock")
    assert isinstance(area, StockArea)
    assert window.areas.current() is area
    area.tabs.setCurrentIndex(0)  # the Levels tab
    with at.qtbot.waitSignal(area.sig_shown, timeout=10_000):
        at.scan(barcode)  # a scan while the Stock area is shown is a look-up there
    assert window.areas.current() is area
    assert area.levels_tab.product_label.text() == f"{LAPTOP.name} ({LAPTOP.sku})"
    view = area.levels_tab.levels_view
    assert view.isVisible()
    model = view.model()
    columns = range(model.columnCount())
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
    assert headers == ["Store", "On hand", "Reserved", "Available", "Confirmed"]
    return [tuple(str(model.index(r, c).data()) for c in columns) for r in range(model.rowCount())]


def test_a_laptop_watched_for_days_bought_in_store_and_known_at_another_stores_till(
    backend: Chain,
    tmp_path: Path,
    qtbot: QtBot,
    bridge: Bridge,
    bridge_b: Bridge,
) -> None:
    shop = WebShop(backend.url, backend.api_key("web shop"))
    try:
        # 1. The laptop has 20 units at S001, none reserved.
        set_on_hand(backend, "S001", LAPTOP.sku, 20)
        assert shop.stock(LAPTOP.sku) == ("20", "0", "20")
        (tmp_path / "s001").mkdir()
        with counter(backend, tmp_path / "s001", qtbot, bridge) as till:
            assert stock_rows(till, LAPTOP.barcode)[0] == (HERE, "20", "0", "20", "live")

            # 2. Over four days, four web orders reserve 12 laptops (the web page: 20, 15, 11, 9, 8).
            today = datetime.now(UTC).replace(microsecond=0)
            available = [shop.stock(LAPTOP.sku)[2]]
            for days_ago, number, customer, units in ORDERS:
                with backend_day(today - timedelta(days=days_ago)):
                    placed = shop.place(
                        {
                            "order_number": number,
                            "pickup_store_id": "S001",
                            "customer": customer,
                            "lines": [
                                {
                                    "sku": LAPTOP.sku,
                                    "quantity": str(units),
                                    "unit_price_minor": LAPTOP.price_minor,
                                }
                            ],
                            "currency": "EUR",
                            "paid": True,
                        }
                    )
                assert placed["status"] == "placed"
                assert datetime.fromisoformat(placed["placed_at"]) == today - timedelta(days=days_ago)
                available.append(shop.stock(LAPTOP.sku)[2])
            assert available == ["20", "15", "11", "9", "8"]

            # 3. The web shop's read says 8 available; the till's Stock area shows the same figures.
            assert shop.stock(LAPTOP.sku) == ("20", "12", "8")
            till.sync()  # the orders and their customers reach S001's tills through the feed
            assert stock_rows(till, LAPTOP.barcode)[0] == (HERE, "20", "12", "8", "live")
            assert here(till) == (20, 12, 8)  # the figure the till keeps for when it is offline

            # 4. Mia buys a laptop at the till: her card and the laptop scanned at the sale screen.
            window, sale = till.window, till.window.sale
            mode_key(till, Qt.Key.Key_1)
            assert window.showing(sale)
            till.scan("C:C-2024")
            qtbot.waitUntil(sale.extras.isVisible)
            assert sale.extras.text() == "Customer: Mia Schneider (C-2024)"
            till.scan(LAPTOP.barcode)
            lines = till.till.services.selling.basket().lines
            assert [(ln.sku, ln.quantity) for ln in lines] == [(LAPTOP.sku, 1)]
            sale.do_pay()
            qtbot.waitUntil(lambda: isinstance(sale.dialog, PaymentDialog) and sale.dialog.isVisible())
            pay = sale.dialog
            assert isinstance(pay, PaymentDialog)
            with qtbot.waitSignal(pay.sig_sale_completed):
                qtbot.mouseClick(pay.cash_button, Qt.MouseButton.LeftButton)
            assert pay.completed is not None
            receipt, total = str(pay.completed.receipt_number), pay.completed.total
            assert total == Money(LAPTOP.price_minor, "EUR")
            qtbot.mouseClick(pay.next_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: sale.dialog is None)
            kind, visit = till.outbox()[-1]
            assert kind == "sale.completed"
            assert (visit["customer_id"], visit["receipt_number"]) == ("C-2024", receipt)
            till.sync()  # pushed; the feed brings the new level back
            #    The web shop's next read and the till's Stock area agree again.
            assert shop.stock(LAPTOP.sku) == ("19", "12", "7")
            assert stock_rows(till, LAPTOP.barcode)[0] == (HERE, "19", "12", "7", "live")
            assert here(till) == (19, 12, 7)

        # 5. At a till of another store, the Customers area shows her history: both channels.
        with other_store_till(
            backend, tmp_path, qtbot, bridge_b, store_id="S002", store_name="Baumarkt & Mehr München"
        ) as window_b:
            window_b.areas.buttons["customers"].click()
            area = window_b.customers
            assert window_b.showing(area)
            qtbot.keyClicks(area.search, "schneider")  # not on S002's feed: found at the backend
            qtbot.keyClick(area.search, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: area.model.rowCount() == 2, timeout=10_000)
            assert area.header.text() == "Mia Schneider (C-2024) — mia@example.test · +49 89 555 0101"
            assert area.banner.kind != "banner-warn"  # the backend's whole history, not this till's
            rows = [[area.model.text(r, c) for c in range(5)] + [area.model.details(r)] for r in range(2)]
            assert [r[1] for r in rows] == [f"Store purchase {receipt}", "Web order W-2004"]  # newest first
            assert [r[2] for r in rows] == ["S001", "S001"]
            assert rows[0][4] == window_b.fmt.money(total)
            assert rows[1][3] == "to pick"  # her web order still waits to be picked
            assert rows[1][4] == window_b.fmt.money(total)  # one laptop, the same price online
            ordered = today - timedelta(days=1)
            assert area.model.entries[1].occurred_at == ordered
            assert rows[1][5].startswith(format_datetime(ordered, window_b.fmt.locale))
            assert LAPTOP.name in rows[1][5] or LAPTOP.sku in rows[1][5]
    finally:
        shop.close()
