"""Saved carts and wish lists: the web shop puts and deletes them, tills read them with today's prices
and their store's stock (contract/saved_carts.py, backend/services/saved_carts.py)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Response

from backend.errors import json_response
from backend.jsonbody import JsonRoute
from backend.models import utcnow
from backend.routes.deps import DbDep, TerminalDep, WebShopDep
from backend.services import saved_carts
from contract.errors import ErrorBody
from contract.saved_carts import SavedCartIn, SavedCartOut, SavedCartView

router = APIRouter(prefix="/v1", tags=["saved carts"], route_class=JsonRoute)
IdPath = Annotated[str, Path(max_length=64, pattern=r"^[A-Za-z0-9._:\-]+$")]
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody},
    404: {"model": ErrorBody},
    422: {"model": ErrorBody},
}


@router.put(
    "/customers/{customer_id}/saved-carts/{cart_id}",
    responses={
        200: {"model": SavedCartOut, "description": "replaced (or an older version, ignored)"},
        201: {"model": SavedCartOut, "description": "created"},
        403: {"model": ErrorBody},
        409: {"model": ErrorBody, "description": "the cart id belongs to another customer"},
        **_ERRORS,
    },
)
def put_saved_cart(
    customer_id: IdPath, cart_id: IdPath, body: SavedCartIn, _shop: WebShopDep, db: DbDep
) -> Response:
    """Put or replace the customer's saved cart or wish list (web-shop key); idempotent by cart id.

    An `updated_at` older than the stored one is ignored (the stored cart is answered)."""
    now = utcnow()
    status, answer = db.run_write(lambda s: saved_carts.put_cart(s, customer_id, cart_id, body, now))
    return json_response(answer, status)


@router.delete(
    "/customers/{customer_id}/saved-carts/{cart_id}",
    status_code=204,
    responses={
        204: {"description": "deleted (or there was none)"},
        403: {"model": ErrorBody},
        409: {"model": ErrorBody, "description": "the cart id belongs to another customer"},
        **_ERRORS,
    },
)
def delete_saved_cart(customer_id: IdPath, cart_id: IdPath, _shop: WebShopDep, db: DbDep) -> Response:
    """The cart was bought or emptied online: tills no longer offer it."""
    db.run_write(lambda s: saved_carts.delete_cart(s, customer_id, cart_id))
    return Response(status_code=204)


@router.get(
    "/terminal/customers/{customer_id}/saved-carts",
    responses={200: {"model": list[SavedCartView]}, **_ERRORS},
)
def customer_saved_carts(customer_id: IdPath, who: TerminalDep, db: DbDep) -> Response:
    """The customer's saved carts, newest first, priced for this till's store today, with its stock."""
    with db.read() as session:
        return json_response(saved_carts.for_till(session, who.store_id, customer_id))
