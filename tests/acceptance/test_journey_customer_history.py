"""Seed journey 2, step 5 (issue 11): a web shop customer orders a laptop online for pickup at S001, then
buys at till T01 of S001 with their customer card scanned at the sale screen; at a till of another store
(S002, München) the Customers area shows both, newest first: the store purchase and the web order with
its pickup state. Everything real on loopback: the seeded backend (uvicorn), the web shop's API client,
till S001/T01 enrolled with its SyncEngine and main window, and till S002/T01 enrolled with its own
main window asking the backend through `sync.customers.BackendCustomers`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backend.models.offers import CustomerOffer
from backend.services.catalogue import upsert_customer
from backend.services.security import issue_enroll_code
from sync.client import BackendClient
from sync.customers import BackendCustomers
from terminal.domain.errors import TillError
from terminal.ui.bridge import Bridge
from terminal.ui.messages import message_for
from terminal.ui.payment_dialog import PaymentDialog
from tests.acceptance.journey_parts import WebShop, chain, counter, other_store_till
from tests.support.till import product_named

LAPTOP = product_named("Lenovo Laptop")
MILK = product_named("Vollmilch")
MIA = {"customer_id": "C-2024", "name": "Mia Schneider", "email": "mia@example.test"}
MIA["phone"] = "+49 89 555 0101"


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


def test_the_history_of_a_customer_at_another_stores_till(
    tmp_path: Path, qtbot: QtBot, bridge: Bridge, bridge_b: Bridge
) -> None:
    with chain(tmp_path) as backend:
        shop = WebShop(backend.url, backend.api_key("web shop"))
        placed = shop.place(
            {
                "order_number": "W-2024",
                "pickup_store_id": "S001",
                "customer": MIA,
                "lines": [{"sku": LAPTOP.sku, "quantity": "1", "unit_price_minor": LAPTOP.price_minor}],
                "currency": "EUR",
                "paid": True,
            }
        )
        assert placed["status"] == "placed"
        (tmp_path / "a").mkdir()
        with counter(backend, tmp_path / "a", qtbot, bridge) as till_a:
            till_a.sync()  # the new customer reaches S001's tills through the feed
            sale = till_a.window.sale
            till_a.scan("C:C-2024")  # her customer card, at the sale screen
            qtbot.waitUntil(sale.extras.isVisible)
            assert sale.extras.text() == "Customer: Mia Schneider (C-2024)"
            till_a.scan(MILK.barcode)
            sale.do_pay()
            qtbot.waitUntil(lambda: isinstance(sale.dialog, PaymentDialog) and sale.dialog.isVisible())
            pay = sale.dialog
            assert isinstance(pay, PaymentDialog)
            with qtbot.waitSignal(pay.sig_sale_completed):
                qtbot.mouseClick(pay.cash_button, Qt.MouseButton.LeftButton)
            assert pay.completed is not None
            receipt = str(pay.completed.receipt_number)
            qtbot.mouseClick(pay.next_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: sale.dialog is None)
            assert till_a.outbox()[-1][1]["customer_id"] == "C-2024"
            till_a.sync()  # pushed: the backend keeps the visit with her id

        with other_store_till(
            backend, tmp_path, qtbot, bridge_b, store_id="S002", store_name="Baumarkt & Mehr München"
        ) as window:
            window.areas.buttons["customers"].click()
            area = window.customers
            qtbot.keyClicks(area.search, "schneider")  # not on S002's feed: found at the backend
            qtbot.keyClick(area.search, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: area.model.rowCount() == 2, timeout=10_000)
            assert area.header.text() == "Mia Schneider (C-2024) — mia@example.test · +49 89 555 0101"
            assert area.banner.kind != "banner-warn"  # the backend's whole history, not this till's
            rows = [[area.model.text(r, c) for c in range(5)] + [area.model.details(r)] for r in range(2)]
            assert [r[1] for r in rows] == [f"Store purchase {receipt}", "Web order W-2024"]  # newest first
            assert [r[2] for r in rows] == ["S001", "S001"]
            assert rows[0][4] == window.fmt.money(pay.completed.total)
            assert rows[1][3] == "to pick"  # the order's pickup state
            assert "Lenovo Laptop" in rows[1][5] or LAPTOP.sku in rows[1][5]
        shop.close()


def test_a_personal_offer_is_applied_once_then_refused_at_another_till(
    tmp_path: Path, qtbot: QtBot, bridge: Bridge
) -> None:
    with chain(tmp_path) as backend:
        shop = WebShop(backend.url, backend.api_key("crm"))
        with backend.db.write() as session:
            upsert_customer(
                session, customer_id="C-2024", name="Mia Schneider", email=None, phone=None, feed=None
            )
        offer = {"offer_id": "O-LAPTOP", "group_id": "electronics", "percent": 10, "description": "Welcome"}
        assert shop.post("/v1/customers/C-2024/offers", offer).status_code == 201
        with counter(backend, tmp_path, qtbot, bridge) as till_a:
            client = BackendClient(backend.url, token=till_a.engine._client.token, read_timeout=10)
            till_a.till.services.customers._directory = BackendCustomers(client)
            till_a.sync()
            window, sale = till_a.window, till_a.window.sale
            till_a.scan("C:C-2024")
            qtbot.waitUntil(sale.extras.isVisible)
            till_a.scan(LAPTOP.barcode)  # electronics: the offer's group
            till_a.scan(MILK.barcode)  # general: not
            window.areas.buttons["customers"].click()
            area = window.customers
            qtbot.keyClicks(area.search, "C-2024")
            qtbot.keyClick(area.search, Qt.Key.Key_Return)
            qtbot.waitUntil(area.apply_offers_button.isVisible, timeout=10_000)
            named = "Personal offers: 10 % on Elektronik & Elektrowerkzeug — Welcome"  # the feed's group name
            assert area.banner.text() == named  # standing in the message bar
            assert area.apply_offers_button.isEnabled()  # she is the visit's customer
            qtbot.mouseClick(area.apply_offers_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: window.showing(sale), timeout=10_000)
            lines = till_a.till.services.selling.basket().lines
            assert [(ln.sku, ln.discount is not None) for ln in lines] == [
                (LAPTOP.sku, True),
                (MILK.sku, False),
            ]
            sale.do_pay()
            qtbot.waitUntil(lambda: isinstance(sale.dialog, PaymentDialog) and sale.dialog.isVisible())
            pay = sale.dialog
            assert isinstance(pay, PaymentDialog)
            with qtbot.waitSignal(pay.sig_sale_completed):
                qtbot.mouseClick(pay.cash_button, Qt.MouseButton.LeftButton)
            assert pay.completed is not None
            receipt = str(pay.completed.receipt_number)
            qtbot.mouseClick(pay.next_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: sale.dialog is None)
            sold = till_a.outbox()[-1][1]["lines"]
            assert sold[0]["discount_minor"] == round(LAPTOP.price_minor / 10)  # 10 % off the laptop
            assert sold[1]["discount_minor"] == 0
            event = till_a.outbox()[-1][1]
            assert (event["schema"], [o["offer_id"] for o in event["offers"]]) == (3, ["O-LAPTOP"])
            with backend.db.read() as session:  # nothing redeems it but the visit's event
                assert session.get(CustomerOffer, "O-LAPTOP").status == "held"  # type: ignore[union-attr]
            till_a.sync()

        with backend.db.read() as session:
            stored = session.get(CustomerOffer, "O-LAPTOP")
            assert stored is not None
            assert (stored.status, stored.redeemed_receipt) == ("redeemed", receipt)
        with backend.db.write() as session:
            code = issue_enroll_code(session, store_id="S002", terminal_id="T01", ttl_minutes=60)
        other = BackendClient(backend.url, read_timeout=10)
        other.token = other.enroll(code).token
        directory = BackendCustomers(other)
        assert directory.offers("C-2024") == []  # used: no longer offered
        with pytest.raises(TillError) as refused:
            directory.claim_offer("O-LAPTOP", claim_id=str(uuid.uuid4()), staff_id="STAFF-0001")
        assert refused.value.code == "offer.redeemed"
        assert message_for(refused.value) == "This offer has already been used."
        other.close()
        shop.close()
