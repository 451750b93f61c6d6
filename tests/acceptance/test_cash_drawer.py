"""The cash drawer opens at the cash sale or not at all, and never through a receipt.

Real till services and database, the real print queue loop on its thread, the real drawer adapter,
and a real network printer: a raw TCP listener on loopback that refuses connections while "off".
Each connection the queue makes is one thing sent to the printer, so the order is visible; a
connection that sends nothing is the idle queue asking whether the printer is there, not a job.
"""

from __future__ import annotations

import queue
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from hardware.drawer import PrinterDrawer, drawer_kick
from hardware.escpos_decode import decode_lines
from hardware.print_queue import DrawerOutcome, PrintQueue
from hardware.printer import NetworkPrinter
from terminal.adapters import BackgroundLoops, DbPrintJobStore
from terminal.domain.money import Money
from terminal.domain.staff import Action
from terminal.storage import audit, print_jobs
from tests.support.till import TickingClock, Till, open_till, product_named

MUESLI = product_named("Kölln Müsli")
KICK = drawer_kick()


class LoopbackPrinter:
    """A raw-TCP receipt printer on 127.0.0.1: off (the port refuses) until `switch_on()`."""

    def __init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))  # bound but not listening: connections are refused
        self.port = int(self._listener.getsockname()[1])
        self.received: queue.Queue[bytes] = queue.Queue()
        self.probes = 0  # connections that sent nothing: the queue asking whether the printer is there
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def switch_on(self) -> None:
        self._listener.listen(8)
        self._listener.settimeout(0.05)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)
        self._listener.close()

    def next_job(self, timeout: float = 5.0) -> bytes:
        return self.received.get(timeout=timeout)

    def nothing_more(self, wait: float = 0.3) -> bool:
        try:
            self.received.get(timeout=wait)
        except queue.Empty:
            return True
        return False

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(5)
                data = bytearray()
                while chunk := conn.recv(65536):
                    data.extend(chunk)
            if data:
                self.received.put(bytes(data))
            else:
                self.probes += 1


class QueueSlot:
    """Stands in for the print queue until the till's database, which the queue reads, is open."""

    queue: PrintQueue

    def wake(self) -> None:
        self.queue.wake()

    def open_drawer(self, kick: bytes) -> None:
        self.queue.open_drawer(kick)


@dataclass
class PrintingTill:
    till: Till
    printer: LoopbackPrinter
    drawer_outcomes: queue.Queue[DrawerOutcome] = field(default_factory=queue.Queue)


@pytest.fixture
def printing_till(tmp_path: Path) -> Iterator[PrintingTill]:
    printer = LoopbackPrinter()
    slot = QueueSlot()
    till = open_till(tmp_path / "till.sqlite3", printer=slot, drawer=PrinterDrawer(slot))
    setup = PrintingTill(till, printer)
    slot.queue = PrintQueue(
        store=DbPrintJobStore(till.db, TickingClock()),
        printer=NetworkPrinter("127.0.0.1", port=printer.port, timeout=2),
        on_drawer=setup.drawer_outcomes.put,
        first_retry=0.05,
        max_retry=0.2,
        idle_poll=60,  # only a wake-up (a sale, a reprint, a drawer) or a retry makes it look
        drawer_window=0.5,
    )
    loops = BackgroundLoops()
    loops.start("print-queue", slot.queue.run, slot.queue.wake)
    till.services.staff.login("1111")
    try:
        yield setup
    finally:
        loops.stop()
        printer.close()
        till.db.close()


def _sell(till: Till, *, cash: bool) -> str:
    s = till.services
    s.selling.scan(MUESLI.barcode)
    amount = Money(MUESLI.price_minor, "EUR")
    if cash:
        s.checkout.add_cash(Money(500, "EUR"))
    else:
        s.checkout.add_card(amount)
    return s.checkout.complete().receipt_number


def test_printer_on_the_kick_goes_before_the_receipt_and_only_for_cash(printing_till: PrintingTill) -> None:
    till, printer = printing_till.till, printing_till.printer
    printer.switch_on()

    number = _sell(till, cash=True)
    assert printer.next_job() == KICK  # the drawer first, while the customer waits for change
    receipt = printer.next_job()
    assert number in "\n".join(decode_lines(receipt))
    assert b"\x1bp" not in receipt
    assert printing_till.drawer_outcomes.get(timeout=5) == DrawerOutcome(opened=True)

    till.services.receipts.reprint(number)
    copy = printer.next_job()
    assert "*** KOPIE ***" in decode_lines(copy)
    assert "[DRAWER]" not in decode_lines(copy)
    assert b"\x1bp" not in copy

    card = _sell(till, cash=False)
    only = printer.next_job()
    assert card in "\n".join(decode_lines(only))
    assert "[DRAWER]" not in decode_lines(only)
    assert printer.nothing_more()


def test_printer_off_the_receipt_waits_and_the_kick_is_dropped_not_sent_later(
    printing_till: PrintingTill,
) -> None:
    till, printer = printing_till.till, printing_till.printer

    number = _sell(till, cash=True)
    # The printer cannot take the kick within its window: dropped, and the till hears why.
    dropped = printing_till.drawer_outcomes.get(timeout=5)
    assert dropped == DrawerOutcome(opened=False, reason="printer.offline")
    assert till.services.receipts.waiting_jobs() == 1

    printer.switch_on()  # minutes later, the customer long gone
    receipt = printer.next_job()
    decoded = decode_lines(receipt)
    assert number in "\n".join(decoded)
    assert "[DRAWER]" not in decoded
    assert b"\x1bp" not in receipt
    assert printer.nothing_more()  # nothing else came out: no late kick
    assert printing_till.drawer_outcomes.empty()


def test_the_managers_drawer_opening_is_audited_and_never_queued(printing_till: PrintingTill) -> None:
    till, printer = printing_till.till, printing_till.printer
    s = till.services
    printer.switch_on()
    s.checkout.open_drawer(s.staff.approve("9999", Action.OPEN_DRAWER))
    assert printer.next_job() == KICK
    assert printing_till.drawer_outcomes.get(timeout=5) == DrawerOutcome(opened=True)
    with till.db.read() as session:
        (entry,) = audit.list_entries(session, action="drawer.open")
        assert print_jobs.list_jobs(session) == []
    assert (entry.staff_id, entry.approved_by) == ("anna", "maria")


def test_a_drawer_job_queued_by_an_older_version_never_opens_the_drawer(printing_till: PrintingTill) -> None:
    till, printer = printing_till.till, printing_till.printer
    number = _sell(till, cash=False)
    with till.db.write() as session:  # what the old "open drawer" and cash-sale paths queued
        print_jobs.enqueue(session, data=KICK, at=TickingClock()())
        old = print_jobs.list_jobs(session)[-1]
        legacy = b"\x1b@\x1bt\x13" + KICK + old.data[5:]
        print_jobs.enqueue(session, data=legacy, at=TickingClock()(), receipt_number=number)
    printer.switch_on()
    till.services.receipts.reprint(number)  # wakes the queue
    printed = [printer.next_job() for _ in range(3)]
    assert all(b"\x1bp" not in job for job in printed)
    assert printer.nothing_more()
    with till.db.read() as session:
        failed = print_jobs.list_jobs(session, status="failed")
    assert [job.last_error for job in failed] == ["drawer.expired"]


class RecordingBridge:
    """What terminal.app's loops publish to (the real one re-emits these as Qt signals)."""

    def __init__(self) -> None:
        self.drawer_failures: queue.Queue[str] = queue.Queue()

    def publish_printer_state(self, *, ready: bool, waiting: int = 0, detail: str = "") -> None:
        """The status bar's business; not asserted here."""

    def publish_drawer_failed(self, reason: str) -> None:
        self.drawer_failures.put(reason)


@pytest.fixture
def app_till(tmp_path: Path) -> Iterator[tuple[object, LoopbackPrinter, RecordingBridge]]:
    """A till built by the composition root, terminal.app.build_till, with a network printer."""
    from terminal.app import build_till
    from terminal.config import PrinterConfig, TillConfig
    from terminal.storage.db import open_database
    from terminal.storage.seed import seed_demo

    printer = LoopbackPrinter()
    config = TillConfig(printer=PrinterConfig(type="network", host="127.0.0.1", port=printer.port))
    db = open_database(tmp_path / "till.sqlite3")
    seed_demo(db, store_id="S001", products=50)
    bridge = RecordingBridge()
    till = build_till(config, db, bridge)
    till.services.staff.login("1111")
    try:
        yield till, printer, bridge
    finally:
        till.loops.stop()
        printer.close()
        db.close()


def _app_cash_sale(till: object) -> str:
    services = till.services  # type: ignore[attr-defined]
    services.selling.scan(MUESLI.barcode)
    services.checkout.add_cash(Money(500, "EUR"))
    return str(services.checkout.complete().receipt_number)


def test_the_app_opens_the_drawer_through_the_printer_ahead_of_the_receipt(
    app_till: tuple[object, LoopbackPrinter, RecordingBridge],
) -> None:
    till, printer, bridge = app_till
    printer.switch_on()
    number = _app_cash_sale(till)
    assert printer.next_job() == KICK
    assert number in "\n".join(decode_lines(printer.next_job()))
    assert bridge.drawer_failures.empty()


def test_the_app_tells_the_cashier_when_the_drawer_could_not_open(
    app_till: tuple[object, LoopbackPrinter, RecordingBridge],
) -> None:
    till, _printer, bridge = app_till  # the printer stays off
    _app_cash_sale(till)
    assert bridge.drawer_failures.get(timeout=10) == "printer.offline"  # after the 5 s window
