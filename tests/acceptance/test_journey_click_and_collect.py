"""Seed journey 1 (DESIGN.md): a cordless drill ordered online at 11:00, collected in the store at 18:00;
faulty the next day: the hotline's no-charge replacement is handed over at the till, and the faulty
drill comes back by parcel as a return of the original order.

Everything real, on loopback: the backend (uvicorn, migrated and demo-seeded database), the web shop
as an HTTP client of the web-shop API with its key, the SMTP server the customer's mail reaches, the
shop's webhook receiver (checks every signature itself), and till T01 of S001: a real till database
enrolled at that backend, its SyncEngine run round by round, and its main window driven by qtbot and
the scanner. Time passes on the notification clock (`chain.clock`); nobody sleeps.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from terminal.domain.money import Money
from terminal.ui.bridge import Bridge
from tests.acceptance.journey_parts import (
    DB_KINDS,
    Chain,
    Counter,
    WebShop,
    complete_the_visit,
    counter,
    hand_over_by_qr,
    pick_and_mark_ready,
    served,
)
from tests.support.till import product_named

DRILL = product_named("Akku-Bohrschrauber")
ORDER, REPLACEMENT = "W-1001", "W-1001-R"
JULIA = {"customer_id": "C-4711", "name": "Julia Hoffmann", "email": "julia@example.test"}


@pytest.fixture
def bridge(qapp: QApplication) -> Iterator[Bridge]:
    b = Bridge()
    yield b
    b.deleteLater()


@pytest.fixture(params=DB_KINDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Chain]:
    """The journey on SQLite, and on PostgreSQL when STORE_TEST_PG_URL names a server."""
    with served(request.param, tmp_path) as chain:
        yield chain


@pytest.fixture
def shop(backend: Chain) -> Iterator[WebShop]:
    client = WebShop(backend.url, backend.api_key("web shop"))
    yield client
    client.close()


@pytest.fixture
def till(backend: Chain, tmp_path: Path, qtbot: QtBot, bridge: Bridge) -> Iterator[Counter]:
    with counter(backend, tmp_path, qtbot, bridge) as at:
        yield at


def qr_in(text: str, order_number: str) -> str:
    found = re.findall(rf"P:{re.escape(order_number)}:\d{{8}}", text)
    assert len(found) == 1, text
    return str(found[0])


def plain_text(mail: EmailMessage) -> str:
    body = mail.get_body(("plain",))
    assert body is not None
    return str(body.get_content())


def test_drill_ordered_collected_replaced_and_returned(backend: Chain, shop: WebShop, till: Counter) -> None:
    window = till.window
    on_hand, reserved, _ = shop.stock(DRILL.sku)
    start_on_hand, start_reserved = Decimal(on_hand), Decimal(reserved)
    assert start_on_hand - start_reserved >= 2  # one for the order, one for the replacement

    # 1. 11:00 — the web shop places the order, paid online, for pickup at S001: the drill is reserved.
    placed = shop.place(
        {
            "order_number": ORDER,
            "pickup_store_id": "S001",
            "customer": JULIA,
            "lines": [{"sku": DRILL.sku, "quantity": "1", "unit_price_minor": DRILL.price_minor}],
            "currency": "EUR",
            "paid": True,
        }
    )
    assert placed["status"] == "placed"
    code = placed["pickup_code"]
    assert re.fullmatch(r"\d{8}", code)
    assert shop.stock(DRILL.sku) == (
        str(start_on_hand),
        str(start_reserved + 1),
        str(start_on_hand - start_reserved - 1),
    )

    # 2. The till gets it through its feed; staff pick it by scan and mark it ready; the till pushes.
    till.sync()
    assert pick_and_mark_ready(till, ORDER, DRILL.barcode) == "Julia Hoffmann"  # whose order it is
    assert [t for t, _ in till.outbox()] == ["pickup.started", "pickup.picked", "pickup.ready"]
    till.sync()
    assert shop.order(ORDER)["status"] == "ready"
    assert backend.deliver() == {"delivered": 4}  # placed, picking, ready to the shop; ready by mail
    assert backend.webhooks(ORDER) == ["web_order.placed", "web_order.picking", "web_order.ready"]
    (mail,) = backend.mails()
    assert mail["To"] == JULIA["email"]
    text = plain_text(mail)
    assert f"{code[:4]} {code[4:]}" in text  # the pickup code as the customer reads it
    qr = qr_in(text, ORDER)
    assert qr == f"P:{ORDER}:{code}"
    view = shop.order(ORDER)
    assert view["status"] == "ready"  # told the customer: not collected
    assert {(n["kind"], n["channel"], n["status"]) for n in view["notifications"]} == {
        ("placed", "webhook", "delivered"),
        ("picking", "webhook", "delivered"),
        ("ready", "webhook", "delivered"),
        ("ready", "email", "delivered"),
    }
    assert view["lines"][0]["collected"] == "0"

    # 3. 18:00 — her QR at the sale screen opens the handover; the drill is scanned and handed over
    #    (claimed at the backend); the visit has nothing to pay; completed and pushed.
    backend.clock.advance(7 * 3600)
    till.sync()
    hand_over_by_qr(till, qr, DRILL.barcode)
    assert window.sale.extras.text() == f"Web order {ORDER}: 1 items, paid online"
    assert till.till.services.checkout.payment().balance == Money(0, "EUR")
    receipt = complete_the_visit(till)
    (_, visit), (_, handed) = till.outbox()[-2:]
    assert [t for t, _ in till.outbox()][-2:] == ["visit.completed", "pickup.handed_over"]
    assert handed["receipt_number"] == visit["receipt_number"] == receipt
    assert handed["claimed"] is True
    assert handed["found_by"] == "qr"
    assert visit["total_minor"] == 0
    assert visit["payments"] == []
    till.sync()
    view = shop.order(ORDER)
    assert view["status"] == "collected"
    assert view["lines"][0]["collected"] == "1"
    assert backend.deliver() == {"delivered": 1}  # told once, though the handover came as two events
    assert backend.webhooks(ORDER)[-1] == "web_order.collected"

    #    Never a second handover: the same QR again is refused at the till, and at the backend.
    events = len(till.outbox())
    till.scan(qr)
    assert f"{ORDER} is not an open order of this store" in window.pickups.banner.text()
    assert len(till.outbox()) == events
    answer = till.claims.claim(  # the till's claim port, asked directly with the right code
        ORDER, code=code, found_by="qr", id_checked=False, staff_id="anna", handover_id=str(uuid.uuid4())
    )
    assert answer.outcome == "refused"
    assert answer.code == "pickup.status"
    assert answer.detail == {"status": "collected"}

    # 4. The next day the drill is faulty. The hotline places a no-charge replacement, linked to the
    #    original; it is picked and handed over at the till the same day, through the same screens.
    backend.clock.advance(16 * 3600)
    replacement = shop.place(
        {
            "order_number": REPLACEMENT,
            "pickup_store_id": "S001",
            "customer": JULIA,
            "lines": [{"sku": DRILL.sku, "quantity": "1", "unit_price_minor": DRILL.price_minor}],
            "currency": "EUR",
            "paid": False,  # nothing was paid: it costs nothing
            "replaces_order_number": ORDER,
        }
    )
    assert replacement["status"] == "placed"
    assert replacement["total_minor"] == 0
    assert replacement["replaces_order_number"] == ORDER
    till.sync()
    assert pick_and_mark_ready(till, REPLACEMENT, DRILL.barcode) == "Julia Hoffmann"
    till.sync()
    assert backend.deliver() == {"delivered": 4}  # placed, picking, ready to the shop; ready by mail
    assert shop.order(REPLACEMENT)["status"] == "ready"
    second_mail = backend.mails()[-1]
    assert second_mail["To"] == JULIA["email"]
    second_qr = qr_in(plain_text(second_mail), REPLACEMENT)
    assert second_qr == f"P:{REPLACEMENT}:{replacement['pickup_code']}"  # its own code, not the first
    backend.clock.advance(2 * 3600)
    till.sync()
    hand_over_by_qr(till, second_qr, DRILL.barcode)
    assert till.till.services.checkout.payment().balance == Money(0, "EUR")  # no charge at the till
    second_receipt = complete_the_visit(till)
    assert second_receipt != receipt
    (_, visit), (_, handed) = till.outbox()[-2:]
    assert handed["order_number"] == REPLACEMENT
    assert handed["claimed"] is True
    assert visit["total_minor"] == 0
    till.sync()
    assert shop.order(REPLACEMENT)["status"] == "collected"

    # 5. The faulty drill comes back by parcel: a return of the original order.
    parcel = {
        "return_id": "PARCEL-0815",
        "channel": "parcel",
        "note": "faulty: does not start",
        "lines": [{"sku": DRILL.sku, "quantity": "1", "reason": "defective"}],
    }
    returned = shop.post(f"/v1/web-orders/{ORDER}/returns", parcel)
    assert returned.status_code == 201, returned.text
    assert shop.post(f"/v1/web-orders/{ORDER}/returns", parcel).status_code == 200  # a resend: the same
    twice = shop.post(f"/v1/web-orders/{ORDER}/returns", {**parcel, "return_id": "PARCEL-0816"})
    assert twice.status_code == 409, twice.text  # one drill collected, one returned: nothing left
    assert backend.deliver() == {"delivered": 2}  # the replacement's collected, the original's returned

    # 6. The shop's view shows both orders' whole history.
    original, spare = shop.order(ORDER), shop.order(REPLACEMENT)
    statuses = ["placed", "picking", "ready", "collected", "returned"]
    assert [h["status"] for h in original["history"]] == statuses
    assert [h["status"] for h in spare["history"]] == ["placed", "picking", "ready", "collected"]
    assert original["status"] == "collected"  # a return does not undo the collection
    assert original["replaced_by"] == [REPLACEMENT]
    assert spare["replaces_order_number"] == ORDER
    assert (original["lines"][0]["collected"], original["lines"][0]["returned"]) == ("1", "1")
    assert (spare["lines"][0]["collected"], spare["lines"][0]["returned"]) == ("1", "0")
    assert spare["total_minor"] == 0
    for view in (original, spare):
        assert {n["status"] for n in view["notifications"]} == {"delivered"}
        assert all(n["delivered_at"] for n in view["notifications"])
    kinds = [(n["kind"], n["channel"]) for n in original["notifications"]]
    assert kinds == [
        ("placed", "webhook"),
        ("picking", "webhook"),
        ("ready", "webhook"),
        ("ready", "email"),
        ("collected", "webhook"),
        ("returned", "webhook"),
    ]
    assert backend.webhooks(ORDER) == [f"web_order.{k}" for k, c in kinds if c == "webhook"]
    assert backend.webhooks(REPLACEMENT) == [
        "web_order.placed",
        "web_order.picking",
        "web_order.ready",
        "web_order.collected",
    ]
    assert len({p.event_id for p in backend.receiver.accepted}) == len(backend.receiver.accepted)
    assert all(p.signed and p.fresh for p in backend.receiver.posts)
    assert len(backend.mails()) == 2  # one "ready" mail per order; collected is not mailed

    # Two drills left the store, none is reserved any more; the parcel went to the warehouse.
    assert shop.stock(DRILL.sku) == (
        str(start_on_hand - 2),
        str(start_reserved),
        str(start_on_hand - start_reserved - 2),
    )
