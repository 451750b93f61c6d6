"""Whether the backend answered lately: look-ups at the counter fail fast while it is known down.

With the cable pulled, every look-up (a receipt, a voucher, a customer) would wait the whole connect
timeout (3 s) before the till says "offline", and a cashier scanning three vouchers waits 9 s. The
till's clients share one `Reachability`: a connection failure marks the backend down for `window`
seconds, any answer (even a 4xx) marks it up. Interactive clients (`fail_fast=True`) then refuse a
look-up (GET) or a release (DELETE: sync/releases.py tries it again later) at once with
`sync.offline` while it is down. Claims
and holds (POST) always try: an offline claim widens the window for a voucher spent twice or an order
handed over twice. The sync engine's
client always tries and so notices first when the backend is back. After the window a look-up tries
again, so the till never stays offline by itself for longer than `window`.

Thread-safe: the clients run on the engine's thread and on UI worker threads.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class Reachability:
    """The backend's reachability as the till's clients last saw it."""

    def __init__(self, window: float = 15.0, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.window = window
        self._clock = clock
        self._lock = threading.Lock()
        self._down_since: float | None = None
        self._last_failure = 0.0

    def mark_down(self) -> None:
        """A connection to the backend failed (refused, unreachable, connect timeout)."""
        with self._lock:
            now = self._clock()
            if self._down_since is None:
                self._down_since = now
            self._last_failure = now

    def mark_up(self) -> None:
        """The backend answered."""
        with self._lock:
            self._down_since = None

    def recently_down(self) -> bool:
        """True while the last connection failure is less than `window` seconds old and nothing
        answered since."""
        with self._lock:
            if self._down_since is None:
                return False
            return self._clock() - self._last_failure < self.window
