"""Money, quantities and typed amounts shown the way the store's language writes them.

The only place Money becomes text (STYLE.md: formatting happens only in the UI, through the locale).
`QLocale` of the configured language decides separators, grouping and where the symbol goes:
"12,99 €" in German, "12 345 Ft" in Hungarian, "Rp12.000" in Indonesian (CLDR/PUEBI, no space).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Final

from PySide6.QtCore import QDateTime, QLocale

from terminal.domain.money import CURRENCY_EXPONENT, Money, to_money

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
        """`12,99 €` / `12 345 Ft` / `Rp12.000`; the minus sign where the locale puts it."""
        # A double holds every amount a till sees (< 10^13 minor units) exactly enough to round to
        # the currency's decimals; the value itself stays an integer everywhere else.
        return self.locale.toCurrencyString(float(amount.to_decimal()), self.symbol, self.exponent)

    def number(self, amount: Money) -> str:
        """The amount without the symbol (keypad display, quick-amount buttons)."""
        return self.locale.toString(float(amount.to_decimal()), "f", self.exponent)

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
        """A number the cashier typed (either `,` or `.` as the decimal mark); None if it is not one."""
        cleaned = text.strip().replace(" ", "").replace("\xa0", "")
        if not cleaned:
            return None
        cleaned = cleaned.replace(",", ".")
        if cleaned.count(".") > 1:
            return None
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            return None
        return value if value.is_finite() else None

    def parse_money(self, text: str) -> Money | None:
        """A typed amount in major units (`12,5` -> 12,50 €); None if empty, negative or not a number."""
        value = self.parse_decimal(text)
        if value is None or value < 0:
            return None
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
