"""Barcode parsing: a scanner's raw text -> a `terminal.domain.scan.Scan`, or a `TillError`.

biip does the GS1 work (AIM symbology identifiers such as `]E0`/`]C1`, GS1 element strings with
AIs 01/10/17/310x/392x and GS separators, UPC-E expansion, the price/weight check digit); the GTIN
check digit we verify ourselves so the refusal can name the expected digit.

In-store EAN-13 (prefixes 20-29) follow per-store patterns of 13 symbols (spaces ignored):

    digits  the literal prefix          I  item digit (kept in the lookup code)
    P       price digit, minor units    W  weight digit, grams
    K       GS1 price/weight check digit over the 4 or 5 P/W digits
    C       the EAN-13 check digit (last)

Defaults follow GS1 Germany (the layout biip knows as `RcnRegion.GERMANY`): 22/23 price and 28/29
weight, both `PP IIII K VVVVV C`. 20, 21, 24-27 are plain in-store article numbers (looked up
as scanned). A store whose scales print other layouts configures its own patterns.

Eight digits without a symbology identifier read as EAN-8 when the EAN-8 check digit fits,
otherwise as UPC-E when that fits (number system 0/1); `]E4` forces EAN-8 and `]E0` forces UPC-E.
Scanners should be set to send AIM identifiers (or expand UPC-E) to remove that ambiguity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Final

from hardware.price_check import price_weight_check_digit
from terminal.domain.errors import TillError

if TYPE_CHECKING:
    from biip.symbology import GS1Symbology

# biip is imported only where it is needed (symbology identifiers, UPC-E, GS1 element strings):
# importing it loads its GS1 prefix tables, ~22 MB and ~0.1 s, which plain EAN scans never need.
from terminal.domain.scan import (
    BADGE_PREFIX,
    PICKUP_PREFIX,
    RECEIPT_NUMBER_RE,
    RECEIPT_PREFIX,
    VOUCHER_PREFIX,
    Gs1Item,
    PickupCode,
    PriceEmbedded,
    ProductCode,
    ReceiptCode,
    Scan,
    StaffBadge,
    VoucherCode,
    WeightEmbedded,
    gs1_check_digit,
    normalise_gtin,
    with_check_digit,
)

GERMAN_PATTERNS: Final = (
    "22 IIII K PPPPP C",
    "23 IIII K PPPPP C",
    "28 IIII K WWWWW C",
    "29 IIII K WWWWW C",
)

_GS = "\x1d"
_PATTERN_RE: Final = re.compile(r"^2[0-9][0-9IPWK]{10}C$")
_OWN_VALUE_RE: Final = re.compile(r"^[A-Za-z0-9._-]{1,40}$")


@dataclass(frozen=True, slots=True)
class BarcodePatterns:
    """A store's barcode rules: in-store EAN-13 patterns and the currency's minor-unit exponent."""

    in_store: tuple[str, ...] = GERMAN_PATTERNS
    currency_exponent: int = 2  # for GS1 AI 392x prices (EUR 2, HUF/IDR 0)

    def __post_init__(self) -> None:
        for pattern in self.in_store:
            _check_pattern(pattern.replace(" ", ""))

    def pattern_for(self, code: str) -> str | None:
        """The first pattern whose literal digits match the 13-digit code, without spaces."""
        for pattern in self.in_store:
            compact = pattern.replace(" ", "")
            if all(p == c for p, c in zip(compact, code, strict=True) if p.isdigit()):
                return compact
        return None


def _check_pattern(compact: str) -> None:
    if not _PATTERN_RE.match(compact):
        raise ValueError(f"bad in-store pattern {compact!r}: 13 symbols, '2' prefix, ending in C")
    has_price, has_weight = "P" in compact, "W" in compact
    if has_price == has_weight:
        raise ValueError(f"pattern {compact!r} needs price (P) or weight (W) digits, not both")
    value_len = compact.count("P") + compact.count("W")
    if compact.count("K") > 1 or ("K" in compact and value_len not in (4, 5)):
        raise ValueError(f"pattern {compact!r}: K checks a 4 or 5 digit value")


class ScanParser:
    """The `BarcodeParser` port: `parse(raw)` with one store's patterns."""

    def __init__(self, patterns: BarcodePatterns | None = None) -> None:
        self.patterns = patterns or BarcodePatterns()

    def parse(self, raw: str) -> Scan:
        return parse_scan(raw, self.patterns)


def parse_scan(raw: str, patterns: BarcodePatterns) -> Scan:
    """Parse one scan; raises TillError barcode.empty / .unreadable / .check_digit / .price_check
    (and barcode.unsupported for a GS1 price with currency, AI 393x)."""
    text = raw.strip()
    if not text:
        raise TillError("barcode.empty")
    gs1_symbology: GS1Symbology | None = None
    if text.startswith("]"):
        from biip import ParseError
        from biip.symbology import GS1Symbology, SymbologyIdentifier

        try:
            symbology = SymbologyIdentifier.extract(text)
        except ParseError:
            raise TillError("barcode.unreadable", code=text) from None
        text = text[len(symbology) :].strip()
        if not text:
            raise TillError("barcode.unreadable", code=raw.strip())
        gs1_symbology = symbology.gs1_symbology
        if gs1_symbology in GS1Symbology.with_gs1_messages():
            return _parse_gs1(text, patterns)
    if _GS in text or text.startswith("("):
        return _parse_gs1(text, patterns)
    if not text.isprintable():
        raise TillError("barcode.unreadable", code=text)
    own = _own_code(text)
    if own is not None:
        return own
    if not (text.isascii() and text.isdigit()):
        raise TillError("barcode.unreadable", code=text)
    if len(text) == 8:
        return _parse_eight(text, gs1_symbology)
    if len(text) in (12, 14):
        return ProductCode(normalise_gtin(_checked(text)), text)
    if len(text) == 13:
        return _parse_ean13(_checked(text), patterns)
    if len(text) > 14 and text.startswith("01"):
        return _parse_gs1(text, patterns)
    raise TillError("barcode.unreadable", code=text)


def _checked(code: str) -> str:
    expected = gs1_check_digit(code[:-1])
    if int(code[-1]) != expected:
        raise TillError("barcode.check_digit", code=code, expected=str(expected))
    return code


def _own_code(text: str) -> Scan | None:
    prefix, value = text[:2].upper(), text[2:]
    if prefix not in (RECEIPT_PREFIX, PICKUP_PREFIX, BADGE_PREFIX, VOUCHER_PREFIX):
        return None
    if prefix == VOUCHER_PREFIX and _OWN_VALUE_RE.match(value.replace("-", "")):
        return VoucherCode(value.upper(), text)
    if prefix == RECEIPT_PREFIX and RECEIPT_NUMBER_RE.match(value.upper()):
        return ReceiptCode(value.upper(), text)
    if prefix == PICKUP_PREFIX and _OWN_VALUE_RE.match(value):
        return PickupCode(value.upper(), text)
    if prefix == BADGE_PREFIX and _OWN_VALUE_RE.match(value):
        return StaffBadge(value, text)
    raise TillError("barcode.unreadable", code=text)


def _parse_eight(text: str, symbology: GS1Symbology | None) -> Scan:
    ean8_ok = gs1_check_digit(text[:7]) == int(text[7])
    if symbology is None and ean8_ok:
        return ProductCode(_checked(text), text)
    from biip import ParseError
    from biip.symbology import GS1Symbology
    from biip.upc import Upc

    if symbology == GS1Symbology.EAN_8:
        return ProductCode(_checked(text), text)
    if text[0] in "01":
        try:
            upc = Upc.parse(text)
        except ParseError:
            if symbology == GS1Symbology.EAN_13:
                expected = Upc.parse(text[:7]).check_digit
                raise TillError("barcode.check_digit", code=text, expected=str(expected)) from None
        else:
            return ProductCode(normalise_gtin(upc.as_upc_a()), text)
    if symbology is None:
        _checked(text)  # raises with the EAN-8 digit we expected
    raise TillError("barcode.unreadable", code=text)


def _parse_ean13(code: str, patterns: BarcodePatterns) -> Scan:
    pattern = patterns.pattern_for(code) if code.startswith("2") else None
    if pattern is None:
        return ProductCode(normalise_gtin(code), code)
    value = "".join(c for c, p in zip(code, pattern, strict=True) if p in "PW")
    if "K" in pattern:
        given = int(code[pattern.index("K")])
        expected = price_weight_check_digit(value)
        if given != expected:
            raise TillError("barcode.price_check", code=code, expected=str(expected))
    lookup = with_check_digit(
        "".join("0" if p in "PWK" else c for c, p in zip(code[:12], pattern[:12], strict=True))
    )
    if "P" in pattern:
        return PriceEmbedded(lookup_code=lookup, price_minor=int(value), raw=code)
    return WeightEmbedded(lookup_code=lookup, weight_grams=int(value), raw=code)


def _parse_gs1(text: str, patterns: BarcodePatterns) -> Scan:
    from biip import ParseError
    from biip.gs1_messages import GS1Message

    try:
        message = GS1Message.parse_hri(text) if text.startswith("(") else GS1Message.parse(text)
    except (ParseError, ValueError):
        raise TillError("barcode.unreadable", code=text) from None
    strings = message.element_strings
    gtin_string = strings.get(ai="01")
    if gtin_string is None:
        raise TillError("barcode.unreadable", code=text)
    gtin = _checked(gtin_string.value)
    if strings.get(ai="393") is not None:  # price with ISO currency: refuse rather than ignore the price
        raise TillError("barcode.unsupported", code=text, ai="393x")
    batch = strings.get(ai="10")
    expiry = strings.get(ai="17")
    weight = strings.get(ai="310")
    price = strings.get(ai="392")
    return Gs1Item(
        gtin=normalise_gtin(gtin),
        raw=text,
        batch=batch.value if batch else None,
        expiry=expiry.date if expiry else None,
        net_weight_grams=_scaled(weight.decimal, 3) if weight else None,
        price_minor=_scaled(price.decimal, patterns.currency_exponent) if price else None,
    )


def _scaled(value: Decimal | None, exponent: int) -> int | None:
    """A kg or major-unit Decimal in grams or minor units, half up (AI 3104 can carry 0.1 g)."""
    if value is None:
        return None
    return int(value.scaleb(exponent).quantize(Decimal(1), rounding=ROUND_HALF_UP))
