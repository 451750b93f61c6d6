"""VAT on VAT-inclusive prices: rates, and the breakdown per rate that every receipt prints.

The VAT of a rate is computed once from the gross total of that rate (not summed per line), rounded
half up, which is how German and Hungarian receipts show it and keeps net + VAT == gross per rate.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from terminal.domain.money import Money, money_from_minor_decimal


@dataclass(frozen=True, slots=True)
class VatRate:
    """One VAT rate of a store's country: a short code printed on lines (A, B, …) and its percent."""

    code: str
    percent: Decimal

    def __post_init__(self) -> None:
        if not (Decimal(0) <= self.percent < Decimal(100)):
            raise ValueError(f"VAT percent out of range: {self.percent}")


@dataclass(frozen=True, slots=True)
class VatLine:
    """Totals of one rate: gross (what the customer pays), net and VAT, with net + vat == gross."""

    rate: VatRate
    gross: Money
    net: Money
    vat: Money


def vat_of_gross(gross: Money, rate: VatRate) -> Money:
    """The VAT contained in a VAT-inclusive amount, rounded half up to the minor unit."""
    minor = Decimal(gross.amount_minor) * rate.percent / (Decimal(100) + rate.percent)
    return money_from_minor_decimal(minor, gross.currency, "half_up")


def vat_breakdown(amounts: Iterable[tuple[VatRate, Money]], currency: str) -> tuple[VatLine, ...]:
    """Group VAT-inclusive amounts by rate and split each group into net and VAT, ordered by code."""
    totals: dict[VatRate, Money] = {}
    for rate, gross in amounts:
        totals[rate] = totals.get(rate, Money.zero(currency)) + gross
    lines = []
    for rate in sorted(totals, key=lambda r: (r.code, r.percent)):
        gross = totals[rate]
        vat = vat_of_gross(gross, rate)
        lines.append(VatLine(rate=rate, gross=gross, net=gross - vat, vat=vat))
    return tuple(lines)


# Rates by country as of 2026; a store's config may override them. Codes follow the common
# German till convention (A = standard, B = reduced); Hungary adds C for 5 %.
COUNTRY_RATES: dict[str, tuple[VatRate, ...]] = {
    "DE": (VatRate("A", Decimal("19")), VatRate("B", Decimal("7"))),
    "HU": (VatRate("A", Decimal("27")), VatRate("B", Decimal("18")), VatRate("C", Decimal("5"))),
    "ID": (VatRate("A", Decimal("12")), VatRate("B", Decimal("11"))),
}
