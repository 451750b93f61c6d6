"""Claiming a web order at a till before an online handover, so two tills cannot hand one order over.

One writing transaction with the order row locked (`FOR UPDATE`; SQLite serialises writers), so of
two tills claiming at once exactly one wins. A claim lives `CLAIM_MINUTES`; the same handover id
again is the same claim (idempotent, no code asked again); the same till with a new handover id
takes the claim over; another till while it lives is 409 `pickup.claimed`.

The pickup code is checked unless the order was found by name with an ID check. Wrong codes count
per order: after `CODE_ATTEMPTS` wrong ones the code is locked for `LOCK_MINUTES` (423
`pickup.code_locked`); a right code resets the count. Found by name with an ID check works while
the code is locked (the ID check is the stronger proof). Refusals that count an attempt are
returned, not raised, so the count commits.

A claim is given back with `release` when the till's handover is abandoned (the visit voided, the
order taken out of it): only by the till holding it, for the same handover id, so the next till may
claim at once. Nothing to give back (no claim, a lapsed one, this till's claim of another handover, an
order no longer open) is success; another till's live claim is 409 `pickup.claimed`.

Orders may be claimed while `placed`, `picking` or `ready` (the items are scanned at the counter
anyway); `collected`, `partially_collected`, `expired` and `cancelled` are 409 `pickup.not_open`.
"""

from __future__ import annotations

import hmac
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.models import Customer, WebOrder
from backend.services.order_states import OPEN
from backend.services.order_views import order_data
from backend.services.security import TerminalIdentity
from contract.pickup import CODE_ATTEMPTS, normalise_code
from contract.pickup_claim import PickupClaimIn, PickupView

CLAIM_MINUTES = 10
LOCK_MINUTES = 15


def _error(http: int, code: str, message: str, **detail: Any) -> tuple[int, dict[str, Any]]:
    return http, {"error": code, "message": message, "detail": detail or None}


def claim_until(order: WebOrder) -> datetime | None:
    return order.claimed_at + timedelta(minutes=CLAIM_MINUTES) if order.claimed_at else None


def pickup_view(session: Session, order: WebOrder, now: datetime) -> dict[str, Any]:
    customer = session.get(Customer, order.customer_id) if order.customer_id else None
    until = claim_until(order)
    live = until is not None and until > now
    view = PickupView(
        **order_data(session, order).model_dump(),
        customer_name=customer.name if customer else None,
        claimed_by=order.claimed_by if live else None,
        claim_handover_id=order.claim_handover_id if live else None,
        claimed_until=until if live else None,
    )
    return view.model_dump(mode="json")


def find_order(session: Session, who: TerminalIdentity, number: str, *, lock: bool) -> WebOrder:
    """The order if it waits at the terminal's store: 404 unknown, 409 `pickup.other_store`."""
    query = select(WebOrder).where(WebOrder.order_number == number)
    order = session.execute(query.with_for_update() if lock else query).scalar_one_or_none()
    if order is None:
        raise ApiError(404, "pickup.unknown_order", f"no web order {number}")
    if order.pickup_store_id != who.store_id:
        raise ApiError(
            409,
            "pickup.other_store",
            f"web order {number} waits at store {order.pickup_store_id}",
            {"order_number": number, "store_id": order.pickup_store_id},
        )
    return order


def _code_refusal(order: WebOrder, body: PickupClaimIn, now: datetime) -> tuple[int, dict[str, Any]] | None:
    """None when the code (or the ID check) lets the till in; else the refusal (counted)."""
    if body.found_by == "name":
        if body.id_checked:
            return None
        return _error(422, "pickup.id_check_required", "an order found by name needs an ID check")
    if order.code_locked_until is not None and order.code_locked_until > now:
        return _error(
            423,
            "pickup.code_locked",
            f"too many wrong pickup codes; locked until {order.code_locked_until.isoformat()}",
            locked_until=order.code_locked_until.isoformat(),
        )
    if body.code is None:
        return _error(422, "pickup.code_required", f"an order found by {body.found_by} needs its pickup code")
    if hmac.compare_digest(normalise_code(body.code).encode(), order.pickup_code.encode()):
        order.code_attempts = 0
        return None
    order.code_attempts += 1
    if order.code_attempts >= CODE_ATTEMPTS:
        order.code_attempts = 0
        order.code_locked_until = now + timedelta(minutes=LOCK_MINUTES)
        return _error(
            423,
            "pickup.code_locked",
            f"{CODE_ATTEMPTS} wrong pickup codes; locked for {LOCK_MINUTES} minutes",
            locked_until=order.code_locked_until.isoformat(),
        )
    return _error(
        422,
        "pickup.wrong_code",
        "the pickup code does not match",
        attempts_left=CODE_ATTEMPTS - order.code_attempts,
    )


def claim(
    session: Session, who: TerminalIdentity, number: str, body: PickupClaimIn, now: datetime
) -> tuple[int, dict[str, Any]]:
    """(200, the order) when this till holds the claim now; else (status, error body)."""
    order = find_order(session, who, number, lock=True)
    if order.status not in OPEN:
        return _error(409, "pickup.not_open", f"web order {number} is {order.status}", status=order.status)
    me, handover_id = f"{who.store_id}/{who.terminal_id}", str(body.handover_id)
    until = claim_until(order)
    live = until is not None and until > now
    if live and order.claimed_by == me and order.claim_handover_id == handover_id:
        return 200, pickup_view(session, order, now)
    if live and order.claimed_by != me:
        assert until is not None
        return _error(
            409,
            "pickup.claimed",
            f"web order {number} is being handed over at {order.claimed_by}",
            claimed_by=order.claimed_by,
            claimed_until=until.isoformat(),
        )
    refusal = _code_refusal(order, body, now)
    if refusal is not None:
        return refusal
    order.claimed_by, order.claimed_at, order.claim_handover_id = me, now, handover_id
    return 200, pickup_view(session, order, now)


def release(session: Session, who: TerminalIdentity, number: str, handover_id: str, now: datetime) -> None:
    """Give this till's claim of the order for this handover back; raises 409 `pickup.claimed` when
    another till holds a live claim. Anything else with nothing to give back changes nothing."""
    order = find_order(session, who, number, lock=True)
    until = claim_until(order)
    if order.status not in OPEN or until is None or until <= now:
        return  # handed over or closed (its effect stays), no claim, or it lapsed: nothing to give back
    me = f"{who.store_id}/{who.terminal_id}"
    if order.claimed_by != me:
        raise ApiError(
            409,
            "pickup.claimed",
            f"web order {number} is being handed over at {order.claimed_by}",
            {"claimed_by": order.claimed_by, "claimed_until": until.isoformat()},
        )
    if order.claim_handover_id != handover_id:
        return  # this till's claim of a newer handover: that one stays
    order.claimed_by, order.claimed_at, order.claim_handover_id = None, None, None
