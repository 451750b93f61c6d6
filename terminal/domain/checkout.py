"""The state machine of one visit: scanning, paying, and how it ends (completed, parked, voided).

Pure and tiny so that screens render the state and never decide a transition themselves:

    SCANNING --start_payment--> PAYING --complete--> COMPLETED
       |  ^                       |  ^ add_tender
       |  +----back_to_basket-----+--+ (only while no tender was taken)
       +--park--> PARKED --resume--> SCANNING
    SCANNING / PAYING / PARKED --void--> VOIDED

Guards need facts about the visit and its settlement; the caller passes them as `VisitFacts`. A
visit whose balance is zero (an even exchange) is settled without a tender and may complete at once.
Whether a manager must approve (e.g. voiding after a tender) is `approvals.py`'s question.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from terminal.domain.errors import TillError
from terminal.domain.tenders import Settlement
from terminal.domain.visit import Visit


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
class VisitFacts:
    """What the guards look at: is there anything in the visit, was a tender taken, is it settled."""

    visit_empty: bool
    tenders_taken: bool
    settled: bool

    @staticmethod
    def of(visit: Visit, settlement: Settlement | None = None) -> VisitFacts:
        return VisitFacts(
            visit_empty=visit.is_empty,
            tenders_taken=settlement is not None and bool(settlement.tenders),
            settled=settlement is not None and settlement.is_settled,
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


def _refusal(event: CheckoutEvent, facts: VisitFacts) -> str | None:
    """Why the guard of `event` does not hold, or None when it does."""
    if event in (_E.START_PAYMENT, _E.PARK) and facts.visit_empty:
        return "visit_empty"
    if event is _E.ADD_TENDER and facts.settled:
        return "settled"
    if event is _E.BACK_TO_BASKET and facts.tenders_taken:
        return "tenders_taken"
    if event is _E.COMPLETE and not facts.settled:
        return "not_settled"
    return None


def transition(state: CheckoutState, event: CheckoutEvent, facts: VisitFacts) -> CheckoutState:
    """The next state, or `TillError("checkout.not_allowed", state=, event=[, reason=])`."""
    state, event = CheckoutState(state), CheckoutEvent(event)
    target = _TABLE.get((state, event))
    if target is None:
        raise TillError("checkout.not_allowed", state=str(state), event=str(event))
    reason = _refusal(event, facts)
    if reason is not None:
        raise TillError("checkout.not_allowed", state=str(state), event=str(event), reason=reason)
    return target


def allowed_events(state: CheckoutState, facts: VisitFacts) -> frozenset[CheckoutEvent]:
    """The events `transition` would accept now (for enabling the screen's buttons)."""
    state = CheckoutState(state)
    return frozenset(
        event for (from_state, event) in _TABLE if from_state is state and _refusal(event, facts) is None
    )
