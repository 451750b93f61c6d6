"""`SyncEngine`: the till's long-lived sync loop (`run(stop_event)` on a plain background thread).

One round (`step()`): bootstrap from the snapshot if the till has no feed cursor yet, push the
outbox, pull the change feed. Between rounds it waits `poll_interval`, or less after `wake()`
(checkout calls it after a sale's commit). A failed round waits with full-jitter exponential backoff
(`first_retry` doubling up to `max_retry`); selling never waits for any of it.

How each failure is handled (docs/adr/0005-sync-refused-events.md, 0006-sync-bootstrap.md):
- offline / timeout / 5xx / garbage reply: the batch stays pending (attempts and error recorded),
  retried after the backoff. A lost response is harmless: the resend is answered `duplicate`.
- 409 with `expected_seq` E: the server lacks events this till holds as acked (e.g. a restored server
  backup): rows from E on go back to pending and are resent, by itself.
- 422 for one event: that event is quarantined (`failed`, visible on the sync screen); the queue
  stops in front of it unless the server has already passed its seq (gapless order leaves no other
  choice); every later event stays pending until a manager resubmits it.
- 401/403: nothing changes locally; the till keeps selling and shows the error.
- 410 from the feed: re-bootstrap from the snapshot page by page; the outbox is untouched.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sync import outbox_io
from sync.apply import FeedScope, apply_page, read_cursor
from sync.bootstrap import initial_bootstrap, rebootstrap
from sync.client import BackendClient
from sync.errors import SyncError
from terminal.domain.errors import TillError
from terminal.storage.db import Database

log = logging.getLogger(__name__)
MAX_REWINDS_PER_ROUND = 3


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the engine reports after each change: for the status bar and the sync screen."""

    online: bool
    pending: int = 0
    failed: int = 0
    last_success: datetime | None = None
    last_error: str | None = None  # a SyncError code (or "storage.busy"); None after a good round
    blocked_at: int | None = None  # seq of the refused event the queue waits behind


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
        on_state: Callable[[SyncStatus], None] = lambda status: None,
        batch_size: int = 200,
        feed_limit: int = 1000,
        snapshot_limit: int | None = None,
        first_retry: float = 1.0,
        max_retry: float = 300.0,
        poll_interval: float = 30.0,
        rng: random.Random | None = None,
    ) -> None:
        self._db, self._client, self._terminal_id, self._scope = db, client, terminal_id, scope
        self._clock, self._on_state = clock, on_state
        self.batch_size, self.feed_limit, self.snapshot_limit = batch_size, feed_limit, snapshot_limit
        self._first_retry, self._max_retry, self._poll = first_retry, max_retry, poll_interval
        self._rng = rng or random.Random()
        self._woken = threading.Event()
        self._status = SyncStatus(online=False)
        self._published: SyncStatus | None = None

    @property
    def status(self) -> SyncStatus:
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
        """One round: bootstrap if needed, push, pull. True when everything went through."""
        try:
            if read_cursor(self._db) is None:
                initial_bootstrap(
                    self._db,
                    self._client,
                    scope=self._scope,
                    now=self._clock(),
                    page_limit=self.snapshot_limit,
                )
            self.push()
            self.pull()
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

    # ------------------------------------------------------------------ push

    def push(self) -> int:
        """Send every pending event below the barrier, batch by batch; returns events acknowledged."""
        acked, rewinds = 0, 0
        while True:
            events, _stop = outbox_io.next_batch(self._db, self.batch_size)
            if not events:
                return acked
            try:
                result = self._client.push_events(self._terminal_id, [outbox_io.to_wire(e) for e in events])
            except SyncError as exc:
                if (
                    exc.code == "sync.conflict"
                    and exc.expected_seq is not None
                    and rewinds < MAX_REWINDS_PER_ROUND
                ):
                    rewinds += 1
                    self._rewind(exc.expected_seq)
                    continue
                if exc.code == "sync.rejected" and self._quarantine(exc, events):
                    continue
                outbox_io.record_attempt(self._db, [e.event_id for e in events], exc.code)
                raise
            acked += outbox_io.ack(
                self._db, result.results, at=self._clock(), server_acked=result.acked_through_seq
            )
            self._publish(replace(self._status, online=True, **self._counts()))

    def _rewind(self, expected: int) -> None:
        back = outbox_io.rewind(self._db, expected)
        if back is None:
            raise SyncError("sync.gap_unrecoverable", f"server expects seq {expected}, which this till lacks")
        log.warning("sync: server expects seq %s; %s acked event(s) go again", expected, back)

    def _quarantine(self, exc: SyncError, events: list[Any]) -> bool:
        """Quarantine the refused event of a 422; False when the answer names none of this batch."""
        ids = {e.event_id for e in events}
        event_id = exc.event_id or _event_from_errors(exc.detail, events)
        if event_id is None or event_id not in ids:
            return False
        outbox_io.quarantine(self._db, event_id, f"{exc.server_code or exc.code}: {exc.message}")
        state = self._client.sync_state(self._terminal_id)  # has the server passed that seq already?
        outbox_io.set_states(self._db, {outbox_io.SERVER_ACKED_KEY: str(state.acked_through_seq)})
        log.error("sync: event %s refused (%s); quarantined", event_id, exc.message)
        return True

    # ------------------------------------------------------------------ pull

    def pull(self) -> int:
        """Apply feed pages until the server has no more; 410 re-bootstraps. Returns pages applied."""
        pages = 0
        cursor = read_cursor(self._db)
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
                cursor = read_cursor(self._db)
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
        return {"pending": counts["pending"], "failed": counts["failed"], "blocked_at": blocked}

    def _finish(self, *, online: bool, error: str | None) -> bool:
        now = self._clock()
        last = now if error is None else self._status.last_success
        try:
            values = {outbox_io.LAST_ERROR_KEY: error or ""}
            if error is None:
                values[outbox_io.LAST_SUCCESS_KEY] = now.isoformat()
            outbox_io.set_states(self._db, values)
            counts = self._counts()
        except Exception:  # the database may be what failed; still publish the state we have
            counts = {}
        self._publish(replace(self._status, online=online, last_success=last, last_error=error, **counts))
        return error is None

    def _publish(self, status: SyncStatus) -> None:
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


def _event_from_errors(detail: Any, events: list[Any]) -> str | None:
    """A request-validation 422 names the event by its index in the batch (`body.events.<i>`)."""
    errors = detail.get("errors") if isinstance(detail, dict) else None
    for err in errors if isinstance(errors, list) else []:
        loc = err.get("loc") if isinstance(err, dict) else None
        if (
            isinstance(loc, list)
            and len(loc) > 2
            and loc[:2] == ["body", "events"]
            and isinstance(loc[2], int)
            and 0 <= loc[2] < len(events)
        ):
            return str(events[loc[2]].event_id)
    return None
