"""The handover slip: the store's signed record that a web order was handed over at the counter.

Printed after the visit's receipt, one per order, where the store wants a signature (config
`[store] handover_slip`). It says what was handed over and what was not (refused or missing, with
the reason), who collected it and whether an ID was checked (yes or no: never an ID number), and
leaves a line for the collector's signature. Like `Receipt` it holds words and values only; the
services build it from the completed visit and the handover record, `hardware.slip_render` prints it
with the receipt's label tables (terminal/domain/receipt.py). Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Final

NOT_HANDED_OVER_REASONS: Final = ("damaged", "wrong_item", "not_wanted", "other", "missing")
"""The reasons a slip prints in the till's language (label key `reason_<reason>`); others as given."""


@dataclass(frozen=True, slots=True)
class SlipLine:
    """An order line on the slip: its name and quantity; `reason` only for a line not handed over."""

    name: str
    quantity: Decimal
    unit: str = "pc"  # "pc" prints without a unit
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class HandoverSlip:
    """One order's handover within one visit (receipt `receipt_number`), as printed for the store."""

    store_name: str
    store_address: tuple[str, ...]
    terminal_id: str
    receipt_number: str
    order_number: str
    occurred_at: datetime
    staff_name: str
    collector: str
    authorised: bool  # sent by the customer
    id_checked: bool
    handed_over: tuple[SlipLine, ...]
    not_handed_over: tuple[SlipLine, ...] = ()
    language: str = "en"
