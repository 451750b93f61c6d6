"""VAT per rate on VAT-inclusive amounts: DE, HU and ID rates pinned, net + VAT == gross always."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from terminal.domain.money import Money
from terminal.domain.tax import COUNTRY_RATES, VatLine, VatRate, vat_breakdown, vat_of_gross

DE_A, DE_B = COUNTRY_RATES["DE"]
HU_A, HU_B, HU_C = COUNTRY_RATES["HU"]
ID_A, ID_B = COUNTRY_RATES["ID"]


def eur(minor: int) -> Money:
    return Money(minor, "EUR")


def huf(minor: int) -> Money:
    return Money(minor, "HUF")


def test_country_rates() -> None:
    assert (DE_A.percent, DE_B.percent) == (Decimal(19), Decimal(7))
    assert (HU_A.percent, HU_B.percent, HU_C.percent) == (Decimal(27), Decimal(18), Decimal(5))
    assert {ID_A.percent, ID_B.percent} == {Decimal(11), Decimal(12)}


@pytest.mark.parametrize(
    ("gross", "rate", "vat"),
    [
        (eur(1190), DE_A, eur(190)),
        (eur(998), DE_A, eur(159)),  # 159.34
        (eur(999), DE_A, eur(160)),  # 159.504
        (eur(107), DE_B, eur(7)),
        (eur(250), DE_B, eur(16)),  # 16.36
        (huf(1270), HU_A, huf(270)),
        (huf(999), HU_A, huf(212)),  # 212.39
        (huf(1180), HU_B, huf(180)),
        (huf(1050), HU_C, huf(50)),
        (huf(1999), HU_C, huf(95)),  # 95.19
        (Money(112_000, "IDR"), ID_A, Money(12_000, "IDR")),
        (Money(111_000, "IDR"), ID_B, Money(11_000, "IDR")),
        (eur(0), DE_A, eur(0)),
    ],
)
def test_vat_of_gross_pinned(gross: Money, rate: VatRate, vat: Money) -> None:
    assert vat_of_gross(gross, rate) == vat


def test_breakdown_de_groups_per_rate_and_orders_by_code() -> None:
    lines = vat_breakdown([(DE_B, eur(250)), (DE_A, eur(998)), (DE_B, eur(107))], "EUR")
    assert lines == (
        VatLine(DE_A, gross=eur(998), net=eur(839), vat=eur(159)),
        VatLine(DE_B, gross=eur(357), net=eur(334), vat=eur(23)),  # 23.36 from the rate's total
    )


def test_breakdown_computes_vat_from_the_rates_total_not_per_line() -> None:
    # ten lines of 0.10 at 19 %: per line 0.016 -> 0.02 would sum to 0.20; from the total it is 0.16
    (line,) = vat_breakdown([(DE_A, eur(10))] * 10, "EUR")
    assert line.gross == eur(100)
    assert line.vat == eur(16)
    assert line.net == eur(84)


def test_breakdown_hu_three_rates() -> None:
    lines = vat_breakdown([(HU_C, huf(1050)), (HU_A, huf(1270)), (HU_B, huf(1180))], "HUF")
    assert [(v.rate.code, v.gross, v.net, v.vat) for v in lines] == [
        ("A", huf(1270), huf(1000), huf(270)),
        ("B", huf(1180), huf(1000), huf(180)),
        ("C", huf(1050), huf(1000), huf(50)),
    ]


def test_breakdown_id() -> None:
    lines = vat_breakdown([(ID_B, Money(55_500, "IDR")), (ID_A, Money(33_600, "IDR"))], "IDR")
    assert [(v.rate.percent, v.net.amount_minor, v.vat.amount_minor) for v in lines] == [
        (Decimal(12), 30_000, 3_600),
        (Decimal(11), 50_000, 5_500),
    ]


def test_vat_rate_refuses_out_of_range_percent() -> None:
    with pytest.raises(ValueError, match="out of range"):
        VatRate("X", Decimal(100))
    with pytest.raises(ValueError, match="out of range"):
        VatRate("X", Decimal(-1))


all_rates = [rate for rates in COUNTRY_RATES.values() for rate in rates] + [VatRate("Z", Decimal(0))]


@given(
    rate=st.sampled_from(all_rates),
    minor=st.integers(min_value=-(10**10), max_value=10**10),
    currency=st.sampled_from(["EUR", "HUF", "IDR"]),
)
def test_net_plus_vat_is_gross_for_every_rate(rate: VatRate, minor: int, currency: str) -> None:
    (line,) = vat_breakdown([(rate, Money(minor, currency))], currency)
    assert line.net + line.vat == line.gross == Money(minor, currency)
    exact = Decimal(minor) * rate.percent / (100 + rate.percent)
    assert abs(Decimal(line.vat.amount_minor) - exact) <= Decimal("0.5")
