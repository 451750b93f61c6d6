"""Returns and vouchers at a till that cannot reach the backend, end to end: the real backend (migrated,
demo-seeded, on loopback; tests/acceptance/journey_parts.py `chain`), two real tills of S001 enrolled
there (T02 sells and syncs without a window; T01 with its main window driven like a cashier) and their
real sync engines and backend adapters (sync/returns.py, sync/vouchers.py). "Offline" is every client
of T01 pointed at a closed loopback port (connection refused); "back" is the backend's URL again.

- (a) T01's own receipt offline: no manager, checked against T01's local returned quantities; the
  same unit a second time is refused at the till.
- (b) T02's receipt offline: T01 cannot check it: a manager approves each article scanned, and the
  line goes out unverified.
- (c) That line was an over-return (T02 had already taken the drill back online): when T01 is back,
  its events are all accepted (nothing refused) and the backend raises exactly one manager task.
- (d) A voucher taken in offline: up to `offline_voucher_limit` (50 EUR), refused above it; the backend
  books it later against the real balance.
- Bad codes at the till (online): an unknown receipt, an unknown web order, a voucher with a wrong
  check character, a malformed voucher code: each gets its own translated message, the visit and
  the payment stay as they were.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from backend.models import ManagerTask, Sale, SaleLine
from contract.vouchers import grouped, new_code
from sync.client import BackendClient
from sync.engine import SyncEngine
from sync.returns import BackendReturns
from sync.vouchers import BackendVouchers
from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.tenders import TenderKind
from terminal.services.returns import Choice
from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow
from terminal.ui.payment_dialog import PaymentDialog
from terminal.ui.returns_model import ReturnLinesModel
from tests.acceptance.journey_parts import SCOPE, UI_CONFIG, Chain, chain
from tests.support.server import free_port
from tests.support.till import TickingClock, Till, open_till, product_named

DRILL = product_named("Akku-Bohrschrauber")  # 129,99 €
MILK = product_named("Vollmilch")  # 1,49 €
TERMINALS = iter(f"T{n}" for n in range(11, 99))


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chain]:
    with chain(tmp_path_factory.mktemp("returns-offline")) as c:
        yield c


@pytest.fixture
def bridge(qapp: QApplication) -> Iterator[Bridge]:
    b = Bridge()
    yield b
    b.deleteLater()


@dataclass
class Online:
    """A till's clients of the backend, switched off (a closed port) and on again together."""

    url: str
    clients: tuple[BackendClient, ...]

    def go_offline(self) -> None:
        closed = f"http://127.0.0.1:{free_port()}"
        for client in self.clients:
            client.base_url = closed

    def come_back(self) -> None:
        for client in self.clients:
            client.base_url = self.url


def enrolled(backend: Chain, terminal_id: str) -> BackendClient:
    client = BackendClient(backend.url, read_timeout=20)
    client.token = client.enroll(backend.enroll_code(terminal_id)).token
    return client


def engine_for(till: Till, client: BackendClient, terminal_id: str) -> SyncEngine:
    return SyncEngine(
        db=till.db, client=client, terminal_id=terminal_id, scope=SCOPE, clock=lambda: datetime.now(UTC),
        first_retry=0.01, max_retry=0.05, poll_interval=0.05, rng=random.Random(3),
    )  # fmt: skip


def synced(engine: SyncEngine) -> None:
    assert engine.step(), engine.status
    assert engine.status.pending == 0, engine.status
    assert engine.status.failed == 0, engine.status  # nothing refused
    assert engine.status.blocked_at is None, engine.status


@dataclass
class T01:
    till: Till
    window: MainWindow
    bridge: Bridge
    qtbot: QtBot
    engine: SyncEngine
    net: Online
    client: BackendClient

    def scan(self, code: str) -> None:
        self.bridge.publish_scan(code, "wedge")


@pytest.fixture
def t01(backend: Chain, tmp_path: Path, qtbot: QtBot, bridge: Bridge) -> Iterator[T01]:
    """Till T01 enrolled, bootstrapped, its window open, Anna (a cashier) logged in by her badge."""
    terminal_id = next(TERMINALS)  # each test a till of its own at the same backend
    client = enrolled(backend, terminal_id)
    returns_client = BackendClient(backend.url, token=client.token, read_timeout=5)
    vouchers_client = BackendClient(backend.url, token=client.token, read_timeout=5)
    till = open_till(
        tmp_path / "t01.sqlite3", language="en", terminal_id=terminal_id,
        clock=TickingClock(datetime.now(UTC)), returns_backend=BackendReturns(returns_client),
        vouchers=BackendVouchers(vouchers_client),
    )  # fmt: skip
    engine = engine_for(till, client, terminal_id)
    window = MainWindow(till.services, bridge, config=UI_CONFIG)
    try:
        assert engine.step()  # bootstrap from the backend's snapshot
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        bridge.publish_scan("B:STAFF-0001", "wedge")
        qtbot.waitUntil(lambda: window.showing(window.sale))
        net = Online(backend.url, (client, returns_client, vouchers_client))
        yield T01(till, window, bridge, qtbot, engine, net, client)
        assert window.worker.wait_for_done()
    finally:
        for dialog in QApplication.topLevelWidgets():
            if dialog.isVisible() and dialog is not window:
                dialog.close()
        window.close()
        for c in (client, returns_client, vouchers_client):
            c.close()
        till.db.close()


# ---------------------------------------------------------------- at the counter, through the UI


def open_payment(at: T01) -> PaymentDialog:
    sale = at.window.sale
    at.window.areas.show_area("sale")
    sale.do_pay()
    at.qtbot.waitUntil(lambda: isinstance(sale.dialog, PaymentDialog) and sale.dialog.isVisible())
    assert isinstance(sale.dialog, PaymentDialog)
    return sale.dialog


def finish(at: T01, pay: PaymentDialog, button: Any) -> str:
    """One tender button settles it; Next customer. The receipt number."""
    with at.qtbot.waitSignal(pay.sig_sale_completed):
        at.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert pay.completed is not None
    number = str(pay.completed.receipt_number)
    at.qtbot.mouseClick(pay.next_button, Qt.MouseButton.LeftButton)
    at.qtbot.waitUntil(lambda: at.window.sale.dialog is None)
    return number


def manager_approves(at: T01) -> None:
    at.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    dialog.entry.setText("9999")  # type: ignore[union-attr]  # Maria's PIN
    dialog.accept_entry()  # type: ignore[union-attr]


def look_up(at: T01, code: str) -> None:
    area = at.window.returns
    at.window.areas.show_area("returns")
    area.look_up(code)
    at.qtbot.waitUntil(lambda: not area.banner.text().startswith("Looking up"), timeout=10_000)


def left(at: T01, row: int) -> str:
    return str(at.window.returns.model.index(row, ReturnLinesModel.COLUMN_LEFT).data())


def tasks(backend: Chain) -> list[ManagerTask]:
    with backend.db.read() as session:
        return list(session.scalars(select(ManagerTask).order_by(ManagerTask.task_id)))


def returned_milli(backend: Chain, receipt: str, line_no: int) -> int:
    with backend.db.read() as session:
        return int(
            session.execute(
                select(SaleLine.returned_milli)
                .join(Sale, Sale.sale_id == SaleLine.sale_id)
                .where(Sale.receipt_number == receipt, SaleLine.line_no == line_no)
            ).scalar_one()
        )


def outbox_payments(till: Till) -> list[dict[str, Any]]:
    with till.db.read() as session:
        rows = session.execute(text("SELECT payload FROM outbox WHERE type = 'visit.completed' ORDER BY seq"))
        return [p for (raw,) in rows for p in json.loads(raw)["payments"]]


# ---------------------------------------------------------------- the journey


def test_returns_and_a_voucher_while_the_backend_cannot_be_reached(
    backend: Chain, t01: T01, tmp_path: Path
) -> None:
    at, qtbot = t01, t01.qtbot
    # T02 (another till of the store) sells a drill and, online, takes it back for store credit.
    t02_client = enrolled(backend, "T02")
    t02 = open_till(tmp_path / "t02.sqlite3", language="en", terminal_id="T02")
    try:
        t02_engine = engine_for(t02, t02_client, "T02")
        assert t02_engine.step()
        s = t02.services
        s.staff.login("1111")
        s.selling.scan(DRILL.barcode)
        s.checkout.begin()
        s.checkout.add_cash(Money(DRILL.price_minor, "EUR"))
        t02_receipt = str(s.checkout.complete().receipt_number)
        s.returns.add(s.returns.find(t02_receipt), [Choice(1, Decimal(1), "defective")])
        s.checkout.begin()
        settled = s.checkout.issue_store_credit()
        (voucher,) = [t.reference for t in settled.tenders if t.kind is TenderKind.VOUCHER]
        s.checkout.complete()
        assert voucher is not None
        synced(t02_engine)
    finally:
        t02_client.close()
        t02.db.close()
    assert returned_milli(backend, t02_receipt, 1) == 1000
    assert tasks(backend) == []

    # T01 sells a drill and milk online (its own receipt), synced.
    at.scan(DRILL.barcode)
    at.scan(MILK.barcode)
    pay = open_payment(at)
    qtbot.keyClicks(pay.entry, "200")
    own_receipt = finish(at, pay, pay.cash_button)
    synced(at.engine)

    at.net.go_offline()

    # (a) Its own receipt offline: the lines come from the till's history, no manager asked.
    look_up(at, f"R:{own_receipt}")
    area = at.window.returns
    assert area.model.rowCount() == 2, area.banner.text()
    assert area.original is not None
    assert (area.original.verified, area.original.source) == (True, "own")
    assert left(at, 0) == "1"
    area.table.selectRow(0)
    qtbot.mouseClick(area.panel.plus_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(area.panel.reason_buttons["changed_mind"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(area.panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: at.window.showing(at.window.sale), timeout=10_000)
    assert QApplication.activeModalWidget() is None  # nobody was asked to approve
    (line,) = at.till.services.selling.visit().returns
    assert (line.verified, line.approved_by, line.claim_id) == (True, None, None)
    assert line.refund == Money(DRILL.price_minor, "EUR")
    pay = open_payment(at)
    assert pay.total_label.text() == "Refund €129.99 to the customer"
    finish(at, pay, pay.cash_button)
    # The same unit a second time: the till's own returned quantity says none is left.
    look_up(at, own_receipt)
    assert area.model.rowCount() == 2
    assert left(at, 0) == "0"
    area.table.selectRow(0)
    qtbot.mouseClick(area.panel.plus_button, Qt.MouseButton.LeftButton)
    assert area.model.index(0, ReturnLinesModel.COLUMN_BACK).data() in ("", "0", None)
    assert area.original is not None
    with pytest.raises(TillError) as refused:
        at.till.services.returns.prepare(area.original, [Choice(1, Decimal(1), "changed_mind")])
    assert refused.value.code == "return.over_returnable"
    area.clear()

    # (b) T02's receipt offline: not checked here; each article scanned, a manager approves.
    look_up(at, f"R:{t02_receipt}")
    assert area.original is not None
    assert not area.original.verified
    assert area.header.text() == f"Receipt {t02_receipt}: not checked"
    assert "cannot be checked now (offline)" in area.banner.text()
    area.choose_reason("defective")
    at.scan(DRILL.barcode)
    manager_approves(at)
    qtbot.waitUntil(lambda: at.window.showing(at.window.sale), timeout=10_000)
    (line,) = at.till.services.selling.visit().returns
    assert (line.verified, line.approved_by, line.origin.reference) == (False, "maria", t02_receipt)
    assert line.refund == Money(DRILL.price_minor, "EUR")
    finish(at, pay := open_payment(at), pay.cash_button)

    # (d) A voucher offline: the whole drill (129,99 €) is above the 50 € limit, 50 € are taken.
    at.scan(DRILL.barcode)
    pay = open_payment(at)
    qtbot.keyClicks(pay.voucher_entry, grouped(voucher))
    qtbot.mouseClick(pay.voucher_button, Qt.MouseButton.LeftButton)
    assert pay.error.isVisible()
    assert pay.error.text().startswith("The head office cannot be reached: a voucher can pay at most €50.00")
    assert pay.payment.tenders == ()
    qtbot.keyClicks(pay.entry, "50.00")
    qtbot.mouseClick(pay.voucher_button, Qt.MouseButton.LeftButton)
    assert pay.error.isHidden(), pay.error.text()
    (taken,) = pay.payment.tenders
    assert (taken.kind, taken.amount, taken.offline) == (TenderKind.VOUCHER, Money(5000, "EUR"), True)
    qtbot.keyClicks(pay.entry, "79.99")
    finish(at, pay, pay.cash_button)
    offline_in = [p for p in outbox_payments(at.till) if p["tender"] == "voucher"]
    assert [(p["amount_minor"], p["offline"], p["direction"]) for p in offline_in] == [(5000, True, "in")]

    # (c) Back online: every event accepted; the over-return of T02's drill is one manager task.
    at.engine.step()  # still unreachable: the three visits wait in the outbox
    assert (at.engine.status.last_error, at.engine.status.pending) == ("sync.offline", 3), at.engine.status
    at.net.come_back()
    synced(at.engine)
    assert returned_milli(backend, own_receipt, 1) == 1000  # the own receipt's return counted
    (task,) = tasks(backend)
    assert task.kind == "visit.unmatched"
    assert t02_receipt in json.dumps(task.details), task.details
    assert "more returned than sold" in json.dumps(task.details), task.details
    balance = BackendVouchers(at.client).balance(voucher)
    assert balance.balance_minor == DRILL.price_minor - 5000  # booked later, within the balance: no task


# ---------------------------------------------------------------- bad codes


def test_bad_codes_get_their_message_and_lose_nothing(backend: Chain, t01: T01) -> None:
    at, qtbot = t01, t01.qtbot
    at.scan(MILK.barcode)  # a visit under way
    before = at.till.services.selling.visit()
    area = at.window.returns
    for typed, message in (
        ("R:S001-T77-999999", "Receipt S001-T77-999999 is not known. Check the number on the receipt."),
        ("W-99999999", "Web order W-99999999 is not known. Check the order number."),
    ):
        look_up(at, typed)
        assert area.banner.text() == message
        assert area.original is None
        assert at.till.services.selling.visit() == before
    pay = open_payment(at)
    wrong = grouped(good := new_code())[:-1] + ("0" if good[-1] != "0" else "1")
    for typed, starts in (
        (wrong, "This voucher code has a typing error (its last symbol does not match)."),
        ("ABC-123", "That is not a voucher code. A voucher code has 17 letters and digits."),
    ):
        pay.voucher_entry.clear()
        qtbot.keyClicks(pay.voucher_entry, typed)
        qtbot.keyClick(pay.voucher_entry, Qt.Key.Key_Return)
        assert pay.error.isVisible()
        assert pay.error.text().startswith(starts), pay.error.text()
        assert pay.payment.tenders == ()
        assert pay.voucher_entry.text() == typed  # kept for correcting
    pay.reject()
    assert at.till.services.selling.visit() == before
