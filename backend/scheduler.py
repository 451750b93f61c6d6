"""The schedule's loop inside the backend process: one pass of `services.schedule` a minute.

Started by the app's lifespan unless the settings turn it off (`serve --no-scheduler`,
STORE_BACKEND_SCHEDULER=0) for a deployment that runs `store-backend run-schedule` in exactly one
place instead. Running it in every worker is safe too (the passes never act twice on an order).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from backend.db import Database
from backend.models import utcnow
from backend.services.schedule import run_pass

log = logging.getLogger("backend.scheduler")


class Scheduler:
    """`run(stop)` runs passes until `stop` is set; `start()`/`stop()` run it on a daemon thread."""

    def __init__(
        self, db: Database, *, interval: float = 60.0, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self._db, self._interval, self._clock = db, interval, clock
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run(self, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                run_pass(self._db, self._clock())
            except Exception:  # a failed pass must not end the loop: the next one tries again
                log.exception("pickup schedule pass failed")
            stop.wait(self._interval)

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self.run, args=(self._stop,), name="pickup-schedule", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)
