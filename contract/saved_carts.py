"""Saved carts (issue 11): a basket begun online (a saved cart or a wish list) that loads at the till.

The web shop puts a customer's cart with its web-shop key: `PUT /v1/customers/{customer_id}/saved-carts/
{cart_id}` (a `SavedCartIn`; the same cart id again replaces it, so a retry is harmless) and deletes it
with `DELETE` on the same path (once bought or emptied online). A till reads the customer's carts with
`GET /v1/terminal/customers/{customer_id}/saved-carts` (`SavedCartView`s): per line the price the shop
showed, TODAY's price in the till's store from the catalogue, this store's available stock, and a
`status` that says whether the catalogue still sells the SKU (`ok`), no longer does (`discontinued`), or
never heard of it (`unknown`). Which of these a till acts on, and what it tells the cashier, is the
till's business (docs/adr/0023-saved-carts.md).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field, model_validator

from contract.base import AwareDatetime, Id, Inbound, Outbound, Price, Quantity, Text

MAX_CART_LINES = 200

SavedCartKind = Literal["cart", "wish_list"]
LineStatus = Literal["ok", "discontinued", "unknown"]


class SavedCartLineIn(Inbound):
    sku: Id
    quantity: Quantity
    shop_price_minor: Price | None = None  # what the shop showed per unit, in the store's currency


class SavedCartIn(Inbound):
    kind: SavedCartKind = "cart"
    name: Text = ""  # "Wish list", "Birthday": what the shop calls it, if anything
    lines: Annotated[list[SavedCartLineIn], Field(min_length=1, max_length=MAX_CART_LINES)]
    updated_at: AwareDatetime

    @model_validator(mode="after")
    def _one_line_per_sku(self) -> SavedCartIn:
        seen: set[str] = set()
        for line in self.lines:
            if line.sku in seen:
                raise ValueError(f"sku {line.sku} appears twice")
            seen.add(line.sku)
        return self


class SavedCartLineOut(Outbound):
    sku: str
    quantity: str
    shop_price_minor: int | None


class SavedCartOut(Outbound):
    """The cart as stored: the answer to the shop's PUT."""

    cart_id: str
    customer_id: str
    kind: SavedCartKind
    name: str
    updated_at: datetime
    lines: list[SavedCartLineOut]


class SavedCartLineView(Outbound):
    sku: str
    name: str  # the catalogue's name ("" for an unknown SKU)
    quantity: str  # decimal string, as sent
    shop_price_minor: int | None
    price_minor: int | None  # today's price at the till's store; None when it has none
    currency: str
    available: str  # this store's available stock (on hand less reserved), decimal string
    status: LineStatus


class SavedCartView(Outbound):
    """A cart as a till sees it: each line with today's price and stock at the till's store."""

    cart_id: str
    customer_id: str
    kind: SavedCartKind
    name: str
    updated_at: datetime
    lines: list[SavedCartLineView]
