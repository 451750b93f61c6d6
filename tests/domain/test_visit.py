"""The visit and its settlement: signed lines, a signed balance, tenders in and out, cash rounding.

Property tests over random visits (sale lines with discounts, return lines, handover lines paid
online or in store, EUR and HUF) pin the rules of terminal/domain/visit.py and tenders.py.
"""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from terminal.domain.basket import Basket
from terminal.domain.checkout import CheckoutEvent, CheckoutState, VisitFacts, transition
from terminal.domain.errors import TillError
from terminal.domain.money import CASH_STEP, Money
from terminal.domain.pricing import Discount
from terminal.domain.tax import VatRate
from terminal.domain.tenders import Direction, Settlement, Tender, TenderKind
from terminal.domain.visit import Disposition, ReturnOrigin, Visit

A, B = VatRate("A", Decimal(19)), VatRate("B", Decimal(7))
CURRENCIES = ["EUR", "HUF", "IDR"]


def money(minor: int, currency: str = "EUR") -> Money:
    return Money(minor, currency)


@st.composite
def visits(draw: st.DrawFn, *, sales: bool = True, returns: bool = True, handovers: bool = True) -> Visit:
    currency = draw(st.sampled_from(CURRENCIES))
    basket = Basket(currency=currency)
    for i in range(draw(st.integers(0, 4)) if sales else 0):
        basket, line = basket.add(
            sku=f"S{i}",
            name=f"Sale {i}",
            barcode=None,
            unit_price=money(draw(st.integers(1, 100_000)), currency),
            vat=draw(st.sampled_from([A, B])),
            quantity=Decimal(draw(st.integers(1, 5))),
        )
        if draw(st.booleans()):
            basket = basket.discount_line(
                line.line_id, Discount.of_percent(Decimal(draw(st.integers(1, 50))))
            )
    if not basket.is_empty and draw(st.booleans()):
        basket = basket.discount_basket(Discount.of_percent(Decimal(draw(st.integers(1, 30)))))
    visit = Visit(basket)
    for i in range(draw(st.integers(0, 3)) if returns else 0):
        visit, _ = visit.add_return(
            origin=ReturnOrigin("receipt", f"S001-T01-{i:06d}", 1),
            sku=f"R{i}",
            name=f"Return {i}",
            quantity=Decimal(draw(st.integers(1, 3))),
            refund=money(draw(st.integers(1, 100_000)), currency),
            vat=draw(st.sampled_from([A, B])),
            reason="defective",
            disposition=draw(st.sampled_from(list(Disposition))),
        )
    for i in range(draw(st.integers(0, 3)) if handovers else 0):
        visit, _ = visit.add_handover(
            order_number=f"W-{i}",
            order_line_no=1,
            sku=f"H{i}",
            name=f"Handover {i}",
            quantity=Decimal(draw(st.integers(1, 3))),
            unit_price=money(draw(st.integers(0, 100_000)), currency),
            vat=draw(st.sampled_from([A, B])),
            paid_online=draw(st.booleans()),
        )
    return visit


@given(visits())
def test_the_balance_is_the_sum_of_the_signed_lines(visit: Visit) -> None:
    totals = visit.totals()
    zero = Money.zero(visit.currency)
    sale_lines = sum(visit.basket.totals().line_totals.values(), zero)
    handed = sum((h.amount for h in visit.handovers), zero)
    returned = sum((r.refund for r in visit.returns), zero)
    assert totals.balance == sale_lines + handed - returned
    assert sum((v.gross for v in totals.vat), zero) == totals.balance  # VAT per rate adds up, signed
    for vat in totals.vat:
        assert vat.net + vat.vat == vat.gross


@given(visits(sales=False, handovers=False).filter(lambda v: bool(v.returns)))
def test_a_visit_with_only_returns_settles_negative(visit: Visit) -> None:
    settlement = Settlement(visit.totals().balance)
    assert settlement.direction is Direction.OUT
    assert visit.totals().balance.amount_minor < 0


@given(visits())
def test_a_mixed_visit_settles_the_way_its_balance_goes(visit: Visit) -> None:
    balance = visit.totals().balance
    settlement = Settlement(balance)
    expected = {1: Direction.IN, -1: Direction.OUT, 0: None}[
        (balance.amount_minor > 0) - (balance.amount_minor < 0)
    ]
    assert settlement.direction is expected
    assert settlement.is_settled is (balance.amount_minor == 0)  # an even exchange needs no tender


@settings(max_examples=200)
@given(visits(), st.lists(st.sampled_from(list(TenderKind)), min_size=1, max_size=4), st.data())
def test_tenders_in_and_out_settle_the_balance_exactly(
    visit: Visit, kinds: list[TenderKind], data: st.DataObject
) -> None:
    balance = visit.totals().balance
    settlement = Settlement(balance)
    direction = settlement.direction
    if direction is None:
        return
    for kind in kinds:
        if settlement.is_settled:
            break
        if kind is TenderKind.WEB and direction is Direction.IN:
            continue  # a web refund only goes out (tested below)
        if kind is TenderKind.CASH:
            amount = settlement.cash_due
            if direction is Direction.IN:
                amount = amount + money(
                    data.draw(st.integers(0, 5)) * CASH_STEP.get(balance.currency, 1), balance.currency
                )
        else:
            amount = money(data.draw(st.integers(1, settlement.remaining.amount_minor)), balance.currency)
        if amount.is_zero():
            continue
        settlement = settlement.add(Tender(kind, amount, direction=direction))
    if not settlement.is_settled:
        settlement = settlement.add(Tender(TenderKind.CARD, settlement.remaining, direction=direction))
    assert settlement.is_settled
    signed = settlement.paid - settlement.change
    if direction is Direction.OUT:
        signed = -signed
    assert signed == balance + settlement.rounding  # what changed hands is the balance, rounded
    step = CASH_STEP.get(balance.currency, 1)
    assert abs(settlement.rounding.amount_minor) * 2 <= step  # rounding never more than half a step


def test_cash_paid_out_in_huf_is_rounded_to_five_forint() -> None:
    settlement = Settlement(money(-1233, "HUF"))
    assert settlement.cash_due == money(1235, "HUF")
    paid = settlement.add(Tender(TenderKind.CASH, money(1235, "HUF"), direction=Direction.OUT))
    assert paid.is_settled
    assert paid.rounding == money(-2, "HUF")  # the customer got 2 Ft more than the balance
    assert paid.change.is_zero()
    with pytest.raises(TillError) as exc:
        settlement.add(Tender(TenderKind.CASH, money(1240, "HUF"), direction=Direction.OUT))
    assert exc.value.code == "tender.over_total"


def test_a_web_refund_only_goes_out_and_a_voucher_goes_both_ways() -> None:
    with pytest.raises(TillError) as exc:
        Settlement(money(500)).add(Tender(TenderKind.WEB, money(500)))
    assert exc.value.code == "tender.out_only"
    assert Settlement(money(-500)).add(Tender(TenderKind.WEB, money(500), direction=Direction.OUT)).is_settled
    assert Settlement(money(500)).add(Tender(TenderKind.VOUCHER, money(500))).is_settled
    assert (
        Settlement(money(-500))
        .add(Tender(TenderKind.VOUCHER, money(500), direction=Direction.OUT))
        .is_settled
    )


def test_an_even_exchange_completes_without_a_tender() -> None:
    basket, _ = Basket("EUR").add(sku="new", name="Size 42", barcode=None, unit_price=money(4999), vat=A)
    visit, _ = Visit(basket).add_return(
        origin=ReturnOrigin("receipt", "S001-T01-000007", 1),
        sku="old",
        name="Size 41",
        quantity=Decimal(1),
        refund=money(4999),
        vat=A,
        reason="wrong_size",
    )
    settlement = Settlement(visit.totals().balance)
    paying = transition(CheckoutState.SCANNING, CheckoutEvent.START_PAYMENT, VisitFacts.of(visit))
    done = transition(paying, CheckoutEvent.COMPLETE, VisitFacts.of(visit, settlement))
    assert done is CheckoutState.COMPLETED
    assert visit.totals().vat[0].gross.is_zero()  # the VAT of the exchange nets out


def test_other_needs_a_reason_text_and_an_origin_line_is_returned_once() -> None:
    visit = Visit.empty("EUR")
    args: dict[str, Any] = {"sku": "x", "name": "X", "quantity": Decimal(1), "refund": money(100), "vat": A}
    with pytest.raises(TillError) as exc:
        visit.add_return(origin=ReturnOrigin.no_receipt(), reason="other", **args)
    assert exc.value.code == "return.reason_needed"
    origin = ReturnOrigin("receipt", "S001-T01-000001", 2)
    visit, _ = visit.add_return(origin=origin, reason="defective", **args)
    with pytest.raises(TillError) as exc:
        visit.add_return(origin=origin, reason="defective", **args)
    assert exc.value.code == "return.already_in_visit"


@given(visits())
def test_a_visit_survives_its_persisted_form_without_a_float(visit: Visit) -> None:
    data = visit.to_dict()
    text = json.dumps(data)
    assert Visit.from_dict(json.loads(text)) == visit
    assert not _floats(data)
    assert not _floats(dataclasses.asdict(visit))
    assert not _floats(dataclasses.asdict(Settlement(visit.totals().balance)))


def test_a_version_1_basket_reads_as_a_visit() -> None:
    basket, _ = Basket("EUR").add(sku="milk", name="Milk", barcode=None, unit_price=money(129), vat=B)
    assert Visit.from_dict(basket.to_dict()) == Visit(basket)


def _floats(value: Any) -> list[Any]:
    if isinstance(value, float):
        return [value]
    if isinstance(value, dict):
        return [f for item in value.values() for f in _floats(item)]
    if isinstance(value, list | tuple):
        return [f for item in value for f in _floats(item)]
    return []
