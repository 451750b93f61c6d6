"""Amounts, currency signs and code pages as a receipt prints them."""

from __future__ import annotations

import pytest

from hardware.receipt_format import code_page_for, currency_sign, format_amount, format_money, with_tail
from terminal.domain.money import Money


@pytest.mark.parametrize(
    ("amount", "language", "text"),
    [
        (Money(123456, "EUR"), "de", "1.234,56"),
        (Money(-5, "EUR"), "en", "-0.05"),
        (Money(12990, "HUF"), "hu", "12 990"),
        (Money(99, "EUR"), "xx", "0.99"),
    ],
)
def test_amount_formatting(amount: Money, language: str, text: str) -> None:
    assert format_amount(amount, language) == text


@pytest.mark.parametrize(
    ("amount", "language", "text"),
    [
        (Money(8435, "EUR"), "de", "84,35 €"),
        (Money(8435, "EUR"), "de_AT", "84,35 €"),
        (Money(8435, "EUR"), "en", "€84.35"),
        (Money(-500, "EUR"), "en", "-€5.00"),
        (Money(8435, "EUR"), "hu", "84,35 €"),  # CP1250 has the euro sign too (0x80)
        (Money(13789, "HUF"), "hu", "13 789 Ft"),
        (Money(1378900, "IDR"), "id", "Rp 1.378.900"),
        (Money(1999, "USD"), "en", "$19.99"),
        (Money(1999, "GBP"), "hu", "19,99 GBP"),  # CP1250 has no pound sign: the code, never "?"
        (Money(1999, "GBP"), "en", "£19.99"),
    ],
)
def test_money_with_the_currency_sign_where_the_language_puts_it(
    amount: Money, language: str, text: str
) -> None:
    assert format_money(amount, language, code_page_for(language)) == text


def test_the_sign_is_the_code_pages_own_character() -> None:
    assert code_page_for("de") == "CP858"
    assert currency_sign("EUR", "CP858").encode("cp858") == b"\xd5"
    assert currency_sign("EUR", "CP1250").encode("cp1250") == b"\x80"
    assert currency_sign("EUR", "CP437") == "EUR"  # CP437 has no euro sign
    assert currency_sign("EUR", "no-such-page") == "EUR"


def test_amounts_never_cut_the_text_they_follow() -> None:
    assert with_tail("Schrauben", "1,00 A", 20) == ["Schrauben     1,00 A"]
    assert with_tail("Schrauben Senkkopf", "1,00 A", 20) == ["Schrauben", "Senkkopf      1,00 A"]
    assert with_tail("Schrauben Senkk", "1,00 A", 20) == ["Schrauben", "Senkk         1,00 A"]  # 2 spaces
    assert with_tail("Donaudampfschifffahrt", "1,00 A", 20) == [
        "Donaudampfschifffahr",  # a word longer than the paper is split, never cut
        "t             1,00 A",
    ]
    assert with_tail("1,255 kg x 12,99", "16,30  16,30 A", 20, indent="  ") == [
        "  1,255 kg x 12,99",  # a quantity is never broken: the amounts get their own line
        "      16,30  16,30 A",
    ]
