"""The parts of the returns journeys (tests/acceptance/test_returns_journeys.py).

The chain's backend is `journey_parts.chain()` (uvicorn on loopback, migrated and demo-seeded, with
the web shop's webhook receiver). `Lane` is one real till of any store of that chain: a till database
through the real migrations, enrolled at the backend with a real code, its real `SyncEngine` (one round
per `sync()`), the real returns and vouchers adapters (`sync/returns.py`, `sync/vouchers.py`) on their
own clients, and the real main window driven by qtbot and its scanner bridge. What a cashier does at
the till lives here as small functions (sell, return from a receipt, pay out, take a voucher).
"""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from backend.services.security import issue_enroll_code
from hardware.escpos_decode import decode_lines
from sync.client import BackendClient
from sync.engine import SyncEngine
from sync.releases import BackgroundReleases
from sync.returns import BackendReturns
from sync.vouchers import BackendVouchers
from terminal.storage import print_jobs
from terminal.storage.feed_apply import FeedScope
from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow
from terminal.ui.payment_dialog import PaymentDialog
from terminal.ui.returns_model import ReturnLinesModel
from tests.acceptance.journey_parts import Chain
from tests.support.till import TickingClock, Till, open_till


@dataclass
class Lane:
    """One till of one store, its window open and Anna logged in. `qtbot` is the running test's."""

    store_id: str
    terminal_id: str
    till: Till
    engine: SyncEngine
    window: MainWindow
    bridge: Bridge
    client: BackendClient  # the sync engine's, also used by the test to read the backend as this till
    returns: BackendReturns
    qtbot: QtBot | None = None
    clients: list[BackendClient] = field(default_factory=list)
    releases: BackgroundReleases = field(default_factory=BackgroundReleases)  # the till's releases loop

    @property
    def bot(self) -> QtBot:
        assert self.qtbot is not None
        return self.qtbot

    def wait_released(self) -> None:
        """Until the releases loop has given back every claim and hold it was handed."""
        assert self.releases.wait_idle(10)

    def sync(self) -> None:
        """One round of the till's sync engine: push the outbox, pull the feed."""
        assert self.engine.step(), self.engine.status
        assert self.engine.status.pending == 0, self.engine.status

    def scan(self, code: str) -> None:
        self.bridge.publish_scan(code, "wedge")

    def outbox(self) -> list[tuple[str, dict[str, Any]]]:
        with self.till.db.read() as session:
            rows = session.execute(text("SELECT type, payload FROM outbox ORDER BY seq")).all()
        return [(row[0], json.loads(row[1])) for row in rows]

    def last_visit(self) -> dict[str, Any]:
        return next(p for t, p in reversed(self.outbox()) if t in ("visit.completed", "sale.completed"))

    def printed(self, receipt_number: str) -> list[list[str]]:
        """The print jobs of one receipt number, decoded back to text lines (receipt, then slips)."""
        with self.till.db.read() as session:
            jobs = sorted(print_jobs.list_jobs(session), key=lambda job: job.job_id)
        return [decode_lines(job.data) for job in jobs if job.receipt_number == receipt_number]

    def returnable(self, receipt_or_order: str, kind: str = "receipts") -> list[dict[str, Any]]:
        """The backend's returnable lines of an original, asked as this till."""
        answer = self.client.send("GET", f"/v1/terminal/returns/{kind}/{receipt_or_order}").json()
        return list(answer["lines"])

    def voucher(self, code: str) -> dict[str, Any]:
        return dict(self.client.send("GET", f"/v1/terminal/vouchers/{code}").json())


def enroll_code(chain: Chain, store_id: str, terminal_id: str) -> str:
    with chain.db.write() as session:
        return issue_enroll_code(session, store_id=store_id, terminal_id=terminal_id, ttl_minutes=60)


@contextmanager
def lane(chain: Chain, folder: Path, store_id: str, terminal_id: str, bridge: Bridge) -> Iterator[Lane]:
    """Enrol a till of `store_id` at the backend, bootstrap it, open its window (1366x768); Anna's
    badge logs her in. The returns and vouchers adapters have clients of their own (UI worker)."""
    client = BackendClient(chain.url, read_timeout=20)
    client.token = client.enroll(enroll_code(chain, store_id, terminal_id)).token
    returns_client = BackendClient(chain.url, token=client.token, read_timeout=10)
    voucher_client = BackendClient(chain.url, token=client.token, read_timeout=10)
    returns = BackendReturns(returns_client)
    releases, stop = BackgroundReleases(), threading.Event()
    releaser = threading.Thread(target=releases.run, args=(stop,), name="releases", daemon=True)
    releaser.start()
    till = open_till(
        folder / f"{store_id}-{terminal_id}.sqlite3",
        language="en",
        clock=TickingClock(datetime.now(UTC)),
        terminal_id=terminal_id,
        store_id=store_id,
        returns_backend=returns,
        vouchers=BackendVouchers(voucher_client),
        releases=releases,
    )
    engine = SyncEngine(
        db=till.db,
        client=client,
        terminal_id=terminal_id,
        scope=FeedScope(store_id=store_id, price_list="DE", currency="EUR"),
        clock=lambda: datetime.now(UTC),
        first_retry=0.01,
        max_retry=0.05,
        poll_interval=0.05,
        rng=random.Random(3),
    )
    config = SimpleNamespace(language="en", currency="EUR", store_name=f"Baumarkt & Mehr {store_id}")
    window = MainWindow(till.services, bridge, config=config)
    try:
        assert engine.step()  # bootstrap from the backend's snapshot
        window.resize(1366, 768)
        window.show()
        bridge.publish_scan("B:STAFF-0001", "wedge")
        QApplication.processEvents()
        assert window.showing(window.sale)
        yield Lane(store_id, terminal_id, till, engine, window, bridge, client, returns,
                   clients=[returns_client, voucher_client], releases=releases)  # fmt: skip
        assert window.worker.wait_for_done()
    finally:
        window.close()
        window.deleteLater()
        releases.wait_idle(10)
        stop.set()
        releases.wake()
        releaser.join(10)
        for c in (client, returns_client, voucher_client):
            c.close()
        till.db.close()


# ---------------------------------------------------------------- what a cashier does, through the UI


def to_sale(at: Lane) -> None:
    window = at.window
    window.areas.buttons["sale"].click()
    at.bot.waitUntil(lambda: window.showing(window.sale))


def ring_up(at: Lane, *barcodes: str) -> None:
    """Articles scanned at the sale screen."""
    to_sale(at)
    before = pieces(at)
    for code in barcodes:
        at.scan(code)
    assert pieces(at) == before + len(barcodes)


def pieces(at: Lane) -> Decimal:
    return sum((line.quantity for line in at.till.services.selling.visit().basket.lines), Decimal(0))


def open_payment(at: Lane) -> PaymentDialog:
    sale = at.window.sale
    to_sale(at)
    sale.do_pay()
    at.bot.waitUntil(lambda: isinstance(sale.dialog, PaymentDialog) and sale.dialog.isVisible())
    pay = sale.dialog
    assert isinstance(pay, PaymentDialog)
    return pay


def settle(at: Lane, pay: PaymentDialog, button: str, amount: str = "") -> str:
    """One tender that settles the visit (the dialog completes at once): "cash", "card", "web",
    "credit", "complete" (even). Next customer; the receipt number."""
    if amount:
        pay.entry.setText(amount)
    with at.bot.waitSignal(pay.sig_sale_completed, timeout=10_000):
        if button == "card":
            at.bot.mouseClick(pay.card_button, Qt.MouseButton.LeftButton)
            at.bot.mouseClick(pay.card_approved, Qt.MouseButton.LeftButton)
        else:
            target = {"cash": pay.cash_button, "web": pay.web_button, "credit": pay.credit_button,
                      "complete": pay.complete_button}[button]  # fmt: skip
            assert target.isVisible(), f"{button} is not offered: {pay.total_label.text()}"
            at.bot.mouseClick(target, Qt.MouseButton.LeftButton)
    assert pay.completed is not None, pay.error.text()
    number = str(pay.completed.receipt_number)
    next_customer(at, pay)
    return number


def next_customer(at: Lane, pay: PaymentDialog) -> None:
    at.bot.mouseClick(pay.next_button, Qt.MouseButton.LeftButton)
    at.bot.waitUntil(lambda: at.window.sale.dialog is None)


def sell(at: Lane, *barcodes: str, tender: str = "cash") -> str:
    ring_up(at, *barcodes)
    return settle(at, open_payment(at), tender)


def open_return(at: Lane, reference: str, *, scanned: bool = True, in_area: bool = False) -> None:
    """At the sale screen (or in the Returns area: `in_area`): the receipt's code scanned (or the
    number typed into the Returns area's field); the Returns area shows the original's lines."""
    if not in_area:
        to_sale(at)
    area = at.window.returns
    area.model.set_original(None, today=at.till.services.returns.today())
    if scanned:
        at.scan(reference)
    else:
        at.window.areas.show_area("returns")
        at.bot.keyClicks(area.entry, reference)
        at.bot.keyClick(area.entry, Qt.Key.Key_Return)

    def answered() -> bool:
        banner = area.banner.text()
        return area.model.rowCount() > 0 or (banner != "" and "Looking" not in banner)

    at.bot.waitUntil(answered, timeout=10_000)
    assert at.window.showing(area)


def row_of(at: Lane, name_fragment: str) -> int:
    model = at.window.returns.model
    for row in range(model.rowCount()):
        if name_fragment in str(model.index(row, ReturnLinesModel.COLUMN_ITEM).data()):
            return row
    raise AssertionError(f"no line {name_fragment!r}")


def cells(at: Lane, row: int) -> tuple[str, ...]:
    """(sold, paid, returned, left, back, policy) as the Returns area shows them."""
    model = at.window.returns.model
    m = ReturnLinesModel
    columns = (m.COLUMN_SOLD, m.COLUMN_PAID, m.COLUMN_RETURNED, m.COLUMN_LEFT, m.COLUMN_BACK, m.COLUMN_POLICY)
    return tuple(str(model.index(row, c).data() or "") for c in columns)


def choose(at: Lane, row: int, quantity: int, reason: str, disposition: str = "restock") -> None:
    """The line's row tapped, + as often as units come back, a reason, where it goes."""
    area = at.window.returns
    area.table.selectRow(row)
    for _ in range(quantity):
        at.bot.mouseClick(area.panel.plus_button, Qt.MouseButton.LeftButton)
    at.bot.mouseClick(area.panel.reason_buttons[reason], Qt.MouseButton.LeftButton)
    if disposition != "restock" or reason == "damaged":
        at.bot.mouseClick(area.panel.disposition_buttons[disposition], Qt.MouseButton.LeftButton)


def add_to_visit(at: Lane, *, manager_pin: str | None = None) -> None:
    """Add to visit (F9): claimed off the UI thread; a manager's PIN when asked; back at the sale screen."""
    area = at.window.returns
    before = len(at.till.services.selling.visit().returns)
    at.bot.mouseClick(area.panel.add_button, Qt.MouseButton.LeftButton)
    if manager_pin is not None:
        approve(at, manager_pin)
    at.bot.waitUntil(lambda: at.window.showing(at.window.sale), timeout=10_000)
    assert len(at.till.services.selling.visit().returns) > before


def approve(at: Lane, pin: str) -> None:
    at.bot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=10_000)
    dialog: Any = QApplication.activeModalWidget()
    dialog.entry.setText(pin)
    dialog.accept_entry()


def refused(at: Lane) -> str:
    """Add to visit refused: the banner's message once the worker answered."""
    area = at.window.returns
    at.bot.mouseClick(area.panel.add_button, Qt.MouseButton.LeftButton)
    at.bot.waitUntil(lambda: area.banner.text() != "" and area.panel.add_button.isEnabled(), timeout=10_000)
    assert at.window.showing(area)
    return str(area.banner.text())


def total(visit: dict[str, Any]) -> int:
    return int(visit["total_minor"])


def units(value: str) -> Decimal:
    return Decimal(value)
