"""The notes and coins of each store currency, and a drawer counted by denomination.

A count is what the cashier typed per denomination (how many 20-euro notes, how many 2-euro coins); its
total is derived, never typed. Values are minor units (EUR cents; HUF and IDR whole units, see
money.py). The lists hold what circulates today, largest first, as the count screen shows them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from terminal.domain.errors import TillError
from terminal.domain.money import Money

# (value in minor units, is a coin), largest first.
DENOMINATIONS: Final[dict[str, tuple[tuple[int, bool], ...]]] = {
    "EUR": (
        (50000, False),
        (20000, False),
        (10000, False),
        (5000, False),
        (2000, False),
        (1000, False),
        (500, False),
        (200, True),
        (100, True),
        (50, True),
        (20, True),
        (10, True),
        (5, True),
        (2, True),
        (1, True),
    ),
    "HUF": (
        (20000, False),
        (10000, False),
        (5000, False),
        (2000, False),
        (1000, False),
        (500, False),
        (200, True),
        (100, True),
        (50, True),
        (20, True),
        (10, True),
        (5, True),
    ),
    "IDR": (
        (100000, False),
        (50000, False),
        (20000, False),
        (10000, False),
        (5000, False),
        (2000, False),
        (1000, False),
        (500, True),
        (200, True),
        (100, True),
    ),
}

MAX_PIECES = 100_000  # per denomination: more is a typing slip, not a drawer


def denominations(currency: str) -> tuple[int, ...]:
    """The values (minor units) the count screen lists for `currency`, largest first."""
    try:
        return tuple(value for value, _coin in DENOMINATIONS[currency])
    except KeyError:
        raise TillError("day.no_denominations", currency=currency) from None


def is_coin(currency: str, value: int) -> bool:
    return dict(DENOMINATIONS[currency]).get(value, False)


@dataclass(frozen=True, slots=True)
class CashCount:
    """A drawer counted by denomination: value (minor units) -> pieces, only the ones counted."""

    currency: str
    pieces: tuple[tuple[int, int], ...]  # (value, count) largest first, count > 0

    @staticmethod
    def of(currency: str, pieces: Mapping[int, int]) -> CashCount:
        """Validate a count: known denominations, whole non-negative counts; zeros are dropped."""
        known = set(denominations(currency))
        kept = []
        for value, count in pieces.items():
            if value not in known:
                raise TillError("day.unknown_denomination", value=value, currency=currency)
            if not isinstance(count, int) or isinstance(count, bool) or count < 0 or count > MAX_PIECES:
                raise TillError("day.bad_count", value=value, count=count)
            if count:
                kept.append((value, count))
        return CashCount(currency, tuple(sorted(kept, reverse=True)))

    @property
    def total(self) -> Money:
        return Money(sum(value * count for value, count in self.pieces), self.currency)

    def as_dict(self) -> dict[str, int]:
        """For storage and the wire: {"2000": 3, ...} (JSON keys are text)."""
        return {str(value): count for value, count in self.pieces}

    @staticmethod
    def from_dict(currency: str, data: Mapping[str, int]) -> CashCount:
        return CashCount.of(currency, {int(k): int(v) for k, v in data.items()})
