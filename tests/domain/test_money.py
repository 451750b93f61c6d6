"""Money arithmetic, the one rounding function and HUF cash rounding, pinned and as properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from terminal.domain.money import (
    CurrencyMismatchError,
    Money,
    cash_rounded,
    money_from_minor_decimal,
    to_money,
)


def test_arithmetic_stays_in_minor_units() -> None:
    assert Money(199, "EUR") + Money(1, "EUR") == Money(200, "EUR")
    assert Money(199, "EUR") - Money(200, "EUR") == Money(-1, "EUR")
    assert -Money(5, "HUF") == Money(-5, "HUF")
    assert Money(250, "EUR") * 3 == Money(750, "EUR")
    assert 3 * Money(250, "EUR") == Money(750, "EUR")
    assert Money(1, "EUR") < Money(2, "EUR") <= Money(2, "EUR")
    assert Money.zero("IDR").is_zero()
    assert str(Money(1234, "EUR")) == "12.34 EUR"
    assert str(Money(1234, "HUF")) == "1234 HUF"
    assert Money(1234, "EUR").to_decimal() == Decimal("12.34")


def test_currencies_never_mix() -> None:
    with pytest.raises(CurrencyMismatchError):
        _ = Money(1, "EUR") + Money(1, "HUF")
    with pytest.raises(CurrencyMismatchError):
        _ = Money(1, "EUR") < Money(1, "HUF")


def test_money_refuses_floats_bools_and_unknown_currencies() -> None:
    with pytest.raises(TypeError):
        Money(1.5, "EUR")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(True, "EUR")
    with pytest.raises(ValueError, match="unknown currency"):
        Money(1, "XXX")
    with pytest.raises(TypeError):
        _ = Money(1, "EUR") * Decimal("1.5")  # type: ignore[operator]


@pytest.mark.parametrize(
    ("amount", "currency", "mode", "expected_minor"),
    [
        ("1.005", "EUR", "half_up", 101),
        ("1.005", "EUR", "half_even", 100),
        ("1.015", "EUR", "half_even", 102),
        ("1.0049", "EUR", "half_up", 100),
        ("-1.005", "EUR", "half_up", -101),
        ("6.495", "EUR", "half_up", 650),
        ("12.5", "HUF", "half_up", 13),
        ("12.5", "HUF", "half_even", 12),
        ("13.5", "HUF", "half_even", 14),
        ("-12.5", "HUF", "half_up", -13),
        ("9999.4", "IDR", "half_up", 9999),
    ],
)
def test_to_money_pinned(amount: str, currency: str, mode: str, expected_minor: int) -> None:
    assert to_money(Decimal(amount), currency, mode) == Money(expected_minor, currency)  # type: ignore[arg-type]


def test_money_from_minor_decimal_rounds_minor_units() -> None:
    assert money_from_minor_decimal(Decimal("649.5"), "EUR") == Money(650, "EUR")
    assert money_from_minor_decimal(Decimal("649.49"), "EUR") == Money(649, "EUR")
    assert money_from_minor_decimal(Decimal("12.5"), "HUF") == Money(13, "HUF")


@pytest.mark.parametrize(
    ("ending", "expected"),
    [
        (0, 1230),
        (1, 1230),
        (2, 1230),
        (3, 1235),
        (4, 1235),
        (5, 1235),
        (6, 1235),
        (7, 1235),
        (8, 1240),
        (9, 1240),
    ],
)
def test_huf_cash_rounding_hungarian_rule(ending: int, expected: int) -> None:
    assert cash_rounded(Money(1230 + ending, "HUF")) == Money(expected, "HUF")
    # negative amounts (refunds) round symmetrically
    assert cash_rounded(Money(-(1230 + ending), "HUF")) == Money(-expected, "HUF")


@pytest.mark.parametrize("amount", [Money(1, "HUF"), Money(2, "HUF"), Money(-2, "HUF")])
def test_small_huf_amounts_round_to_nothing(amount: Money) -> None:
    assert cash_rounded(amount) == Money(0, "HUF")


def test_cash_rounding_leaves_other_currencies_alone() -> None:
    assert cash_rounded(Money(1233, "EUR")) == Money(1233, "EUR")
    assert cash_rounded(Money(-7, "EUR")) == Money(-7, "EUR")
    assert cash_rounded(Money(12_343, "IDR")) == Money(12_343, "IDR")


currencies = st.sampled_from(["EUR", "HUF", "IDR"])
decimals = st.decimals(min_value=-(10**9), max_value=10**9, allow_nan=False, allow_infinity=False, places=6)


@given(amount=decimals, currency=currencies, mode=st.sampled_from(["half_up", "half_even"]))
def test_to_money_is_never_off_by_more_than_half_a_minor_unit(
    amount: Decimal, currency: str, mode: str
) -> None:
    money = to_money(amount, currency, mode)  # type: ignore[arg-type]
    half_unit = Decimal(1).scaleb(-money.exponent) / 2
    assert abs(money.to_decimal() - amount) <= half_unit


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_huf_cash_rounding_is_a_multiple_of_five_within_two(minor: int) -> None:
    rounded = cash_rounded(Money(minor, "HUF"))
    assert rounded.amount_minor % 5 == 0
    assert abs(rounded.amount_minor - minor) <= 2
    assert cash_rounded(Money(-minor, "HUF")) == -rounded
    assert cash_rounded(rounded) == rounded
