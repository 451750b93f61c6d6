"""The outbox: events for the backend, written in the same transaction as the fact they report.

`seq` is gapless per terminal: `append_event` assigns `max(seq) + 1` inside the caller's `BEGIN
IMMEDIATE` transaction (the write lock makes max+1 race-free, and a rollback takes the number back with
it). Rows are never deleted by this module; any future pruning of acknowledged rows must keep the newest
row so that max+1 never reuses a number. Payloads are stored as canonical JSON (sorted keys, no spaces),
the exact text the backend compares when an event is replayed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from terminal.storage.models import Outbox

PENDING, ACKED, FAILED = "pending", "acked", "failed"


@dataclass(frozen=True, slots=True)
class OutboxEvent:
    seq: int
    event_id: str
    type: str
    occurred_at: datetime
    payload: str  # canonical JSON text, sent as is
    status: str
    attempts: int
    last_error: str | None

    def payload_dict(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.payload)
        return value


def canonical_json(value: Mapping[str, Any]) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def append_event(
    session: Session, *, event_id: str, type: str, occurred_at: datetime, payload: Mapping[str, Any] | str
) -> int:
    """Queue one event and return its seq. Call in the transaction that writes the fact itself."""
    seq = int(session.execute(select(func.coalesce(func.max(Outbox.seq), 0))).scalar_one()) + 1
    text = payload if isinstance(payload, str) else canonical_json(payload)
    session.add(
        Outbox(
            seq=seq,
            event_id=event_id,
            type=type,
            occurred_at=occurred_at,
            payload=text,
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


def mark_acked(
    session: Session,
    *,
    at: datetime,
    through_seq: int | None = None,
    event_ids: Iterable[str] = (),
    result: Mapping[str, Any] | None = None,
) -> int:
    """Mark events acknowledged: every unacked seq <= `through_seq`, and/or the given event ids.

    `result` (the server's answer, if worth keeping) is stored on each row. Returns rows changed.
    """
    ids = list(event_ids)
    stored = None if result is None else canonical_json(result)
    values = {"status": ACKED, "acked_at": at, "last_error": None, "result": stored}
    changed = 0
    if through_seq is not None:
        stmt = update(Outbox).where(Outbox.seq <= through_seq, Outbox.status != ACKED).values(**values)
        changed += session.execute(stmt).rowcount  # type: ignore[attr-defined]
    if ids:
        stmt = update(Outbox).where(Outbox.event_id.in_(ids), Outbox.status != ACKED).values(**values)
        changed += session.execute(stmt).rowcount  # type: ignore[attr-defined]
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
