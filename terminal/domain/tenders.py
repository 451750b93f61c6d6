"""Settling a visit: its signed balance, the tenders taken in or paid out, change and cash rounding.

A visit's balance is signed (terminal/domain/visit.py): positive, the customer pays; negative, the till
pays out (a return, an exchange in the customer's favour); zero, an even exchange that is settled
without any tender. `Settlement` is a frozen value rebuilt from the balance and the tenders so far.

Rules:
- Every tender is > 0 and goes the balance's way: `IN` while the customer owes, `OUT` while the till
  owes. Cash, card and vouchers go both ways (a voucher in is redeemed, a voucher out is store credit
  issued); a refund to a web payment only goes out.
- Only cash taken in may exceed what is owed (the excess is change). Nothing else may exceed it.
- In a currency with a cash step (HUF: 5 forint) cash is handed over in multiples of the step, and
  the part of the visit settled in cash is rounded (`money.cash_rounded`), in or out alike. The
  rounding difference is booked on the visit (`rounding`): the signed amount settled is
  `balance + rounding`.
- The visit is settled when the tenders cover what is owed, or when the last tender is cash and covers
  the cash-rounded remainder. Nothing can be added to a settled visit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from terminal.domain.errors import TillError
from terminal.domain.money import CASH_STEP, Money, cash_rounded


class TenderKind(StrEnum):
    """How money changes hands; the value is what storage and the wire contract carry."""

    CASH = "cash"
    CARD = "card"  # the external card terminal's approval (in) or refund to the card (out)
    VOUCHER = "voucher"  # redeemed (in) or store credit issued (out)
    WEB = "web"  # back to the web order's online payment, through the backend (out only)


class Direction(StrEnum):
    """Which way a tender goes: from the customer to the till, or from the till to the customer."""

    IN = "in"
    OUT = "out"


_OUT_ONLY = frozenset({TenderKind.WEB})


@dataclass(frozen=True, slots=True)
class Tender:
    """One movement of money: cash handed over, a card amount approved, a voucher, a refund."""

    kind: TenderKind
    amount: Money  # always > 0; the direction says which way
    reference: str | None = None  # card approval code, voucher code, web order number
    direction: Direction = Direction.IN
    hold_id: str | None = None  # a voucher taken in online: the backend's hold it confirms
    offline: bool = False  # a voucher taken in while the backend could not be asked


@dataclass(frozen=True, slots=True)
class Settlement:
    """How one visit is settled: its signed balance and the tenders taken so far, in order."""

    balance: Money
    tenders: tuple[Tender, ...] = ()

    @property
    def direction(self) -> Direction | None:
        """IN when the customer owes, OUT when the till owes, None for an even visit."""
        if self.balance.amount_minor > 0:
            return Direction.IN
        if self.balance.amount_minor < 0:
            return Direction.OUT
        return None

    @property
    def owed(self) -> Money:
        """What the balance amounts to, whichever way it goes (never negative)."""
        return abs(self.balance)

    @property
    def paid(self) -> Money:
        """The tenders, whichever way they go (never negative)."""
        return sum((t.amount for t in self.tenders), Money.zero(self.balance.currency))

    def paid_by(self, kind: TenderKind) -> Money:
        return sum((t.amount for t in self.tenders if t.kind is kind), Money.zero(self.balance.currency))

    @property
    def remaining(self) -> Money:
        """What is still owed, exact; zero once settled (also when cash rounding settled it)."""
        if self.is_settled:
            return Money.zero(self.balance.currency)
        return _owed(self.owed, self.paid)

    @property
    def cash_due(self) -> Money:
        """What is still owed as it is handed over in cash (HUF: rounded to 0 or 5 forint)."""
        return cash_rounded(self.remaining)

    @property
    def is_settled(self) -> bool:
        if _owed(self.owed, self.paid).is_zero():
            return True
        last = self.tenders[-1] if self.tenders else None
        return (
            last is not None and last.kind is TenderKind.CASH and last.amount >= self._cash_due_before_last()
        )

    @property
    def rounding(self) -> Money:
        """The cash-rounding difference booked on the visit, signed like the balance's settlement:
        the customer paid `balance + rounding` (in), or was paid `-(balance + rounding)` (out)."""
        if not self._settled_in_cash():
            return Money.zero(self.balance.currency)
        before = self._owed_before_last()
        difference = cash_rounded(before) - before
        return difference if self.direction is Direction.IN else -difference

    @property
    def change(self) -> Money:
        """Cash to hand back: what the settling cash taken in exceeds the (rounded) remainder by."""
        if not self._settled_in_cash() or self.direction is not Direction.IN:
            return Money.zero(self.balance.currency)
        return self.tenders[-1].amount - self._cash_due_before_last()

    def add(self, tender: Tender) -> Settlement:
        """This settlement with one more tender, or a refusal (`tender.*`)."""
        amount = tender.amount
        if amount.currency != self.balance.currency:
            raise TillError("tender.wrong_currency", currency=amount.currency, expected=self.balance.currency)
        if self.is_settled:
            raise TillError("tender.already_settled")
        if amount.amount_minor <= 0:
            raise TillError("tender.bad_amount", amount_minor=amount.amount_minor)
        if tender.direction is not self.direction:
            raise TillError("tender.wrong_direction", direction=str(tender.direction))
        if tender.direction is Direction.IN and tender.kind in _OUT_ONLY:
            raise TillError("tender.out_only", kind=str(tender.kind))
        if tender.kind is TenderKind.CASH:
            step = CASH_STEP.get(amount.currency, 1)
            if amount.amount_minor % step:
                raise TillError("tender.cash_step", amount_minor=amount.amount_minor, step_minor=step)
            if tender.direction is Direction.OUT and amount > self.cash_due:
                raise TillError(
                    "tender.over_total",
                    kind=str(tender.kind),
                    amount_minor=amount.amount_minor,
                    remaining_minor=self.cash_due.amount_minor,
                )
        elif amount > self.remaining:
            code = "tender.card_over_total" if tender.kind is TenderKind.CARD else "tender.over_total"
            raise TillError(
                code,
                kind=str(tender.kind),
                amount_minor=amount.amount_minor,
                remaining_minor=self.remaining.amount_minor,
            )
        return replace(self, tenders=(*self.tenders, tender))

    def remove_last(self) -> Settlement:
        """Undo the last tender before completion (cash counted wrong, card cancelled)."""
        if not self.tenders:
            raise TillError("tender.none")
        return replace(self, tenders=self.tenders[:-1])

    # --- helpers ------------------------------------------------------------------------------

    def _owed_before_last(self) -> Money:
        return _owed(self.owed, self.paid - self.tenders[-1].amount)

    def _cash_due_before_last(self) -> Money:
        return cash_rounded(self._owed_before_last())

    def _settled_in_cash(self) -> bool:
        return bool(self.tenders) and self.tenders[-1].kind is TenderKind.CASH and self.is_settled


def _owed(owed: Money, paid: Money) -> Money:
    return max(owed - paid, Money.zero(owed.currency))
