"""Stock facts from the till: `stock.counted` (a physical count, the one absolute quantity a till ever
reports), `stock.adjusted` (reason-coded corrections) and `stock.transferred_in` (goods received from
another store). All schema 1; the backend books each as ledger movements."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from contract.base import Counted, Id, Inbound, LaxUUID, Quantity, Text
from contract.payloads.base import Payload


class CountLine(Inbound):
    sku: Id
    counted: Counted


class StockCounted(Payload):
    """A physical count of some articles of the store; the backend books the difference."""

    count_id: LaxUUID
    store_id: Id
    terminal_id: Id
    staff_id: Id
    lines: Annotated[list[CountLine], Field(min_length=1, max_length=5000)]


ADJUSTMENT_REASONS = ("damaged", "theft", "found", "correction")
_DIRECTION_OF = {"damaged": "out", "theft": "out", "found": "in"}  # a correction goes either way


class AdjustmentLine(Inbound):
    sku: Id
    quantity: Quantity
    reason: Literal["damaged", "theft", "found", "correction"]
    direction: Literal["in", "out"]  # "out" takes stock off the shelf, "in" puts it on

    @model_validator(mode="after")
    def _direction_fits_reason(self) -> AdjustmentLine:
        wanted = _DIRECTION_OF.get(self.reason)
        if wanted is not None and self.direction != wanted:
            raise ValueError(f"a {self.reason} adjustment goes {wanted}, not {self.direction}")
        return self


class StockAdjusted(Payload):
    """`stock.adjusted` (schema 1): stock off or onto the shelf with a reason code, per line."""

    adjustment_id: LaxUUID
    store_id: Id
    terminal_id: Id
    staff_id: Id
    note: Text = ""
    lines: Annotated[list[AdjustmentLine], Field(min_length=1, max_length=5000)]


class TransferLine(Inbound):
    sku: Id
    quantity: Quantity


class StockTransferredIn(Payload):
    """`stock.transferred_in` (schema 1): goods from another store of the chain, received by scanning.

    The backend books them onto this store and off the sending store (one ledger movement each)."""

    transfer_id: LaxUUID
    store_id: Id
    terminal_id: Id
    staff_id: Id
    from_store_id: Id
    reference: Text = ""  # the delivery note, if any
    lines: Annotated[list[TransferLine], Field(min_length=1, max_length=5000)]
