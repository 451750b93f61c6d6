"""Which event shapes this backend accepts: the contract's registry, cut down to the types that have a
handler here and, if the settings say so, to the versions an operator allows.

The result is itself an `EventRegistry`; the event service validates with it, the sync state lists it
(`accepts`), and the OpenAPI document describes it. docs/adr/0010-versioned-contract.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from backend.services.handler_table import HANDLERS
from contract.registry import EVENTS, EventRegistry


def accepted_events(
    registry: EventRegistry = EVENTS, allowed: Mapping[str, Iterable[int]] | None = None
) -> EventRegistry:
    """`registry` restricted to types with a handler, then to `allowed` (None: every known version)."""
    handled = registry.only({t: schemas for t, schemas in registry.accepts().items() if t in HANDLERS})
    return handled if allowed is None else handled.only(allowed)
