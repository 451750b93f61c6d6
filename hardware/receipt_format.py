"""The words and numbers of a printed receipt: code page, amounts, currency signs, wrapped text.

Amounts are formatted here, with the receipt language's separators, rather than by Qt: receipts
render without Qt (in the print queue's thread, in tests, for reprints).

Code pages: one forced page per receipt language, because MagicEncode's automatic choice depends on
profile slot tables that differ per vendor (and picked an ISO-8859-7 slot for € on TM-T88V):

    de, en, id  CP858   (umlauts, ß and € at 0xD5; Indonesian needs ASCII only)
    hu          CP1250  (ő and ű, which CP858 lacks; € at 0x80)

A currency prints with its sign where the page has one (€; Ft and Rp are letters), else with its ISO
code, placed as the language writes it: after the number in German and Hungarian ("93,72 €",
"12 990 Ft"), before it in English and Indonesian ("€93.72", "Rp 13.789", a space after letters).
"""

from __future__ import annotations

import codecs
import textwrap
from decimal import Decimal
from typing import Final

from terminal.domain.money import Money

LANGUAGE_CODE_PAGES: Final[dict[str, str]] = {"de": "CP858", "en": "CP858", "id": "CP858", "hu": "CP1250"}

CURRENCY_SIGNS: Final[dict[str, str]] = {
    "EUR": "€",
    "HUF": "Ft",
    "IDR": "Rp",
    "USD": "$",
    "GBP": "£",
    "CHF": "CHF",
}

_SIGN_AFTER: Final = frozenset({"de", "hu"})

# (decimal separator, thousands separator, date format) per receipt language.
NUMBER_STYLE: Final[dict[str, tuple[str, str, str]]] = {
    "en": (".", ",", "%Y-%m-%d %H:%M"),
    "de": (",", ".", "%d.%m.%Y %H:%M"),
    "hu": (",", " ", "%Y.%m.%d. %H:%M"),
    "id": (",", ".", "%d/%m/%Y %H:%M"),
}


def receipt_language(language: str) -> str:
    """The receipt language for a locale ("de_DE" -> "de"); English for one we do not print."""
    base = language.replace("-", "_").split("_", maxsplit=1)[0].lower()
    return base if base in NUMBER_STYLE else "en"


def code_page_for(language: str) -> str:
    """The code page a receipt in `language` is printed with."""
    return LANGUAGE_CODE_PAGES[receipt_language(language)]


def format_amount(amount: Money, language: str) -> str:
    """An amount in major units with the language's separators, e.g. 1.234,56 or 12 990."""
    decimal_sep, thousands_sep, _ = NUMBER_STYLE[receipt_language(language)]
    text = f"{abs(amount.to_decimal()):,.{amount.exponent}f}"
    text = text.replace(",", "\0").replace(".", decimal_sep).replace("\0", thousands_sep)
    return ("-" if amount.amount_minor < 0 else "") + text


def currency_sign(currency: str, code_page: str) -> str:
    """The currency's sign if `code_page` can print it, else its ISO code (never a "?")."""
    sign = CURRENCY_SIGNS.get(currency, currency)
    try:
        sign.encode(codecs.lookup(code_page.lower()).name)
    except (LookupError, UnicodeEncodeError):
        return currency
    return sign


def format_money(amount: Money, language: str, code_page: str) -> str:
    """An amount with its currency sign where the language puts it: 93,72 €, €93.72, Rp 13.789."""
    number = format_amount(amount, language)
    sign = currency_sign(amount.currency, code_page)
    if receipt_language(language) in _SIGN_AFTER:
        return f"{number} {sign}"
    minus, digits = ("-", number[1:]) if number.startswith("-") else ("", number)
    return f"{minus}{sign}{' ' if sign[-1].isalpha() else ''}{digits}"


def format_number(value: Decimal, language: str) -> str:
    """A quantity or percent without trailing zeros, with the language's decimal separator."""
    text = f"{value.normalize():f}" if value == value.to_integral_value() else f"{value.normalize()}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", NUMBER_STYLE[receipt_language(language)][0])


def left_right(left: str, right: str, width: int) -> str:
    """`left` and `right` on one line of `width`, the left side cut to fit."""
    room = max(width - len(right) - 1, 0)
    return left[:room].ljust(room) + " " + right


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """`text` in lines of at most `width` columns, broken at spaces; a word longer than a line is
    split, so nothing but the spaces at the breaks is lost. Hyphens do not break ("12V-15" stays)."""
    lines = textwrap.wrap(
        text,
        max(width, len(indent) + 1),
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=True,
        break_on_hyphens=False,
    )
    return lines or [indent + text.strip()]


def with_tail(text: str, tail: str, width: int, indent: str = "") -> list[str]:
    """`text` wrapped to `width` with `tail` (the amounts) right-aligned on its last line, at least
    two spaces after the text, so that no figure runs into another. Nothing of the text is cut: a
    name's last line is re-wrapped narrower at spaces when the tail needs the room; an indented line
    (`2 x 4,99`, a discount) is never broken, and neither is a word: then the tail goes on a line of
    its own."""
    lines = wrap(text, width, indent)
    if not tail:
        return lines
    room = width - len(tail) - 2
    last = lines[-1]
    if len(last) > room:
        longest = max((len(word) for word in last.split()), default=0)
        if indent or longest > room:
            return [*lines, tail.rjust(width)]
        lines[-1:] = wrap(last, room)
    lines[-1] = lines[-1].ljust(room) + "  " + tail
    return lines
