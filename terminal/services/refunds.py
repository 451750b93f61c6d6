"""Paying out: which refund tenders a visit may use, how much may go back to a web payment, and
which tender the till suggests first.

- Cash out and card refund: always (the card refund is the cashier confirming that the external
  card terminal's refund went through).
- Back to web payment: only for the visit's return lines of a web order paid online (the local web
  order store says so), and at most those lines' refunds less what already went back to it; the
  tender's `reference` is the order number.
- Store credit: always; the till makes the voucher's code.

The suggestion is the original tender: a web order paid online goes back to it; a receipt of this
till goes back the way it was mostly paid (its largest tender taken in); otherwise cash.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from terminal.domain.money import Money
from terminal.domain.tenders import Direction, Tender, TenderKind
from terminal.domain.visit import Visit


@dataclass(frozen=True)
class RefundOptions:
    """What the payment dialog offers when the till pays out."""

    suggested: TenderKind
    web_refundable: Mapping[str, Money] = field(default_factory=dict)  # order number -> at most
    as_paid: bool = True  # the suggestion is the original's tender (False: nothing came with a receipt)

    @property
    def web(self) -> bool:
        return any(not amount.is_zero() for amount in self.web_refundable.values())


def web_refundable(
    visit: Visit, tenders: tuple[Tender, ...], paid_online: Callable[[str], bool]
) -> dict[str, Money]:
    """Per web order paid online that the visit takes lines back from: what may still go back to
    its online payment (its lines' refunds less the web refunds already taken)."""
    zero = Money.zero(visit.currency)
    totals: dict[str, Money] = {}
    for line in visit.returns:
        reference = line.origin.reference
        if line.origin.kind == "web_order" and reference is not None:
            totals[reference] = totals.get(reference, zero) + line.refund
    result = {}
    for order, refunds in totals.items():
        if not paid_online(order):
            continue
        taken = sum((t.amount for t in tenders if t.kind is TenderKind.WEB and t.reference == order), zero)
        result[order] = max(refunds - taken, zero)
    return result


def suggested_tender(
    visit: Visit, web: Mapping[str, Money], original_tenders: Callable[[str], Mapping[str, int]]
) -> TenderKind:
    """The refund tender to offer first: the web payment of an order paid online; store credit when
    nothing came with a receipt; else the original's, else cash. `original_tenders(receipt)`
    gives the tenders a receipt of this till was paid with (tender -> minor units taken in)."""
    if any(not amount.is_zero() for amount in web.values()):
        return TenderKind.WEB
    if visit.returns and visit.suggested_refund() == "voucher":  # nothing came with a receipt
        return TenderKind.VOUCHER
    for line in visit.returns:
        if line.origin.kind != "receipt" or line.origin.reference is None:
            continue
        paid = original_tenders(line.origin.reference)
        if paid:
            tender = max(paid.items(), key=lambda item: item[1])[0]
            if tender in (TenderKind.CARD, TenderKind.VOUCHER):
                return TenderKind(tender)
            return TenderKind.CASH
    return TenderKind.CASH


def in_tenders(payments: tuple[tuple[str, str, int], ...]) -> dict[str, int]:
    """(tender, direction, minor) rows -> what each tender took in."""
    out: dict[str, int] = {}
    for tender, direction, minor in payments:
        if direction == str(Direction.IN):
            out[tender] = out.get(tender, 0) + minor
    return out
