"""Online look-ups for any enrolled terminal: receipts, stock everywhere, customers and their history."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response

from backend.errors import json_response
from backend.jsonbody import JsonRoute
from backend.routes.deps import DbDep, TerminalDep
from backend.services import lookups
from contract.errors import ErrorBody
from contract.lookups import CustomerHistory, CustomerView, ReceiptView, StockView

router = APIRouter(prefix="/v1", tags=["look-ups"], route_class=JsonRoute)
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody},
    404: {"model": ErrorBody},
    422: {"model": ErrorBody},
}


@router.get("/receipts/{receipt_number}", responses={200: {"model": ReceiptView}, **_ERRORS})
def receipt(receipt_number: Annotated[str, Path(max_length=64)], _who: TerminalDep, db: DbDep) -> Response:
    """A sale from any store with the quantities already returned per line."""
    with db.read() as session:
        return json_response(lookups.receipt(session, receipt_number))


@router.get("/products/{sku}/stock", responses={200: {"model": StockView}, **_ERRORS})
def product_stock(sku: Annotated[str, Path(max_length=64)], _who: TerminalDep, db: DbDep) -> Response:
    """On hand, reserved and available of one product in every store."""
    with db.read() as session:
        return json_response(lookups.product_stock(session, sku))


@router.get("/customers", responses={200: {"model": list[CustomerView]}, **_ERRORS})
def customers(
    _who: TerminalDep, db: DbDep, q: Annotated[str, Query(min_length=2, max_length=100)]
) -> Response:
    """Customers whose name, e-mail, phone or id matches `q`."""
    with db.read() as session:
        return json_response(lookups.search_customers(session, q))


@router.get("/customers/{customer_id}/history", responses={200: {"model": CustomerHistory}, **_ERRORS})
def customer_history(
    customer_id: Annotated[str, Path(max_length=64)],
    _who: TerminalDep,
    db: DbDep,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=lookups.MAX_HISTORY_PAGE)] = 100,
) -> Response:
    """One customer's timeline across stores and channels, newest first, a page at a time: visits at
    any till, returns, web orders with their pickup state, store-credit vouchers with their balance."""
    with db.read() as session:
        return json_response(lookups.customer_history(session, customer_id, offset=offset, limit=limit))
