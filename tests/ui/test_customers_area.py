"""The Customers area on a REAL till without a backend (offline), driven like a cashier does: a card
scanned at the sale screen attaches the customer (named under the cart, carried as the visit's
`customer_id`), the search by name, and the timeline from what this till knows, marked offline."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow
from terminal.ui.payment_dialog import PaymentDialog
from tests.support.till import Till, product_named
from tests.support.web_orders import customer, feed, order_data

CONFIG = SimpleNamespace(language="en", currency="EUR", store_name="Demo Store")
MILK = product_named("Vollmilch")


@pytest.fixture
def window(qtbot: QtBot, till: Till, bridge: Bridge) -> Iterator[MainWindow]:
    later = datetime.now(UTC) + timedelta(days=2)
    feed(till.db, customer(), order_data("W-7", [(MILK, 2)], pickup_by=later))
    win = MainWindow(till.services, bridge, config=CONFIG)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    bridge.publish_scan("B:STAFF-0001", "wedge")
    qtbot.waitUntil(lambda: win.showing(win.sale))
    yield win
    assert win.worker.wait_for_done()


def test_card_at_the_sale_screen_then_the_offline_timeline(
    qtbot: QtBot, window: MainWindow, bridge: Bridge, till: Till
) -> None:
    bridge.publish_scan("c:C9001", "wedge")  # the card's prefix in any case
    qtbot.waitUntil(window.sale.extras.isVisible)
    assert window.showing(window.sale)  # attached where the cashier is
    assert window.sale.extras.text() == "Customer: Erika Mustermann (C9001)"
    bridge.publish_scan(MILK.barcode, "wedge")
    window.sale.do_pay()
    qtbot.waitUntil(lambda: isinstance(window.sale.dialog, PaymentDialog) and window.sale.dialog.isVisible())
    pay = window.sale.dialog
    assert isinstance(pay, PaymentDialog)
    with qtbot.waitSignal(pay.sig_sale_completed):
        qtbot.mouseClick(pay.cash_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pay.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sale.dialog is None)
    with till.db.read() as s:
        raw = s.execute(text("SELECT payload FROM outbox WHERE type = 'sale.completed'")).scalar()
    payload = json.loads(raw)
    assert payload["customer_id"] == "C9001"
    assert not window.sale.extras.isVisible()  # the next visit has no customer

    window.areas.buttons["customers"].click()
    area = window.customers
    qtbot.keyClicks(area.search, "e")
    qtbot.keyClick(area.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.banner.text() != "")
    assert area.banner.text() == "Type at least two characters of the name, e-mail or phone."
    area.search.clear()
    qtbot.keyClicks(area.search, "mustermann")
    qtbot.keyClick(area.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.model.rowCount() == 2)
    assert area.results.count() == 1
    assert area.header.text() == "Erika Mustermann (C9001) — erika@example.org · +49 30 1234567"
    assert area.banner.kind == "banner-warn"  # no backend: what this till knows, and the bar says so
    assert area.banner.text().startswith("Offline: only what this till knows")
    kinds = [area.model.text(r, 1) for r in range(2)]
    assert sorted(kinds) == sorted([f"Store purchase {payload['receipt_number']}", "Web order W-7"])
    assert area.model.text(kinds.index("Web order W-7"), 3) == "to pick"

    qtbot.mouseClick(area.attach_button, Qt.MouseButton.LeftButton)  # attach from the search
    qtbot.waitUntil(lambda: window.showing(window.sale))
    assert window.services.selling.visit().customer_id == "C9001"
    assert window.sale.extras.text() == "Customer: Erika Mustermann (C9001)"


def test_a_long_e_mail_in_the_results_is_shown_whole_at_1024(
    qtbot: QtBot, window: MainWindow, till: Till
) -> None:
    """Found under Xvfb: the result list cut "julia.hoffmann@example…"; it now breaks after the "@"."""
    from PySide6.QtCore import QRect

    feed(till.db, customer("C9002", "Julia Hoffmann"))
    with till.db.write() as s:
        s.execute(text("UPDATE customer SET email = 'julia.hoffmann.langername@example.org' "
                       "WHERE customer_id = 'C9002'"))  # fmt: skip
    window.resize(1024, 768)
    window.areas.buttons["customers"].click()
    area = window.customers
    qtbot.keyClicks(area.search, "Hoffmann")
    qtbot.keyClick(area.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.results.count() == 1)
    item = area.results.item(0)
    shown = area.results.visualItemRect(item)
    room = QRect(0, 0, shown.width() - 8, 10_000)
    needed = area.results.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, item.text())
    assert needed.width() <= shown.width() - 8
    assert needed.height() <= shown.height()  # every line of it, the e-mail whole
    assert item.text().replace("\u200b", "").split("\n")[1] == "julia.hoffmann.langername@example.org"
