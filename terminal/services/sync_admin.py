"""The manager's view of synchronisation: what waits, what was refused, and resubmitting refused events.

Reads and changes the outbox through terminal/storage only; the sync engine (sync/) does the sending
and is told through the `Waker` port that resubmitted events are waiting. Refused events are never
deleted: "resubmit" puts them back in the queue (e.g. after the backend was updated to accept them).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from terminal.domain import approvals
from terminal.domain.staff import Action, Approval
from terminal.services.ports import Clock, Waker
from terminal.services.staff import StaffService
from terminal.storage import audit, outbox, sync_state
from terminal.storage.db import Database
from terminal.storage.outbox import OutboxEvent


@dataclass(frozen=True, slots=True)
class QueuedEvent:
    """One outbox event as the sync screen lists it; `payload` is pretty-printed JSON."""

    seq: int
    event_id: str
    type: str
    occurred_at: datetime
    attempts: int
    last_error: str | None
    payload: str


@dataclass(frozen=True, slots=True)
class SyncOverview:
    pending: tuple[QueuedEvent, ...]
    failed: tuple[QueuedEvent, ...]
    pending_count: int
    failed_count: int
    last_success: datetime | None
    last_error: str | None


def _queued(event: OutboxEvent) -> QueuedEvent:
    pretty = json.dumps(event.payload_dict(), indent=2, ensure_ascii=False, sort_keys=True)
    return QueuedEvent(
        seq=event.seq,
        event_id=event.event_id,
        type=event.type,
        occurred_at=event.occurred_at,
        attempts=event.attempts,
        last_error=event.last_error,
        payload=pretty,
    )


class SyncAdminService:
    """Use cases of the sync screen: a manager's (a cashier opens it only with a manager's approval)."""

    def __init__(
        self, *, db: Database, sync: Waker, staff: StaffService, clock: Clock, limit: int = 200
    ) -> None:
        self._db = db
        self._sync = sync
        self._staff = staff
        self._clock = clock
        self._limit = limit

    def check_access(self, approval: Approval | None = None) -> None:
        """Allow the sync screen to the logged-in manager, or with a manager's approval (audited)."""
        member = self._staff.require()
        approved = approvals.require(member.role, Action.SYNC_ADMIN, approval)
        with self._db.write() as session:
            audit.append(
                session,
                action="sync.screen_opened",
                at=self._clock(),
                staff_id=member.staff_id,
                approved_by=approved.manager_id if approved else None,
            )

    def overview(self) -> SyncOverview:
        """The oldest `limit` pending and failed events, the counts and the last sync, in one read."""
        with self._db.read() as session:
            pending = outbox.pending_events(session, limit=self._limit)
            failed = outbox.failed_events(session, limit=self._limit)
            counts = outbox.counts(session)
            last_success, last_error = sync_state.last_sync(session)
        return SyncOverview(
            pending=tuple(_queued(e) for e in pending),
            failed=tuple(_queued(e) for e in failed),
            pending_count=counts["pending"],
            failed_count=counts["failed"],
            last_success=last_success,
            last_error=last_error,
        )

    def resubmit(self, event_ids: list[str]) -> int:
        """Put refused events back in the queue (same id, same content); returns how many."""
        member = self._staff.require()
        with self._db.write() as session:
            audit.append(
                session,
                action="sync.resubmit",
                at=self._clock(),
                staff_id=member.staff_id,
                details={"event_ids": list(event_ids)},
            )
            count = outbox.resubmit_failed(session, event_ids)
        if count:
            self._sync.wake()
        return count
