"""Small adapters the composition root needs between parts that must not know each other.

The print queue (hardware/) reads jobs through its `PrintJobStore` port; here that port is served by
the till's `print_job` table. Jobs queued by versions that put the drawer kick into the print queue
lose the kick on the way out (a drawer-only job is set aside as failed): the drawer opens at the
sale, never when an old job finally prints. Background loops run on plain threads with a stop event
(STYLE.md: no QThread subclasses doing work).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from hardware.drawer import without_drawer_kick
from hardware.print_queue import PrintJob
from terminal.storage import print_jobs
from terminal.storage.db import Database

log = logging.getLogger(__name__)


class DbPrintJobStore:
    """`hardware.print_queue.PrintJobStore` over the `print_job` table; one short transaction per call."""

    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._clock = clock

    def next_pending(self) -> PrintJob | None:
        while True:
            with self._db.read() as session:
                job = print_jobs.next_pending(session)
            if job is None:
                return None
            data = without_drawer_kick(job.data)
            if data:
                return PrintJob(job_id=str(job.job_id), receipt_number=job.receipt_number or "", data=data)
            with self._db.write() as session:  # an old "open drawer" job: far too late to open it now
                print_jobs.mark_failed(session, job.job_id, error="drawer.expired")

    def mark_printed(self, job_id: str) -> None:
        with self._db.write() as session:
            print_jobs.mark_printed(session, int(job_id), at=self._clock())

    def mark_failed(self, job_id: str, error_code: str) -> None:
        with self._db.write() as session:  # the job stays pending: the printer may come back
            print_jobs.mark_failed(session, int(job_id), error=error_code, retry=True)

    def pending_count(self) -> int:
        with self._db.read() as session:
            return print_jobs.count_pending(session)


class BackgroundLoops:
    """Runs long-lived `run(stop_event)` loops on daemon threads and stops them together."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._wakers: list[Callable[[], None]] = []

    def start(
        self, name: str, run: Callable[[threading.Event], None], wake: Callable[[], None] | None = None
    ) -> None:
        def guarded() -> None:
            try:
                run(self._stop)
            except Exception:  # a loop must never take the till down with it; log and end this loop
                log.exception("background loop %s crashed", name)

        thread = threading.Thread(target=guarded, name=name, daemon=True)
        self._threads.append(thread)
        if wake is not None:
            self._wakers.append(wake)
        thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        for wake in self._wakers:
            wake()
        for thread in self._threads:
            thread.join(timeout)
