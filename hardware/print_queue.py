"""The print queue: receipts wait in a persistent store and go to the printer off the UI thread.

A long-lived loop (`PrintQueue.run(stop_event)`, run by the app in a plain thread) takes the oldest
pending job, sends it, and marks it printed. When the printer fails the job stays pending (it is
never dropped): the store records the error, the state becomes "offline" with the reason and the
count waiting, and the same job is retried with backoff, or at once after `wake()` (a new receipt
was queued, or the cashier pressed "retry" after adding paper). Jobs print in order.

The cash drawer's kick is the opposite of a receipt, so it never enters the store: a drawer must
open while the customer stands at the till or not at all, never minutes later when a printer that
was off takes its queue. `open_drawer(kick)` keeps one kick in memory; the loop sends it before the
next receipt and retries it only until `drawer_window` seconds have passed. Then it is dropped and
`on_drawer` hears why (DrawerOutcome), so the cashier can open the drawer with the key.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from hardware.printer import PrinterError, ReceiptPrinter

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PrintJob:
    """One receipt's rendered bytes waiting to be printed."""

    job_id: str
    receipt_number: str
    data: bytes


class PrintJobStore(Protocol):
    """Where jobs wait (the `print_job` table); every method is its own short transaction."""

    def next_pending(self) -> PrintJob | None:
        """The oldest job not yet printed, or None."""

    def mark_printed(self, job_id: str) -> None:
        """The job came out of the printer."""

    def mark_failed(self, job_id: str, error_code: str) -> None:
        """Record a failed attempt; the job must stay pending."""

    def pending_count(self) -> int:
        """How many jobs are waiting."""


PrinterCondition = Literal["ready", "printing", "offline"]


@dataclass(frozen=True, slots=True)
class PrinterState:
    """What the status bar shows: ready, printing, or offline with the reason, and how many wait."""

    status: PrinterCondition
    waiting: int = 0
    reason: str | None = None  # a PrinterError code when offline


@dataclass(frozen=True, slots=True)
class DrawerOutcome:
    """What became of a drawer kick: sent to the printer, or dropped with the printer's error code."""

    opened: bool
    reason: str | None = None  # a PrinterError code when the kick was dropped


@dataclass(slots=True)
class _Kick:
    data: bytes
    deadline: float  # on the queue's clock
    last_error: str | None = None


class PrintQueue:
    """Sends pending jobs to one printer; publish its state through `on_state` (called on this thread)."""

    def __init__(
        self,
        *,
        store: PrintJobStore,
        printer: ReceiptPrinter,
        on_state: Callable[[PrinterState], None] = lambda state: None,
        on_drawer: Callable[[DrawerOutcome], None] = lambda outcome: None,
        first_retry: float = 1.0,
        max_retry: float = 30.0,
        idle_poll: float = 5.0,
        probe_every: float = 30.0,
        drawer_window: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._store = store
        self._printer = printer
        self._on_state = on_state
        self._on_drawer = on_drawer
        self._first_retry = first_retry
        self._max_retry = max_retry
        self._idle_poll = idle_poll
        self._probe_every = probe_every
        self._probed_at: float | None = None  # when the printer last showed it was there (or not)
        self._drawer_window = drawer_window
        self._clock = clock
        self._woken = threading.Event()
        self._last_state: PrinterState | None = None
        self._kick_lock = threading.Lock()
        self._kick: _Kick | None = None

    def wake(self) -> None:
        """New work, or retry now: ends the current wait. Safe from any thread."""
        self._woken.set()

    def open_drawer(self, kick: bytes) -> None:
        """Send `kick` before the next receipt, within `drawer_window` seconds or never. Any thread.

        Nothing is written anywhere: a till restarted meanwhile forgets the kick, as it should.
        """
        with self._kick_lock:
            self._kick = _Kick(bytes(kick), deadline=self._clock() + self._drawer_window)
        self.wake()

    def run(self, stop_event: threading.Event) -> None:
        """Print until `stop_event` is set (set it, then `wake()`, to stop at once)."""
        retry = self._first_retry
        while not stop_event.is_set():
            self._woken.clear()
            outcome = self.step()
            if outcome == "printed":
                retry = self._first_retry
                continue
            # A kick waiting for a printer that failed is retried, and dropped, on time.
            kick_left = self._kick_time_left()
            if outcome == "idle":
                self._pause(stop_event, min(self._idle_poll, kick_left))
            else:
                self._pause(stop_event, min(retry, kick_left))
                retry = min(retry * 2, self._max_retry)

    def step(self) -> Literal["printed", "idle", "failed"]:
        """Send a waiting drawer kick, then try the oldest pending job once (the loop's body; tests
        may call it directly)."""
        if not self._send_kick():
            return "failed"
        try:
            job = self._store.next_pending()
        except Exception:  # the store is storage: a locked database must not end the loop
            log.exception("print queue: cannot read pending jobs")
            return "failed"
        if job is None:
            self._publish(self._idle_state())
            return "idle"
        self._publish(PrinterState("printing", waiting=self._count()))
        try:
            self._printer.send(job.data)
        except PrinterError as exc:
            return self._failed(job, exc.code)
        except Exception:  # an adapter bug must not lose the receipt either
            log.exception("print queue: %s failed unexpectedly", self._printer.describe())
            return self._failed(job, "printer.error")
        try:
            self._store.mark_printed(job.job_id)
        except Exception:
            log.exception("print queue: printed %s but could not record it", job.job_id)
            return "failed"
        self._probed_at = self._clock()  # it took a job: it is there
        if self._count() == 0:
            self._publish(PrinterState("ready"))
        return "printed"

    def _idle_state(self) -> PrinterState:
        """Nothing to print: whether the printer is there, if its transport can tell without printing.

        Asked at once after a failure or at start, then every `probe_every` seconds while it is there
        (every idle poll while it is not), so a printer switched off shows before a receipt fails.
        """
        probe = getattr(self._printer, "probe", None)
        if probe is None:
            return PrinterState("ready")
        now = self._clock()
        offline = self._last_state is not None and self._last_state.status == "offline"
        due = self._probed_at is None or now - self._probed_at >= self._probe_every
        if not offline and not due:
            return PrinterState("ready")
        self._probed_at = now
        try:
            probe()
        except PrinterError as exc:
            return PrinterState("offline", reason=exc.code)
        except Exception:  # an adapter bug must not end the loop
            log.exception("print queue: probing %s failed unexpectedly", self._printer.describe())
            return PrinterState("offline", reason="printer.error")
        return PrinterState("ready")

    def _send_kick(self) -> bool:
        """Send the waiting kick, or drop it when its window has passed; False when the printer failed."""
        with self._kick_lock:
            kick = self._kick
        if kick is None:
            return True
        if self._clock() >= kick.deadline:
            self._end_kick(kick, DrawerOutcome(False, kick.last_error or "printer.timeout"))
            return True
        try:
            self._printer.send(kick.data)
        except Exception as exc:  # PrinterError, or an adapter bug: either way the drawer stays shut
            code = exc.code if isinstance(exc, PrinterError) else "printer.error"
            if not isinstance(exc, PrinterError):
                log.exception("print queue: drawer kick on %s failed unexpectedly", self._printer.describe())
            kick.last_error = code
            self._publish(PrinterState("offline", waiting=self._count(), reason=code))
            return False
        self._end_kick(kick, DrawerOutcome(True))
        return True

    def _end_kick(self, kick: _Kick, outcome: DrawerOutcome) -> None:
        with self._kick_lock:
            if self._kick is kick:  # a newer request (another cash sale) stays
                self._kick = None
        if not outcome.opened:
            log.warning("cash drawer kick dropped after %.1f s: %s", self._drawer_window, outcome.reason)
        try:
            self._on_drawer(outcome)
        except Exception:
            log.exception("drawer listener failed")

    def _kick_time_left(self) -> float:
        with self._kick_lock:
            kick = self._kick
        return float("inf") if kick is None else max(kick.deadline - self._clock(), 0.0)

    def _failed(self, job: PrintJob, code: str) -> Literal["failed"]:
        try:
            self._store.mark_failed(job.job_id, code)
        except Exception:
            log.exception("print queue: could not record failure of %s", job.job_id)
        self._publish(PrinterState("offline", waiting=self._count(), reason=code))
        return "failed"

    def _count(self) -> int:
        try:
            return self._store.pending_count()
        except Exception:
            log.exception("print queue: cannot count pending jobs")
            return 0

    def _publish(self, state: PrinterState) -> None:
        if state != self._last_state:
            self._last_state = state
            try:
                self._on_state(state)
            except Exception:  # a listener's failure (e.g. its window is closing) must not stop printing
                log.exception("printer state listener failed")

    def _pause(self, stop_event: threading.Event, seconds: float) -> None:
        # Wakes early on wake() and, within a tenth of a second, on stop.
        remaining = seconds
        while remaining > 0 and not stop_event.is_set() and not self._woken.is_set():
            step = min(remaining, 0.1)
            self._woken.wait(step)
            remaining -= step
