"""What a scan means: the parsed values the till consumes, and the code forms they are stored in.

`hardware.barcodes.parse_scan` turns a scanner's raw text into one of these values; services decide
what to do with them (add a product, open a return, log a badge in). Standard library only.

GTIN normalisation (how the catalogue stores a product's barcode, see `normalise_gtin`):

- EAN-13 stays 13 digits; UPC-A (12) becomes its EAN-13 form with a leading 0; UPC-E is expanded to
  UPC-A and then to that EAN-13 form; EAN-8 stays 8 digits (it is a different number, not a short
  EAN-13); a GTIN-14 (AI 01, ITF-14) drops its leading 0 to the GTIN-13 it carries (six leading
  zeros: the GTIN-8), and keeps 14 digits only for a real case code (packaging indicator 1-9).

In-store codes (EAN-13 prefixes 20-29 with a price or weight inside) are looked up by their
`lookup_code`: the 13 digits with every variable digit (value and value check digit) set to 0 and the
EAN check digit recomputed. That is how the catalogue stores the barcode of such a PLU, e.g. the scale
label 2212345012992 (item 1234, price check digit 5, price 12.99) belongs to the product
with barcode 2212340000000.

Our own codes carry a short type prefix so they can never be mistaken for a product:
receipts `R:S001-T01-000042`, pickups `P:ABC123`, staff badges `B:<badge>`, vouchers `V:<code>`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

RECEIPT_PREFIX: Final = "R:"
PICKUP_PREFIX: Final = "P:"
BADGE_PREFIX: Final = "B:"
VOUCHER_PREFIX: Final = "V:"  # a store-credit voucher's QR code (contract/vouchers.py)

RECEIPT_NUMBER_RE: Final = re.compile(r"^[A-Z0-9]{1,10}-[A-Z0-9]{1,10}-[0-9]{1,12}$")
"""`<store>-<terminal>-<seq>`, e.g. S001-T01-000042 (upper-case letters and digits only)."""


@dataclass(frozen=True, slots=True)
class ProductCode:
    """A plain product barcode; `gtin` is normalised (see the module docstring), `raw` as scanned."""

    gtin: str
    raw: str


@dataclass(frozen=True, slots=True)
class PriceEmbedded:
    """An in-store EAN-13 with the price inside, in the store currency's minor units."""

    lookup_code: str
    price_minor: int
    raw: str


@dataclass(frozen=True, slots=True)
class WeightEmbedded:
    """An in-store EAN-13 with the net weight inside, in grams."""

    lookup_code: str
    weight_grams: int
    raw: str


@dataclass(frozen=True, slots=True)
class Gs1Item:
    """A GS1-128 / DataMatrix / QR element string with a GTIN (AI 01) and what else we use of it."""

    gtin: str
    raw: str
    batch: str | None = None
    expiry: date | None = None
    net_weight_grams: int | None = None
    price_minor: int | None = None


@dataclass(frozen=True, slots=True)
class ReceiptCode:
    """A receipt's printed code (for returns and reprints)."""

    receipt_number: str
    raw: str


@dataclass(frozen=True, slots=True)
class PickupCode:
    """The pickup code of a click-and-collect order, from the customer's e-mail or app."""

    code: str
    raw: str


@dataclass(frozen=True, slots=True)
class StaffBadge:
    """A staff member's badge."""

    badge: str
    raw: str


@dataclass(frozen=True, slots=True)
class VoucherCode:
    """A store-credit voucher's QR code: its code as printed (checked when it is taken as a tender)."""

    code: str
    raw: str


Scan = (
    ProductCode
    | PriceEmbedded
    | WeightEmbedded
    | Gs1Item
    | ReceiptCode
    | PickupCode
    | StaffBadge
    | VoucherCode
)
"""Everything a scan can mean."""


def gs1_check_digit(payload: str) -> int:
    """The GS1 mod-10 check digit (weights 3,1,3,… from the right) of a digit string."""
    if not payload.isdigit() or not payload.isascii():
        raise ValueError(f"not a digit string: {payload!r}")
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(payload)))
    return (10 - total % 10) % 10


def has_valid_check_digit(code: str) -> bool:
    """True when the last digit of a GTIN is the check digit of the others."""
    if len(code) < 2 or not (code.isascii() and code.isdigit()):
        return False
    return gs1_check_digit(code[:-1]) == int(code[-1])


def normalise_gtin(code: str) -> str:
    """The catalogue form of a GTIN-8/12/13/14 (module docstring); the check digit is not re-checked."""
    if not (code.isascii() and code.isdigit()) or len(code) not in (8, 12, 13, 14):
        raise ValueError(f"not a GTIN: {code!r}")
    if len(code) in (8, 13):
        return code
    if len(code) == 12:
        return "0" + code
    if code.startswith("000000"):
        return code[6:]  # a GTIN-8 carried in a 14-digit field (AI 01, ITF-14)
    if code.startswith("0"):
        return code[1:]
    return code


def with_check_digit(payload: str) -> str:
    """`payload` followed by its GS1 check digit."""
    return payload + str(gs1_check_digit(payload))


def receipt_code_payload(receipt_number: str) -> str:
    """What a receipt's scannable code encodes: `R:` and the receipt number."""
    return RECEIPT_PREFIX + receipt_number


def pickup_code_payload(code: str) -> str:
    """What a pickup's scannable code (customer notification) encodes."""
    return PICKUP_PREFIX + code


def badge_code_payload(badge: str) -> str:
    """What a staff badge's code encodes."""
    return BADGE_PREFIX + badge
