"""The visit: one transaction at the till for everything a customer does at the counter.

A customer may collect a web order, bring something back and buy something new in one visit, and pay
(or get back) the difference once. A `Visit` holds signed lines of three kinds:

- sale lines (+): the `Basket`, with its discounts, exactly as a sale had it;
- return lines (−): each tied to what it returns (a receipt line, a web-order line, or nothing for a
  return without a receipt), refunding the price actually paid for those units, with a reason and a
  disposition (back to stock, damaged, quarantine);
- handover lines (0 or +): web-order lines handed over; 0 when paid online, + when paid in store.

`totals()` gives the signed `balance` that `tenders.Settlement` settles: positive, the customer pays;
negative, the till pays out; zero, an even exchange. Frozen, like the basket: every change returns a
new Visit. Return and handover lines have ids of their own (`R1`, `H1` on screen), apart from the
basket's line ids.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

from terminal.domain.basket import Basket
from terminal.domain.basket_line import UNITS, Unit, check_quantity, quantity_text
from terminal.domain.customer import AppliedOffer
from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.pricing import extended_price
from terminal.domain.returns import OriginalTender, RefundWay, suggested_refund
from terminal.domain.tax import VatLine, VatRate, vat_breakdown

FORMAT_VERSION = 2
"""The persisted form of the visit (`to_dict`); version 1 was a bare basket (`from_dict` reads both)."""


class Disposition(StrEnum):
    """Where a returned unit goes: each is a different stock movement."""

    RESTOCK = "restock"  # back on the shelf: stock rises
    DAMAGED = "damaged"  # written off: stock does not rise
    QUARANTINE = "quarantine"  # held for inspection: stock does not rise until released


OriginKind = Literal["receipt", "web_order", "none"]


@dataclass(frozen=True, slots=True)
class ReturnOrigin:
    """What a return line gives back: a receipt's line, a web order's line, or nothing (no receipt)."""

    kind: OriginKind
    reference: str | None = None  # the receipt number or the web order's number
    line_no: int | None = None

    def __post_init__(self) -> None:
        if (self.kind == "none") != (self.reference is None):
            raise ValueError("a return without a receipt has no reference; any other needs one")

    @staticmethod
    def no_receipt() -> ReturnOrigin:
        return ReturnOrigin("none")


@dataclass(frozen=True, slots=True)
class ReturnLine:
    """Units given back: `refund` is what was actually paid for them (after every discount)."""

    line_id: int
    origin: ReturnOrigin
    sku: str
    name: str
    quantity: Decimal
    unit: Unit
    refund: Money  # > 0; taken off the balance
    vat: VatRate
    reason: str  # a reason code from the store's list
    reason_text: str = ""  # required for "other"
    disposition: Disposition = Disposition.RESTOCK
    claim_id: str | None = None  # the backend's hold on the returnable quantity, when online
    verified: bool = True  # checked against the backend or the till's own receipts
    approved_by: str | None = None  # the manager who approved an override (window, unverified, no receipt)
    override_reason: str = ""  # why: a code (terminal/domain/returns.py OVERRIDE_*) or the manager's words
    # How the original was paid (the default way back for this refund) and whether it was a web
    # order paid online (its refund then goes back through the web shop).
    origin_tenders: tuple[OriginalTender, ...] = ()
    paid_online: bool = False


@dataclass(frozen=True, slots=True)
class HandoverLine:
    """Units of a web order handed over: free at the till when paid online, else paid here."""

    line_id: int
    order_number: str
    order_line_no: int
    sku: str
    name: str
    quantity: Decimal
    unit: Unit
    unit_price: Money
    vat: VatRate
    paid_online: bool

    @property
    def amount(self) -> Money:
        """What this line adds to the balance: nothing when paid online."""
        if self.paid_online:
            return Money.zero(self.unit_price.currency)
        return extended_price(self.unit_price, self.quantity)


@dataclass(frozen=True, slots=True)
class VisitTotals:
    """The signed sums of a visit; `balance = sales + handovers_due - returns`."""

    sales: Money
    handovers_due: Money
    returns: Money  # the refunds, as a positive amount
    balance: Money
    vat: tuple[VatLine, ...]  # per rate over the signed amounts: a return's VAT is negative


@dataclass(frozen=True, slots=True)
class Visit:
    """The sale lines (the basket), the return lines and the handover lines of one visit."""

    basket: Basket
    returns: tuple[ReturnLine, ...] = ()
    handovers: tuple[HandoverLine, ...] = ()
    next_line_id: int = 1  # for return and handover lines
    offers: tuple[AppliedOffer, ...] = ()  # personal offers held for this visit (their claims)
    loaded_carts: tuple[str, ...] = ()  # the web baskets loaded into it (each once, across restarts)

    @staticmethod
    def empty(currency: str) -> Visit:
        return Visit(Basket(currency=currency))

    @property
    def currency(self) -> str:
        return self.basket.currency

    @property
    def customer_id(self) -> str | None:
        return self.basket.customer_id

    @property
    def is_empty(self) -> bool:
        """Nothing to settle or record: no active sale line, no return, no handover."""
        return self.basket.is_empty and not self.returns and not self.handovers

    @property
    def is_sale_only(self) -> bool:
        return not self.returns and not self.handovers

    def suggested_refund(self) -> RefundWay:
        """Which way the refunds of this visit go back by default (terminal/domain/returns.py)."""
        return suggested_refund(
            (line.paid_online for line in self.returns), (line.origin.kind != "none" for line in self.returns)
        )

    def original_tenders(self) -> tuple[OriginalTender, ...]:
        """The tenders of the originals of the visit's return lines, each original once."""
        seen: set[tuple[str, str | None]] = set()
        tenders: list[OriginalTender] = []
        for line in self.returns:
            key = (line.origin.kind, line.origin.reference)
            if key in seen:
                continue
            seen.add(key)
            tenders.extend(line.origin_tenders)
        return tuple(tenders)

    def totals(self) -> VisitTotals:
        currency = self.currency
        zero = Money.zero(currency)
        basket = self.basket.totals()
        due = sum((line.amount for line in self.handovers), zero)
        refunds = sum((line.refund for line in self.returns), zero)
        signed = [
            *((line.vat, basket.line_totals[line.line_id]) for line in self.basket.active_lines),
            *((line.vat, line.amount) for line in self.handovers if not line.amount.is_zero()),
            *((line.vat, -line.refund) for line in self.returns),
        ]
        return VisitTotals(
            sales=basket.total,
            handovers_due=due,
            returns=refunds,
            balance=basket.total + due - refunds,
            vat=vat_breakdown(signed, currency),
        )

    # --- changing -----------------------------------------------------------------------------

    def with_basket(self, basket: Basket) -> Visit:
        if basket.currency != self.currency:
            raise ValueError(f"{basket.currency} basket in a {self.currency} visit")
        return replace(self, basket=basket)

    def add_return(
        self,
        *,
        origin: ReturnOrigin,
        sku: str,
        name: str,
        quantity: Decimal,
        refund: Money,
        vat: VatRate,
        reason: str,
        reason_text: str = "",
        disposition: Disposition = Disposition.RESTOCK,
        unit: Unit = "pc",
        claim_id: str | None = None,
        verified: bool = True,
        approved_by: str | None = None,
        override_reason: str = "",
        origin_tenders: tuple[OriginalTender, ...] = (),
        paid_online: bool = False,
    ) -> tuple[Visit, ReturnLine]:
        """Give back `quantity` units for `refund` (> 0). The same origin line is not returned twice
        in one visit: change the quantity of its return line instead."""
        check_quantity(unit, quantity)
        if refund.currency != self.currency:
            raise ValueError(f"{refund.currency} refund in a {self.currency} visit")
        if refund.amount_minor <= 0:
            raise TillError("return.bad_refund", refund_minor=refund.amount_minor)
        if not reason.strip() or (reason == "other" and not reason_text.strip()):
            raise TillError("return.reason_needed", reason=reason)
        # An original line is returned once per visit; an unverified receipt's articles (no line
        # number known) and returns without a receipt may come several times.
        known = origin.kind != "none" and origin.line_no is not None
        if known and any(line.origin == origin for line in self.returns):
            raise TillError("return.already_in_visit", reference=origin.reference, line_no=origin.line_no)
        line = ReturnLine(
            line_id=self.next_line_id,
            origin=origin,
            sku=sku,
            name=name,
            quantity=quantity,
            unit=unit,
            refund=refund,
            vat=vat,
            reason=reason,
            reason_text=reason_text,
            disposition=disposition,
            claim_id=claim_id,
            verified=verified,
            approved_by=approved_by,
            override_reason=override_reason,
            origin_tenders=origin_tenders,
            paid_online=paid_online,
        )
        visit = replace(self, returns=(*self.returns, line), next_line_id=self.next_line_id + 1)
        return visit, line

    def add_handover(
        self,
        *,
        order_number: str,
        order_line_no: int,
        sku: str,
        name: str,
        quantity: Decimal,
        unit_price: Money,
        vat: VatRate,
        paid_online: bool,
        unit: Unit = "pc",
    ) -> tuple[Visit, HandoverLine]:
        """Hand over `quantity` units of one web-order line."""
        check_quantity(unit, quantity)
        if unit_price.amount_minor < 0:
            raise TillError("basket.bad_price", price_minor=unit_price.amount_minor)
        key = (order_number, order_line_no)
        if any((line.order_number, line.order_line_no) == key for line in self.handovers):
            raise TillError("handover.already_in_visit", order_number=order_number, line_no=order_line_no)
        line = HandoverLine(
            line_id=self.next_line_id,
            order_number=order_number,
            order_line_no=order_line_no,
            sku=sku,
            name=name,
            quantity=quantity,
            unit=unit,
            unit_price=unit_price,
            vat=vat,
            paid_online=paid_online,
        )
        visit = replace(self, handovers=(*self.handovers, line), next_line_id=self.next_line_id + 1)
        return visit, line

    def with_offer(self, offer: AppliedOffer) -> Visit:
        """The visit holds `offer` (its claim travels with the visit's event)."""
        if any(o.offer_id == offer.offer_id for o in self.offers):
            raise TillError("offer.applied")
        return replace(self, offers=(*self.offers, offer))

    def with_loaded_cart(self, cart_id: str) -> Visit:
        """The visit has `cart_id`'s lines (a web basket is loaded once per visit)."""
        if cart_id in self.loaded_carts:
            raise TillError("saved_cart.already_loaded")
        return replace(self, loaded_carts=(*self.loaded_carts, cart_id))

    def remove_line(self, line_id: int) -> Visit:
        """Take a return or handover line out of the visit again (before it is settled)."""
        returns = tuple(line for line in self.returns if line.line_id != line_id)
        handovers = tuple(line for line in self.handovers if line.line_id != line_id)
        if len(returns) == len(self.returns) and len(handovers) == len(self.handovers):
            raise TillError("visit.no_such_line", line_id=line_id)
        return replace(self, returns=returns, handovers=handovers)

    # --- persistence --------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe copy: the basket as it always was, plus the visit's own lines."""
        return {
            "version": FORMAT_VERSION,
            "basket": self.basket.to_dict(),
            "next_line_id": self.next_line_id,
            "returns": [_return_to_dict(line) for line in self.returns],
            "handovers": [_handover_to_dict(line) for line in self.handovers],
            "offers": [offer.to_dict() for offer in self.offers],
            "loaded_carts": list(self.loaded_carts),
        }

    @staticmethod
    def from_dict(data: dict[str, Any]) -> Visit:
        """A visit `to_dict` wrote, or a version-1 bare basket (a till upgraded mid-sale)."""
        if data.get("version") == 1:
            return Visit(Basket.from_dict(data))
        if data.get("version") != FORMAT_VERSION:
            raise ValueError(f"unknown visit format version {data.get('version')!r}")
        basket = Basket.from_dict(data["basket"])
        currency = basket.currency
        return Visit(
            basket=basket,
            returns=tuple(_return_from_dict(item, currency) for item in data.get("returns", [])),
            handovers=tuple(_handover_from_dict(item, currency) for item in data.get("handovers", [])),
            next_line_id=int(data.get("next_line_id", 1)),
            offers=tuple(AppliedOffer.from_dict(item) for item in data.get("offers", [])),
            loaded_carts=tuple(str(cart_id) for cart_id in data.get("loaded_carts", [])),
        )


def _unit(value: Any) -> Unit:
    if value not in UNITS:
        raise ValueError(f"unknown unit {value!r}")
    return value  # type: ignore[no-any-return]


def _return_to_dict(line: ReturnLine) -> dict[str, Any]:
    return {
        "line_id": line.line_id,
        "origin": {
            "kind": line.origin.kind,
            "reference": line.origin.reference,
            "line_no": line.origin.line_no,
        },
        "sku": line.sku,
        "name": line.name,
        "quantity": quantity_text(line.quantity),
        "unit": line.unit,
        "refund_minor": line.refund.amount_minor,
        "vat_code": line.vat.code,
        "vat_percent": str(line.vat.percent),
        "reason": line.reason,
        "reason_text": line.reason_text,
        "disposition": str(line.disposition),
        "claim_id": line.claim_id,
        "verified": line.verified,
        "approved_by": line.approved_by,
        "override_reason": line.override_reason,
        "origin_tenders": [
            {"tender": t.tender, "amount_minor": t.amount_minor, "reference": t.reference}
            for t in line.origin_tenders
        ],
        "paid_online": line.paid_online,
    }


def _return_from_dict(data: dict[str, Any], currency: str) -> ReturnLine:
    origin = data["origin"]
    return ReturnLine(
        line_id=int(data["line_id"]),
        origin=ReturnOrigin(origin["kind"], origin.get("reference"), origin.get("line_no")),
        sku=str(data["sku"]),
        name=str(data["name"]),
        quantity=Decimal(str(data["quantity"])),
        unit=_unit(data.get("unit", "pc")),
        refund=Money(int(data["refund_minor"]), currency),
        vat=VatRate(str(data["vat_code"]), Decimal(str(data["vat_percent"]))),
        reason=str(data["reason"]),
        reason_text=str(data.get("reason_text", "")),
        disposition=Disposition(data.get("disposition", "restock")),
        claim_id=data.get("claim_id"),
        verified=bool(data.get("verified", True)),
        approved_by=data.get("approved_by"),
        override_reason=str(data.get("override_reason", "")),
        origin_tenders=tuple(
            OriginalTender(str(t["tender"]), int(t["amount_minor"]), t.get("reference"))
            for t in data.get("origin_tenders", [])
        ),
        paid_online=bool(data.get("paid_online", False)),
    )


def _handover_to_dict(line: HandoverLine) -> dict[str, Any]:
    return {
        "line_id": line.line_id,
        "order_number": line.order_number,
        "order_line_no": line.order_line_no,
        "sku": line.sku,
        "name": line.name,
        "quantity": quantity_text(line.quantity),
        "unit": line.unit,
        "unit_price_minor": line.unit_price.amount_minor,
        "vat_code": line.vat.code,
        "vat_percent": str(line.vat.percent),
        "paid_online": line.paid_online,
    }


def _handover_from_dict(data: dict[str, Any], currency: str) -> HandoverLine:
    return HandoverLine(
        line_id=int(data["line_id"]),
        order_number=str(data["order_number"]),
        order_line_no=int(data["order_line_no"]),
        sku=str(data["sku"]),
        name=str(data["name"]),
        quantity=Decimal(str(data["quantity"])),
        unit=_unit(data.get("unit", "pc")),
        unit_price=Money(int(data["unit_price_minor"]), currency),
        vat=VatRate(str(data["vat_code"]), Decimal(str(data["vat_percent"]))),
        paid_online=bool(data["paid_online"]),
    )
