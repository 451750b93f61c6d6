"""The engine's reads and writes of the outbox and of its own `sync_state` keys.

Acks are written per batch in one transaction with one `executemany` (the server's per-event result
kept on each row). Events are acknowledged by `event_id` from the server's results, never by a blanket
"through seq": after a 422 a till can hold a quarantined event below the server's position, and that
one must stay visible as failed (docs/adr/0005-sync-refused-events.md).

The barrier: the lowest `failed` event the server has not passed yet. The server accepts a till's
events only in gapless seq order, so nothing at or after the barrier can be applied until a manager
resubmits the refused event; those events stay `pending` (never failed, never dropped).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import orjson

from contract.events import EventResult
from sync.apply import _STATE_SET
from terminal.storage import outbox
from terminal.storage.bulk import raw_connection
from terminal.storage.db import Database
from terminal.storage.models import to_iso
from terminal.storage.outbox import OutboxEvent

SERVER_ACKED_KEY = "push.server_acked_through"
LAST_SUCCESS_KEY = "sync.last_success"
LAST_ERROR_KEY = "sync.last_error"
_ACK = (
    "UPDATE outbox SET status = 'acked', acked_at = ?, last_error = NULL, result = ? "
    "WHERE event_id = ? AND status != 'acked'"
)


def get_state(db: Database, key: str) -> str | None:
    with db.read() as session:
        row = raw_connection(session).execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_states(db: Database, values: Mapping[str, str]) -> None:
    with db.write() as session:
        raw_connection(session).executemany(_STATE_SET, list(values.items()))


def barrier(session: Any) -> int | None:
    """The seq of the lowest refused event the server has not passed, or None."""
    raw = raw_connection(session)
    row = raw.execute("SELECT value FROM sync_state WHERE key = ?", (SERVER_ACKED_KEY,)).fetchone()
    server_acked = int(row[0]) if row else 0
    found = raw.execute(
        "SELECT min(seq) FROM outbox WHERE status = 'failed' AND seq > ?", (server_acked,)
    ).fetchone()
    return None if found is None or found[0] is None else int(found[0])


def next_batch(db: Database, limit: int) -> tuple[list[OutboxEvent], int | None]:
    """Pending events in seq order below the barrier, and the barrier itself."""
    with db.read() as session:
        stop = barrier(session)
        events = outbox.pending_events(session, limit=limit)
    if stop is not None:
        events = [e for e in events if e.seq < stop]
    return events, stop


# orjson >= 3.10 embeds already-serialised JSON as is (no parse and re-dump of every payload).
_FRAGMENT: Any = getattr(orjson, "Fragment", None)


def to_wire(event: OutboxEvent) -> dict[str, Any]:
    """The outbox row as the protocol's `EventIn` (the payload text is sent as stored)."""
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
    stamp = to_iso(at)
    rows = [
        (stamp, orjson.dumps(r.result, option=orjson.OPT_SORT_KEYS).decode(), str(r.event_id))
        for r in results
    ]
    with db.write() as session:
        raw = raw_connection(session)
        before = raw.total_changes
        raw.executemany(_ACK, rows)
        changed = int(raw.total_changes - before)
        raw.execute(_STATE_SET, (SERVER_ACKED_KEY, str(server_acked)))
    return changed


def record_attempt(db: Database, event_ids: Iterable[str], error: str) -> None:
    """A failed try: count it and keep the error on the rows; the events stay pending."""
    with db.write() as session:
        outbox.mark_failed(session, event_ids, error=error, permanent=False)


def quarantine(db: Database, event_id: str, error: str) -> None:
    """The server refused this event for good: status 'failed', for a manager to see and resubmit."""
    with db.write() as session:
        outbox.mark_failed(session, [event_id], error=error, permanent=True)


def rewind(db: Database, from_seq: int) -> int | None:
    """The server lacks events from `from_seq` on that this till holds as acked: send them again.

    Returns how many rows went back to pending, or None when this till has no event at `from_seq`
    (the gap cannot be closed from here).
    """
    with db.write() as session:
        raw = raw_connection(session)
        if raw.execute("SELECT 1 FROM outbox WHERE seq = ?", (from_seq,)).fetchone() is None:
            return None
        before = raw.total_changes
        raw.execute(
            "UPDATE outbox SET status = 'pending', acked_at = NULL WHERE seq >= ? AND status = 'acked'",
            (from_seq,),
        )
        raw.execute(_STATE_SET, (SERVER_ACKED_KEY, str(from_seq - 1)))
        return int(raw.total_changes - before)


def counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return outbox.counts(session)
