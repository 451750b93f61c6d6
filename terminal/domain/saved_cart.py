"""A basket begun online (a saved cart or a wish list) and how the till loads it.

The backend says, per line, what the shop showed, today's price at this store, the store's available
stock and whether the catalogue still sells the SKU (contract/saved_carts.py). `plan_load` decides,
without I/O, what goes into the visit and what the cashier is told:

- a SKU the catalogue no longer sells or never knew, or that this till cannot sell: not added, named;
- fewer available at this store than the cart holds: the available quantity is added (none: not
  added), and the shortfall is named. A loaded line is charged without its goods being scanned one by
  one, so the till does not charge for more than the store says it has; when the shelf holds more
  than the figure says, the cashier scans the rest as usual;
- a price that differs from what the shop showed: added at the till's price today, and named with
  both prices.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Literal

NoteKind = Literal["price_changed", "missing", "short", "none_in_stock", "refused"]


@dataclass(frozen=True, slots=True)
class SavedCartLine:
    sku: str
    name: str
    quantity: Decimal
    shop_price_minor: int | None
    price_minor: int | None  # the backend's price today at this store
    available: Decimal
    status: Literal["ok", "discontinued", "unknown"]


@dataclass(frozen=True, slots=True)
class SavedCart:
    cart_id: str
    customer_id: str
    kind: Literal["cart", "wish_list"]
    name: str
    updated_at: datetime
    lines: tuple[SavedCartLine, ...]

    @property
    def item_count(self) -> int:
        """The number of lines (the cashier's "3 items")."""
        return len(self.lines)


@dataclass(frozen=True, slots=True)
class CartNote:
    """One difference between the cart online and what the till loaded, for the cashier to say."""

    kind: NoteKind
    sku: str
    name: str
    wanted: Decimal = Decimal(0)
    added: Decimal = Decimal(0)
    shop_price_minor: int | None = None
    price_minor: int | None = None
    reason: str = ""  # "refused": the till's error code


@dataclass(frozen=True, slots=True)
class LoadPlan:
    adds: tuple[tuple[SavedCartLine, Decimal], ...]  # each line with the quantity to add
    notes: tuple[CartNote, ...]


def plan_load(cart: SavedCart, till_names: Mapping[str, str]) -> LoadPlan:
    """What to add and what to say. `till_names`: the SKUs this till can sell, with their names."""
    adds: list[tuple[SavedCartLine, Decimal]] = []
    notes: list[CartNote] = []
    for line in cart.lines:
        name = till_names.get(line.sku) or line.name or line.sku
        if line.status != "ok" or line.sku not in till_names:
            notes.append(CartNote("missing", line.sku, name, wanted=line.quantity))
            continue
        quantity = line.quantity
        if line.available < quantity:
            quantity = max(line.available, Decimal(0))
            kind: NoteKind = "short" if quantity > 0 else "none_in_stock"
            notes.append(CartNote(kind, line.sku, name, wanted=line.quantity, added=quantity))
        if quantity > 0:
            adds.append((line, quantity))
    return LoadPlan(tuple(adds), tuple(notes))


def price_note(line: SavedCartLine, name: str, price_minor: int) -> CartNote | None:
    """The line went in at `price_minor` (the till's price today): a note when the shop showed another."""
    if line.shop_price_minor is None or line.shop_price_minor == price_minor:
        return None
    return CartNote(
        "price_changed", line.sku, name, shop_price_minor=line.shop_price_minor, price_minor=price_minor
    )
