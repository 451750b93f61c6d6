"""Terminal endpoints of click-and-collect: look an order up, claim it before handing it over, and give
the claim back when the handover is abandoned."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Path, Query, Response

from backend.errors import json_response
from backend.jsonbody import JsonRoute
from backend.models import utcnow
from backend.routes.deps import DbDep, TerminalDep
from backend.services import claims
from contract.errors import ErrorBody
from contract.pickup_claim import PickupClaimIn, PickupView

router = APIRouter(prefix="/v1/terminal/pickups", tags=["pickups"], route_class=JsonRoute)
OrderPath = Annotated[str, Path(max_length=64)]
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody},
    404: {"model": ErrorBody},
    409: {
        "model": ErrorBody,
        "description": "another store's order (`pickup.other_store`, its store in "
        "`detail.store_id`), not open (`pickup.not_open`), or claimed by another till (`pickup.claimed`)",
    },
    422: {"model": ErrorBody},
}


@router.get("/{order_number}", responses={200: {"model": PickupView}, **_ERRORS})
def get_pickup(order_number: OrderPath, who: TerminalDep, db: DbDep) -> Response:
    """One web order waiting at this terminal's store, as the feed carries it, with its live claim."""
    with db.read() as session:
        order = claims.find_order(session, who, order_number, lock=False)
        return json_response(claims.pickup_view(session, order, utcnow()))


@router.post(
    "/{order_number}/claim",
    responses={
        200: {"model": PickupView},
        423: {"model": ErrorBody, "description": "too many wrong pickup codes (`pickup.code_locked`)"},
        **_ERRORS,
    },
)
def claim_pickup(order_number: OrderPath, body: PickupClaimIn, who: TerminalDep, db: DbDep) -> Response:
    """Claim the order for this till's handover (checks store, status, pickup code and other claims).

    The same `handover_id` again answers the same claim. A claim lives 10 minutes. Wrong codes count:
    5 lock the code for 15 minutes (423); found by name with `id_checked` needs no code.
    """
    status, answer = db.run_write(lambda s: claims.claim(s, who, order_number, body, utcnow()))
    return json_response(answer, status)


@router.delete(
    "/{order_number}/claim",
    status_code=204,
    responses={
        204: {"description": "released, or there was nothing of this handover to release"},
        **_ERRORS,
        409: {
            "model": ErrorBody,
            "description": "another store's order (`pickup.other_store`) or another till's live claim "
            "(`pickup.claimed`, the till in `detail.claimed_by`)",
        },
    },
)
def release_pickup(
    order_number: OrderPath, handover_id: Annotated[UUID, Query()], who: TerminalDep, db: DbDep
) -> Response:
    """Give this till's claim back (the handover was abandoned: the visit voided, the order taken out
    of it), so another till may claim the order at once. Only the claim of this till and `handover_id`
    goes; none, a lapsed one, a newer handover's or a handed-over order changes nothing (204). Another
    till's live claim is 409 `pickup.claimed`."""
    db.run_write(lambda s: claims.release(s, who, order_number, str(handover_id), utcnow()))
    return Response(status_code=204)
