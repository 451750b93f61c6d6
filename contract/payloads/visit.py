"""`visit.completed` (schema 1): a visit at a till that took something back or handed a web order over
(a visit that only sold is reported as `sale.completed`).

Its sale part has the shape of `sale.completed` (lines may be none: a return on its own); it adds the
visit's return lines, each tied to what it returns, and its handover lines, and every tender says its
direction: `in` from the customer, `out` to them. `total_minor` is the visit's signed balance (sales plus
handovers paid at the till, less refunds); negative when the till paid out.

Schema 2 adds vouchers and return approvals; schema 3 the personal offers the visit applied, which it
redeems at the backend (docs/adr/0022-offers-redeemed-by-the-visit.md).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from contract.base import (
    Currency,
    Id,
    Inbound,
    LaxUUID,
    LineNo,
    Minor,
    Quantity,
    Text,
    VatPercent,
    unique_line_numbers,
)
from contract.payloads.base import Payload
from contract.payloads.sale import SaleLine, VatLine
from contract.versions import SCHEMA_KEY

Reference = Annotated[str, Field(min_length=1, max_length=64, strict=True)]
VatCode = Annotated[str, Field(max_length=8, strict=True)]
NonNegative = Annotated[int, Field(ge=0, le=10**13, strict=True)]


class VisitPayment(Inbound):
    """A tender: taken in from the customer, or paid out to them; `amount_minor` is never negative."""

    tender: Annotated[str, Field(min_length=1, max_length=32, strict=True)]
    direction: Literal["in", "out"] = "in"
    amount_minor: NonNegative
    reference: Text | None = None


class VisitReturnLine(Inbound):
    """Units given back: what they return (a receipt line, a web-order line, or nothing), the refund
    paid for them (the price actually paid), why, and where they go."""

    line_no: LineNo
    origin_kind: Literal["receipt", "web_order", "none"]
    origin_reference: Reference | None = None
    origin_line_no: LineNo | None = None
    sku: Id
    name: Text
    quantity: Quantity
    unit: Literal["pc", "kg"] = "pc"
    refund_minor: NonNegative
    vat_code: VatCode
    vat_percent: VatPercent
    reason: Annotated[str, Field(min_length=1, max_length=32, strict=True)]
    reason_text: Text = ""
    disposition: Literal["restock", "damaged", "quarantine"] = "restock"
    claim_id: Id | None = None
    verified: Annotated[bool, Field(strict=True)] = True

    @model_validator(mode="after")
    def _origin(self) -> VisitReturnLine:
        if (self.origin_kind == "none") != (self.origin_reference is None):
            raise ValueError("a return without a receipt names no origin; any other names one")
        return self


class VisitHandoverLine(Inbound):
    """Units of a web-order line handed over; `amount_minor` is what was paid for them at the till."""

    line_no: LineNo
    order_number: Reference
    order_line_no: LineNo
    sku: Id
    name: Text
    quantity: Quantity
    unit: Literal["pc", "kg"] = "pc"
    unit_price_minor: NonNegative
    amount_minor: NonNegative
    vat_code: VatCode
    vat_percent: VatPercent
    paid_online: Annotated[bool, Field(strict=True)]


class VisitCompleted(Payload):
    """A completed visit with returns or handovers (schema 1)."""

    sale_id: LaxUUID
    receipt_number: Annotated[str, Field(min_length=3, max_length=64, strict=True)]
    store_id: Id
    terminal_id: Id
    staff_id: Id
    currency: Currency
    subtotal_minor: Minor | None = None
    discount_minor: Minor = 0
    total_minor: Minor
    rounding_minor: Minor = 0
    change_minor: Minor = 0
    customer_id: Id | None = None
    lines: Annotated[list[SaleLine], Field(max_length=1000)] = []  # noqa: RUF012  # pydantic copies it
    return_lines: Annotated[list[VisitReturnLine], Field(max_length=1000)] = []  # noqa: RUF012
    handover_lines: Annotated[list[VisitHandoverLine], Field(max_length=1000)] = []  # noqa: RUF012
    payments: Annotated[list[VisitPayment], Field(max_length=50)]
    vat: Annotated[list[VatLine], Field(max_length=20)] = []  # noqa: RUF012

    @model_validator(mode="after")
    def _lines(self) -> VisitCompleted:
        unique_line_numbers(self.lines)
        unique_line_numbers(self.return_lines)
        unique_line_numbers(self.handover_lines)
        if not (self.return_lines or self.handover_lines):
            raise ValueError("a visit without returns or handovers is a sale.completed")
        return self


class VisitPaymentV2(VisitPayment):
    """A tender of a visit of schema 2: a voucher says which hold it confirms, or that it was taken
    offline (above what the backend could check: flagged for a manager when it overspends).

    - `cash`, `card`: in or out.
    - `voucher` in: redeemed, `reference` is the voucher code; `hold_id` the online hold
      (contract/vouchers.py) it confirms, or `offline` true when the till could not hold it.
    - `voucher` out: store credit issued, `reference` is the new voucher's code (made by the till).
    - `web` out: back to a web order's online payment, `reference` is the order number; the backend
      raises a refund request to the web shop (docs/adr/0015-returns-ledger.md).
    """

    hold_id: LaxUUID | None = None
    offline: Annotated[bool, Field(strict=True)] = False


class VisitReturnLineV2(VisitReturnLine):
    """A return line of schema 2: who approved it and why, where a rule was overridden (outside the
    return window, offline of another till's receipt, without a receipt)."""

    approved_by: Id | None = None
    override_reason: Text = ""


class VisitCompletedV2(VisitCompleted):
    """Schema 2: vouchers (held, issued, offline) and approvals on return lines.

    A till reports a visit as schema 2 when it has a return, a handover or a voucher tender either
    way; a visit that only sold for cash or card stays a `sale.completed` (so a backend before this
    release keeps taking ordinary sales while the till holds these back, ADR 0010)."""

    schema_version: Literal[2] = Field(alias=SCHEMA_KEY)  # type: ignore[assignment]
    return_lines: Annotated[list[VisitReturnLineV2], Field(max_length=1000)] = []  # type: ignore[assignment]  # noqa: RUF012
    payments: Annotated[list[VisitPaymentV2], Field(max_length=50)]  # type: ignore[assignment]

    @model_validator(mode="after")
    def _lines(self) -> VisitCompletedV2:
        unique_line_numbers(self.lines)
        unique_line_numbers(self.return_lines)
        unique_line_numbers(self.handover_lines)
        vouchers = any(p.tender == "voucher" for p in self.payments)
        if not (self.return_lines or self.handover_lines or vouchers):
            raise ValueError("a visit without returns, handovers or vouchers is a sale.completed")
        if not (self.lines or self.return_lines or self.handover_lines):
            raise ValueError("a visit has at least one line")
        return self


class VisitOffer(Inbound):
    """A personal offer the visit applied (contract/offers.py): the claim it confirms, its percent on
    product group `group_id`, the sale lines (`line_nos`) it took `discount_minor` off in total."""

    offer_id: Id
    claim_id: LaxUUID
    group_id: Id
    percent: Annotated[int, Field(ge=1, le=100, strict=True)]
    discount_minor: NonNegative
    line_nos: Annotated[list[LineNo], Field(min_length=1, max_length=1000)]


class VisitCompletedV3(VisitCompletedV2):
    """Schema 3: the personal offers the visit applied, each redeemed at the backend by this event
    (docs/adr/0022-offers-redeemed-by-the-visit.md). A till reports a visit as schema 3 only when it
    applied an offer (then also a visit that only sold); any other visit keeps schema 2 or
    `sale.completed`, so a backend without schema 3 holds back only the visits with offers."""

    schema_version: Literal[3] = Field(alias=SCHEMA_KEY)  # type: ignore[assignment]
    offers: Annotated[list[VisitOffer], Field(max_length=50)] = []  # noqa: RUF012

    @model_validator(mode="after")
    def _lines(self) -> VisitCompletedV3:
        unique_line_numbers(self.lines)
        unique_line_numbers(self.return_lines)
        unique_line_numbers(self.handover_lines)
        vouchers = any(p.tender == "voucher" for p in self.payments)
        if not (self.return_lines or self.handover_lines or vouchers or self.offers):
            raise ValueError("a visit without returns, handovers, vouchers or offers is a sale.completed")
        if not (self.lines or self.return_lines or self.handover_lines):
            raise ValueError("a visit has at least one line")
        if len({o.offer_id for o in self.offers}) != len(self.offers):
            raise ValueError("an offer is applied once per visit")
        sold = {line.line_no for line in self.lines if not line.voided}
        for offer in self.offers:
            if not set(offer.line_nos) <= sold:
                raise ValueError(f"offer {offer.offer_id} names a line the visit did not sell")
        return self
