"""The state machine of one sale: scanning, paying, and how it ends (completed, parked, voided).

Pure and tiny so that screens render the state and never decide a transition themselves:

    SCANNING --start_payment--> PAYING --complete--> COMPLETED
       |  ^                       |  ^ add_tender
       |  +----back_to_basket-----+--+ (only while no tender was taken)
       +--park--> PARKED --resume--> SCANNING
    SCANNING / PAYING / PARKED --void--> VOIDED

Guards need facts about the basket and the payment; the caller passes them as `SaleFacts`. Whether a
manager must approve (e.g. voiding after a tender) is `approvals.py`'s question, not this one's.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from terminal.domain.basket import Basket
from terminal.domain.errors import TillError
from terminal.domain.tenders import Payment


class CheckoutState(StrEnum):
    SCANNING = "scanning"
    PAYING = "paying"
    COMPLETED = "completed"
    PARKED = "parked"
    VOIDED = "voided"


class CheckoutEvent(StrEnum):
    START_PAYMENT = "start_payment"
    ADD_TENDER = "add_tender"
    BACK_TO_BASKET = "back_to_basket"
    COMPLETE = "complete"
    PARK = "park"
    VOID = "void"
    RESUME = "resume"


@dataclass(frozen=True, slots=True)
class SaleFacts:
    """What the guards look at: is there anything to sell, was a tender taken, is it paid."""

    basket_empty: bool
    tenders_taken: bool
    settled: bool

    @staticmethod
    def of(basket: Basket, payment: Payment | None = None) -> SaleFacts:
        return SaleFacts(
            basket_empty=basket.is_empty,
            tenders_taken=payment is not None and bool(payment.tenders),
            settled=payment is not None and payment.is_settled,
        )


_S = CheckoutState
_E = CheckoutEvent

# (state, event) -> next state; anything not listed is refused. Guards are in _refusal.
_TABLE = {
    (_S.SCANNING, _E.START_PAYMENT): _S.PAYING,
    (_S.SCANNING, _E.PARK): _S.PARKED,
    (_S.SCANNING, _E.VOID): _S.VOIDED,
    (_S.PAYING, _E.ADD_TENDER): _S.PAYING,
    (_S.PAYING, _E.BACK_TO_BASKET): _S.SCANNING,
    (_S.PAYING, _E.COMPLETE): _S.COMPLETED,
    (_S.PAYING, _E.VOID): _S.VOIDED,
    (_S.PARKED, _E.RESUME): _S.SCANNING,
    (_S.PARKED, _E.VOID): _S.VOIDED,
}


def _refusal(event: CheckoutEvent, facts: SaleFacts) -> str | None:
    """Why the guard of `event` does not hold, or None when it does."""
    if event in (_E.START_PAYMENT, _E.PARK) and facts.basket_empty:
        return "basket_empty"
    if event is _E.ADD_TENDER and facts.settled:
        return "settled"
    if event is _E.BACK_TO_BASKET and facts.tenders_taken:
        return "tenders_taken"
    if event is _E.COMPLETE and not facts.settled:
        return "not_settled"
    return None


def transition(state: CheckoutState, event: CheckoutEvent, facts: SaleFacts) -> CheckoutState:
    """The next state, or `TillError("checkout.not_allowed", state=, event=[, reason=])`."""
    state, event = CheckoutState(state), CheckoutEvent(event)
    target = _TABLE.get((state, event))
    if target is None:
        raise TillError("checkout.not_allowed", state=str(state), event=str(event))
    reason = _refusal(event, facts)
    if reason is not None:
        raise TillError("checkout.not_allowed", state=str(state), event=str(event), reason=reason)
    return target


def allowed_events(state: CheckoutState, facts: SaleFacts) -> frozenset[CheckoutEvent]:
    """The events `transition` would accept now (for enabling the screen's buttons)."""
    state = CheckoutState(state)
    return frozenset(
        event for (from_state, event) in _TABLE if from_state is state and _refusal(event, facts) is None
    )
