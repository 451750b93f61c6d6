"""The web-shop API (click-and-collect), authenticated by `X-Api-Key`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response

from backend.errors import json_response
from backend.jsonbody import JsonRoute
from backend.routes.deps import DbDep, WebShopDep
from backend.services import lookups, web_returns, webshop
from contract.errors import ErrorBody
from contract.lookups import StockView
from contract.webshop import WebOrderIn, WebReturnIn

router = APIRouter(prefix="/v1", tags=["web shop"], route_class=JsonRoute)
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody},
    404: {"model": ErrorBody},
    422: {"model": ErrorBody},
}
OrderPath = Annotated[str, Path(max_length=64)]


@router.get("/stock", responses={200: {"model": StockView}, **_ERRORS})
def stock(_shop: WebShopDep, db: DbDep, sku: Annotated[str, Query(max_length=64)]) -> Response:
    """Per store: on hand, reserved, available."""
    with db.read() as session:
        return json_response(lookups.product_stock(session, sku))


@router.post(
    "/web-orders",
    status_code=201,
    responses={
        200: {"description": "The order was already placed with the same content: the stored order"},
        409: {"model": ErrorBody, "description": "short stock, or the number placed with other content"},
        **_ERRORS,
    },
)
def create_web_order(body: WebOrderIn, _shop: WebShopDep, db: DbDep) -> Response:
    """Place an order for pickup; reserves the stock (409 with the short lines when it cannot).

    Idempotent by order number: the same content again answers 200 with the stored order, other
    content 409 `web_order.conflict`. A replacement (`replaces_order_number`) must name a collected or
    partially collected order of the same customer and is free of charge.
    """
    status, order = db.run_write(lambda s: webshop.create_order(s, body))
    return json_response(order, status)


@router.post(
    "/web-orders/{order_number}/returns",
    status_code=201,
    responses={
        200: {"description": "The return was already recorded with the same content: the stored return"},
        409: {"model": ErrorBody, "description": "more than returnable, or the return id used otherwise"},
        **_ERRORS,
    },
)
def return_web_order(order_number: OrderPath, body: WebReturnIn, _shop: WebShopDep, db: DbDep) -> Response:
    """A return through another channel (parcel, warehouse), counted against the returnable quantities.

    Per line returnable = collected - returned. Idempotent by `return_id`.
    """
    status, answer = db.run_write(lambda s: web_returns.create_return(s, order_number, body))
    return json_response(answer, status)


@router.get("/web-orders/{order_number}", responses=_ERRORS)
def get_web_order(order_number: OrderPath, _shop: WebShopDep, db: DbDep) -> Response:
    """Status, lines and history of one order."""
    with db.read() as session:
        return json_response(webshop.get_order(session, order_number))


@router.post("/web-orders/{order_number}/cancel", responses={409: {"model": ErrorBody}, **_ERRORS})
def cancel_web_order(order_number: OrderPath, _shop: WebShopDep, db: DbDep) -> Response:
    """Cancel before collection; the reservation is released."""
    return json_response(db.run_write(lambda s: webshop.cancel_order(s, order_number)))
