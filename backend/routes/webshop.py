"""The web-shop API (click-and-collect), authenticated by `X-Api-Key`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response

from backend.errors import json_response
from backend.routes.deps import DbDep, WebShopDep
from backend.services import lookups, webshop
from backend.services.webshop import WebOrderIn
from sync.protocol import ErrorBody, StockView

router = APIRouter(prefix="/v1", tags=["web shop"])
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


@router.post("/web-orders", status_code=201, responses={409: {"model": ErrorBody}, **_ERRORS})
def create_web_order(body: WebOrderIn, _shop: WebShopDep, db: DbDep) -> Response:
    """Place an order for pickup; reserves the stock (409 with the short lines when it cannot)."""
    return json_response(db.run_write(lambda s: webshop.create_order(s, body)), 201)


@router.get("/web-orders/{order_number}", responses=_ERRORS)
def get_web_order(order_number: OrderPath, _shop: WebShopDep, db: DbDep) -> Response:
    """Status, lines and history of one order."""
    with db.read() as session:
        return json_response(webshop.get_order(session, order_number))


@router.post("/web-orders/{order_number}/cancel", responses={409: {"model": ErrorBody}, **_ERRORS})
def cancel_web_order(order_number: OrderPath, _shop: WebShopDep, db: DbDep) -> Response:
    """Cancel before collection; the reservation is released."""
    return json_response(db.run_write(lambda s: webshop.cancel_order(s, order_number)))
