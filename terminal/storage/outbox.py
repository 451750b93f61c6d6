"""The outbox: events for the backend, written in the same transaction as the fact they report.

`seq` is gapless per terminal: `append_event` assigns `max(seq) + 1` inside the caller's `BEGIN
IMMEDIATE` transaction (the write lock makes max+1 race-free, and a rollback takes the number back with
it). Rows are never deleted by this module; any future pruning of acknowledged rows must keep the newest
row so that max+1 never reuses a number. Payloads are stored as JSON text (`json_text`) and sent as
stored; each row also keeps its payload's schema version (`schema_version`), so the sync engine can hold
back what its backend does not accept yet without parsing payloads (docs/adr/0010-versioned-contract.md).

The sync engine's side (sync/outbox_io.py): `next_batch` (pending events below the barrier),
`record_acks` (per event, from the server's per-event results, never a blanket "through seq"),
`mark_failed`, `rewind`, `pending_from`.

The barrier: the lowest `failed` event the server has not passed yet. The server accepts a till's
events only in gapless seq order, so nothing at or after the barrier can be applied until a manager
resubmits the refused event; those events stay `pending` (never failed, never dropped).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from contract.versions import schema_of
from terminal.storage import sync_state
from terminal.storage.bulk import raw_connection
from terminal.storage.models.base import to_iso
from terminal.storage.models.journal import Outbox

PENDING, ACKED, FAILED = "pending", "acked", "failed"
_ACK = (
    "UPDATE outbox SET status = 'acked', acked_at = ?, last_error = NULL, result = ? "
    "WHERE event_id = ? AND seq = ? AND status != 'acked'"
)


@dataclass(frozen=True, slots=True)
class OutboxEvent:
    seq: int
    event_id: str
    type: str
    schema: int  # the payload's schema version (1 when the payload has none)
    occurred_at: datetime
    payload: str  # JSON text, sent as is
    status: str
    attempts: int
    last_error: str | None

    def payload_dict(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.payload)
        return value


@dataclass(frozen=True, slots=True)
class Ack:
    """The server's result for one event: applied or a duplicate; `result` is its JSON text."""

    event_id: str
    seq: int
    result: str


def json_text(value: Mapping[str, Any]) -> str:
    """JSON for a TEXT column of the till (payloads, baskets, audit details): sorted keys, no spaces.

    Not a content hash: the backend hashes what it parsed (`contract.base.canonical_json`).
    """
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def append_event(
    session: Session, *, event_id: str, type: str, occurred_at: datetime, payload: Mapping[str, Any] | str
) -> int:
    """Queue one event and return its seq. Call in the transaction that writes the fact itself.

    The payload's `schema` (contract.versions) is kept on the row; a payload whose `schema` is not a
    positive integer is a programming error and refused with ValueError.
    """
    content: Mapping[str, Any] = json.loads(payload) if isinstance(payload, str) else payload
    schema = schema_of(content) if isinstance(content, Mapping) else None
    if schema is None:
        raise ValueError(f"event {type}: the payload must be a JSON object with a positive integer schema")
    seq = int(session.execute(select(func.coalesce(func.max(Outbox.seq), 0))).scalar_one()) + 1
    session.add(
        Outbox(
            seq=seq,
            event_id=event_id,
            type=type,
            schema_version=schema,
            occurred_at=occurred_at,
            payload=payload if isinstance(payload, str) else json_text(payload),
            status=PENDING,
            attempts=0,
        )
    )
    session.flush()
    return seq


def _event(row: Outbox) -> OutboxEvent:
    return OutboxEvent(
        seq=row.seq,
        event_id=row.event_id,
        type=row.type,
        schema=row.schema_version,
        occurred_at=row.occurred_at,
        payload=row.payload,
        status=row.status,
        attempts=row.attempts,
        last_error=row.last_error,
    )


def pending_events(session: Session, limit: int = 500) -> list[OutboxEvent]:
    """Events still to send ('pending', including retried ones) in seq order, at most `limit`.

    Events marked 'failed' (refused for good) are left out: they wait for a manager, see failed_events.
    """
    rows = session.scalars(select(Outbox).where(Outbox.status == PENDING).order_by(Outbox.seq).limit(limit))
    return [_event(r) for r in rows]


def failed_events(session: Session, limit: int = 500) -> list[OutboxEvent]:
    rows = session.scalars(select(Outbox).where(Outbox.status == FAILED).order_by(Outbox.seq).limit(limit))
    return [_event(r) for r in rows]


def get_event(session: Session, event_id: str) -> OutboxEvent | None:
    row = session.scalars(select(Outbox).where(Outbox.event_id == event_id)).first()
    return None if row is None else _event(row)


def barrier(session: Session) -> int | None:
    """The seq of the lowest refused event the server has not passed, or None."""
    raw = raw_connection(session)
    server_acked = int(sync_state.read(raw, sync_state.SERVER_ACKED_KEY) or 0)
    found = raw.execute(
        "SELECT min(seq) FROM outbox WHERE status = 'failed' AND seq > ?", (server_acked,)
    ).fetchone()
    return None if found is None or found[0] is None else int(found[0])


def next_batch(session: Session, limit: int) -> tuple[list[OutboxEvent], int | None]:
    """Pending events in seq order below the barrier (at most `limit`), and the barrier itself."""
    stop = barrier(session)
    events = pending_events(session, limit=limit)
    if stop is not None:
        events = [e for e in events if e.seq < stop]
    return events, stop


def record_acks(session: Session, acks: Iterable[Ack], *, at: datetime, server_acked: int) -> int:
    """Mark each acknowledged event acked with its result (one executemany); returns rows changed.

    An ack counts only for the row with that event id AND seq. `server_acked` is the server's position
    in this till's events (`acked_through_seq`), kept for the barrier.
    """
    stamp = to_iso(at)
    raw = raw_connection(session)
    before = raw.total_changes
    raw.executemany(_ACK, [(stamp, a.result, a.event_id, a.seq) for a in acks])
    changed = int(raw.total_changes - before)
    sync_state.write(raw, sync_state.SERVER_ACKED_KEY, str(server_acked))
    return changed


def mark_failed(session: Session, event_ids: Iterable[str], *, error: str, permanent: bool = False) -> int:
    """Count a failed attempt. `permanent=True` (e.g. a 422) sets status 'failed' for a manager to see;
    otherwise the event stays 'pending' and is retried. Returns rows changed."""
    ids = list(event_ids)
    if not ids:
        return 0
    values: dict[str, Any] = {"attempts": Outbox.attempts + 1, "last_error": error[:2000]}
    if permanent:
        values["status"] = FAILED
    stmt = update(Outbox).where(Outbox.event_id.in_(ids), Outbox.status != ACKED).values(**values)
    return int(session.execute(stmt).rowcount)  # type: ignore[attr-defined]


def rewind(session: Session, from_seq: int) -> int | None:
    """The server lacks events from `from_seq` on that this till holds as acked: send them again.

    Returns how many rows went back to pending, or None when this till has no event at `from_seq`
    (the gap cannot be closed from here).
    """
    raw = raw_connection(session)
    if raw.execute("SELECT 1 FROM outbox WHERE seq = ?", (from_seq,)).fetchone() is None:
        return None
    before = raw.total_changes
    raw.execute(
        "UPDATE outbox SET status = 'pending', acked_at = NULL WHERE seq >= ? AND status = 'acked'",
        (from_seq,),
    )
    sync_state.write(raw, sync_state.SERVER_ACKED_KEY, str(from_seq - 1))
    return int(raw.total_changes - before)


def pending_from(session: Session, seq: int) -> int:
    """How many pending events there are from `seq` on (e.g. held back behind that one)."""
    stmt = select(func.count()).select_from(Outbox).where(Outbox.status == PENDING, Outbox.seq >= seq)
    return int(session.execute(stmt).scalar_one())


def counts(session: Session) -> dict[str, int]:
    """Number of outbox rows per status, every status present (for the status bar and close of day)."""
    rows = session.execute(select(Outbox.status, func.count()).group_by(Outbox.status))
    found = {str(status): int(n) for status, n in rows}
    return {status: found.get(status, 0) for status in (PENDING, ACKED, FAILED)}


def last_seq(session: Session) -> int:
    return int(session.execute(select(func.coalesce(func.max(Outbox.seq), 0))).scalar_one())


def resubmit_failed(session: Session, event_ids: Iterable[str]) -> int:
    """Put refused events back in the queue (same id, same content); returns how many moved."""
    ids = list(event_ids)
    if not ids:
        return 0
    changed = session.execute(
        update(Outbox).where(Outbox.status == FAILED, Outbox.event_id.in_(ids)).values(status=PENDING)
    )
    return int(getattr(changed, "rowcount", 0) or 0)
