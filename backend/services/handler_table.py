"""Every event type this backend applies, with its handler (its payload models are in contract/registry.py).

One table for the event service (which calls the handlers), the accepted versions (a type without a
handler is never accepted) and the OpenAPI document.
"""

from __future__ import annotations

from backend.services.handlers import SALE_HANDLERS, Handler
from backend.services.pickups import PICKUP_HANDLERS
from backend.services.till_days import TILL_HANDLERS
from backend.services.visits import visit_completed

HANDLERS: dict[str, Handler] = {
    **SALE_HANDLERS,
    "visit.completed": visit_completed,
    **PICKUP_HANDLERS,
    **TILL_HANDLERS,  # the till's day: till.opened, cash.movement, till.closed
}
