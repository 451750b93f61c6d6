"""Price arithmetic the basket builds on: discounts, weighed prices and splitting an amount over lines.

Kept apart from `basket.py` so each rule can be read and tested on its own:

- `Discount` — a percent or a fixed amount off, with the reason the cashier chose.
- `extended_price` — unit price (per piece or per kg) times quantity, rounded half up once.
- `allocate` — a basket-level amount split over lines in proportion to their totals, exact to the
  minor unit, never taking more from a line than the line is worth.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from terminal.domain.errors import TillError
from terminal.domain.money import CurrencyMismatchError, Money, money_from_minor_decimal

DiscountKind = Literal["percent", "amount"]

_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class Discount:
    """A reduction on a line or on the whole basket: `percent` (0 < p <= 100) or a fixed `amount` (> 0).

    An amount discount on a line is off the line's total, not off each unit.
    """

    kind: DiscountKind
    percent: Decimal | None = None
    amount: Money | None = None
    reason: str = ""

    def __post_init__(self) -> None:
        if self.kind == "percent":
            ok = (
                self.amount is None
                and isinstance(self.percent, Decimal)
                and self.percent.is_finite()
                and Decimal(0) < self.percent <= _HUNDRED
            )
            if not ok:
                raise TillError("discount.bad_value", percent=str(self.percent))
        elif self.kind == "amount":
            if self.percent is not None or self.amount is None or self.amount.amount_minor <= 0:
                minor = None if self.amount is None else self.amount.amount_minor
                raise TillError("discount.bad_value", amount_minor=minor)
        else:
            raise TillError("discount.bad_value", kind=str(self.kind))

    @staticmethod
    def of_percent(percent: Decimal, reason: str = "") -> Discount:
        return Discount("percent", percent=percent, reason=reason)

    @staticmethod
    def of_amount(amount: Money, reason: str = "") -> Discount:
        return Discount("amount", amount=amount, reason=reason)

    def amount_off(self, base: Money) -> Money:
        """What this discount takes off `base` (a percent is rounded half up to the minor unit).

        The result may exceed `base` for an amount discount; the basket refuses that case.
        """
        if self.kind == "percent":
            assert self.percent is not None  # guaranteed by __post_init__
            minor = Decimal(base.amount_minor) * self.percent / _HUNDRED
            return money_from_minor_decimal(minor, base.currency, "half_up")
        assert self.amount is not None  # guaranteed by __post_init__
        if self.amount.currency != base.currency:
            raise CurrencyMismatchError(f"discount in {self.amount.currency} on {base.currency}")
        return self.amount

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "percent": None if self.percent is None else str(self.percent),
            "amount_minor": None if self.amount is None else self.amount.amount_minor,
            "reason": self.reason,
        }

    @staticmethod
    def from_dict(data: dict[str, object], currency: str) -> Discount:
        kind = data["kind"]
        percent = data.get("percent")
        amount = data.get("amount_minor")
        if kind not in ("percent", "amount"):
            raise TillError("discount.bad_value", kind=str(kind))
        return Discount(
            kind,
            percent=None if percent is None else Decimal(str(percent)),
            amount=None if amount is None else Money(_as_int(amount), currency),
            reason=str(data.get("reason", "")),
        )


def extended_price(unit_price: Money, quantity: Decimal) -> Money:
    """Unit price times quantity (pieces, or kg for a price per kg), rounded half up once.

    500 g of cheese at 12.99 EUR/kg is 6.495 -> 6.50 EUR.
    """
    return money_from_minor_decimal(Decimal(unit_price.amount_minor) * quantity, unit_price.currency)


def allocate(amount: Money, weights: Sequence[Money]) -> tuple[Money, ...]:
    """Split `amount` over `weights` in proportion, exactly: the shares always sum to `amount`.

    Each weight first gets the floor of its proportional share. The minor units left over go to the
    largest weight (the first of equals); only if that would take the line below zero does the rest
    spill to the next largest. With 0 <= amount <= sum(weights) no share ever exceeds its weight.
    """
    currency = amount.currency
    total = sum((w.amount_minor for w in weights), 0)
    if amount.amount_minor < 0 or any(w.amount_minor < 0 for w in weights):
        raise ValueError("allocate works on non-negative amounts")
    if amount.amount_minor > total:
        raise ValueError(f"cannot allocate {amount} over weights summing to {total}")
    if amount.amount_minor == 0:
        return tuple(Money.zero(currency) for _ in weights)
    shares = [amount.amount_minor * w.amount_minor // total for w in weights]
    left = amount.amount_minor - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: (-weights[i].amount_minor, i))
    for i in order:
        if left == 0:
            break
        take = min(left, weights[i].amount_minor - shares[i])
        shares[i] += take
        left -= take
    return tuple(Money(s, currency) for s in shares)


def _as_int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(f"expected an integer amount, got {value!r}")
    return int(value)
