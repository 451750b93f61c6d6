"""`sale.completed` (schema 1): a sale at a till, with its lines, payments and VAT table."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from contract.base import (
    Currency,
    Id,
    Inbound,
    LaxUUID,
    LineNo,
    Minor,
    Quantity,
    Text,
    VatPercent,
    unique_line_numbers,
)
from contract.payloads.base import Payload


class SaleLine(Inbound):
    line_no: LineNo
    sku: Id
    barcode: Annotated[str, Field(max_length=64, strict=True)] | None = None
    name: Text
    quantity: Quantity
    unit_price_minor: Minor
    discount_minor: Minor = 0
    total_minor: Minor
    vat_code: Annotated[str, Field(max_length=8, strict=True)]
    vat_percent: VatPercent
    unit: Literal["pc", "kg"] = "pc"
    voided: Annotated[bool, Field(strict=True)] = False  # scanned, then voided: not sold, moves no stock


class SalePayment(Inbound):
    """A tender of a sale (or of a refund: `payloads.returns`)."""

    tender: Annotated[str, Field(min_length=1, max_length=32, strict=True)]
    amount_minor: Minor
    reference: Text | None = None


class VatLine(Inbound):
    code: Annotated[str, Field(max_length=8, strict=True)]
    percent: VatPercent
    gross_minor: Minor
    net_minor: Minor
    vat_minor: Minor


class SaleCompleted(Payload):
    """A sale completed at a till: lines (voided ones included, marked), payments, change and VAT."""

    sale_id: LaxUUID
    receipt_number: Annotated[str, Field(min_length=3, max_length=64, strict=True)]
    store_id: Id
    terminal_id: Id
    staff_id: Id
    currency: Currency
    subtotal_minor: Minor | None = None  # before discounts
    discount_minor: Minor = 0
    total_minor: Minor
    rounding_minor: Minor = 0  # cash rounding (HUF): paid = total + rounding
    customer_id: Id | None = None
    lines: Annotated[list[SaleLine], Field(min_length=1, max_length=1000)]
    payments: Annotated[list[SalePayment], Field(max_length=50)]
    change_minor: Minor = 0
    vat: Annotated[list[VatLine], Field(max_length=20)] = []  # noqa: RUF012  # pydantic copies it

    @model_validator(mode="after")
    def _lines_unique(self) -> SaleCompleted:
        unique_line_numbers(self.lines)
        return self
