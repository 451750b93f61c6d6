"""Schema versions of event payloads, without pydantic (the till's storage and sync engine use these).

Every event payload carries `"schema": <int>`; a payload without it is schema 1 (events queued by a
till before versions existed lack it and must still validate). A backend lists in its sync state the
versions it accepts per event type; a backend that lists none is from before versions and accepts
schema 1 of the types it had handlers for (`LEGACY_ACCEPTS`). docs/adr/0010-versioned-contract.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

SCHEMA_KEY: Final = "schema"
FIRST_SCHEMA: Final = 1

# Event type -> the schema versions accepted.
Accepts = Mapping[str, frozenset[int]]

# What a backend from before versioned payloads takes: schema 1 of the types it had handlers for.
LEGACY_ACCEPTS: Final[Accepts] = MappingProxyType(
    {
        event_type: frozenset({FIRST_SCHEMA})
        for event_type in (
            "sale.completed",
            "sale.returned",
            "stock.counted",
            "audit.recorded",
            "cash.movement",
            "till.closed",
        )
    }
)


def schema_of(payload: Mapping[str, object]) -> int | None:
    """The payload's schema version: 1 when absent, None when it is not a positive integer."""
    value = payload.get(SCHEMA_KEY, FIRST_SCHEMA)
    if type(value) is not int or value < 1:  # a bool is no version, nor is 1.0
        return None
    return value


def accepts_from_listing(listed: Mapping[str, Iterable[int]]) -> Accepts:
    """A sync state's `accepts` as a mapping of frozensets; `LEGACY_ACCEPTS` when it lists nothing."""
    if not listed:
        return LEGACY_ACCEPTS
    return MappingProxyType({event_type: frozenset(schemas) for event_type, schemas in listed.items()})


def listing(accepts: Accepts) -> dict[str, list[int]]:
    """The wire form of `accepts` (sorted types, sorted versions), as a sync state lists it."""
    return {event_type: sorted(accepts[event_type]) for event_type in sorted(accepts)}
