"""Applying a terminal's batch of outbox events: idempotent, ordered, all in ONE transaction.

Per batch: lock the terminal row (SQLite writers are already serialised by BEGIN IMMEDIATE), then
for each event in order: a known `(terminal, event_id)` with the same content hash is a duplicate and
returns the stored result; with other content it is 422; a new event must carry exactly the next
`seq` (a gap is 409 with `expected_seq`). The `terminal_event` record, the business effects, the
stock levels and the feed changes all commit together, so a replay can never apply twice and a
crash before commit leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import os
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.errors import ApiError, validation_message
from backend.models import Terminal, TerminalEvent
from backend.services.feed import FeedWriter
from backend.services.handlers import HANDLERS, ApplyContext
from backend.services.security import TerminalIdentity
from backend.services.stock import StockLedger
from sync.protocol import EventBatch, EventIn, canonical_json


def content_hash(event: EventIn) -> str:
    content = event.model_dump(mode="json", exclude={"event_id"})
    return hashlib.sha256(canonical_json(content)).hexdigest()


def _validate_payload(event: EventIn) -> Any:
    model, _handler = HANDLERS.get(event.type, (None, None))
    if event.type not in HANDLERS:
        raise ApiError(
            422,
            "event.unsupported_type",
            f"event type {event.type} is not accepted by this server yet",
            {"event_id": str(event.event_id), "seq": event.seq},
        )
    if model is None:
        return None
    try:
        return model.model_validate(event.payload)
    except ValidationError as exc:
        errors = [{"loc": ["payload", *e["loc"]], "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
        raise ApiError(
            422,
            "event.invalid_payload",
            f"event seq {event.seq}: {validation_message(errors)}",
            {"event_id": str(event.event_id), "seq": event.seq, "errors": errors},
        ) from None


def apply_batch(
    session: Session, who: TerminalIdentity, batch: EventBatch, *, fault: str | None
) -> dict[str, Any]:
    """Apply or replay a batch; returns the BatchResult body. Raises ApiError (409/422/403)."""
    terminal = session.execute(
        select(Terminal)
        .where(Terminal.store_id == who.store_id, Terminal.terminal_id == who.terminal_id)
        .with_for_update()
    ).scalar_one()
    ids = [str(e.event_id) for e in batch.events]
    known = {
        rec.event_id: rec
        for rec in session.execute(
            select(TerminalEvent).where(
                TerminalEvent.store_id == who.store_id,
                TerminalEvent.terminal_id == who.terminal_id,
                TerminalEvent.event_id.in_(ids),
            )
        ).scalars()
    }
    ledger, feed = StockLedger(session), FeedWriter(session)
    ctx = ApplyContext(session=session, who=who, ledger=ledger, feed=feed)
    expected = terminal.last_seq + 1
    results: list[dict[str, Any]] = []
    for event in batch.events:
        event_id, digest = str(event.event_id), content_hash(event)
        record = known.get(event_id)
        if record is not None:
            if record.content_hash != digest:
                raise ApiError(
                    422,
                    "event.conflict",
                    f"event {event_id} was already received with other content",
                    {"event_id": event_id, "seq": event.seq, "stored_seq": record.seq},
                )
            results.append(
                {"event_id": event_id, "seq": record.seq, "status": "duplicate", "result": record.result}
            )
            continue
        if event.seq < expected:
            raise ApiError(
                422,
                "event.seq_taken",
                f"seq {event.seq} already belongs to another event",
                {"event_id": event_id, "seq": event.seq, "expected_seq": expected},
            )
        if event.seq > expected:
            raise ApiError(
                409,
                "event.seq_gap",
                f"expected seq {expected}, got {event.seq}",
                {"expected_seq": expected, "event_id": event_id, "seq": event.seq},
            )
        body = _validate_payload(event)
        _model, handler = HANDLERS[event.type]
        result = handler(ctx, event, body) if handler is not None else {"recorded": True}
        record = TerminalEvent(
            store_id=who.store_id,
            terminal_id=who.terminal_id,
            event_id=event_id,
            seq=event.seq,
            type=event.type,
            content_hash=digest,
            occurred_at=event.occurred_at,
            payload=event.payload,
            result=result,
        )
        session.add(record)
        known[event_id] = record
        results.append({"event_id": event_id, "seq": event.seq, "status": "applied", "result": result})
        expected += 1
    ledger.flush(feed, source=f"batch:{who.store_id}/{who.terminal_id}/{expected - 1}")
    feed.flush()
    terminal.last_seq = expected - 1
    if fault == "exit_before_commit":
        session.flush()
        os._exit(17)  # test hook: die with every row written but nothing committed
    return {"acked_through_seq": terminal.last_seq, "results": results}
