"""The event envelope and what the backend answers about events: batches, results, a terminal's state.

`EventIn.payload` stays plain JSON here: the backend validates it with the payload model of the event's
(type, schema) from `contract.registry`, so one bad payload is refused as that event alone.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

import orjson
from pydantic import Field, JsonValue, field_validator

from contract.base import MAX_BATCH_EVENTS, MAX_PAYLOAD_BYTES, AwareDatetime, Inbound, LaxUUID, Outbound

# Any type name is parsed; one without a payload model is refused per event (`event.unsupported_type`).
EventTypeName = Annotated[
    str, Field(min_length=1, max_length=32, pattern=r"^[a-z_]+(\.[a-z_]+)+$", strict=True)
]
Seq = Annotated[int, Field(ge=1, le=2**62, strict=True)]


class EventIn(Inbound):
    """One outbox event; `event_id` is the idempotency key, `seq` is gapless per terminal."""

    event_id: LaxUUID
    seq: Seq
    type: EventTypeName
    occurred_at: AwareDatetime
    payload: dict[str, JsonValue]

    @field_validator("payload")
    @classmethod
    def _bounded(cls, value: dict[str, JsonValue]) -> dict[str, JsonValue]:
        try:
            size = len(orjson.dumps(value))
        except orjson.JSONEncodeError:  # an integer beyond 64 bits (orjson's own limit)
            raise ValueError("payload holds an integer beyond 64 bits") from None
        if size > MAX_PAYLOAD_BYTES:
            raise ValueError(f"payload larger than {MAX_PAYLOAD_BYTES} bytes")
        return value


class EventBatch(Inbound):
    events: Annotated[list[EventIn], Field(min_length=1, max_length=MAX_BATCH_EVENTS)]


class EventResult(Outbound):
    """The backend's answer for one event: applied now, or a duplicate answered with its stored result."""

    event_id: UUID
    seq: int
    status: Literal["applied", "duplicate"]
    result: dict[str, Any]


class BatchResult(Outbound):
    acked_through_seq: int
    results: list[EventResult]


class TerminalSyncState(Outbound):
    """What the backend holds for one terminal, and which payload versions it accepts per event type.

    `accepts` is empty when the backend is from before versioned payloads (contract.versions).
    """

    store_id: str
    terminal_id: str
    acked_through_seq: int
    server_time: datetime
    accepts: dict[str, list[int]] = Field(default_factory=dict)
