"""Tender rules: card and cash, split tender, change, short payment, HUF cash rounding."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.tenders import Settlement, Tender, TenderKind

CASH, CARD = TenderKind.CASH, TenderKind.CARD


def eur(minor: int) -> Money:
    return Money(minor, "EUR")


def huf(minor: int) -> Money:
    return Money(minor, "HUF")


def pay(total: Money, *tenders: tuple[TenderKind, int]) -> Settlement:
    payment = Settlement(total)
    for kind, minor in tenders:
        payment = payment.add(Tender(kind, Money(minor, total.currency)))
    return payment


def state(p: Settlement) -> tuple[int, int, int, bool, int, int]:
    return (
        p.paid.amount_minor,
        p.remaining.amount_minor,
        p.cash_due.amount_minor,
        p.is_settled,
        p.change.amount_minor,
        p.rounding.amount_minor,
    )


def test_nothing_paid_yet() -> None:
    #                        paid remaining cash_due settled change rounding
    assert state(pay(eur(1234))) == (0, 1234, 1234, False, 0, 0)


def test_cash_over_the_total_gives_change() -> None:
    assert state(pay(eur(1234), (CASH, 2000))) == (2000, 0, 0, True, 766, 0)


def test_exact_card_settles_without_change() -> None:
    payment = Settlement(eur(1234)).add(Tender(CARD, eur(1234), reference="AUTH 0042"))
    assert state(payment) == (1234, 0, 0, True, 0, 0)
    assert payment.tenders[0].reference == "AUTH 0042"


def test_split_tender_card_then_cash() -> None:
    payment = pay(eur(1234), (CARD, 1000))
    assert state(payment) == (1000, 234, 234, False, 0, 0)
    payment = payment.add(Tender(CASH, eur(500)))
    assert state(payment) == (1500, 0, 0, True, 266, 0)
    assert payment.paid_by(CARD) == eur(1000)
    assert payment.paid_by(CASH) == eur(500)


def test_tender_short_is_not_settled() -> None:
    payment = pay(eur(1234), (CASH, 1000))
    assert state(payment) == (1000, 234, 234, False, 0, 0)


def test_card_may_not_exceed_what_is_owed() -> None:
    payment = pay(eur(1234), (CASH, 1000))
    with pytest.raises(TillError) as exc:
        payment.add(Tender(CARD, eur(235)))
    assert exc.value.code == "tender.card_over_total"
    assert exc.value.params["remaining_minor"] == 234


@pytest.mark.parametrize("minor", [0, -100])
def test_zero_or_negative_tenders_are_refused(minor: int) -> None:
    for kind in (CASH, CARD):
        with pytest.raises(TillError) as exc:
            Settlement(eur(1234)).add(Tender(kind, eur(minor)))
        assert exc.value.code == "tender.bad_amount"


def test_nothing_can_be_added_once_settled() -> None:
    payment = pay(eur(1234), (CARD, 1234))
    for kind in (CASH, CARD):
        with pytest.raises(TillError) as exc:
            payment.add(Tender(kind, eur(1)))
        assert exc.value.code == "tender.already_settled"


def test_tender_in_another_currency_is_refused() -> None:
    with pytest.raises(TillError) as exc:
        Settlement(eur(100)).add(Tender(CASH, huf(100)))
    assert exc.value.code == "tender.wrong_currency"


def test_remove_last_undoes_one_tender() -> None:
    payment = pay(eur(1234), (CARD, 1000), (CASH, 500))
    payment = payment.remove_last()
    assert state(payment) == (1000, 234, 234, False, 0, 0)
    assert payment.remove_last() == Settlement(eur(1234))
    with pytest.raises(TillError) as exc:
        Settlement(eur(1234)).remove_last()
    assert exc.value.code == "tender.none"


def test_a_free_sale_is_settled_without_tenders() -> None:
    assert state(Settlement(eur(0))) == (0, 0, 0, True, 0, 0)


def test_a_negative_balance_takes_no_tender_in() -> None:
    with pytest.raises(TillError) as exc:
        Settlement(eur(-1)).add(Tender(CASH, eur(1)))
    assert exc.value.code == "tender.wrong_direction"


# --- HUF cash rounding -----------------------------------------------------------------------


def test_huf_cash_due_is_rounded_up_and_booked() -> None:
    payment = pay(huf(1234))
    assert state(payment) == (0, 1234, 1235, False, 0, 0)
    assert state(payment.add(Tender(CASH, huf(1235)))) == (1235, 0, 0, True, 0, 1)


def test_huf_cash_due_is_rounded_down_and_settles_below_the_total() -> None:
    assert state(pay(huf(1232), (CASH, 1230))) == (1230, 0, 0, True, 0, -2)


def test_huf_change_is_counted_from_the_rounded_amount() -> None:
    payment = pay(huf(1232), (CASH, 2000))
    assert state(payment) == (2000, 0, 0, True, 770, -2)
    assert payment.paid - payment.change == payment.balance + payment.rounding


def test_huf_cash_must_be_a_multiple_of_five() -> None:
    with pytest.raises(TillError) as exc:
        Settlement(huf(1234)).add(Tender(CASH, huf(1234)))
    assert exc.value.code == "tender.cash_step"
    assert exc.value.params == {"amount_minor": 1234, "step_minor": 5}


def test_huf_card_is_exact() -> None:
    assert state(pay(huf(1234), (CARD, 1234))) == (1234, 0, 0, True, 0, 0)


def test_huf_split_card_then_cash_rounds_only_the_cash_part() -> None:
    payment = pay(huf(1234), (CARD, 1000))
    assert state(payment) == (1000, 234, 235, False, 0, 0)
    assert state(payment.add(Tender(CASH, huf(500)))) == (1500, 0, 0, True, 265, 1)
    payment = pay(huf(1232), (CARD, 1000))
    assert state(payment) == (1000, 232, 230, False, 0, 0)
    assert state(payment.add(Tender(CASH, huf(230)))) == (1230, 0, 0, True, 0, -2)


def test_huf_split_cash_then_card_has_no_rounding() -> None:
    payment = pay(huf(1234), (CASH, 1000))
    assert state(payment) == (1000, 234, 235, False, 0, 0)
    assert state(payment.add(Tender(CARD, huf(234)))) == (1234, 0, 0, True, 0, 0)


def test_huf_cash_short_of_the_rounded_amount_is_not_settled() -> None:
    assert state(pay(huf(1234), (CASH, 1230))) == (1230, 4, 5, False, 0, 0)


@given(
    currency=st.sampled_from(["EUR", "HUF"]),
    total=st.integers(min_value=0, max_value=10**7),
    tenders=st.lists(
        st.tuples(st.sampled_from([CASH, CARD]), st.integers(min_value=-5, max_value=10**7)), max_size=6
    ),
)
def test_settled_payments_balance(currency: str, total: int, tenders: list[tuple[TenderKind, int]]) -> None:
    payment = Settlement(Money(total, currency))
    for kind, minor in tenders:
        try:
            payment = payment.add(Tender(kind, Money(minor, currency)))
        except TillError:
            continue
    zero = Money.zero(currency)
    assert payment.change >= zero
    assert abs(payment.rounding.amount_minor) <= 2
    if payment.is_settled:
        assert payment.remaining == zero
        assert payment.paid - payment.change == payment.balance + payment.rounding
        assert payment.change <= max([t.amount for t in payment.tenders if t.kind is CASH], default=zero)
    else:
        assert payment.remaining > zero
        assert payment.paid < payment.balance
        assert payment.change == zero
        assert payment.rounding == zero
