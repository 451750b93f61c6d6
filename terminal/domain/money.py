"""Money: an integer count of minor units and an ISO currency code, plus the one rounding function.

Money is never a float. Decimal appears only for rates and measures (VAT %, price per kg, weight) and is
turned back into Money in `to_money`, with a named rounding mode. Cash rounding (HUF to 0/5 forint) lives
here too because it is a property of the currency.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from typing import Final, Literal

RoundingMode = Literal["half_up", "half_even"]

_DECIMAL_MODES: Final = {"half_up": ROUND_HALF_UP, "half_even": ROUND_HALF_EVEN}

# Minor-unit exponent as the stores use it. HUF and IDR are priced in whole units in practice
# (the filler was withdrawn in 1999; rupiah cents do not circulate), so we keep them at 0.
CURRENCY_EXPONENT: Final[dict[str, int]] = {"EUR": 2, "USD": 2, "GBP": 2, "CHF": 2, "HUF": 0, "IDR": 0}

# Smallest cash step in minor units where the currency rounds cash payments (HUF: 5 forint).
CASH_STEP: Final[dict[str, int]] = {"HUF": 5}


class CurrencyMismatchError(ValueError):
    """Two amounts in different currencies were combined."""


@dataclass(frozen=True, slots=True, order=False)
class Money:
    """An amount in minor units of one currency. Immutable; arithmetic only within one currency."""

    amount_minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount_minor, int) or isinstance(self.amount_minor, bool):
            raise TypeError(f"amount_minor must be int, got {type(self.amount_minor).__name__}")
        if self.currency not in CURRENCY_EXPONENT:
            raise ValueError(f"unknown currency {self.currency!r}")

    @staticmethod
    def zero(currency: str) -> Money:
        return Money(0, currency)

    @property
    def exponent(self) -> int:
        return CURRENCY_EXPONENT[self.currency]

    def _check(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatchError(f"{self.currency} vs {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.amount_minor + other.amount_minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.amount_minor - other.amount_minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount_minor, self.currency)

    def __abs__(self) -> Money:
        return Money(abs(self.amount_minor), self.currency)

    def __mul__(self, factor: int) -> Money:
        if not isinstance(factor, int) or isinstance(factor, bool):
            raise TypeError("Money can only be multiplied by an int; use to_money for rates")
        return Money(self.amount_minor * factor, self.currency)

    __rmul__ = __mul__

    def __lt__(self, other: Money) -> bool:
        self._check(other)
        return self.amount_minor < other.amount_minor

    def __le__(self, other: Money) -> bool:
        self._check(other)
        return self.amount_minor <= other.amount_minor

    def __gt__(self, other: Money) -> bool:
        self._check(other)
        return self.amount_minor > other.amount_minor

    def __ge__(self, other: Money) -> bool:
        self._check(other)
        return self.amount_minor >= other.amount_minor

    def is_zero(self) -> bool:
        return self.amount_minor == 0

    def to_decimal(self) -> Decimal:
        """The amount in major units (for rate arithmetic and display only)."""
        return Decimal(self.amount_minor).scaleb(-self.exponent)

    def __str__(self) -> str:  # for logs and tests; the UI formats through the locale
        return f"{self.to_decimal():.{self.exponent}f} {self.currency}"


def to_money(major_units: Decimal, currency: str, mode: RoundingMode = "half_up") -> Money:
    """The one way from a Decimal amount in major units to Money, rounding with a named mode."""
    exponent = CURRENCY_EXPONENT[currency]
    quantum = Decimal(1).scaleb(-exponent)
    rounded = major_units.quantize(quantum, rounding=_DECIMAL_MODES[mode])
    return Money(int(rounded.scaleb(exponent)), currency)


def money_from_minor_decimal(minor_units: Decimal, currency: str, mode: RoundingMode = "half_up") -> Money:
    """Round a Decimal count of minor units (e.g. price_minor * weight) to Money."""
    return to_money(minor_units.scaleb(-CURRENCY_EXPONENT[currency]), currency, mode)


def cash_rounded(amount: Money) -> Money:
    """The amount a customer pays in cash where the currency rounds cash (HUF: to 0 or 5 forint).

    Hungarian rule: endings 1-2 go down to 0, 3-4 up to 5, 6-7 down to 5, 8-9 up to 10, which is
    rounding half up to the nearest step of 5. Currencies without a cash step are returned unchanged.
    """
    step = CASH_STEP.get(amount.currency)
    if not step:
        return amount
    sign = -1 if amount.amount_minor < 0 else 1
    magnitude = abs(amount.amount_minor)
    rounded = ((magnitude * 2 + step) // (2 * step)) * step
    return Money(sign * rounded, amount.currency)
