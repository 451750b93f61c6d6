"""The sale in progress: the basket and the tenders taken so far, mirrored in `open_basket`.

Selling and checkout share this one object (see docs/adr/0002-open-basket-persisted.md): every change
is written in its own small transaction, so a crash or power cut restores the basket and any card
payment already approved, instead of making the cashier scan everything again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from terminal.domain.basket import Basket
from terminal.domain.checkout import CheckoutEvent, CheckoutState, SaleFacts, transition
from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.tenders import Payment, Tender, TenderKind
from terminal.services.context import TillContext
from terminal.services.ports import Clock
from terminal.storage import baskets
from terminal.storage.db import Database


@dataclass(frozen=True)
class BasketChange:
    """What a selling call changed: the new basket, the line it touched, and what happened."""

    basket: Basket
    line_id: int | None
    kind: str  # added, merged, changed, voided, cleared, parked, resumed


class OpenSale:
    """Holds the current basket and tenders in memory and keeps the database copy in step."""

    def __init__(self, *, db: Database, ctx: TillContext, clock: Clock) -> None:
        self._db = db
        self._ctx = ctx
        self._clock = clock
        self.basket = Basket(currency=ctx.currency)
        self.tenders: tuple[Tender, ...] = ()
        self.state = CheckoutState.SCANNING
        self.restore()

    def restore(self) -> None:
        """Load the open basket left by the last run (after a crash or a restart), if any."""
        with self._db.read() as session:
            data = baskets.load_open_basket(session, self._ctx.terminal_id)
        if data is None:
            return
        self.basket = Basket.from_dict(data["basket"])
        self.tenders = tuple(
            Tender(TenderKind(t["kind"]), Money(int(t["amount_minor"]), t["currency"]), t.get("reference"))
            for t in data.get("tenders", [])
        )
        # A sale with tenders was being paid; without, the cashier is back at the basket.
        self.state = CheckoutState.PAYING if self.tenders else CheckoutState.SCANNING

    @property
    def payment_started(self) -> bool:
        return bool(self.tenders)

    def check(self, event: CheckoutEvent) -> CheckoutState:
        """The state `event` would lead to (terminal/domain/checkout.py); refusals in the till's words."""
        payment = self.payment() if self.state is CheckoutState.PAYING else None
        try:
            return transition(self.state, event, SaleFacts.of(self.basket, payment))
        except TillError as exc:
            raise _in_till_words(exc, payment) from None

    def advance(self, event: CheckoutEvent) -> CheckoutState:
        """Move the sale's state machine."""
        self.state = self.check(event)
        return self.state

    def payment(self) -> Payment:
        payment = Payment(total=self.basket.totals().total)
        for tender in self.tenders:
            payment = payment.add(tender)
        return payment

    def to_dict(self) -> dict[str, Any]:
        return {
            "basket": self.basket.to_dict(),
            "tenders": [
                {
                    "kind": str(t.kind),
                    "amount_minor": t.amount.amount_minor,
                    "currency": t.amount.currency,
                    "reference": t.reference,
                }
                for t in self.tenders
            ],
        }

    def write(self, session: Session) -> None:
        """Write the current state inside the caller's transaction (an empty sale deletes the row)."""
        if self.basket.is_empty and not self.tenders and self.basket.customer_id is None:
            baskets.clear_open_basket(session, self._ctx.terminal_id)
        else:
            baskets.save_open_basket(session, self._ctx.terminal_id, self.to_dict(), at=self._clock())

    def commit(self, basket: Basket, tenders: tuple[Tender, ...] | None = None) -> None:
        """Replace the state and persist it in one small write transaction."""
        previous = (self.basket, self.tenders)
        self.basket = basket
        if tenders is not None:
            self.tenders = tenders
        try:
            with self._db.write() as session:
                self.write(session)
        except BaseException:
            self.basket, self.tenders = previous
            raise

    def reset(self) -> None:
        """Forget the sale in memory (the caller deleted or completed it in its own transaction)."""
        self.basket = Basket(currency=self._ctx.currency)
        self.tenders = ()
        self.state = CheckoutState.SCANNING


_REASON_CODES = {
    "basket_empty": "checkout.empty_basket",
    "tenders_taken": "checkout.payment_in_progress",
    "settled": "tender.already_settled",
}


def _in_till_words(exc: TillError, payment: Payment | None) -> TillError:
    """The state machine's refusal as the specific code the cashier's message is written for."""
    reason = exc.params.get("reason")
    if reason == "not_settled" and payment is not None:
        return TillError(
            "tender.short", remaining=payment.remaining.amount_minor, currency=payment.total.currency
        )
    if reason in _REASON_CODES:
        return TillError(_REASON_CODES[reason])
    if exc.params.get("state") == CheckoutState.PAYING:
        return TillError("checkout.payment_in_progress")
    return exc
