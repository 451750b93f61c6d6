"""The voucher slip: store credit the till issued, printed for the customer with the visit's receipt.

A visit that pays out as store credit (tender `voucher` out, contract/vouchers.py) prints one slip per
voucher: the store, the amount, the code in its printed groups (`7KQ3-MZ9X-4T2B-H8R0-C`), a QR code
of `V:<code>` that any till's scanner reads back, the date and that it is valid at every store of the
chain. Like `Receipt` it holds words and values only; `hardware.voucher_slip_render` prints it with
the receipt's label tables (terminal/domain/receipt.py). Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from terminal.domain.money import Money

QR_PREFIX: Final = "V:"
"""What a voucher's QR code starts with (contract.vouchers.QR_PREFIX; the domain imports no contract)."""


def grouped_code(code: str) -> str:
    """A stored voucher code in its printed form: groups of four, the check symbol on its own
    (the same as contract.vouchers.grouped, which the domain may not import)."""
    body, check = code[:-1], code[-1:]
    return "-".join([body[i : i + 4] for i in range(0, len(body), 4)] + ([check] if check else []))


@dataclass(frozen=True, slots=True)
class VoucherSlip:
    """One voucher issued by the visit `receipt_number`, as printed for the customer."""

    store_name: str
    store_address: tuple[str, ...]
    chain_name: str
    code: str  # stored form, no dashes
    amount: Money
    receipt_number: str
    terminal_id: str
    occurred_at: datetime
    language: str = "en"

    @property
    def printed_code(self) -> str:
        return grouped_code(self.code)

    @property
    def qr_payload(self) -> str:
        return f"{QR_PREFIX}{self.code}"
