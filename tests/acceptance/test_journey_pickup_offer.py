"""Issue 11 at the pickup counter: the winery's customer collects her web order (to pay at pickup)
and buys in store; the handover screen shows her personal offer, one touch applies it, and the visit's
event redeems it (docs/adr/0022-offers-redeemed-by-the-visit.md). Everything real on loopback: the
seeded backend (uvicorn), the web shop's API, till S001/T01 with its SyncEngine and main window.

- The offer applied at the handover takes its percent off the in-store item of its group scanned
  after it; the collected lines keep the order's price. Until the visit is synced the offer is only
  held; the sync redeems it, and a till of another store is refused it.
- A till closed (or killed) between completing the visit and syncing it, with the hold run out
  meanwhile, still redeems the offer once it syncs: the redemption is in its outbox.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backend.models.offers import CustomerOffer
from backend.services.security import issue_enroll_code
from sync.client import BackendClient
from sync.customers import BackendCustomers
from sync.engine import SyncEngine
from terminal.domain.customer import Offer
from terminal.domain.errors import TillError
from terminal.ui.bridge import Bridge
from terminal.ui.messages import message_for
from terminal.ui.payment_dialog import PaymentDialog
from tests.acceptance.journey_parts import SCOPE, Chain, Counter, WebShop, chain, counter, pick_and_mark_ready
from tests.support.till import TickingClock, open_till, product_named

LAPTOP = product_named("Lenovo Laptop")  # electronics: the offer's group
MILK = product_named("Vollmilch")  # general: what she ordered
ORDER = "W-3001"
ANNA = {"customer_id": "C-3001", "name": "Anna Weingut", "email": "anna@example.test"}
OFFER = {"offer_id": "O-PICKUP", "group_id": "electronics", "percent": 10, "description": "Thank you"}


@pytest.fixture
def bridge(qapp: QApplication) -> Iterator[Bridge]:
    b = Bridge()
    yield b
    b.deleteLater()


def _order_with_offer(backend: Chain) -> tuple[WebShop, str]:
    """Her order (one milk, to pay at pickup) and her personal offer; the QR she was sent."""
    shop = WebShop(backend.url, backend.api_key("winery shop"))
    placed = shop.place(
        {
            "order_number": ORDER,
            "pickup_store_id": "S001",
            "customer": ANNA,
            "lines": [{"sku": MILK.sku, "quantity": "1", "unit_price_minor": MILK.price_minor}],
            "currency": "EUR",
            "paid": False,
        }
    )
    answer = shop.post(f"/v1/customers/{ANNA['customer_id']}/offers", OFFER)
    assert answer.status_code == 201, answer.text
    return shop, f"P:{ORDER}:{placed['pickup_code']}"


def _offer_state(backend: Chain) -> tuple[str, str | None]:
    with backend.db.read() as session:
        offer = session.get(CustomerOffer, OFFER["offer_id"])
        assert offer is not None
        return offer.status, offer.redeemed_receipt


def _pay_cash(till: Counter) -> str:
    sale = till.window.sale
    sale.do_pay()
    till.qtbot.waitUntil(lambda: isinstance(sale.dialog, PaymentDialog) and sale.dialog.isVisible())
    pay = sale.dialog
    assert isinstance(pay, PaymentDialog)
    with till.qtbot.waitSignal(pay.sig_sale_completed):
        till.qtbot.mouseClick(pay.cash_button, Qt.MouseButton.LeftButton)
    assert pay.completed is not None
    till.qtbot.mouseClick(pay.next_button, Qt.MouseButton.LeftButton)
    till.qtbot.waitUntil(lambda: sale.dialog is None)
    return str(pay.completed.receipt_number)


def _other_store_directory(backend: Chain) -> tuple[BackendClient, BackendCustomers]:
    with backend.db.write() as session:
        code = issue_enroll_code(session, store_id="S002", terminal_id="T01", ttl_minutes=60)
    client = BackendClient(backend.url, read_timeout=10)
    client.token = client.enroll(code).token
    return client, BackendCustomers(client)


def test_an_offer_applied_at_the_handover_is_redeemed_by_the_synced_visit(
    tmp_path: Path, qtbot: QtBot, bridge: Bridge
) -> None:
    with chain(tmp_path) as backend:
        shop, qr = _order_with_offer(backend)
        with counter(backend, tmp_path, qtbot, bridge) as till:
            till.sync()
            pick_and_mark_ready(till, ORDER, MILK.barcode)
            till.sync()
            window = till.window
            window.areas.buttons["sale"].click()
            till.scan(qr)  # her QR opens the handover
            order = window.pickups.order
            qtbot.waitUntil(
                lambda: order.mode == "handover" and order.offers.buttons[0].isVisible(), timeout=10_000
            )
            panel = order.offers
            assert panel.label.text() == "Personal offers of this customer (for this visit):"
            # The group's name from the feed (elided on the button, whole in its tooltip; "&" shown as is).
            shown = panel.buttons[0].text().replace("&&", "&")
            assert shown.startswith("Apply 10 % on Elektronik & Elektro")
            assert shown.endswith("\nThank you")
            assert panel.buttons[0].toolTip() == "Apply 10 % on Elektronik & Elektrowerkzeug — Thank you"
            assert not panel.buttons[1].isVisible()
            qtbot.mouseClick(panel.buttons[0], Qt.MouseButton.LeftButton)  # one touch
            qtbot.waitUntil(lambda: panel.label.text().startswith("Applied"), timeout=10_000)
            assert panel.label.text() == "Applied to this visit: 10 % on Elektronik & Elektrowerkzeug."
            assert not panel.buttons[0].isVisible()  # applied: not offered twice
            assert _offer_state(backend) == ("held", None)
            till.scan(MILK.barcode)
            qtbot.mouseClick(order.hand_over_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: window.showing(window.sale), timeout=10_000)
            till.scan(LAPTOP.barcode)  # bought in store, after the offer was applied
            qtbot.waitUntil(lambda: len(till.till.services.selling.basket().lines) == 1)
            (line,) = till.till.services.selling.basket().lines
            assert line.discount is not None
            assert line.discount_amount.amount_minor == round(LAPTOP.price_minor / 10)
            visit = till.till.services.selling.visit()
            assert (visit.customer_id, [h.paid_online for h in visit.handovers]) == ("C-3001", [False])
            assert visit.handovers[0].amount.amount_minor == MILK.price_minor  # the order's price
            receipt = _pay_cash(till)
            kind, payload = till.outbox()[-2]
            assert (kind, payload["schema"], payload["receipt_number"]) == ("visit.completed", 3, receipt)
            (offer,) = payload["offers"]
            assert (offer["offer_id"], offer["line_nos"], offer["discount_minor"]) == (
                "O-PICKUP",
                [1],
                round(LAPTOP.price_minor / 10),
            )
            assert _offer_state(backend) == ("held", None)  # nothing redeems it but the visit's event
            till.sync()
            assert _offer_state(backend) == ("redeemed", receipt)
            assert shop.order(ORDER)["status"] == "collected"

        other, directory = _other_store_directory(backend)
        try:
            assert directory.offers("C-3001") == []
            with pytest.raises(TillError) as refused:
                directory.claim_offer(
                    "O-PICKUP", claim_id="5b0ae1f4-5b8e-4a43-9a4e-8f5f1a3b9f10", staff_id="STAFF-0001"
                )
            assert message_for(refused.value) == "This offer has already been used."
        finally:
            other.close()
            shop.close()


def test_a_till_closed_before_its_sync_still_redeems_the_offer_once_synced(
    tmp_path: Path, qtbot: QtBot, bridge: Bridge
) -> None:
    with chain(tmp_path) as backend:
        shop, _qr = _order_with_offer(backend)
        with counter(backend, tmp_path, qtbot, bridge) as till:
            till.sync()
            token = till.engine._client.token
            services = till.till.services
            services.customers.attach(services.customers.by_card("C:C-3001"))
            services.selling.scan(LAPTOP.barcode)
            services.customers.apply_offer(Offer("O-PICKUP", "electronics", 10))
            receipt = _pay_cash(till)
            assert _offer_state(backend) == ("held", None)
        # The till is gone before it synced (closed, crashed, or offline for the day) ...
        with backend.db.write() as session:  # ... and its hold ran out meanwhile
            stored = session.get(CustomerOffer, "O-PICKUP")
            assert stored is not None
            stored.held_until = datetime.now(UTC) - timedelta(minutes=1)
        assert _offer_state(backend)[0] == "held"  # the row says held; the hold has lapsed
        other, directory = _other_store_directory(backend)
        try:
            assert [o.offer_id for o in directory.offers("C-3001")] == ["O-PICKUP"]  # usable again ...
            reopened = open_till(
                tmp_path / "till.sqlite3", language="en", clock=TickingClock(datetime.now(UTC))
            )
            client = BackendClient(backend.url, token=token, read_timeout=10)
            engine = SyncEngine(db=reopened.db, client=client, terminal_id="T01", scope=SCOPE,
                                clock=lambda: datetime.now(UTC), first_retry=0.01, max_retry=0.05,
                                poll_interval=0.05, rng=random.Random(5))  # fmt: skip
            try:
                assert engine.step(), engine.status
                assert engine.status.pending == 0
            finally:
                client.close()
                reopened.db.close()
            assert _offer_state(backend) == ("redeemed", receipt)  # ... until the visit arrived
            assert directory.offers("C-3001") == []
            with pytest.raises(TillError) as refused:
                directory.claim_offer(
                    "O-PICKUP", claim_id="0f3c2b7e-2f7e-4d7e-9a51-3f0e7c1d2b44", staff_id="STAFF-0001"
                )
            assert refused.value.code == "offer.redeemed"
        finally:
            other.close()
            shop.close()
