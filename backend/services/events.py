"""Applying a terminal's batch of outbox events: idempotent, ordered, all in ONE transaction.

Per batch: lock the terminal row (SQLite writers are already serialised by BEGIN IMMEDIATE), then
for each event in order: a known `(terminal, event_id)` with the same content hash is a duplicate and
returns the stored result; with other content it is 422; a new event must carry exactly the next
`seq` (a gap is 409 with `expected_seq`). The `terminal_event` record, the business effects, the
stock levels and the feed changes all commit together, so a replay can never apply twice and a
crash before commit leaves nothing behind.

Fast path (docs/adr/0007-bulk-event-ingest.md): the batch is planned in Python first (no writes),
effects are collected per table and written with one bulk statement each, stock deltas are summed
per (store, sku), and the feed positions are taken last.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import Any, NamedTuple

import orjson
import pydantic_core
from pydantic import ValidationError
from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from backend.errors import ApiError, validation_errors, validation_message
from backend.jsonbody import NUL_MESSAGE, has_nul, nul_suspect
from backend.models import Terminal, TerminalEvent, table_of, utcnow
from backend.services.feed import FeedWriter
from backend.services.handler_table import HANDLERS
from backend.services.handlers import (
    ApplyContext,
    check_identity,
    lock_returned_lines,
    prefetch_sales,
    touched_levels,
)
from backend.services.rows import RowBuffer, json_list
from backend.services.security import TerminalIdentity
from backend.services.stock import StockLedger
from backend.services.tasks import TaskBuffer, chunked
from backend.services.visit_offers import lock_offers
from backend.services.visits import lock_web_order_lines
from backend.services.vouchers import lock_vouchers
from contract.events import EventBatch, EventIn
from contract.registry import EventRegistry
from contract.versions import SCHEMA_KEY, schema_of

_EVENT, _TERMINAL = table_of(TerminalEvent), table_of(Terminal)


# PostgreSQL: one primary-key probe per event id of the batch, whatever the statistics say. As
# `event_id = ANY(array)` PostgreSQL without statistics (autovacuum off) filtered the terminal's whole
# history instead: 111 ms for a 500-event batch after 7,500 events (docs/performance.md).
_KNOWN_PG = text(
    "SELECT e.event_id, e.seq, e.content_hash, e.result"
    " FROM json_array_elements_text(CAST(:keys AS json)) AS k(v)"
    " CROSS JOIN LATERAL (SELECT event_id, seq, content_hash, result FROM terminal_event"
    " WHERE store_id = :store AND terminal_id = :terminal AND event_id = k.v LIMIT 1) AS e"
).columns(_EVENT.c.event_id, _EVENT.c.seq, _EVENT.c.content_hash, _EVENT.c.result)


class _Known(NamedTuple):
    """A recorded `terminal_event` row of this terminal."""

    seq: int
    digest: str
    result: dict[str, Any]


def _replay(event_id: str, seq: int, result: dict[str, Any] | None) -> dict[str, Any]:
    return {"event_id": event_id, "seq": seq, "status": "duplicate", "result": result}


def content_hash(event: EventIn) -> str:
    """SHA-256 over the canonical JSON of everything but the id: seq, type, occurred_at, payload.

    The same bytes as `canonical_json(event.model_dump(mode="json", exclude={"event_id"}))` (stored
    hashes stay valid), built without pydantic's serialiser walking the payload a second time: orjson
    writes the datetime as pydantic does in JSON mode (ISO 8601, a zero offset as "Z").
    """
    content = {
        "seq": event.seq,
        "type": event.type,
        "occurred_at": event.occurred_at,
        "payload": event.payload,
    }
    return hashlib.sha256(orjson.dumps(content, option=_CANONICAL)).hexdigest()


_CANONICAL = orjson.OPT_SORT_KEYS | orjson.OPT_UTC_Z  # canonical_json's bytes, datetimes as pydantic's


def parse_batch(body: bytes) -> EventBatch:
    """The request body as a batch, in one pass of pydantic's JSON parser; 422 in the usual shape.

    Event payloads stay plain JSON here: each is validated against its type's model in `_plan`, so a
    bad payload is refused as that event's `event.invalid_payload` (the till quarantines just it).
    """
    try:
        batch = EventBatch.model_validate_json(body)
    except ValidationError as exc:
        errors = validation_errors(exc.errors(), ("body",))
        raise ApiError(422, "invalid_request", validation_message(errors), errors) from None
    if nul_suspect(body) and has_nul(pydantic_core.from_json(body)):
        errors = [{"loc": ["body"], "msg": NUL_MESSAGE, "type": "string_nul"}]
        raise ApiError(422, "invalid_request", f"body: {NUL_MESSAGE}", errors)
    return batch


def _refusal(event: EventIn, **detail: Any) -> dict[str, Any]:
    return {"event_id": str(event.event_id), "seq": event.seq, **detail}


def _validate_payload(event: EventIn, events: EventRegistry) -> Any:
    """The payload validated with the model of its (type, schema); 422 for this event otherwise.

    An unknown type is `event.unsupported_type`, a known type in a version this server does not accept
    `event.unsupported_schema`: the till holds such events back until a server accepts them (ADR 0010).
    Nothing unvalidated is ever stored.
    """
    schema = schema_of(event.payload)
    if schema is None:
        wrong = {"loc": ["payload", SCHEMA_KEY], "msg": "must be a positive integer", "type": "schema"}
        raise ApiError(
            422,
            "event.invalid_payload",
            f"event seq {event.seq}: payload.{SCHEMA_KEY} must be a positive integer",
            _refusal(event, errors=[wrong]),
        )
    model = events.model(event.type, schema)
    if model is None:
        if not events.knows_type(event.type):
            raise ApiError(
                422,
                "event.unsupported_type",
                f"event type {event.type} is not accepted by this server",
                _refusal(event, type=event.type, schema=schema),
            )
        accepted = sorted(events.accepts()[event.type])
        raise ApiError(
            422,
            "event.unsupported_schema",
            f"event type {event.type} in schema {schema} is not accepted by this server (accepts {accepted})",
            _refusal(event, type=event.type, schema=schema, accepted=accepted),
        )
    try:
        return model.model_validate(event.payload)
    except ValidationError as exc:
        errors = [{"loc": ["payload", *e["loc"]], "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
        raise ApiError(
            422,
            "event.invalid_payload",
            f"event seq {event.seq}: {validation_message(errors)}",
            _refusal(event, errors=errors),
        ) from None


@dataclass(slots=True)
class _Planned:
    """A new event of the batch, validated, with the content hash its record will carry."""

    event: EventIn
    digest: str
    body: Any
    result: dict[str, Any] | None = None


@dataclass(slots=True)
class _Again:
    """The same event a second time within one batch: answered like a replay once the first is applied."""

    first: _Planned


def _plan(
    who: TerminalIdentity,
    batch: EventBatch,
    known: dict[str, _Known],
    expected: int,
    events: EventRegistry,
    *,
    ids: list[str],
) -> tuple[list[dict[str, Any] | _Planned | _Again], int]:
    """Classify every event in order without touching the database; raises the first refusal.

    Returns one entry per event (a duplicate's stored result, or a `_Planned` new event) and the
    last seq the batch acknowledges. `ids`: the events' ids as text, in batch order.
    """
    plan: list[dict[str, Any] | _Planned | _Again] = []
    planned: dict[str, _Planned] = {}
    for event, event_id in zip(batch.events, ids, strict=True):
        digest = content_hash(event)
        record = known.get(event_id) or planned.get(event_id)
        if record is not None:
            stored_seq = record.seq if isinstance(record, _Known) else record.event.seq
            if record.digest != digest:
                raise ApiError(
                    422,
                    "event.conflict",
                    f"event {event_id} was already received with other content",
                    {"event_id": event_id, "seq": event.seq, "stored_seq": stored_seq},
                )
            if isinstance(record, _Planned):
                plan.append(_Again(record))
            else:
                plan.append(_replay(event_id, record.seq, record.result))
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
        body = _validate_payload(event, events)
        check_identity(who, body)
        planned[event_id] = _Planned(event, digest, body)
        plan.append(planned[event_id])
        expected += 1
    return plan, expected - 1


def apply_batch(
    session: Session, who: TerminalIdentity, batch: EventBatch, *, events: EventRegistry, fault: str | None
) -> dict[str, Any]:
    """Apply or replay a batch; returns the BatchResult body. Raises ApiError (409/422/403).

    `events` are the shapes this server accepts (backend/services/accepted.py). A replay is answered
    from its stored record without validating again: it was valid when it was applied.

    Reads: the terminal row (locked), the batch's known event ids, its sale ids and receipt numbers.
    Writes: one executemany INSERT per table, one level upsert, the feed, the terminal's last seq.
    """
    last_seq = session.execute(
        select(Terminal.last_seq)
        .where(Terminal.store_id == who.store_id, Terminal.terminal_id == who.terminal_id)
        .with_for_update()
    ).scalar_one()
    known: dict[str, _Known] = {}
    texts = [str(e.event_id) for e in batch.events]  # each UUID written once (about 1 us each)
    ids = sorted(set(texts))
    if session.get_bind().dialect.name == "postgresql":
        keys = json_list(ids)
        rows = session.execute(_KNOWN_PG, {"store": who.store_id, "terminal": who.terminal_id, "keys": keys})
        known.update((row[0], _Known(*row[1:])) for row in rows)
    else:
        for part in chunked(ids):
            for row in session.execute(
                select(_EVENT.c.event_id, _EVENT.c.seq, _EVENT.c.content_hash, _EVENT.c.result).where(
                    _EVENT.c.store_id == who.store_id,
                    _EVENT.c.terminal_id == who.terminal_id,
                    _EVENT.c.event_id.in_(part),
                )
            ):
                known[row[0]] = _Known(*row[1:])
    plan, acked = _plan(who, batch, known, last_seq + 1, events, ids=texts)
    new = [p for p in plan if isinstance(p, _Planned)]
    if not new:
        return {"acked_through_seq": last_seq, "results": [p for p in plan if isinstance(p, dict)]}
    now = utcnow()
    ctx = ApplyContext(
        session=session,
        who=who,
        ledger=StockLedger(session),
        feed=FeedWriter(session),
        rows=RowBuffer(session),
        tasks=TaskBuffer(session),
        now=now,
    )
    prefetch_sales(ctx, [p.body for p in new if p.event.type in ("sale.completed", "visit.completed")])
    # One lock order for every writer (docs/adr/0009): sale lines, then levels in (store, sku) order,
    # then the feed sequencers. A count reads levels while the batch runs, so a batch with one locks
    # all its levels now; otherwise the flush locks them, in the same order.
    returns = [p.body for p in new if p.event.type in ("sale.returned", "visit.completed")]
    if returns:
        lock_returned_lines(ctx, returns)
    orders = [p.body for p in new if p.event.type == "visit.completed" or p.event.type.startswith("pickup.")]
    if orders:
        lock_web_order_lines(ctx, orders)
        lock_vouchers(ctx, orders)  # after the web-order lines, before the levels (ADR 0009)
        lock_offers(ctx, orders)  # after the vouchers, before the levels
    if any(p.event.type == "stock.counted" for p in new):
        ctx.ledger.lock_levels(touched_levels([p.body for p in new]))
    results: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    for item in plan:
        if isinstance(item, dict):
            results.append(item)
            continue
        if isinstance(item, _Again):
            results.append(_replay(str(item.first.event.event_id), item.first.event.seq, item.first.result))
            continue
        event, event_id = item.event, str(item.event.event_id)
        result = HANDLERS[event.type](ctx, event, item.body)
        item.result = result
        records.append(
            {
                "store_id": who.store_id,
                "terminal_id": who.terminal_id,
                "event_id": event_id,
                "seq": event.seq,
                "type": event.type,
                "content_hash": item.digest,
                "occurred_at": event.occurred_at,
                "recorded_at": now,
                "payload": event.payload,
                "result": result,
            }
        )
        results.append({"event_id": event_id, "seq": event.seq, "status": "applied", "result": result})
    ctx.rows.extend(_EVENT, records)  # the idempotency records, same transaction as the effects
    ctx.rows.flush()  # on PostgreSQL a small batch's rows go in one pipeline (backend/services/rows.py)
    ctx.ledger.flush(ctx.feed, source=f"batch:{who.store_id}/{who.terminal_id}/{acked}", tasks=ctx.tasks)
    ctx.tasks.flush()
    session.execute(
        update(_TERMINAL)
        .where(_TERMINAL.c.store_id == who.store_id, _TERMINAL.c.terminal_id == who.terminal_id)
        .values(last_seq=acked)
    )
    ctx.feed.flush()  # last: takes the store's sequencer row lock until commit (ADR 0003)
    if fault == "exit_before_commit":
        session.flush()
        os._exit(17)  # test hook: die with every row written but nothing committed
    return {"acked_through_seq": acked, "results": results}
