"""What a scanned code means, so the window can route it: a product goes to the visit, a receipt code
to returns, a pickup code to the pickups, a customer card to the customers, a staff badge to the login.

`meaning()` never refuses: a code that is not one of ours is a product code as far as routing goes,
and the sale screen then says what is wrong with it (a wrong check digit, not in the catalogue).
"""

from __future__ import annotations

from typing import Literal

from contract.pickup import QR_PREFIX
from terminal.domain.customer import card_customer_id
from terminal.domain.errors import TillError
from terminal.domain.scan import PickupCode, ReceiptCode, StaffBadge
from terminal.services.ports import BarcodeParser

ScanMeaning = Literal["product", "receipt", "pickup", "badge", "customer"]


class ScanService:
    """Classifies scans for routing; the use cases that act on them parse again themselves."""

    def __init__(self, *, parser: BarcodeParser) -> None:
        self._parser = parser

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
