"""Claims and holds given back at the backend on a loop of its own: the `Releases` port.

A visit voided, a return line, a voucher tender or a web order taken out again, an offer the
completed visit did not use: each gives its claim or hold back with a DELETE. On a slow backend that
call waits up to the counter clients' read timeout (5 s), so it never runs on the UI thread:
`release()` only queues it and wakes this loop (started by terminal/app.py with the other
`BackgroundLoops`, like the sync engine and the print queue). A release that fails (unreachable,
timed out, a server error) is tried again after `delays` (1 s, 5 s, 15 s, then every 30 s) until the
hold would have lapsed at the backend anyway (`lapse`, the backend's 10 minutes); then it is logged
as left to lapse. Every failure is logged with what it was; nothing is lost silently. Pending
releases are not kept over a restart: their holds lapse
(docs/adr/0022-offers-redeemed-by-the-visit.md).

Thread-safe: `release()` is called from the UI thread, `run()` runs on its own thread.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from terminal.services.ports import ReleaseSend

log = logging.getLogger(__name__)

LAPSE_SECONDS = 10 * 60.0  # contract/offers.py, vouchers HOLD_MINUTES, returns and pickups CLAIM_MINUTES
DELAYS = (1.0, 5.0, 15.0, 30.0)


@dataclass(order=True)
class _Pending:
    due: float
    order: int
    what: str = field(compare=False)
    send: ReleaseSend = field(compare=False)
    lapses: float = field(compare=False)
    failures: int = field(default=0, compare=False)


class BackgroundReleases:
    """Sends queued releases on its own thread, retrying a failed one until its hold lapses."""

    def __init__(
        self,
        *,
        lapse: float = LAPSE_SECONDS,
        delays: Sequence[float] = DELAYS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lapse = lapse
        self._delays = tuple(delays)
        self._clock = clock
        self._cond = threading.Condition()
        self._queue: list[_Pending] = []
        self._sending = 0
        self._order = itertools.count()

    def release(self, what: str, send: ReleaseSend) -> None:
        """Queue the release and return at once (the caller is the UI thread)."""
        now = self._clock()
        with self._cond:
            heapq.heappush(self._queue, _Pending(now, next(self._order), what, send, now + self._lapse))
            self._cond.notify_all()

    def wake(self) -> None:
        with self._cond:
            self._cond.notify_all()

    def pending(self) -> int:
        """Releases queued or being sent."""
        with self._cond:
            return len(self._queue) + self._sending

    def wait_idle(self, timeout: float) -> bool:
        """Block until nothing is queued or being sent (tests, shutdown); False on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._queue or self._sending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(min(left, 0.05))
            return True

    def run(self, stop: threading.Event) -> None:
        """Send what is due until `stop` is set; what is left then lapses at the backend."""
        while not stop.is_set():
            item = self._next_due(stop)
            if item is None:
                continue
            try:
                item.send()
            except Exception as exc:  # any failure: tried again, or left to lapse (logged either way)
                self._failed(item, exc)
            else:
                if item.failures:
                    log.info("%s released after %d failed attempt(s)", item.what, item.failures)
            finally:
                with self._cond:
                    self._sending -= 1
                    self._cond.notify_all()
        with self._cond:
            left = [p.what for p in self._queue]
            self._queue.clear()
        for what in left:
            log.warning("%s not released before the till stopped; left to lapse at the backend", what)

    def _next_due(self, stop: threading.Event) -> _Pending | None:
        with self._cond:
            while not stop.is_set():
                now = self._clock()
                if self._queue and self._queue[0].due <= now:
                    self._sending += 1
                    return heapq.heappop(self._queue)
                wait = self._queue[0].due - now if self._queue else 1.0
                self._cond.wait(min(max(wait, 0.0), 1.0))
            return None

    def _failed(self, item: _Pending, exc: Exception) -> None:
        now = self._clock()
        delay = self._delays[min(item.failures, len(self._delays) - 1)] if self._delays else 0.0
        item.failures += 1
        if now + delay >= item.lapses:
            log.warning(
                "%s not released after %d attempt(s) (%s); left to lapse at the backend",
                item.what,
                item.failures,
                exc,
            )
            return
        log.info("%s not released (%s); trying again in %.0f s", item.what, exc, delay)
        item.due = now + delay
        with self._cond:
            heapq.heappush(self._queue, item)
            self._cond.notify_all()
