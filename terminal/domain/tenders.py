"""Paying for a sale: the tenders taken, what is still owed, change and cash rounding.

`Payment` is a frozen value rebuilt from the basket total and the tenders taken so far. Rules:

- A tender is > 0. Only cash may exceed what is owed (the excess is change); a card may not.
- In a currency with a cash step (HUF: 5 forint) cash is handed over in multiples of the step, and the
  part of the sale paid in cash is rounded (`money.cash_rounded`). The rounding difference is booked
  on the sale (`rounding`, may be negative) and printed on the receipt.
- The sale is settled when the tenders cover the total, or when the last tender is cash and covers
  the cash-rounded remainder. Nothing can be added to a settled payment.

Refunds are out of scope: `total` is never negative here. A refund will pay out tenders against a
negative total in its own value, so nothing below needs to change for it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from terminal.domain.errors import TillError
from terminal.domain.money import CASH_STEP, Money, cash_rounded


class TenderKind(StrEnum):
    """How the customer pays; the value is what storage and the wire contract carry."""

    CASH = "cash"
    CARD = "card"


@dataclass(frozen=True, slots=True)
class Tender:
    """One payment towards the sale: cash handed over, or a card amount the terminal approved."""

    kind: TenderKind
    amount: Money
    reference: str | None = None  # the card terminal's approval code, if the cashier entered it


@dataclass(frozen=True, slots=True)
class Payment:
    """The payment of one sale: its total and the tenders taken so far, in order."""

    total: Money
    tenders: tuple[Tender, ...] = ()

    def __post_init__(self) -> None:
        if self.total.amount_minor < 0:
            raise ValueError("a payment total is never negative (refunds are paid out separately)")

    @property
    def paid(self) -> Money:
        return sum((t.amount for t in self.tenders), Money.zero(self.total.currency))

    def paid_by(self, kind: TenderKind) -> Money:
        return sum((t.amount for t in self.tenders if t.kind is kind), Money.zero(self.total.currency))

    @property
    def remaining(self) -> Money:
        """What is still owed, exact; zero once settled (also when cash rounding settled it)."""
        if self.is_settled:
            return Money.zero(self.total.currency)
        return _owed(self.total, self.paid)

    @property
    def cash_due(self) -> Money:
        """What is still owed as the customer pays it in cash (HUF: rounded to 0 or 5 forint)."""
        return cash_rounded(self.remaining)

    @property
    def is_settled(self) -> bool:
        if _owed(self.total, self.paid).is_zero():
            return True
        last = self.tenders[-1] if self.tenders else None
        return (
            last is not None and last.kind is TenderKind.CASH and last.amount >= self._cash_due_before_last()
        )

    @property
    def rounding(self) -> Money:
        """The cash-rounding difference booked on the sale (+ the customer paid more, - less); 0 if none.

        It applies when the tender that settled the sale is cash: that cash paid the rounded remainder.
        """
        if not self._settled_in_cash():
            return Money.zero(self.total.currency)
        before = self._owed_before_last()
        return cash_rounded(before) - before

    @property
    def change(self) -> Money:
        """Cash to hand back: what the settling cash tender exceeds the (cash-rounded) remainder by."""
        if not self._settled_in_cash():
            return Money.zero(self.total.currency)
        return self.tenders[-1].amount - self._cash_due_before_last()

    def add(self, tender: Tender) -> Payment:
        """This payment with one more tender, or a refusal (`tender.*`)."""
        amount = tender.amount
        if amount.currency != self.total.currency:
            raise TillError("tender.wrong_currency", currency=amount.currency, expected=self.total.currency)
        if self.is_settled:
            raise TillError("tender.already_settled")
        if amount.amount_minor <= 0:
            raise TillError("tender.bad_amount", amount_minor=amount.amount_minor)
        if tender.kind is TenderKind.CASH:
            step = CASH_STEP.get(amount.currency, 1)
            if amount.amount_minor % step:
                raise TillError("tender.cash_step", amount_minor=amount.amount_minor, step_minor=step)
        elif amount > self.remaining:
            code = "tender.card_over_total" if tender.kind is TenderKind.CARD else "tender.over_total"
            raise TillError(
                code,
                kind=str(tender.kind),
                amount_minor=amount.amount_minor,
                remaining_minor=self.remaining.amount_minor,
            )
        return replace(self, tenders=(*self.tenders, tender))

    def remove_last(self) -> Payment:
        """Undo the last tender before completion (cash counted wrong, card cancelled)."""
        if not self.tenders:
            raise TillError("tender.none")
        return replace(self, tenders=self.tenders[:-1])

    # --- helpers ------------------------------------------------------------------------------

    def _owed_before_last(self) -> Money:
        return _owed(self.total, self.paid - self.tenders[-1].amount)

    def _cash_due_before_last(self) -> Money:
        return cash_rounded(self._owed_before_last())

    def _settled_in_cash(self) -> bool:
        return bool(self.tenders) and self.tenders[-1].kind is TenderKind.CASH and self.is_settled


def _owed(total: Money, paid: Money) -> Money:
    return max(total - paid, Money.zero(total.currency))
