"""Personal offers: the web shop or CRM creates them per customer; tills read, claim, redeem, release
(contract/offers.py, backend/services/offers.py)."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Path, Response

from backend.errors import json_response
from backend.jsonbody import JsonRoute
from backend.models import utcnow
from backend.routes.deps import DbDep, TerminalDep, WebShopDep
from backend.services import offers
from contract.errors import ErrorBody
from contract.offers import OfferClaimIn, OfferClaimOut, OfferIn, OfferRedeemIn, OfferView

router = APIRouter(prefix="/v1", tags=["offers"], route_class=JsonRoute)
IdPath = Annotated[str, Path(max_length=64)]
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody},
    404: {"model": ErrorBody},
    409: {"model": ErrorBody},
    422: {"model": ErrorBody},
}


@router.post(
    "/customers/{customer_id}/offers",
    status_code=201,
    responses={200: {"model": OfferView}, 201: {"model": OfferView}, 403: {"model": ErrorBody}, **_ERRORS},
)
def create_offer(customer_id: IdPath, body: OfferIn, _shop: WebShopDep, db: DbDep) -> Response:
    """A personal offer for one customer (web-shop/CRM key); the same offer id again: the stored one."""
    status, answer = db.run_write(lambda s: offers.create(s, customer_id, body, utcnow()))
    return json_response(answer, status)


@router.get(
    "/terminal/customers/{customer_id}/offers", responses={200: {"model": list[OfferView]}, **_ERRORS}
)
def customer_offers(customer_id: IdPath, _who: TerminalDep, db: DbDep) -> Response:
    """The customer's offers a till may apply now."""
    with db.read() as session:
        return json_response(offers.open_offers(session, customer_id, utcnow()))


@router.post("/terminal/offers/{offer_id}/claims", responses={200: {"model": OfferClaimOut}, **_ERRORS})
def claim_offer(offer_id: IdPath, body: OfferClaimIn, who: TerminalDep, db: DbDep) -> Response:
    """Hold the offer for this till's visit; another till's claim meanwhile is refused (409)."""
    return json_response(db.run_write(lambda s: offers.claim(s, who, offer_id, body, utcnow())))


@router.post("/terminal/offers/claims/{claim_id}/redeem", responses={200: {"model": OfferView}, **_ERRORS})
def redeem_offer(claim_id: UUID, body: OfferRedeemIn, _who: TerminalDep, db: DbDep) -> Response:
    """The visit completed with the offer: redeemed, once and for good."""
    return json_response(
        db.run_write(lambda s: offers.redeem(s, str(claim_id), body.receipt_number, utcnow()))
    )


@router.delete(
    "/terminal/offers/claims/{claim_id}",
    status_code=204,
    responses={204: {"description": "released"}, **_ERRORS},
)
def release_offer(claim_id: UUID, _who: TerminalDep, db: DbDep) -> Response:
    """The visit did not take the offer: it is open again (204 whatever the claim's state)."""
    db.run_write(lambda s: offers.release(s, str(claim_id)))
    return Response(status_code=204)
