"""Money and numbers as each store language writes them (QLocale, CLDR)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from terminal.domain.money import Money
from terminal.ui.formatting import MoneyFormat

NBSP = "\xa0"


@pytest.mark.parametrize(
    ("language", "amount", "expected"),
    [
        ("de", Money(1299, "EUR"), f"12,99{NBSP}€"),
        ("de", Money(123456, "EUR"), f"1.234,56{NBSP}€"),
        ("en", Money(1299, "EUR"), "€12.99"),
        ("hu", Money(12345, "HUF"), f"12{NBSP}345{NBSP}Ft"),
        ("id", Money(12000, "IDR"), "Rp12.000"),
        ("de", Money(-500, "EUR"), f"-5,00{NBSP}€"),
    ],
)
def test_money_per_language(language: str, amount: Money, expected: str) -> None:
    assert MoneyFormat(language, amount.currency).money(amount) == expected


@pytest.mark.parametrize(
    ("language", "till_currency", "amount", "expected"),
    [
        # A Budapest purchase (HUF, whole forints: ADR 0001) at a Berlin till: no decimals, its own sign,
        # the language's separators. Was "3.15 HUF" (minor units / 100, the till's decimal point).
        ("de", "EUR", Money(315, "HUF"), f"315{NBSP}HUF"),
        ("de", "EUR", Money(12990, "HUF"), f"12.990{NBSP}HUF"),
        ("hu", "EUR", Money(315, "HUF"), f"315{NBSP}Ft"),  # a Hungarian reads her own currency's sign
        ("hu", "EUR", Money(12990, "HUF"), f"12{NBSP}990{NBSP}Ft"),
        ("en", "EUR", Money(12990, "HUF"), f"HUF{NBSP}12,990"),
        ("de", "EUR", Money(1_500_000, "IDR"), f"1.500.000{NBSP}IDR"),
        ("id", "EUR", Money(1_500_000, "IDR"), "Rp1.500.000"),
        ("hu", "HUF", Money(1299, "EUR"), f"12,99{NBSP}EUR"),  # euros at a Budapest till: 2 decimals
        ("de", "EUR", Money(-315, "HUF"), f"-315{NBSP}HUF"),
    ],
)
def test_amounts_of_another_currency_keep_their_decimals_and_sign(
    language: str, till_currency: str, amount: Money, expected: str
) -> None:
    assert MoneyFormat(language, till_currency).money(amount) == expected


def test_the_tills_own_currency_keeps_its_symbol_in_any_language() -> None:
    assert MoneyFormat("en", "HUF").money(Money(12990, "HUF")) == "Ft12,990"
    assert MoneyFormat("hu", "EUR").money(Money(1299, "EUR")) == f"12,99{NBSP}€"


def test_hungarian_four_digits_follow_the_locale() -> None:
    # CLDR (and Hungarian typesetting) leave four-digit numbers ungrouped.
    assert MoneyFormat("hu", "HUF").money(Money(1234, "HUF")) == f"1234{NBSP}Ft"


def test_quantities() -> None:
    de = MoneyFormat("de", "EUR")
    assert de.quantity(Decimal(3)) == "3"
    assert de.quantity(Decimal("0.512"), "kg") == "0,512 kg"
    assert de.percent(Decimal("12.5")) == "12,5 %"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,5", Money(1250, "EUR")),
        ("12.50", Money(1250, "EUR")),
        ("20", Money(2000, "EUR")),
        ("", None),
        ("abc", None),
        ("1,2,3", None),
        ("-3", None),
        ("8.309,57", Money(830957, "EUR")),  # as the till itself writes it
        ("1.000", Money(100000, "EUR")),  # a German thousand, not one euro
        ("1,000", Money(100, "EUR")),  # the German decimal comma
        ("0.500", Money(50, "EUR")),  # a leading zero is never a thousands group
        ("1 000,50", Money(100050, "EUR")),
        ("8,309.57", Money(830957, "EUR")),  # both marks: the last one is the decimal mark
        ("1.00.000", None),  # groups of three or nothing: refused, not guessed
        ("1.234,5.6", None),
        ("1e5", None),  # digits and marks only: no exponents, no underscores, no other digits
        ("1_000", None),
        ("NaN", None),
        ("\u0661\u0662", None),
        ("9" * 30, None),  # beyond any amount (10^11 €): refused, not an error in the dialog
        ("1.000.000.000.000.000.000.000.000.000", None),
        ("99.999.999.999,99", Money(10**13 - 1, "EUR")),  # the largest amount the contract takes
        ("100.000.000.000", None),
    ],
)
def test_parse_money(text: str, expected: Money | None) -> None:
    assert MoneyFormat("de", "EUR").parse_money(text) == expected


@pytest.mark.parametrize(
    ("language", "currency", "text", "expected"),
    [
        ("en", "EUR", "1,000", Money(100000, "EUR")),
        ("en", "EUR", "1.000", Money(100, "EUR")),
        ("en", "EUR", "1,234.56", Money(123456, "EUR")),
        ("hu", "HUF", "1.000", Money(1000, "HUF")),  # no decimals in forint: a group
        ("hu", "HUF", "1\xa0000", Money(1000, "HUF")),
        ("id", "IDR", "50.000", Money(50000, "IDR")),
        ("id", "IDR", "50.000,00", Money(50000, "IDR")),
    ],
)
def test_parse_money_reads_thousands_as_each_language_writes_them(
    language: str, currency: str, text: str, expected: Money
) -> None:
    assert MoneyFormat(language, currency).parse_money(text) == expected


def test_a_quantity_never_reads_thousands() -> None:
    assert MoneyFormat("de", "EUR").parse_decimal("1.234") == Decimal("1.234")  # 1,234 kg


@pytest.mark.parametrize("text", ["1e3", "1_0", "\u0661", "Infinity", "0x10"])
def test_a_quantity_is_digits_and_one_mark(text: str) -> None:
    assert MoneyFormat("de", "EUR").parse_decimal(text) is None


def test_next_notes_round_up_to_each_note() -> None:
    notes = MoneyFormat("de", "EUR").next_notes(Money(2340, "EUR"))
    assert notes == [Money(2500, "EUR"), Money(3000, "EUR"), Money(4000, "EUR"), Money(5000, "EUR")]


def test_next_notes_whole_currencies() -> None:
    assert MoneyFormat("hu", "HUF").next_notes(Money(1235, "HUF"))[:2] == [
        Money(1500, "HUF"),
        Money(2000, "HUF"),
    ]


def test_dates_are_written_the_way_the_store_language_writes_them() -> None:
    from datetime import datetime

    from terminal.ui.formatting import format_datetime, locale_for

    moment = datetime(2026, 12, 2, 9, 30).astimezone()  # the till's local time
    german = format_datetime(moment, locale_for("de"))
    assert "02.12." in german
    assert "09:30" in german
    assert format_datetime(moment, locale_for("hu")).startswith("2026. 12. 02.")
    assert "2026-12-02" not in format_datetime(moment, locale_for("en"))
