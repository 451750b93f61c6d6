"""Returns: what a till may give back for an original, and its claim on the returnable quantity.

DESIGN.md "Returns and exchanges", docs/adr/0015-returns-ledger.md. The backend is the truth for what
is returnable, per original line: a receipt line (sold less returned through every channel) or a
web-order line (collected less returned, parcel returns included), less what other visits hold
claimed right now. A till online claims before it pays out:

- `POST /v1/terminal/returns/claims` with a `ReturnClaimIn`: all of its lines are granted, or none
  (409 `return.over_returnable`, naming the line and what is still returnable). The claim id is the
  till's; the same id with the same lines is the same claim (the stored answer again), with other
  lines 409 `return.claim_conflict`.
- A claim is held `CLAIM_MINUTES`; the visit's `visit.completed` names it on each return line
  (`claim_id`) and confirms it: from then on its units count as returned, not as claimed.
- `DELETE /v1/terminal/returns/claims/{claim_id}` releases it (the visit was voided, the line removed);
  releasing a confirmed or unknown claim changes nothing (204 either way).

The look-up `GET /v1/terminal/returns/receipts/{receipt_number}` (and `/returns/web-orders/{n}`)
answers a `ReturnableOrigin`: each line with the price actually paid per unit (after line, basket and
promotion discounts, allocated over the lines with `allocate_minor`), what is returned and claimed
already, what may still be returned, and its product group's policy. Unknown: 404 `return.unknown_receipt`
or `return.unknown_order`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Annotated, Final, Literal

from pydantic import Field, model_validator

from contract.base import Id, Inbound, LaxUUID, LineNo, Outbound, Quantity
from contract.feed import FeedQuantity

CLAIM_MINUTES: Final = 10
# Reasons a till offers, in this order; "other" needs a text (`reason_text`).
REASONS: Final = ("changed_mind", "wrong_size", "defective", "not_as_described", "damaged", "other")
REASON_NEEDS_TEXT: Final = frozenset({"other"})
DISPOSITIONS: Final = ("restock", "damaged", "quarantine")
# Days a return is taken when a product's group says nothing (or it has no group).
DEFAULT_RETURN_DAYS: Final = 30
# A return without a receipt is refunded at the article's lowest price of this many days.
NO_RECEIPT_PRICE_DAYS: Final = 30

OriginKind = Literal["receipt", "web_order"]
Reference = Annotated[str, Field(min_length=1, max_length=64, strict=True)]


def allocate_minor(amount: int, weights: Sequence[int]) -> list[int]:
    """Split `amount` over `weights` in proportion, exactly (the shares sum to `amount`).

    The same rule as the till's basket discount (terminal/domain/pricing.py `allocate`): each weight
    gets the floor of its share, the minor units left over go to the largest weight (the first of
    equals) and spill to the next only when a share would exceed its weight. A backend allocates a
    sale's basket discount this way for sales whose lines do not carry `paid_minor`.
    """
    total = sum(weights)
    if amount < 0 or any(w < 0 for w in weights):
        raise ValueError("allocate works on non-negative amounts")
    if amount > total:
        raise ValueError(f"cannot allocate {amount} over weights summing to {total}")
    if amount == 0:
        return [0 for _ in weights]
    shares = [amount * w // total for w in weights]
    left = amount - sum(shares)
    for i in sorted(range(len(weights)), key=lambda i: (-weights[i], i)):
        if left == 0:
            break
        take = min(left, weights[i] - shares[i])
        shares[i] += take
        left -= take
    return shares


def refund_for(paid_minor: int, quantity_milli: int, already_milli: int, now_milli: int) -> int:
    """The refund of `now_milli` more units of a line that cost `paid_minor` for `quantity_milli`, of
    which `already_milli` came back before: in proportion to the running total, rounded down, so the
    refunds of a line returned piece by piece add up to exactly what was paid for it."""
    if quantity_milli <= 0:
        return 0
    after = min(already_milli + now_milli, quantity_milli)
    before = min(already_milli, quantity_milli)
    return paid_minor * after // quantity_milli - paid_minor * before // quantity_milli


class ReturnPolicy(Outbound):
    """A product group's return rules, as a till applies them (also offline, from the feed)."""

    group_id: str | None = None
    return_days: int = DEFAULT_RETURN_DAYS
    final_sale: bool = False


class ReturnableLine(Outbound):
    """One original line and what may still come back of it."""

    line_no: int
    sku: str
    name: str
    unit: str = "pc"
    quantity: FeedQuantity  # sold (a receipt) or collected (a web order)
    unit_price_minor: int  # the list price per unit at the time
    paid_minor: int  # what the whole line cost after every discount
    unit_paid_minor: int  # paid_minor / quantity, rounded down: what one unit refunds
    vat_code: str
    vat_percent: str
    returned: FeedQuantity  # through every channel, confirmed
    claimed: FeedQuantity  # held by other visits' live claims
    returnable: FeedQuantity  # quantity - returned - claimed, never below 0
    policy: ReturnPolicy = Field(default_factory=ReturnPolicy)
    window_ends: date | None = None  # last day a return is taken (None: no limit)


class OriginalTender(Outbound):
    """How the original was paid: the default way back for its refund."""

    tender: str
    amount_minor: int
    reference: str | None = None


class ReturnableOrigin(Outbound):
    """A receipt from any till of any store, or a web order, with its returnable lines."""

    kind: OriginKind
    reference: str  # the receipt number or the order number
    store_id: str | None
    store_name: str | None = None
    terminal_id: str | None = None
    currency: str
    customer_id: str | None = None
    occurred_at: datetime  # sold, or collected (a web order: its last handover, else placed)
    total_minor: int
    paid_online: bool = False  # a web order paid online: its refund goes back through the web shop
    lines: list[ReturnableLine]
    tenders: list[OriginalTender] = Field(default_factory=list)


class ClaimLine(Inbound):
    """Units of one original line a visit is about to take back."""

    origin_kind: OriginKind
    origin_reference: Reference
    origin_line_no: LineNo
    quantity: Quantity


class ReturnClaimIn(Inbound):
    """A visit's claim; the till's id makes a retry the same claim."""

    claim_id: LaxUUID
    staff_id: Id
    lines: Annotated[list[ClaimLine], Field(min_length=1, max_length=100)]

    @model_validator(mode="after")
    def _unique(self) -> ReturnClaimIn:
        keys = [(ln.origin_kind, ln.origin_reference, ln.origin_line_no) for ln in self.lines]
        if len(set(keys)) != len(keys):
            raise ValueError("a claim names each original line once")
        return self


class ClaimedLine(Outbound):
    origin_kind: OriginKind
    origin_reference: str
    origin_line_no: int
    quantity: FeedQuantity
    returnable_after: FeedQuantity  # what is left returnable once this claim is counted


class ReturnClaimOut(Outbound):
    claim_id: str
    status: Literal["held", "confirmed", "released", "expired"]
    expires_at: datetime
    lines: list[ClaimedLine]


class LowestPrice(Outbound):
    """`GET /v1/terminal/products/{sku}/lowest-price`: the refund of a return without a receipt."""

    sku: str
    name: str
    currency: str
    days: int
    lowest_minor: int  # the lowest price this store's list had for the article in `days`
    current_minor: int
