"""The personal offers' part of `visit.completed` schema 3 (backend/services/visits.py calls this).

A visit that applied an offer names it with the claim that held it (contract/payloads/visit.py
`VisitOffer`); this event, delivered exactly once through the till's outbox, is what redeems it
(docs/adr/0022-offers-redeemed-by-the-visit.md). The batch locks all its visits' offer rows before it
applies any visit (`lock_offers`: offer id order, after the vouchers, before the stock levels; a claim
or a release locks that one row alone).

- Open, held by this claim, or held by another till's claim (that hold loses: the discount was given
  here, and that visit's own event will find the offer redeemed): redeemed by this visit's receipt.
- Already redeemed by this claim or this receipt (a till of before 0022 redeemed it through the
  route, or the same visit again): nothing changes.
- Redeemed by another visit, unknown, or for another customer: the discount was given, so the visit
  is never refused; each becomes an anomaly of the visit's manager task (`visit.unmatched`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from backend.models.offers import CustomerOffer
from backend.services.handlers import ApplyContext
from backend.services.stock import in_lock_order
from backend.services.tasks import chunked
from contract.payloads.visit import VisitCompleted, VisitCompletedV3, VisitOffer


def lock_offers(ctx: ApplyContext, bodies: list[Any]) -> None:
    """Lock every offer the batch's visits redeem, in offer id order, before any visit is applied
    (after the vouchers, before the stock levels: docs/adr/0009-one-lock-order.md). Locked visit by
    visit, two tills' batches naming the same offers in opposite orders deadlocked."""
    ids = sorted({o.offer_id for b in bodies if isinstance(b, VisitCompletedV3) for o in b.offers})
    for part in chunked(ids):
        ctx.session.execute(
            select(CustomerOffer.offer_id)
            .where(CustomerOffer.offer_id.in_(part))
            .order_by(in_lock_order(CustomerOffer.offer_id, ctx.session))
            .with_for_update()
        ).all()


def redeem(ctx: ApplyContext, body: VisitCompleted) -> list[str]:
    """Redeem the offers the visit applied; returns what went wrong, for the visit's manager task."""
    if not isinstance(body, VisitCompletedV3) or not body.offers:
        return []
    return [
        found for offer in sorted(body.offers, key=lambda o: o.offer_id) if (found := _one(ctx, body, offer))
    ]


def _one(ctx: ApplyContext, body: VisitCompletedV3, applied: VisitOffer) -> str:
    offer = ctx.session.execute(
        select(CustomerOffer).where(CustomerOffer.offer_id == applied.offer_id).with_for_update()
    ).scalar_one_or_none()
    given = f"{applied.discount_minor} {body.currency} off"
    if offer is None:
        return f"offer {applied.offer_id} applied ({given}) but not known"
    claim_id = str(applied.claim_id)
    if offer.status == "redeemed":
        if offer.claim_id == claim_id or offer.redeemed_receipt == body.receipt_number:
            return ""  # the same redemption again
        return (
            f"offer {applied.offer_id} applied again ({given}): already redeemed by "
            f"receipt {offer.redeemed_receipt}"
        )
    offer.status, offer.claim_id, offer.held_until = "redeemed", claim_id, None
    offer.claimed_by = f"{body.store_id}/{body.terminal_id}/{body.staff_id}"
    offer.redeemed_receipt, offer.redeemed_at = body.receipt_number, ctx.now
    if body.customer_id != offer.customer_id:
        return (
            f"offer {applied.offer_id} of customer {offer.customer_id} applied ({given}) to a visit "
            f"of {body.customer_id or 'no customer'}"
        )
    return ""
