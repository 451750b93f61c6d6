"""The print queue: jobs wait while the printer is off, print when it is back, never get dropped."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from hardware.print_queue import DrawerOutcome, PrinterState, PrintJob, PrintQueue
from hardware.printer import FilePrinter, PrinterError


class FakeStore:
    """The PrintJobStore port in memory (the real one is the print_job table)."""

    def __init__(self, *jobs: PrintJob) -> None:
        self._lock = threading.Lock()
        self.pending = list(jobs)
        self.printed: list[str] = []
        self.failures: list[tuple[str, str]] = []

    def add(self, job: PrintJob) -> None:
        with self._lock:
            self.pending.append(job)

    def next_pending(self) -> PrintJob | None:
        with self._lock:
            return self.pending[0] if self.pending else None

    def mark_printed(self, job_id: str) -> None:
        with self._lock:
            self.pending = [j for j in self.pending if j.job_id != job_id]
            self.printed.append(job_id)

    def mark_failed(self, job_id: str, error_code: str) -> None:
        with self._lock:
            self.failures.append((job_id, error_code))

    def pending_count(self) -> int:
        with self._lock:
            return len(self.pending)


class SwitchablePrinter:
    """A printer that is off (raises) until switched on."""

    def __init__(self) -> None:
        self.on = False
        self.received: list[bytes] = []

    def describe(self) -> str:
        return "switchable"

    def send(self, data: bytes) -> None:
        if not self.on:
            raise PrinterError("printer.offline", printer="switchable")
        self.received.append(data)


def _job(n: int) -> PrintJob:
    return PrintJob(job_id=f"job-{n}", receipt_number=f"S001-T01-{n:06d}", data=f"receipt {n}".encode())


@pytest.fixture
def states() -> queue.Queue[PrinterState]:
    return queue.Queue()


def _until(states: queue.Queue[PrinterState], wanted: PrinterState) -> None:
    while (state := states.get(timeout=5)) != wanted:
        assert state.status in ("ready", "printing", "offline")


def _running(print_queue: PrintQueue) -> Iterator[threading.Event]:
    stop = threading.Event()
    thread = threading.Thread(target=print_queue.run, args=(stop,), daemon=True)
    thread.start()
    yield stop
    stop.set()
    print_queue.wake()
    thread.join(timeout=5)
    assert not thread.is_alive()


def test_jobs_wait_while_the_printer_is_off_and_print_in_order_when_back(
    states: queue.Queue[PrinterState],
) -> None:
    store = FakeStore(_job(1), _job(2))
    printer = SwitchablePrinter()
    print_queue = PrintQueue(store=store, printer=printer, on_state=states.put, first_retry=60, idle_poll=60)
    for _ in _running(print_queue):
        _until(states, PrinterState("offline", waiting=2, reason="printer.offline"))
        assert store.pending == [_job(1), _job(2)]  # nothing dropped
        store.add(_job(3))
        printer.on = True
        print_queue.wake()  # "retry now": no waiting for the 60 s backoff
        _until(states, PrinterState("ready"))
    assert printer.received == [b"receipt 1", b"receipt 2", b"receipt 3"]
    assert store.printed == ["job-1", "job-2", "job-3"]
    assert store.failures[0] == ("job-1", "printer.offline")


def test_failed_jobs_are_retried_with_backoff(states: queue.Queue[PrinterState]) -> None:
    store = FakeStore(_job(1))
    printer = SwitchablePrinter()
    print_queue = PrintQueue(
        store=store, printer=printer, on_state=states.put, first_retry=0.01, max_retry=0.02
    )
    for _ in _running(print_queue):
        _until(states, PrinterState("offline", waiting=1, reason="printer.offline"))
        deadline = time.monotonic() + 5
        while len(store.failures) < 3:  # retried by itself, without wake()
            assert time.monotonic() < deadline
            threading.Event().wait(0.01)
        printer.on = True
        _until(states, PrinterState("ready"))
    assert store.printed == ["job-1"]


def test_real_file_printer_receives_the_bytes(tmp_path: Path, states: queue.Queue[PrinterState]) -> None:
    target = tmp_path / "printer.bin"
    store = FakeStore(_job(1), _job(2))
    print_queue = PrintQueue(store=store, printer=FilePrinter(target), on_state=states.put, idle_poll=60)
    assert print_queue.step() == "printed"
    assert print_queue.step() == "printed"
    assert print_queue.step() == "idle"
    assert target.read_bytes() == b"receipt 1receipt 2"
    assert store.pending_count() == 0


def test_a_missing_device_keeps_the_job_and_reports_why(tmp_path: Path) -> None:
    seen: list[PrinterState] = []
    store = FakeStore(_job(1))
    printer = FilePrinter(tmp_path / "no-such-dir" / "lp0")
    print_queue = PrintQueue(store=store, printer=printer, on_state=seen.append)
    assert print_queue.step() == "failed"
    assert seen == [
        PrinterState("printing", waiting=1),
        PrinterState("offline", waiting=1, reason="printer.offline"),
    ]
    assert store.pending == [_job(1)]


def test_an_unexpected_printer_exception_does_not_lose_the_job() -> None:
    class Broken:
        def describe(self) -> str:
            return "broken"

        def send(self, data: bytes) -> None:
            raise RuntimeError("adapter bug")

    store = FakeStore(_job(1))
    print_queue = PrintQueue(store=store, printer=Broken())
    assert print_queue.step() == "failed"
    assert store.failures == [("job-1", "printer.error")]
    assert store.pending == [_job(1)]


def test_a_failing_state_listener_does_not_stop_printing() -> None:
    def broken(_state: PrinterState) -> None:
        raise RuntimeError("Signal source has been deleted")

    store = FakeStore(_job(1))
    printer = SwitchablePrinter()
    printer.on = True
    queue = PrintQueue(store=store, printer=printer, on_state=broken)
    assert queue.step() == "printed"
    assert store.pending == []


# --- the cash drawer's kick: in memory, before the next receipt, within its window or never ---------

KICK = b"\x1bp\x0022"


class FakeClock:
    """The queue's monotonic clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _drawer_queue(
    store: FakeStore, printer: SwitchablePrinter, clock: FakeClock
) -> tuple[PrintQueue, list[DrawerOutcome]]:
    outcomes: list[DrawerOutcome] = []
    print_queue = PrintQueue(
        store=store, printer=printer, on_drawer=outcomes.append, drawer_window=3.0, clock=clock
    )
    return print_queue, outcomes


def test_the_kick_goes_out_before_the_waiting_receipt() -> None:
    store, printer, clock = FakeStore(_job(1)), SwitchablePrinter(), FakeClock()
    printer.on = True
    print_queue, outcomes = _drawer_queue(store, printer, clock)
    print_queue.open_drawer(KICK)
    assert print_queue.step() == "printed"
    assert printer.received == [KICK, b"receipt 1"]
    assert outcomes == [DrawerOutcome(opened=True)]
    assert store.pending == []  # the kick was never a job
    assert print_queue.step() == "idle"
    assert printer.received == [KICK, b"receipt 1"]  # sent once


def test_a_kick_the_printer_cannot_take_in_time_is_dropped_and_reported() -> None:
    store, printer, clock = FakeStore(_job(1)), SwitchablePrinter(), FakeClock()
    print_queue, outcomes = _drawer_queue(store, printer, clock)
    print_queue.open_drawer(KICK)
    assert print_queue.step() == "failed"
    clock.now += 2.9
    assert print_queue.step() == "failed"  # still within the window: tried again
    assert outcomes == []
    clock.now += 0.2
    printer.on = True  # the printer is back, but too late for this customer
    assert print_queue.step() == "printed"
    assert outcomes == [DrawerOutcome(opened=False, reason="printer.offline")]
    assert printer.received == [b"receipt 1"]  # the receipt waited; the kick did not
    assert store.pending == []


def test_a_printer_back_within_the_window_opens_the_drawer() -> None:
    store, printer, clock = FakeStore(), SwitchablePrinter(), FakeClock()
    print_queue, outcomes = _drawer_queue(store, printer, clock)
    print_queue.open_drawer(KICK)
    assert print_queue.step() == "failed"
    clock.now += 1.0
    printer.on = True
    assert print_queue.step() == "idle"
    assert printer.received == [KICK]
    assert outcomes == [DrawerOutcome(opened=True)]


def test_each_request_has_its_own_window_and_one_kick_answers_requests_not_yet_sent() -> None:
    store, printer, clock = FakeStore(), SwitchablePrinter(), FakeClock()
    print_queue, outcomes = _drawer_queue(store, printer, clock)
    print_queue.open_drawer(KICK)
    clock.now += 2.0
    print_queue.open_drawer(KICK)  # the next cash sale, while the printer is still off
    clock.now += 2.0  # past the first request's window, within the second's
    printer.on = True
    assert print_queue.step() == "idle"
    assert printer.received == [KICK]
    assert outcomes == [DrawerOutcome(opened=True)]


def test_a_failed_kick_sets_the_printer_offline_and_the_loop_drops_it_on_time(
    states: queue.Queue[PrinterState],
) -> None:
    outcomes: queue.Queue[DrawerOutcome] = queue.Queue()
    printer = SwitchablePrinter()
    print_queue = PrintQueue(
        store=FakeStore(),
        printer=printer,
        on_state=states.put,
        on_drawer=outcomes.put,
        first_retry=60,
        idle_poll=60,
        drawer_window=0.3,
    )
    for _ in _running(print_queue):
        _until(states, PrinterState("ready"))
        started = time.monotonic()
        print_queue.open_drawer(KICK)
        _until(states, PrinterState("offline", reason="printer.offline"))
        # Dropped when its window ends, although the queue's own backoff is 60 s.
        assert outcomes.get(timeout=5) == DrawerOutcome(opened=False, reason="printer.offline")
        assert 0.25 < time.monotonic() - started < 5
    assert printer.received == []


def test_an_adapter_bug_on_the_kick_is_reported_not_raised() -> None:
    class Broken:
        def describe(self) -> str:
            return "broken"

        def send(self, data: bytes) -> None:
            raise RuntimeError("adapter bug")

    clock = FakeClock()
    outcomes: list[DrawerOutcome] = []
    print_queue = PrintQueue(
        store=FakeStore(), printer=Broken(), on_drawer=outcomes.append, drawer_window=1.0, clock=clock
    )
    print_queue.open_drawer(KICK)
    assert print_queue.step() == "failed"
    clock.now += 1.0
    assert print_queue.step() == "idle"
    assert outcomes == [DrawerOutcome(opened=False, reason="printer.error")]


def test_an_idle_queue_shows_a_printer_that_is_off_before_a_receipt_fails() -> None:
    """A network printer nobody listens for is "offline" while nothing waits to print; back on, it is
    "ready" at the next idle poll; while it is there, it is asked again only every `probe_every`."""
    import socket

    from hardware.printer import NetworkPrinter
    from tests.support.server import free_port

    port = free_port()
    now = [1000.0]
    seen: list[PrinterState] = []
    print_queue = PrintQueue(
        store=FakeStore(),
        printer=NetworkPrinter("127.0.0.1", port=port, timeout=1),
        on_state=seen.append,
        probe_every=30,
        clock=lambda: now[0],
    )
    assert print_queue.step() == "idle"
    assert seen == [PrinterState("offline", reason="printer.offline")]  # nothing printed, nothing lost
    listener = socket.create_server(("127.0.0.1", port))
    try:
        assert print_queue.step() == "idle"
        assert seen[-1] == PrinterState("ready")
    finally:
        listener.close()
    now[0] += 10
    print_queue.step()
    assert seen[-1] == PrinterState("ready")  # not asked again yet
    now[0] += 20
    print_queue.step()
    assert seen[-1] == PrinterState("offline", reason="printer.offline")


def test_probes_say_what_is_missing(tmp_path: Path) -> None:
    """Serial and device-file printers that are not there fail their probe as offline; a receipt file in
    an existing folder and a loop:// port pass."""
    from hardware.printer import SerialPrinter

    SerialPrinter("loop://").probe()
    FilePrinter(tmp_path / "receipts.bin").probe()
    for missing in (
        SerialPrinter(str(tmp_path / "ttyUSB9")),
        FilePrinter(tmp_path / "none" / "receipts.bin"),
    ):
        with pytest.raises(PrinterError) as err:
            missing.probe()
        assert err.value.code == "printer.offline"
    with pytest.raises(PrinterError):
        FilePrinter("/dev/usb/lp9").probe()  # a device that is not plugged in
