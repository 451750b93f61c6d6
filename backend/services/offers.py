"""Personal offers: created by the web shop or CRM or by a rule on the history, claimed by one till
for one visit (a hold of `HOLD_MINUTES`), redeemed once chain-wide (contract/offers.py): by the
visit's event (backend/services/visit_offers.py), or by the redeem route of tills before ADR 0022.

An offer row is locked (`FOR UPDATE` on PostgreSQL; SQLite writes one at a time) while a claim, a
release or a redemption changes it, so two tills racing for one offer get one hold and one 409. A hold
that ran out counts as open again. The same claim id again is the same claim (a till's retry).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.models import Customer, Product, Sale, SaleLine
from backend.models.offers import CustomerOffer
from backend.services.security import TerminalIdentity
from contract.offers import HOLD_MINUTES, OfferClaimIn, OfferIn


def _status(offer: CustomerOffer, now: datetime) -> str:
    if offer.status == "redeemed":
        return "redeemed"
    if offer.valid_until is not None and offer.valid_until <= now:
        return "expired"
    if offer.status == "held" and offer.held_until is not None and offer.held_until > now:
        return "held"
    return "open"


def view(offer: CustomerOffer, now: datetime) -> dict[str, Any]:
    return {
        "offer_id": offer.offer_id,
        "customer_id": offer.customer_id,
        "group_id": offer.group_id,
        "percent": offer.percent,
        "description": offer.description,
        "valid_until": offer.valid_until,
        "status": _status(offer, now),
        "redeemed_receipt": offer.redeemed_receipt,
    }


def create(
    session: Session, customer_id: str, body: OfferIn, now: datetime, *, source: str = "api"
) -> tuple[int, dict[str, Any]]:
    """201 and the new offer; 200 for the same offer again; 409 `offer.conflict` for other content."""
    if session.get(Customer, customer_id) is None:
        raise ApiError(404, "customer.unknown", f"no customer {customer_id}")
    existing = session.get(CustomerOffer, body.offer_id)
    if existing is not None:
        same = (existing.customer_id, existing.group_id, existing.percent, existing.description) == (
            customer_id,
            body.group_id,
            body.percent,
            body.description,
        )
        if not same or existing.valid_until != body.valid_until:
            raise ApiError(409, "offer.conflict", f"offer {body.offer_id} exists with other content")
        return 200, view(existing, now)
    offer = CustomerOffer(
        offer_id=body.offer_id,
        customer_id=customer_id,
        group_id=body.group_id,
        percent=body.percent,
        description=body.description,
        valid_until=body.valid_until,
        source=source,
        status="open",
        created_at=now,
    )
    session.add(offer)
    session.flush()
    return 201, view(offer, now)


def open_offers(session: Session, customer_id: str, now: datetime) -> list[dict[str, Any]]:
    """The customer's offers a till may apply now (open, or held by a claim that ran out)."""
    rows = session.execute(
        select(CustomerOffer)
        .where(CustomerOffer.customer_id == customer_id)
        .order_by(CustomerOffer.created_at)
    ).scalars()
    return [view(o, now) for o in rows if _status(o, now) in ("open", "held")]


def _locked(session: Session, offer_id: str) -> CustomerOffer:
    offer = session.execute(
        select(CustomerOffer).where(CustomerOffer.offer_id == offer_id).with_for_update()
    ).scalar_one_or_none()
    if offer is None:
        raise ApiError(404, "offer.unknown", f"no offer {offer_id}")
    return offer


def claim(
    session: Session, who: TerminalIdentity, offer_id: str, body: OfferClaimIn, now: datetime
) -> dict[str, Any]:
    """Hold the offer for this till's visit; 409 `offer.held` / `offer.redeemed` / `offer.expired`."""
    offer = _locked(session, offer_id)
    claim_id = str(body.claim_id)
    if offer.claim_id == claim_id and offer.status in ("held", "redeemed"):
        return _claim_out(offer, now)  # the same claim again (a retry)
    status = _status(offer, now)
    if status != "open":
        raise ApiError(409, f"offer.{status}", f"offer {offer_id} is {status}")
    offer.status = "held"
    offer.claim_id = claim_id
    offer.claimed_by = f"{who.store_id}/{who.terminal_id}/{body.staff_id}"
    offer.held_until = now + timedelta(minutes=HOLD_MINUTES)
    return _claim_out(offer, now)


def _claim_out(offer: CustomerOffer, now: datetime) -> dict[str, Any]:
    return {"claim_id": offer.claim_id, "offer": view(offer, now), "expires_at": offer.held_until}


def _by_claim(session: Session, claim_id: str) -> CustomerOffer:
    offer_id = session.execute(
        select(CustomerOffer.offer_id).where(CustomerOffer.claim_id == claim_id)
    ).scalar_one_or_none()
    if offer_id is None:
        raise ApiError(404, "offer.unknown_claim", f"no claim {claim_id}")
    return _locked(session, offer_id)


def release(session: Session, claim_id: str) -> None:
    """The visit did not take the offer: open again (a redeemed offer stays redeemed)."""
    try:
        offer = _by_claim(session, claim_id)
    except ApiError:
        return
    if offer.status == "held":
        offer.status, offer.claim_id, offer.claimed_by, offer.held_until = "open", None, None, None


def redeem(session: Session, claim_id: str, receipt_number: str, now: datetime) -> dict[str, Any]:
    """The visit completed with the offer (a till from before ADR 0022; later tills' visit events
    redeem it): redeemed for good (even when the hold ran out meanwhile, as long as no other till
    claimed it since)."""
    offer = _by_claim(session, claim_id)
    if offer.status != "redeemed":
        offer.status, offer.redeemed_receipt, offer.redeemed_at = "redeemed", receipt_number, now
    return view(offer, now)


def apply_rule(
    session: Session,
    *,
    name: str,
    bought_group: str,
    days: int,
    percent: int,
    on_group: str,
    now: datetime,
    description: str = "",
) -> list[str]:
    """Bought group X in the last `days` days -> `percent` % on group Z: one offer per such customer
    (offer id `R-<name>-<customer>`, so running the rule again adds none twice). The new offer ids."""
    since = now - timedelta(days=days)
    customers = session.execute(
        select(Sale.customer_id)
        .join(SaleLine, SaleLine.sale_id == Sale.sale_id)
        .join(Product, Product.sku == SaleLine.sku)
        .where(Sale.customer_id.is_not(None), Sale.occurred_at >= since, Product.group_id == bought_group)
        .distinct()
    ).scalars()
    created = []
    for customer_id in sorted(c for c in customers if c):
        offer_id = f"R-{name}-{customer_id}"[:64]
        if session.get(CustomerOffer, offer_id) is not None or session.get(Customer, customer_id) is None:
            continue
        body = OfferIn(offer_id=offer_id, group_id=on_group, percent=percent, description=description)
        create(session, customer_id, body, now, source=f"rule:{name}"[:64])
        created.append(offer_id)
    return created
