"""`sale.returned` (schema 1): a return at a till against a receipt from any store, or none."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from contract.base import Currency, Id, Inbound, LaxUUID, LineNo, Minor, Quantity, Text, unique_line_numbers
from contract.payloads.base import Payload
from contract.payloads.sale import SalePayment


class ReturnLine(Inbound):
    line_no: LineNo
    sku: Id
    quantity: Quantity
    refund_minor: Minor
    restock: bool = True


class SaleReturned(Payload):
    """A return at a till against a receipt from any store (or none: `receipt_number` null)."""

    return_id: LaxUUID
    receipt_number: Annotated[str, Field(min_length=3, max_length=64, strict=True)] | None
    store_id: Id
    terminal_id: Id
    staff_id: Id
    currency: Currency
    total_refund_minor: Minor
    reason: Text = ""
    lines: Annotated[list[ReturnLine], Field(min_length=1, max_length=1000)]
    refunds: Annotated[list[SalePayment], Field(max_length=50)] = []  # noqa: RUF012  # pydantic copies it

    @model_validator(mode="after")
    def _lines_unique(self) -> SaleReturned:
        unique_line_numbers(self.lines)
        return self
