"""What the payment dialog says to a scan that is not a voucher, and whether it keeps it.

A wedge scanner types fast; a cashier may scan an article, the customer's card, a receipt or a badge
while the payment dialog is open. Nothing is dropped without a word (`answer_scan`): an article of the
catalogue or a customer card is kept for the basket while the cashier can still go back (no tender
taken yet), otherwise the payment comes first; any other code is named. Its texts keep the
PaymentDialog translation context.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from terminal.domain.errors import TillError


class ScanReader(Protocol):
    """The part of services.scans the dialog uses."""

    def meaning(self, raw: str) -> str: ...
    def identify(self, raw: str) -> Any: ...


@dataclass(frozen=True)
class ScanAnswer:
    """The sentence for the cashier; `hold`: the code goes into the basket on "Back" (`name`: the
    article's, "" for a customer card); `refusal`: a misread barcode, said as the sale screen says it."""

    text: str = ""
    hold: bool = False
    name: str = ""
    refusal: TillError | None = None


def answer_scan(scans: ScanReader, code: str, *, can_go_back: bool) -> ScanAnswer:
    """The answer to `code` (not a `V:` voucher) scanned while paying."""
    meaning = scans.meaning(code)
    if meaning == "product":
        try:
            what = scans.identify(code)
        except TillError as exc:
            return ScanAnswer(refusal=exc)
        if what.product is None:
            return ScanAnswer(
                QCoreApplication.translate(
                    "PaymentDialog", "Code {code} is neither a voucher nor an article we know."
                ).format(code=code)
            )
        return _kept(what.product.name, can_go_back)
    if meaning == "customer":
        return _kept("", can_go_back)
    if meaning == "receipt":
        text = QCoreApplication.translate(
            "PaymentDialog",
            "That is a receipt ({code}), not a voucher. Finish this payment first, then take the return "
            "in Returns.",
        )
    elif meaning == "pickup":
        text = QCoreApplication.translate(
            "PaymentDialog",
            "That is a web order's pickup code, not a voucher. Finish this payment first, then hand the "
            "order over in Pickups.",
        )
    else:
        text = QCoreApplication.translate(
            "PaymentDialog", "That is a staff badge, not a voucher. Finish this payment first."
        )
    return ScanAnswer(text.format(code=code))


def _kept(name: str, can_go_back: bool) -> ScanAnswer:
    """An article (`name`) or a customer card (no name)."""
    if not can_go_back:
        if name:
            text = QCoreApplication.translate(
                "PaymentDialog",
                "{name} is an article, not a voucher. Finish this payment first, then sell it in a new sale.",
            )
        else:
            text = QCoreApplication.translate(
                "PaymentDialog", "That is a customer card, not a voucher. Finish this payment first."
            )
        return ScanAnswer(text.format(name=name))
    if name:
        text = QCoreApplication.translate(
            "PaymentDialog",
            "{name} is an article, not a voucher. It goes into the basket when you go back (Esc).",
        )
    else:
        text = QCoreApplication.translate(
            "PaymentDialog",
            "That is a customer card, not a voucher. The customer is added when you go back (Esc).",
        )
    return ScanAnswer(text.format(name=name), hold=True, name=name)
