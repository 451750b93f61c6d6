"""The sale's state machine: every allowed transition, its guards, and refusals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from terminal.domain.basket import Basket
from terminal.domain.checkout import CheckoutEvent, CheckoutState, VisitFacts, allowed_events, transition
from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.tax import VatRate
from terminal.domain.tenders import Settlement, Tender, TenderKind
from terminal.domain.visit import Visit

S, E = CheckoutState, CheckoutEvent
ITEMS = VisitFacts(visit_empty=False, tenders_taken=False, settled=False)
EMPTY = VisitFacts(visit_empty=True, tenders_taken=False, settled=False)
PART_PAID = VisitFacts(visit_empty=False, tenders_taken=True, settled=False)
PAID = VisitFacts(visit_empty=False, tenders_taken=True, settled=True)


@pytest.mark.parametrize(
    ("state", "event", "facts", "target"),
    [
        (S.SCANNING, E.START_PAYMENT, ITEMS, S.PAYING),
        (S.SCANNING, E.PARK, ITEMS, S.PARKED),
        (S.SCANNING, E.VOID, ITEMS, S.VOIDED),
        (S.SCANNING, E.VOID, EMPTY, S.VOIDED),
        (S.PAYING, E.ADD_TENDER, ITEMS, S.PAYING),
        (S.PAYING, E.ADD_TENDER, PART_PAID, S.PAYING),
        (S.PAYING, E.BACK_TO_BASKET, ITEMS, S.SCANNING),
        (S.PAYING, E.COMPLETE, PAID, S.COMPLETED),
        (S.PAYING, E.VOID, PART_PAID, S.VOIDED),
        (S.PARKED, E.RESUME, ITEMS, S.SCANNING),
        (S.PARKED, E.VOID, ITEMS, S.VOIDED),
    ],
)
def test_allowed_transitions(
    state: CheckoutState, event: CheckoutEvent, facts: VisitFacts, target: CheckoutState
) -> None:
    assert transition(state, event, facts) is target


@pytest.mark.parametrize(
    ("state", "event", "facts", "reason"),
    [
        (S.SCANNING, E.START_PAYMENT, EMPTY, "visit_empty"),
        (S.SCANNING, E.PARK, EMPTY, "visit_empty"),
        (S.PAYING, E.COMPLETE, PART_PAID, "not_settled"),
        (S.PAYING, E.COMPLETE, ITEMS, "not_settled"),
        (S.PAYING, E.ADD_TENDER, PAID, "settled"),
        (S.PAYING, E.BACK_TO_BASKET, PART_PAID, "tenders_taken"),
    ],
)
def test_guards(state: CheckoutState, event: CheckoutEvent, facts: VisitFacts, reason: str) -> None:
    with pytest.raises(TillError) as exc:
        transition(state, event, facts)
    assert exc.value.code == "checkout.not_allowed"
    assert exc.value.params == {"state": str(state), "event": str(event), "reason": reason}


ALLOWED_PAIRS = {
    (S.SCANNING, E.START_PAYMENT),
    (S.SCANNING, E.PARK),
    (S.SCANNING, E.VOID),
    (S.PAYING, E.ADD_TENDER),
    (S.PAYING, E.BACK_TO_BASKET),
    (S.PAYING, E.COMPLETE),
    (S.PAYING, E.VOID),
    (S.PARKED, E.RESUME),
    (S.PARKED, E.VOID),
}


@pytest.mark.parametrize(
    ("state", "event"), [(s, e) for s in CheckoutState for e in CheckoutEvent if (s, e) not in ALLOWED_PAIRS]
)
def test_everything_else_is_refused(state: CheckoutState, event: CheckoutEvent) -> None:
    with pytest.raises(TillError) as exc:
        transition(state, event, PAID)
    assert exc.value.code == "checkout.not_allowed"
    assert exc.value.params == {"state": str(state), "event": str(event)}


def test_completed_and_voided_are_final() -> None:
    for facts in (ITEMS, EMPTY, PART_PAID, PAID):
        assert allowed_events(S.COMPLETED, facts) == frozenset()
        assert allowed_events(S.VOIDED, facts) == frozenset()


def test_allowed_events_for_the_screen() -> None:
    assert allowed_events(S.SCANNING, EMPTY) == {E.VOID}
    assert allowed_events(S.SCANNING, ITEMS) == {E.START_PAYMENT, E.PARK, E.VOID}
    assert allowed_events(S.PAYING, ITEMS) == {E.ADD_TENDER, E.BACK_TO_BASKET, E.VOID}
    assert allowed_events(S.PAYING, PART_PAID) == {E.ADD_TENDER, E.VOID}
    assert allowed_events(S.PAYING, PAID) == {E.COMPLETE, E.VOID}
    assert allowed_events(S.PARKED, ITEMS) == {E.RESUME, E.VOID}


def test_string_values_are_accepted() -> None:
    assert transition("scanning", "start_payment", ITEMS) is S.PAYING  # type: ignore[arg-type]


def test_facts_from_basket_and_payment() -> None:
    basket, _ = Basket("EUR").add(
        sku="milk", name="Milk", barcode=None, unit_price=Money(199, "EUR"), vat=VatRate("B", Decimal(7))
    )
    assert VisitFacts.of(Visit.empty("EUR")) == EMPTY
    assert VisitFacts.of(Visit(basket)) == ITEMS
    payment = Settlement(basket.totals().total).add(Tender(TenderKind.CARD, Money(100, "EUR")))
    assert VisitFacts.of(Visit(basket), payment) == PART_PAID
    assert VisitFacts.of(Visit(basket), payment.add(Tender(TenderKind.CASH, Money(100, "EUR")))) == PAID


def test_a_whole_sale() -> None:
    state = S.SCANNING
    state = transition(state, E.START_PAYMENT, ITEMS)
    state = transition(state, E.BACK_TO_BASKET, ITEMS)
    state = transition(state, E.START_PAYMENT, ITEMS)
    state = transition(state, E.ADD_TENDER, ITEMS)
    state = transition(state, E.ADD_TENDER, PART_PAID)
    state = transition(state, E.COMPLETE, PAID)
    assert state is S.COMPLETED
