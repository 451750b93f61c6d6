"""Pinned cases of the price arithmetic under the basket: extended price, discount amounts, allocation."""

from __future__ import annotations

from decimal import Decimal

import pytest

from terminal.domain.money import CurrencyMismatchError, Money
from terminal.domain.pricing import Discount, allocate, extended_price


def eur(minor: int) -> Money:
    return Money(minor, "EUR")


@pytest.mark.parametrize(
    ("price", "quantity", "expected"),
    [
        (eur(1299), "0.5", eur(650)),  # 6.495 half up
        (eur(1299), "0.001", eur(1)),  # 0.01299
        (eur(249), "3", eur(747)),
        (eur(100), "0.004", eur(0)),  # 0.004 -> 0.00
        (eur(100), "0.005", eur(1)),  # 0.005 -> 0.01
        (Money(3990, "HUF"), "0.355", Money(1416, "HUF")),  # 1416.45
        (Money(3990, "HUF"), "0.1255", Money(501, "HUF")),  # 500.745
    ],
)
def test_extended_price(price: Money, quantity: str, expected: Money) -> None:
    assert extended_price(price, Decimal(quantity)) == expected


def test_discount_amount_off() -> None:
    assert Discount.of_percent(Decimal(10)).amount_off(eur(999)) == eur(100)  # 99.9
    assert Discount.of_percent(Decimal(10)).amount_off(eur(994)) == eur(99)  # 99.4
    assert Discount.of_percent(Decimal("33.33")).amount_off(eur(300)) == eur(100)  # 99.99
    assert Discount.of_amount(eur(250)).amount_off(eur(100)) == eur(250)  # the basket refuses this one
    with pytest.raises(CurrencyMismatchError):
        Discount.of_amount(Money(5, "HUF")).amount_off(eur(100))


def test_discount_dict_round_trip() -> None:
    for discount in (Discount.of_percent(Decimal("12.5"), "damaged"), Discount.of_amount(eur(300), "staff")):
        assert Discount.from_dict(discount.to_dict(), "EUR") == discount


def test_allocate_pinned() -> None:
    assert allocate(eur(7), [eur(100), eur(300), eur(100)]) == (eur(1), eur(5), eur(1))
    assert allocate(eur(100), [eur(250), eur(250), eur(500)]) == (eur(25), eur(25), eur(50))
    assert allocate(eur(1), [eur(300), eur(500), eur(500)]) == (eur(0), eur(1), eur(0))


def test_allocate_spills_when_the_largest_line_runs_out() -> None:
    # floors are 0/0/0, the 2 left over would take the first (largest-equal) line to -1: it spills
    assert allocate(eur(2), [eur(1), eur(1), eur(1)]) == (eur(1), eur(1), eur(0))
    assert allocate(eur(3), [eur(1), eur(1), eur(1)]) == (eur(1), eur(1), eur(1))
    assert allocate(eur(0), [eur(5), eur(0)]) == (eur(0), eur(0))
    assert allocate(eur(5), [eur(0), eur(5)]) == (eur(0), eur(5))


def test_allocate_refuses_more_than_the_weights() -> None:
    with pytest.raises(ValueError, match="cannot allocate"):
        allocate(eur(4), [eur(1), eur(2)])
    with pytest.raises(ValueError, match="cannot allocate"):
        allocate(eur(1), [])
    with pytest.raises(ValueError, match="non-negative"):
        allocate(eur(-1), [eur(1)])
