"""The web-shop API's request models: an order for pickup, and a return through another channel.

Strict and closed like every inbound model (`contract.base.Inbound`): unit prices are never negative, a
phone number fits its column, and an order's total (sum of unit price x quantity) stays within
`MAX_MINOR`, so nothing derived from it can overflow. Whether a quantity may be fractional depends
on the article (measured or not) and is checked against the catalogue by the service.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from contract.base import (
    MAX_MINOR,
    Currency,
    Id,
    Inbound,
    LineNo,
    Price,
    Quantity,
    Text,
    canonical_json,
    to_milli,
)


class WebCustomer(Inbound):
    customer_id: Id
    name: Annotated[str, Field(min_length=1, max_length=200, strict=True)]
    email: Text | None = None
    phone: Annotated[str, Field(max_length=40, strict=True)] | None = None


class WebOrderLineIn(Inbound):
    sku: Id
    quantity: Quantity  # whole pieces unless the article is measured (kg)
    unit_price_minor: Price


class WebOrderIn(Inbound):
    order_number: Id
    pickup_store_id: Id
    customer: WebCustomer
    lines: Annotated[list[WebOrderLineIn], Field(min_length=1, max_length=500)]
    currency: Currency
    paid: Annotated[bool, Field(strict=True)]
    # A no-charge replacement (the hotline's exchange) of a collected order of the same customer.
    replaces_order_number: Id | None = None

    @model_validator(mode="after")
    def _total_fits(self) -> WebOrderIn:
        if order_total(self) > MAX_MINOR:
            raise ValueError(f"order total beyond {MAX_MINOR} minor units")
        return self

    def content_hash(self) -> str:
        """SHA-256 of the order's canonical content (quantities as milli-units: "2" equals "2.000")."""
        content = self.model_dump(mode="json")
        content["lines"] = [
            {**line, "quantity": to_milli(Decimal(line["quantity"]))} for line in content["lines"]
        ]
        return hashlib.sha256(canonical_json(content)).hexdigest()


def order_total(order: WebOrderIn) -> int:
    """Sum of unit price x quantity, each line rounded down to the minor unit."""
    return sum(ln.unit_price_minor * to_milli(ln.quantity) // 1000 for ln in order.lines)


class WebReturnLineIn(Inbound):
    """One returned line, named by its `line_no` on the order or by `sku` (or both, then they must agree)."""

    line_no: LineNo | None = None
    sku: Id | None = None
    quantity: Quantity
    reason: Annotated[str, Field(min_length=1, max_length=200, strict=True)]

    @model_validator(mode="after")
    def _named(self) -> WebReturnLineIn:
        if self.line_no is None and self.sku is None:
            raise ValueError("name the order line by line_no or sku")
        return self


class WebReturnIn(Inbound):
    """A return that reached the chain through another channel; `return_id` makes it idempotent."""

    return_id: Id
    channel: Literal["parcel", "warehouse", "other"] = "parcel"
    note: Text = ""
    lines: Annotated[list[WebReturnLineIn], Field(min_length=1, max_length=500)]

    def content_hash(self, order_number: str) -> str:
        content: dict[str, Any] = {"order_number": order_number, **self.model_dump(mode="json")}
        content["lines"] = [
            {**line, "quantity": to_milli(Decimal(line["quantity"]))} for line in content["lines"]
        ]
        return hashlib.sha256(canonical_json(content)).hexdigest()
