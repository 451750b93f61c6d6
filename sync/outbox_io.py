"""The engine's use of the outbox and of its own state: transactions around `terminal.storage` calls,
and outbox rows in their wire form. No SQL here (an import contract keeps sqlalchemy and sqlite3 out).

Acks are written per batch in one transaction, per event from the server's results (each row keeps
its result), never by a blanket "through seq": after a 422 a till can hold a quarantined event below
the server's position, and that one must stay visible as failed (docs/adr/0005-sync-refused-events.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import orjson

from contract.events import EventResult
from terminal.storage import outbox
from terminal.storage.db import Database
from terminal.storage.outbox import Ack, OutboxEvent


def next_batch(db: Database, limit: int) -> tuple[list[OutboxEvent], int | None]:
    """Pending events in seq order below the barrier, and the barrier itself."""
    with db.read() as session:
        return outbox.next_batch(session, limit)


# orjson >= 3.10 embeds already-serialised JSON as is (no parse and re-dump of every payload).
_FRAGMENT: Any = getattr(orjson, "Fragment", None)


def to_wire(event: OutboxEvent) -> dict[str, Any]:
    """The outbox row as the contract's `EventIn` (the payload text is sent as stored)."""
    payload = _FRAGMENT(event.payload) if _FRAGMENT is not None else orjson.loads(event.payload)
    return {
        "event_id": event.event_id,
        "seq": event.seq,
        "type": event.type,
        "occurred_at": event.occurred_at.isoformat(),
        "payload": payload,
    }


def ack(db: Database, results: Iterable[EventResult], *, at: datetime, server_acked: int) -> int:
    """Mark the results' events acked (each with its result) and remember the server's position."""
    acks = [
        Ack(str(r.event_id), r.seq, orjson.dumps(r.result, option=orjson.OPT_SORT_KEYS).decode())
        for r in results
    ]
    with db.write() as session:
        return outbox.record_acks(session, acks, at=at, server_acked=server_acked)


def record_attempt(db: Database, event_ids: Iterable[str], error: str) -> None:
    """A failed try: count it and keep the error on the rows; the events stay pending."""
    with db.write() as session:
        outbox.mark_failed(session, event_ids, error=error, permanent=False)


def quarantine(db: Database, event_id: str, error: str) -> None:
    """The server refused this event for good: status 'failed', for a manager to see and resubmit."""
    with db.write() as session:
        outbox.mark_failed(session, [event_id], error=error, permanent=True)


def rewind(db: Database, from_seq: int) -> int | None:
    """Rows from `from_seq` on go back to pending; None when this till has no event at `from_seq`."""
    with db.write() as session:
        return outbox.rewind(session, from_seq)


def counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return outbox.counts(session)


def pending_from(db: Database, seq: int) -> int:
    with db.read() as session:
        return outbox.pending_from(session, seq)
