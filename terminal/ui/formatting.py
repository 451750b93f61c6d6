"""Money, quantities and typed amounts shown the way the store's language writes them.

The only place Money becomes text (STYLE.md: formatting happens only in the UI, through the locale).
`QLocale` of the configured language decides separators, grouping and where the symbol goes:
"12,99 €" in German, "12 345 Ft" in Hungarian, "Rp12.000" in Indonesian (CLDR/PUEBI, no space).
An amount of another currency (a Budapest receipt at a Berlin till) keeps its own decimals (ADR 0001:
HUF and IDR have none) and is written with the language's separators: "1.595 HUF" in German,
"1595 Ft" in Hungarian.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Final

from PySide6.QtCore import QDateTime, QLocale

from terminal.domain.money import CURRENCY_EXPONENT, Money, to_money

# The largest amount the wire takes, in minor units (contract/base.py MAX_MINOR; 10^11 EUR).
MAX_MINOR: Final = 10**13
_PLAIN = re.compile(r"-?([0-9]+\.?[0-9]*|\.[0-9]+)")  # a typed number once its marks are read

LANGUAGES: Final[dict[str, QLocale.Language]] = {
    "en": QLocale.Language.English,
    "de": QLocale.Language.German,
    "hu": QLocale.Language.Hungarian,
    "id": QLocale.Language.Indonesian,
}

CURRENCY_SYMBOLS: Final[dict[str, str]] = {
    "EUR": "€",
    "HUF": "Ft",
    "IDR": "Rp",
    "USD": "$",
    "GBP": "£",
    "CHF": "CHF",
}

# Notes a cashier is handed, in major units, for the "next note" quick amounts of the payment dialog.
CASH_NOTES: Final[dict[str, tuple[int, ...]]] = {
    "EUR": (5, 10, 20, 50, 100, 200),
    "USD": (5, 10, 20, 50, 100),
    "GBP": (5, 10, 20, 50),
    "CHF": (10, 20, 50, 100, 200),
    "HUF": (500, 1000, 2000, 5000, 10000, 20000),
    "IDR": (2000, 5000, 10000, 20000, 50000, 100000),
}


def locale_for(language: str) -> QLocale:
    """The QLocale of a configured language code (`en` is the source language)."""
    return QLocale(LANGUAGES.get(language, QLocale.Language.English))


def format_datetime(when: datetime, locale: QLocale | None = None) -> str:
    """A moment in the till's local time, written the way the store's language writes dates
    ("02.12.26 09:30", "2026. 12. 02. 9:30", "12/2/26 9:30 AM"); the default locale is the till's."""
    moment = QDateTime(when.astimezone().replace(tzinfo=None))
    return (locale or QLocale()).toString(moment, QLocale.FormatType.ShortFormat)


def format_time(when: datetime, locale: QLocale | None = None) -> str:
    """The time of day of a moment, in the till's local time and the store's language."""
    moment = QDateTime(when.astimezone().replace(tzinfo=None))
    return (locale or QLocale()).toString(moment.time(), QLocale.FormatType.ShortFormat)


class MoneyFormat:
    """Formats and parses amounts for one language and one currency (built once per window)."""

    def __init__(self, language: str, currency: str) -> None:
        self.language = language
        self.currency = currency
        self.locale = locale_for(language)
        self.exponent = CURRENCY_EXPONENT[currency]
        self.symbol = CURRENCY_SYMBOLS.get(currency, currency)

    def money(self, amount: Money) -> str:
        """`12,99 €` / `12 345 Ft` / `Rp12.000`; the minus sign where the locale puts it. An amount of
        another currency than the till's in its own decimals and sign: `1.595 HUF` at a German till."""
        # A double holds every amount a till sees (< 10^13 minor units) exactly enough to round to
        # the currency's decimals; the value itself stays an integer everywhere else.
        sign = self.symbol_of(amount.currency)
        text = self.locale.toCurrencyString(float(amount.to_decimal()), sign, amount.exponent)
        if sign == amount.currency:  # an ISO code before the figure is spaced (CLDR): "HUF 1,595"
            text = re.sub(rf"{sign}(?=[-\d])", f"{sign}\xa0", text)
        return text

    def symbol_of(self, currency: str) -> str:
        """The sign an amount of `currency` is written with: the till's own currency and the
        language's own by their symbol ("€", "Ft": a Hungarian reads "1595 Ft" whatever the till),
        any other by its ISO code, which a cashier cannot take for the till's ("1.595 HUF" in German;
        "$" or "kr" would be ambiguous)."""
        if currency == self.currency:
            return self.symbol
        if currency == self.locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode):
            return CURRENCY_SYMBOLS.get(currency, currency)
        return currency

    def number(self, amount: Money) -> str:
        """The amount without the symbol (keypad display, quick-amount buttons)."""
        return self.locale.toString(float(amount.to_decimal()), "f", amount.exponent)

    def quantity(self, quantity: Decimal, unit: str = "pc") -> str:
        """`3` for pieces, `0,512 kg` for weighed goods."""
        if unit == "kg":
            return f"{self.locale.toString(float(quantity), 'f', 3)} kg"
        if quantity == quantity.to_integral_value():
            return self.locale.toString(int(quantity))
        return self.locale.toString(float(quantity), "f", 3).rstrip("0").rstrip(self.locale.decimalPoint())

    def percent(self, value: Decimal) -> str:
        text = self.locale.toString(float(value), "f", 2).rstrip("0").rstrip(self.locale.decimalPoint())
        return f"{text} %"

    def parse_decimal(self, text: str) -> Decimal | None:
        """A number the cashier typed (either `,` or `.` as the decimal mark); None if it is not one.
        Quantities and percentages: no thousands separators (`1.234` kg is 1,234 kg)."""
        cleaned = _squeezed(text)
        if not cleaned:
            return None
        cleaned = cleaned.replace(",", ".")
        if cleaned.count(".") > 1:
            return None
        return _decimal(cleaned)

    def parse_money(self, text: str) -> Money | None:
        """A typed amount in major units (`12,5` -> 12,50 €); None if empty, negative or not a number.

        Amounts may carry thousands separators as people write them: with both marks the last one is
        the decimal mark (`8.309,57`, `8,309.57`); a lone mark followed by three digits groups
        thousands where the language writes it so (`1.000` in German, `1,000` in English) or where the
        currency has no decimals (`50.000` Rp, `1.000` Ft); otherwise it is the decimal mark (`12.5`).
        Groups must be whole (`1.00.000` is refused, not guessed)."""
        cleaned = _squeezed(text)
        marks = [c for c in cleaned if c in ".,"]
        if len(set(marks)) == 2:
            point = marks[-1]
            group = "," if point == "." else "."
            whole, _, fraction = cleaned.rpartition(point)
            if group in fraction or not _grouped(whole, group):
                return None
            cleaned = f"{whole.replace(group, '')}.{fraction}"
        elif len(marks) > 1:
            if not _grouped(cleaned, marks[0]):
                return None
            cleaned = cleaned.replace(marks[0], "")
        elif marks:
            whole, fraction = cleaned.split(marks[0])
            groups = marks[0] == self.locale.groupSeparator() or self.exponent == 0
            if groups and len(fraction) == 3 and _grouped(cleaned, marks[0]):
                cleaned = whole + fraction
            else:
                cleaned = f"{whole}.{fraction}"
        value = _decimal(cleaned) if cleaned else None
        if value is None or value < 0 or value.scaleb(self.exponent) >= MAX_MINOR:
            return None  # (beyond any amount a till takes, it would not even round)
        return to_money(value, self.currency)

    def decimal_point(self) -> str:
        return self.locale.decimalPoint()

    def next_notes(self, due: Money, limit: int = 4) -> list[Money]:
        """Quick cash amounts above what is due: `due` rounded up to each note (23,40 -> 25, 30, 40, 50)."""
        unit = 10**self.exponent
        amounts: set[int] = set()
        for note in CASH_NOTES.get(self.currency, ()):
            step = note * unit
            rounded = -(-due.amount_minor // step) * step
            if rounded > due.amount_minor:
                amounts.add(rounded)
        return [Money(a, self.currency) for a in sorted(amounts)[:limit]]


def _squeezed(text: str) -> str:
    """`text` without spaces (typed, no-break and narrow no-break: how 1 000 Ft is grouped)."""
    return "".join(text.split()).replace("\xa0", "").replace("\u202f", "")


def _decimal(text: str) -> Decimal | None:
    """`text` (ASCII digits with at most one `.`) as a number; None for anything else, such as
    `1e5`, `1_000` or other scripts' digits, which Decimal itself would read."""
    if not _PLAIN.fullmatch(text):
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _grouped(number: str, group: str) -> bool:
    """Whether `number`'s groups are thousands: 1-3 digits first (not starting with 0: `0.500` is a
    half), then groups of exactly three."""
    head, *rest = number.lstrip("-").split(group)
    first = 1 <= len(head) <= 3 and head.isdigit() and not head.startswith("0")
    return first and all(len(g) == 3 and g.isdigit() for g in rest)
