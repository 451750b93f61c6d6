"""What a scanned code means, so the window can route it: a product goes to the visit, a receipt code
to returns, a pickup code to the pickups, a customer card to the customers, a staff badge to the login.

`meaning()` never refuses: a code that is not one of ours is a product code as far as routing goes,
and the sale screen then says what is wrong with it (a wrong check digit, not in the catalogue).
Where a screen must say more about such a code than the sale screen's refusal (the Returns area, the
payment dialog), `identify()` tells an article of the catalogue from an article barcode it does not
have, a voucher's code and any other text (a web-order number, something unreadable).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from contract.pickup import QR_PREFIX
from terminal.domain.customer import card_customer_id
from terminal.domain.errors import TillError
from terminal.domain.scan import (
    Gs1Item,
    PickupCode,
    PriceEmbedded,
    ProductCode,
    ReceiptCode,
    StaffBadge,
    VoucherCode,
    WeightEmbedded,
)
from terminal.services.ports import BarcodeParser
from terminal.storage import catalogue
from terminal.storage.catalogue import ProductRecord
from terminal.storage.db import Database, Transaction

ScanMeaning = Literal["product", "receipt", "pickup", "badge", "customer"]
ProductScanKind = Literal["article", "unknown_article", "voucher", "text"]


@dataclass(frozen=True, slots=True)
class ProductScan:
    """What a code of meaning "product" is: an `article` of the catalogue (`product` set), an article
    barcode the catalogue does not have (`unknown_article`), a voucher's code, or other `text`."""

    kind: ProductScanKind
    product: ProductRecord | None = None


class ScanService:
    """Classifies scans for routing; the use cases that act on them parse again themselves."""

    def __init__(self, *, parser: BarcodeParser, db: Database) -> None:
        self._parser = parser
        self._db = db

    def meaning(self, raw: str) -> ScanMeaning:
        if raw.strip().upper().startswith(QR_PREFIX):  # a customer's pickup QR: P:<order>:<code>
            return "pickup"
        if card_customer_id(raw) is not None:  # a customer card: C:<customer_id>
            return "customer"
        try:
            parsed = self._parser.parse(raw)
        except TillError:
            return "product"
        if isinstance(parsed, ReceiptCode):
            return "receipt"
        if isinstance(parsed, PickupCode):
            return "pickup"
        if isinstance(parsed, StaffBadge):
            return "badge"
        return "product"

    def identify(self, raw: str) -> ProductScan:
        """What a code that `meaning()` calls "product" is (a catalogue read, no network). A misread
        article barcode (wrong check digit) or an empty scan raises its TillError."""
        text = raw.strip()
        if not text:
            raise TillError("barcode.empty")
        with self._db.read() as session:
            product = find_article(session, self._parser, text)
        if product is not None:
            return ProductScan("article", product)
        try:
            parsed = self._parser.parse(text)
        except TillError as exc:
            if exc.code == "barcode.unreadable":  # no barcode shape at all: a number, a word
                return ProductScan("text")
            raise
        if isinstance(parsed, VoucherCode):
            return ProductScan("voucher")
        if isinstance(parsed, ProductCode | Gs1Item | PriceEmbedded | WeightEmbedded):
            return ProductScan("unknown_article")
        return ProductScan("text")


def find_article(session: Transaction, parser: BarcodeParser, text: str) -> ProductRecord | None:
    """The product behind a scan (its barcode, an in-store price or weight code, a GS1 item) or an
    article number typed exactly; None when the catalogue has none."""
    product = catalogue.get_product(session, text)
    if product is not None:
        return product
    try:
        parsed = parser.parse(text)
    except TillError:
        parsed = None
    code = parsed.gtin if isinstance(parsed, ProductCode | Gs1Item) else None
    code = code or getattr(parsed, "lookup_code", None) or text
    return catalogue.find_by_barcode(session, code)
