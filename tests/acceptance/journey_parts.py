"""The parts of the click-and-collect journey (tests/acceptance/test_journey_click_and_collect.py).

`chain()`: the chain's backend (`create_app`, migrated and demo-seeded database) served by uvicorn on
loopback, with its notification channels: a real SMTP server (aiosmtpd) and a web shop's webhook
receiver that checks each signature on its own (tests/backend/notify_parts.py), subscribed like
`store-backend webhook add` does. Delivery is the backend's own `DeliveryWorker`, one round when the
journey says so, on a clock the journey moves (no sleeping).

`WebShop`: the shop's (and the hotline's) HTTP client of the web-shop API, with its API key.

`served(kind)`: that chain on SQLite, or on PostgreSQL (a schema of its own) when STORE_TEST_PG_URL is set.

`Counter`: one till of store S001 at the counter: a real till database (real migrations), enrolled
at that backend with a real code, its real `SyncEngine` (one round per `sync()`, called directly),
pickup claims, customer look-ups and live stock asked of the backend, and the real main window driven
by qtbot and the scanner bridge. `other_store_till`: a till of another store with its own database and
window, asking the backend for customers. The UI steps a cashier repeats for every pickup (pick and
mark ready; scan the customer's QR, scan the items, hand over; complete a visit with nothing to pay)
live here as small functions.
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import random
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.engine import make_url

from backend.app import create_app
from backend.db import Database as BackendDb
from backend.migrate import upgrade
from backend.notify.worker import DeliveryWorker
from backend.services import notifications
from backend.services.feed import FeedWriter
from backend.services.security import create_api_key, issue_enroll_code
from backend.services.seed import seed_demo
from backend.services.stock import StockLedger
from backend.settings import Settings
from sync.client import BackendClient
from sync.customers import BackendCustomers
from sync.engine import SyncEngine
from sync.lookups import LiveStockLookup
from sync.pickup_claims import BackendPickupClaims
from sync.saved_carts import BackendSavedCarts
from terminal.storage.feed_apply import FeedScope
from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow
from terminal.ui.payment_dialog import PaymentDialog
from tests.backend.notify_parts import FakeClock, MailBox, WebhookReceiver, receiving, smtp_server
from tests.support.server import serve_in_thread
from tests.support.till import SEED_PRODUCTS, TickingClock, Till, open_till

SCOPE = FeedScope(store_id="S001", price_list="DE", currency="EUR")
SHOP_SECRET = "shop-webhook-secret"
UI_CONFIG = SimpleNamespace(language="en", currency="EUR", store_name="Baumarkt & Mehr Berlin-Mitte")
PG_URL = os.environ.get("STORE_TEST_PG_URL")
DB_KINDS = ["sqlite", *([pytest.param("postgres", marks=pytest.mark.postgres)] if PG_URL else [])]


@contextmanager
def pg_schema(server_url: str) -> Iterator[str]:
    """A fresh schema of its own inside the database STORE_TEST_PG_URL names (nothing else in that
    database is touched; no database is created), dropped afterwards: the backend's URL for it."""
    import psycopg

    url = make_url(server_url)
    schema = f"journey_{uuid.uuid4().hex[:10]}"
    conninfo = (
        f"host={url.host or '127.0.0.1'} port={url.port or 5432} user={url.username} dbname={url.database}"
        + (f" password={url.password}" if url.password else "")
    )
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        with_path = url.update_query_dict({"options": f"-csearch_path={schema}"})
        yield with_path.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@dataclass
class Chain:
    """The backend as the journey sees it from outside, plus what reached the shop and the customer."""

    url: str
    db: BackendDb
    clock: FakeClock
    mailbox: MailBox
    receiver: WebhookReceiver
    worker: DeliveryWorker

    def deliver(self) -> dict[str, int]:
        """One round of the backend's notification delivery (what its delivery thread runs)."""
        return dict(self.worker.run_once())

    def enroll_code(self, terminal_id: str, store_id: str = "S001") -> str:
        """What `store-backend enroll-code` prints for a till of that store."""
        with self.db.write() as session:
            return issue_enroll_code(session, store_id=store_id, terminal_id=terminal_id, ttl_minutes=60)

    def api_key(self, name: str) -> str:
        with self.db.write() as session:
            return create_api_key(session, name)

    def mails(self) -> list[EmailMessage]:
        return [email.message_from_bytes(raw, policy=email.policy.default) for raw in self.mailbox.messages]

    def webhooks(self, order_number: str) -> list[str]:
        """The event types the shop accepted (signed, fresh) for one order, in arrival order."""
        return [
            p.body["type"] for p in self.receiver.accepted if p.body["order"]["order_number"] == order_number
        ]


@contextmanager
def chain(tmp_path: Path, db_url: str | None = None) -> Iterator[Chain]:
    """The seeded backend on loopback with an SMTP server and a subscribed webhook receiver."""
    url = db_url or f"sqlite:///{tmp_path / 'backend.sqlite3'}"
    upgrade(url)
    db = BackendDb(url)
    seed_demo(db, products=SEED_PRODUCTS, stocked=SEED_PRODUCTS)
    clock = FakeClock()
    mailbox, receiver = MailBox(), WebhookReceiver(SHOP_SECRET, clock)
    try:
        with smtp_server(mailbox) as smtp_port, receiving(receiver) as hook_url:
            with db.write() as session:
                notifications.add_subscription(session, hook_url, SHOP_SECRET)
            settings = Settings(
                db_url=url,
                scheduler=False,  # reminders and expiry are not part of this journey
                smtp_host="127.0.0.1",
                smtp_port=smtp_port,
                smtp_from="Baumarkt & Mehr <abholung@example.test>",
            )
            worker = DeliveryWorker(db, settings, clock=clock, rng=random.Random(9).random)
            # The demo chain's own orders told their customers when they were seeded (ready mails):
            # delivered before the journey starts, so the journey counts only its own messages.
            worker.run_once()
            mailbox.messages.clear()
            mailbox.recipients.clear()
            with serve_in_thread(create_app(settings)) as base_url:
                yield Chain(base_url, db, clock, mailbox, receiver, worker)
    finally:
        db.dispose()


@contextmanager
def served(kind: str, tmp_path: Path) -> Iterator[Chain]:
    """`chain` on SQLite (kind "sqlite"), or in a schema of its own in STORE_TEST_PG_URL's database."""
    if kind == "sqlite":
        with chain(tmp_path) as backend:
            yield backend
        return
    assert PG_URL is not None
    with pg_schema(PG_URL) as url, chain(tmp_path, url) as backend:
        yield backend


class WebShop:
    """The web shop (or its hotline) calling the web-shop API with its key."""

    def __init__(self, url: str, api_key: str) -> None:
        self.url = url
        self.http = requests.Session()
        self.http.headers["X-Api-Key"] = api_key

    def close(self) -> None:
        self.http.close()

    def post(self, path: str, body: dict[str, Any]) -> requests.Response:
        return self.http.post(f"{self.url}{path}", json=body, timeout=20)

    def place(self, order: dict[str, Any]) -> dict[str, Any]:
        answer = self.post("/v1/web-orders", order)
        assert answer.status_code == 201, answer.text
        return cast(dict[str, Any], answer.json())

    def order(self, number: str) -> dict[str, Any]:
        answer = self.http.get(f"{self.url}/v1/web-orders/{number}", timeout=20)
        assert answer.status_code == 200, answer.text
        return cast(dict[str, Any], answer.json())

    def stock(self, sku: str, store_id: str = "S001") -> tuple[str, str, str]:
        """(on hand, reserved, available) at one store, as GET /v1/stock says."""
        answer = self.http.get(f"{self.url}/v1/stock", params={"sku": sku}, timeout=20)
        assert answer.status_code == 200, answer.text
        level = next(s for s in answer.json()["stores"] if s["store_id"] == store_id)
        return level["on_hand"], level["reserved"], level["available"]


def set_on_hand(chain: Chain, store_id: str, sku: str, units: int) -> None:
    """Goods-in before a journey: the store's level brought to `units` by one stock movement at the
    backend, published on the feed like every level change."""
    with chain.db.write() as session:
        ledger, feed = StockLedger(session), FeedWriter(session)
        ledger.move(
            store_id=store_id,
            sku=sku,
            qty_milli=units * 1000 - ledger.on_hand(store_id, sku),
            reason="adjustment",
            source="journey:goods-in",
        )
        ledger.flush(feed, source="journey:goods-in")
        feed.flush()


def sync_engine(till: Till, client: BackendClient, terminal_id: str) -> SyncEngine:
    """The till's real sync engine for S001, run round by round by the journey (`step()`)."""
    return SyncEngine(
        db=till.db,
        client=client,
        terminal_id=terminal_id,
        scope=SCOPE,
        clock=lambda: datetime.now(UTC),
        first_retry=0.01,
        max_retry=0.05,
        poll_interval=0.05,
        rng=random.Random(3),
    )


@dataclass
class Counter:
    """Till T01 of S001 with its window open and a cashier logged in."""

    till: Till
    engine: SyncEngine
    window: MainWindow
    bridge: Bridge
    qtbot: QtBot
    claims: BackendPickupClaims

    def sync(self) -> None:
        """One round of the till's sync engine: push the outbox, pull the feed."""
        assert self.engine.step(), self.engine.status
        assert self.engine.status.pending == 0

    def scan(self, code: str) -> None:
        """A code read by the till's scanner (a keyboard-wedge scanner)."""
        self.bridge.publish_scan(code, "wedge")

    def outbox(self) -> list[tuple[str, dict[str, Any]]]:
        """The till's events in seq order: (type, payload)."""
        with self.till.db.read() as session:
            rows = session.execute(text("SELECT type, payload FROM outbox ORDER BY seq")).all()
        return [(row[0], json.loads(row[1])) for row in rows]


@contextmanager
def counter(chain: Chain, tmp_path: Path, qtbot: QtBot, bridge: Bridge) -> Iterator[Counter]:
    """Enrol T01 at the backend, bootstrap it, open its main window and log Anna in by her badge."""
    client = BackendClient(chain.url, read_timeout=20)
    client.token = client.enroll(chain.enroll_code("T01")).token
    claims_client = BackendClient(chain.url, token=client.token, read_timeout=5)  # UI worker thread
    claims = BackendPickupClaims(claims_client)
    customers_client = BackendClient(chain.url, token=client.token, read_timeout=5)  # UI worker thread
    carts_client = BackendClient(chain.url, token=client.token, read_timeout=5)  # UI worker thread
    stock_client = BackendClient(chain.url, token=client.token, read_timeout=5)  # the Stock area's lane
    till = open_till(
        tmp_path / "till.sqlite3",
        language="en",
        clock=TickingClock(datetime.now(UTC)),
        claims=claims,
        customer_directory=BackendCustomers(customers_client),
        saved_cart_source=BackendSavedCarts(carts_client),
        live_stock=LiveStockLookup(stock_client),
    )
    engine = sync_engine(till, client, "T01")
    window = MainWindow(till.services, bridge, config=UI_CONFIG)
    try:
        assert engine.step()  # bootstrap from the backend's snapshot
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        bridge.publish_scan("B:STAFF-0001", "wedge")
        qtbot.waitUntil(lambda: window.showing(window.sale))
        yield Counter(till, engine, window, bridge, qtbot, claims)
        assert window.worker.wait_for_done()
    finally:
        window.close()
        client.close()
        claims_client.close()
        customers_client.close()
        carts_client.close()
        stock_client.close()
        till.db.close()


@contextmanager
def other_store_till(
    chain: Chain, tmp_path: Path, qtbot: QtBot, bridge: Bridge, *, store_id: str, store_name: str
) -> Iterator[MainWindow]:
    """Till T01 of another store: its own till database, enrolled at the backend for that store, its
    main window open with Anna logged in by her badge; its Customers area asks the backend."""
    client = BackendClient(chain.url, read_timeout=10)
    client.token = client.enroll(chain.enroll_code("T01", store_id)).token
    till = open_till(
        tmp_path / f"till-{store_id}.sqlite3",
        language="en",
        clock=TickingClock(datetime.now(UTC)),
        store_id=store_id,
        customer_directory=BackendCustomers(client),
    )
    config = SimpleNamespace(language="en", currency="EUR", store_name=store_name)
    window = MainWindow(till.services, bridge, config=config)
    try:
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        bridge.publish_scan("B:STAFF-0001", "wedge")
        qtbot.waitUntil(lambda: window.showing(window.sale))
        yield window
        assert window.worker.wait_for_done()
    finally:
        window.close()
        client.close()
        till.db.close()


# ---------------------------------------------------------------- what a cashier does, through the UI


def pick_and_mark_ready(at: Counter, order_number: str, *barcodes: str) -> str:
    """Pickups area → the order in the "To pick" queue → scan each item → Ready. The customer's name
    the queue showed for it."""
    window, area = at.window, at.window.pickups
    window.areas.buttons["pickups"].click()
    at.qtbot.waitUntil(lambda: window.showing(area))
    queue = area.queue
    queue.tabs["to_pick"].click()  # the "To pick" view, read afresh (else it refreshes every 15 s)

    def row() -> int:
        numbers = [queue.text_at(r, 0) for r in range(queue.row_count())]
        return numbers.index(order_number) if order_number in numbers else -1

    at.qtbot.waitUntil(lambda: row() >= 0)
    customer = queue.text_at(row(), 1)
    queue.table.clicked.emit(queue.model.index(row(), 0))  # the cashier taps the order's row
    order = area.order
    assert area.pages.currentWidget() is order
    assert order.mode == "pick"
    for code in barcodes:
        at.scan(code)
    picked = [cell(order.table, r, 1).split(" / ") for r in range(order.table.rowCount())]
    assert picked, "the order has lines"
    assert all(done == due for done, due in picked), picked  # "1 / 1": every line picked in full
    at.qtbot.mouseClick(order.ready_button, Qt.MouseButton.LeftButton)
    assert not order.ready_button.isEnabled()
    assert order.banner.text() == f"Order {order_number} is ready; the customer is told."
    return customer


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def hand_over_by_qr(at: Counter, qr: str, *barcodes: str) -> None:
    """On the sale screen: the customer's QR opens the handover; scan each item; Hand over (the claim
    goes to the backend off the UI thread); back on the sale screen with the order in the visit."""
    window = at.window
    window.areas.buttons["sale"].click()
    at.qtbot.waitUntil(lambda: window.showing(window.sale))
    at.scan(qr)
    order = window.pickups.order
    assert window.showing(window.pickups)
    assert window.pickups.pages.currentWidget() is order
    assert order.mode == "handover"
    for code in barcodes:
        at.scan(code)
    at.qtbot.mouseClick(order.hand_over_button, Qt.MouseButton.LeftButton)
    assert not order.hand_over_button.isEnabled()  # no second tap while the claim runs
    at.qtbot.waitUntil(lambda: window.showing(window.sale), timeout=10_000)


def complete_the_visit(at: Counter) -> str:
    """Pay → the payment dialog → Complete (nothing to pay) → Next customer; the receipt number."""
    sale = at.window.sale
    sale.do_pay()
    at.qtbot.waitUntil(lambda: isinstance(sale.dialog, PaymentDialog) and sale.dialog.isVisible())
    pay = sale.dialog
    assert isinstance(pay, PaymentDialog)
    with at.qtbot.waitSignal(pay.sig_sale_completed):
        at.qtbot.mouseClick(pay.complete_button, Qt.MouseButton.LeftButton)
    assert pay.completed is not None
    number = str(pay.completed.receipt_number)
    at.qtbot.mouseClick(pay.next_button, Qt.MouseButton.LeftButton)
    at.qtbot.waitUntil(lambda: sale.dialog is None)
    return number
