"""Terminal endpoints of the returns ledger: what is returnable, claims on it, the lowest price.

docs/adr/0015-returns-ledger.md, contract/returns.py.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response

from backend.errors import json_response
from backend.jsonbody import JsonRoute
from backend.models import utcnow
from backend.routes.deps import DbDep, TerminalDep
from backend.services import lowest_price, return_claims, returnable
from contract.errors import ErrorBody
from contract.returns import (
    NO_RECEIPT_PRICE_DAYS,
    LowestPrice,
    ReturnableOrigin,
    ReturnClaimIn,
    ReturnClaimOut,
)

router = APIRouter(prefix="/v1/terminal", tags=["returns"], route_class=JsonRoute)
Reference = Annotated[str, Path(min_length=1, max_length=64)]
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody},
    404: {"model": ErrorBody},
    422: {"model": ErrorBody},
}


@router.get("/returns/receipts/{receipt_number}", responses={200: {"model": ReturnableOrigin}, **_ERRORS})
def returnable_receipt(receipt_number: Reference, _who: TerminalDep, db: DbDep) -> Response:
    """A receipt from any store of the chain with what each line cost and may still come back
    (404 `return.unknown_receipt`)."""
    with db.read() as session:
        return json_response(returnable.receipt_origin(session, receipt_number, utcnow()))


@router.get("/returns/web-orders/{order_number}", responses={200: {"model": ReturnableOrigin}, **_ERRORS})
def returnable_web_order(order_number: Reference, _who: TerminalDep, db: DbDep) -> Response:
    """A web order with what was collected and may still come back (404 `return.unknown_order`)."""
    with db.read() as session:
        return json_response(returnable.web_order_origin(session, order_number, utcnow()))


@router.post(
    "/returns/claims",
    status_code=201,
    responses={
        200: {"model": ReturnClaimOut, "description": "the same claim again (a retry): the stored answer"},
        201: {"model": ReturnClaimOut},
        409: {
            "model": ErrorBody,
            "description": "more than is returnable (`return.over_returnable`, the lines in `detail.lines`) "
            "or this claim id with other lines (`return.claim_conflict`)",
        },
        **_ERRORS,
    },
)
def create_claim(body: ReturnClaimIn, who: TerminalDep, db: DbDep) -> Response:
    """Hold returnable units of original lines for this visit (all lines or none), 10 minutes."""
    status, answer = db.run_write(lambda s: return_claims.claim(s, who, body, utcnow()))
    return json_response(answer, status)


@router.delete(
    "/returns/claims/{claim_id}", status_code=204, responses={204: {"description": "released"}, **_ERRORS}
)
def release_claim(claim_id: Reference, _who: TerminalDep, db: DbDep) -> Response:
    """Release a held claim; a confirmed, lapsed or unknown one changes nothing (204 either way)."""
    db.run_write(lambda s: return_claims.release(s, claim_id))
    return Response(status_code=204)


@router.get("/products/{sku}/lowest-price", responses={200: {"model": LowestPrice}, **_ERRORS})
def product_lowest_price(
    sku: Reference,
    who: TerminalDep,
    db: DbDep,
    days: Annotated[int, Query(ge=1, le=365)] = NO_RECEIPT_PRICE_DAYS,
) -> Response:
    """The lowest price of the article at this till's store in the last `days` calendar days of the
    store's time zone (from local midnight `days` days before today; 404 `product.unknown`)."""
    with db.read() as session:
        return json_response(lowest_price.lowest_price(session, who.store_id, sku, days, utcnow()))
