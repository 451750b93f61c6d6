"""Personal offers (issue 11): "y % on product group Z" for one customer, redeemable once chain-wide.

The web shop or CRM posts an offer with its web-shop key (`POST /v1/customers/{customer_id}/offers`,
an `OfferIn`; the same offer id with the same content again is the same offer, with other content a
409 `offer.conflict`), or a rule on the history creates them (`store-backend offers rule`: bought group
X in the last N days -> y % on group Z). A till reads a customer's open offers
(`GET /v1/terminal/customers/{customer_id}/offers`, `OfferView`s), claims one for the visit it applies
to (`POST /v1/terminal/offers/{offer_id}/claims`, an `OfferClaimIn`, answered by an `OfferClaimOut`,
held for `HOLD_MINUTES`), and the visit's `visit.completed` (schema 3, `offers` with the claim id)
redeems it (docs/adr/0022-offers-redeemed-by-the-visit.md); a voided visit gives it back
(`DELETE /v1/terminal/offers/claims/{claim_id}`). Tills from before 0022 redeem with the receipt
number (`POST /v1/terminal/offers/claims/{claim_id}/redeem`), kept for them. A second till's claim
of a held offer: 409 `offer.held`; of a redeemed one: 409 `offer.redeemed`; an expired offer: 409
`offer.expired`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field

from contract.base import Id, Inbound, LaxUUID, Outbound, Text

HOLD_MINUTES = 10

OfferStatus = Literal["open", "held", "redeemed", "expired"]


class OfferIn(Inbound):
    offer_id: Id
    group_id: Id
    percent: Annotated[int, Field(ge=1, le=100, strict=True)]
    description: Text = ""
    valid_until: datetime | None = None


class OfferView(Outbound):
    offer_id: str
    customer_id: str
    group_id: str
    percent: int
    description: str
    valid_until: datetime | None
    status: OfferStatus
    redeemed_receipt: str | None = None


class OfferClaimIn(Inbound):
    claim_id: LaxUUID
    staff_id: Id


class OfferClaimOut(Outbound):
    claim_id: str
    offer: OfferView
    expires_at: datetime


class OfferRedeemIn(Inbound):
    receipt_number: Id
