"""Pushing the till's outbox to the backend: batches in seq order, exactly once, through every refusal.

How each answer is handled (docs/adr/0005-sync-refused-events.md, 0010-versioned-contract.md):
- offline / timeout / 5xx / garbage reply: the batch stays pending (attempts and error recorded),
  retried after the engine's backoff. A lost response is harmless: the resend is answered `duplicate`.
- 409 with `expected_seq` E: the server lacks events this till holds as acked (e.g. a restored server
  backup): rows from E on go back to pending and are resent, by itself.
- 422 `event.unsupported_type` / `event.unsupported_schema` for one event: the backend does not accept
  that (type, schema) (yet). The event and everything after it are HELD BACK, not quarantined: they
  stay pending and go once the backend accepts them. The engine never even sends an event whose
  (type, schema) the backend's sync state does not list (sync/versions.py).
- any other 422 for one event: that event is quarantined (`failed`, visible on the sync screen); the
  queue stops in front of it unless the server has already passed its seq (gapless order leaves no
  other choice); every later event stays pending until a manager resubmits it.
- 401/403: nothing changes locally; the till keeps selling and shows the error.
Acks are recorded per event from the server's per-event results (sync/outbox_io.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sync import outbox_io
from sync.client import BackendClient
from sync.errors import SyncError
from sync.versions import BackendVersions, HeldBack
from terminal.storage import sync_state
from terminal.storage.db import Database
from terminal.storage.outbox import OutboxEvent

log = logging.getLogger(__name__)
MAX_REWINDS_PER_ROUND = 3
UNSUPPORTED = frozenset({"event.unsupported_type", "event.unsupported_schema"})


class Pusher:
    """Sends one till's pending events; `held_back` says what waits for the backend, after each push."""

    def __init__(
        self,
        *,
        db: Database,
        client: BackendClient,
        terminal_id: str,
        clock: Callable[[], datetime],
        versions: BackendVersions,
        on_progress: Callable[[], None] = lambda: None,
    ) -> None:
        self._db, self._client, self._terminal_id, self._clock = db, client, terminal_id, clock
        self._versions = versions
        self._on_progress = on_progress
        self.held_back: HeldBack | None = None

    def push(self, batch_size: int) -> int:
        """Send every pending event below the barrier and before the first held back one, batch by
        batch; returns events acknowledged. Raises SyncError when a batch cannot go."""
        acked, rewinds = 0, 0
        holding, checked = self.held_back is not None, False
        while True:
            events, _stop = outbox_io.next_batch(self._db, batch_size)
            if not events:
                self.held_back = None
                return acked
            if not checked and self._versions.due(self._clock(), holding=holding):
                try:  # only when there is something to send: idle tills stay quiet
                    self._read_versions()
                except SyncError as exc:  # counts as a failed try to send them (the screen shows it)
                    outbox_io.record_attempt(self._db, [e.event_id for e in events], exc.code)
                    raise
            checked = True
            go = self._versions.sendable(events)
            if not go:
                self.held_back = self._held(events[0])
                return acked
            batch = events[:go]
            try:
                result = self._client.push_events(self._terminal_id, [outbox_io.to_wire(e) for e in batch])
            except SyncError as exc:
                if (
                    exc.code == "sync.conflict"
                    and exc.expected_seq is not None
                    and rewinds < MAX_REWINDS_PER_ROUND
                ):
                    rewinds += 1
                    self._rewind(exc.expected_seq)
                    continue
                if exc.code == "sync.rejected" and (
                    self._hold_back(exc, batch) or self._quarantine(exc, batch)
                ):
                    continue
                outbox_io.record_attempt(self._db, [e.event_id for e in batch], exc.code)
                raise
            done = outbox_io.ack(
                self._db, result.results, at=self._clock(), server_acked=result.acked_through_seq
            )
            if not done:  # the answer acknowledged none of what was sent: never loop on it
                outbox_io.record_attempt(self._db, [e.event_id for e in batch], "sync.bad_reply")
                raise SyncError("sync.bad_reply", f"the server acknowledged none of seq {batch[0].seq}..")
            acked += done
            self._on_progress()

    def _read_versions(self, *, after_refusal: bool = False) -> int:
        """Read the backend's sync state: the versions it accepts; returns its acked_through_seq."""
        state = self._client.sync_state(self._terminal_id)
        self._versions.update(state.accepts, self._clock(), keep_refusals=after_refusal)
        return state.acked_through_seq

    def _held(self, event: OutboxEvent) -> HeldBack:
        return HeldBack(
            seq=event.seq,
            type=event.type,
            schema=event.schema,
            accepted=self._versions.accepted(event.type),
            count=outbox_io.pending_from(self._db, event.seq),
        )

    def _rewind(self, expected: int) -> None:
        back = outbox_io.rewind(self._db, expected)
        if back is None:
            raise SyncError("sync.gap_unrecoverable", f"server expects seq {expected}, which this till lacks")
        log.warning("sync: server expects seq %s; %s acked event(s) go again", expected, back)

    def _refused(self, exc: SyncError, events: list[OutboxEvent]) -> OutboxEvent | None:
        event_id = exc.event_id or _event_from_errors(exc.detail, events)
        return next((e for e in events if e.event_id == event_id), None)

    def _hold_back(self, exc: SyncError, events: list[OutboxEvent]) -> bool:
        """An `unsupported` refusal: hold that (type, schema) back and learn what the backend takes."""
        event = self._refused(exc, events) if exc.server_code in UNSUPPORTED else None
        if event is None:
            return False
        self._versions.refuse(event.type, event.schema)
        self._read_versions(after_refusal=True)
        log.warning("sync: backend does not accept %s schema %s; held back", event.type, event.schema)
        return True

    def _quarantine(self, exc: SyncError, events: list[OutboxEvent]) -> bool:
        """Quarantine the refused event of a 422; False when the answer names none of this batch."""
        event = self._refused(exc, events)
        if event is None:
            return False
        outbox_io.quarantine(self._db, event.event_id, f"{exc.server_code or exc.code}: {exc.message}")
        server_acked = self._read_versions(after_refusal=True)  # has the server passed that seq already?
        sync_state.put_many(self._db, {sync_state.SERVER_ACKED_KEY: str(server_acked)})
        log.error("sync: event %s refused (%s); quarantined", event.event_id, exc.message)
        return True


def _event_from_errors(detail: Any, events: list[OutboxEvent]) -> str | None:
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
