"""`SyncEngine`: the till's long-lived sync loop (`run(stop_event)` on a plain background thread).

One round (`step()`): bootstrap from the snapshot if the till has no feed cursor yet, push the
outbox (sync/push.py: exactly once, refused events quarantined, events the backend does not accept
yet held back), pull the change feed (and once, the chain's stores for a till bootstrapped before the
snapshot had them: sync/stores.py). Between rounds it waits `poll_interval`, or less after `wake()`
(checkout calls it after a sale's commit). A failed round waits with full-jitter exponential backoff
(`first_retry` doubling up to `max_retry`); selling never waits for any of it.

A 410 from the feed re-bootstraps from the snapshot page by page; the outbox is untouched
(docs/adr/0006-sync-bootstrap.md). After each change the engine publishes a `SyncReport`.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sync import outbox_io
from sync.bootstrap import initial_bootstrap, rebootstrap
from sync.client import BackendClient
from sync.errors import SyncError
from sync.push import Pusher
from sync.stores import StoresCatchUp
from sync.versions import BackendVersions, HeldBack
from terminal.domain.errors import TillError
from terminal.storage import sync_state
from terminal.storage.db import Database
from terminal.storage.feed_apply import FeedScope, apply_page

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What the engine reports after each change: for the status bar and the sync screen."""

    online: bool
    pending: int = 0
    failed: int = 0
    last_success: datetime | None = None
    last_error: str | None = None  # a SyncError code (or "storage.busy"); None after a good round
    blocked_at: int | None = None  # seq of the refused event the queue waits behind
    held_back: HeldBack | None = None  # events waiting until the backend accepts their version


class SyncEngine:
    """Pushes the outbox and pulls the feed of one till; publish through `on_state` (its own thread)."""

    def __init__(
        self,
        *,
        db: Database,
        client: BackendClient,
        terminal_id: str,
        scope: FeedScope,
        clock: Callable[[], datetime],
        on_state: Callable[[SyncReport], None] = lambda report: None,
        batch_size: int = 200,
        feed_limit: int = 1000,
        snapshot_limit: int | None = None,
        first_retry: float = 1.0,
        max_retry: float = 300.0,
        poll_interval: float = 30.0,
        versions_max_age: timedelta = timedelta(minutes=5),
        rng: random.Random | None = None,
    ) -> None:
        self._db, self._client, self._scope = db, client, scope
        self._clock, self._on_state = clock, on_state
        self.batch_size, self.feed_limit, self.snapshot_limit = batch_size, feed_limit, snapshot_limit
        self._first_retry, self._max_retry, self._poll = first_retry, max_retry, poll_interval
        self._rng = rng or random.Random()
        self._pusher = Pusher(
            db=db,
            client=client,
            terminal_id=terminal_id,
            clock=clock,
            versions=BackendVersions(max_age=versions_max_age),
            on_progress=lambda: self._publish(replace(self._status, online=True, **self._counts())),
        )
        self._stores = StoresCatchUp(db=db, client=client, store_id=scope.store_id, clock=clock)
        self._woken = threading.Event()
        self._status = SyncReport(online=False)
        self._published: SyncReport | None = None

    @property
    def status(self) -> SyncReport:
        return self._status

    def wake(self) -> None:
        """New events are waiting (or a manager pressed "sync now"): end the current wait."""
        self._woken.set()

    def run(self, stop_event: threading.Event) -> None:
        """Sync until `stop_event` is set (set it, then `wake()`, to stop at once)."""
        retry = self._first_retry
        while not stop_event.is_set():
            self._woken.clear()
            if self.step():
                retry = self._first_retry
                self._pause(stop_event, self._poll)
            else:
                self._pause(stop_event, self._rng.uniform(0, retry))  # full jitter
                retry = min(retry * 2, self._max_retry)

    def step(self) -> bool:
        """One round: bootstrap if needed, push, pull. True when everything went through (events held
        back for a backend that does not accept them yet do not make a round fail)."""
        try:
            if sync_state.read_cursor(self._db) is None:
                initial_bootstrap(
                    self._db,
                    self._client,
                    scope=self._scope,
                    now=self._clock(),
                    page_limit=self.snapshot_limit,
                )
            self.push()
            self.pull()
            self._stores.run()  # after the push: nothing about names may hold sales back
        except SyncError as exc:
            log.warning("sync round failed: %s", exc)
            return self._finish(online=exc.code not in ("sync.offline",), error=exc.code)
        except TillError as exc:  # storage.busy: the till is busy writing; try again soon
            return self._finish(online=self._status.online, error=exc.code)
        except Exception:
            # Anything else (a malformed change the apply code refuses, a full disk) must not end the
            # sync thread: sales would pile up unseen. Log it, show it, back off and try again.
            log.exception("sync round failed unexpectedly")
            return self._finish(online=self._status.online, error="sync.internal")
        return self._finish(online=True, error=None)

    def push(self) -> int:
        """Send every pending event the backend accepts, in seq order; returns events acknowledged."""
        return self._pusher.push(self.batch_size)

    def pull(self) -> int:
        """Apply feed pages until the server has no more; 410 re-bootstraps. Returns pages applied."""
        pages = 0
        cursor = sync_state.read_cursor(self._db)
        while True:
            try:
                page = self._client.changes(self._scope.store_id, cursor, self.feed_limit)
            except SyncError as exc:
                if exc.code != "sync.gone":
                    raise
                log.warning("sync: feed cursor expired; re-bootstrapping from the snapshot")
                rebootstrap(
                    self._db,
                    self._client,
                    scope=self._scope,
                    now=self._clock(),
                    page_limit=self.snapshot_limit,
                )
                cursor = sync_state.read_cursor(self._db)
                continue
            apply_page(self._db, page, scope=self._scope, now=self._clock())
            pages += 1
            cursor = page.next_cursor
            if not page.has_more or not page.changes:
                return pages

    # ------------------------------------------------------------------ state

    def _counts(self) -> dict[str, Any]:
        counts = outbox_io.counts(self._db)
        events, stop = outbox_io.next_batch(self._db, 1)
        blocked = stop if stop is not None and not events and counts["pending"] else None
        return {
            "pending": counts["pending"],
            "failed": counts["failed"],
            "blocked_at": blocked,
            "held_back": self._pusher.held_back,
        }

    def _finish(self, *, online: bool, error: str | None) -> bool:
        now = self._clock()
        last = now if error is None else self._status.last_success
        try:
            values = {sync_state.LAST_ERROR_KEY: error or ""}
            if error is None:
                values[sync_state.LAST_SUCCESS_KEY] = now.isoformat()
            sync_state.put_many(self._db, values)
            counts = self._counts()
        except Exception:  # the database may be what failed; still publish the state we have
            counts = {}
        self._publish(replace(self._status, online=online, last_success=last, last_error=error, **counts))
        return error is None

    def _publish(self, status: SyncReport) -> None:
        self._status = status
        if status != self._published:
            self._published = status
            try:
                self._on_state(status)
            except Exception:  # a broken listener must not stop the sync loop
                log.exception("sync: on_state listener failed")

    def _pause(self, stop_event: threading.Event, seconds: float) -> None:
        remaining = seconds
        while remaining > 0 and not stop_event.is_set() and not self._woken.is_set():
            step = min(remaining, 0.1)
            self._woken.wait(step)
            remaining -= step
