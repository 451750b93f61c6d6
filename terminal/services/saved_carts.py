"""Loading a basket begun online (a saved cart or a wish list) into the open visit.

When a customer is attached, the sale screen asks `offer(customer_id)` (off the UI thread): the newest
cart not loaded into this visit yet. The cashier's one action then calls `load(cart)`, which adds the
lines through the normal selling path (`SellingService.add_product`: today's till price, the usual
checks, one small transaction per line) and returns the notes the cashier must hear: a price that
changed since the shop showed it, an item the catalogue no longer sells, too little stock at this store
(terminal/domain/saved_cart.py says what is added then, and why).

A cart is loaded once per visit: loading it again is refused (`saved_cart.already_loaded`), so a second
touch never doubles the lines. The visit itself keeps the ids of the carts loaded into it (persisted
with the open visit), so a restart or a parked and resumed visit does not offer the same cart again;
the next visit starts without them. Offline (`SavedCartsOfflineError`): nothing changes and the screen
says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from terminal.domain.basket import Basket
from terminal.domain.errors import TillError
from terminal.domain.saved_cart import CartNote, SavedCart, plan_load, price_note
from terminal.services.open_visit import OpenVisit
from terminal.services.ports import SavedCartSource
from terminal.services.selling import SellingService
from terminal.storage import catalogue
from terminal.storage.catalogue import ProductRecord
from terminal.storage.db import Database


@dataclass(frozen=True, slots=True)
class CartLoaded:
    """What `load` did: the basket now, the lines it added, and what the cashier is told."""

    basket: Basket
    line_id: int | None
    kind: str  # "added" (a BasketChange's kinds), so screens render it like any change
    cart: SavedCart
    added: int
    notes: tuple[CartNote, ...]


class SavedCartsService:
    def __init__(
        self,
        *,
        db: Database,
        open_visit: OpenVisit,
        selling: SellingService,
        source: SavedCartSource | None = None,
    ) -> None:
        self._db, self._visit, self._selling, self._source = db, open_visit, selling, source

    def offer(self, customer_id: str) -> SavedCart | None:
        """The customer's newest cart not loaded into this visit yet (None: nothing to offer, or a till
        without a backend); SavedCartsOfflineError when the backend cannot be asked."""
        if self._source is None:
            return None
        carts = self._source.carts(customer_id)
        loaded = self._visit.visit.loaded_carts
        return next((c for c in carts if c.cart_id not in loaded and c.lines), None)

    def load(self, cart: SavedCart) -> CartLoaded:
        """Add the cart's lines to the visit at today's till prices; refused when loaded already, when
        the visit is for another customer or once payment has begun."""
        if cart.cart_id in self._visit.visit.loaded_carts:
            raise TillError("saved_cart.already_loaded")
        if self._visit.visit.customer_id != cart.customer_id:
            raise TillError("saved_cart.other_customer")
        if self._visit.payment_started:
            raise TillError("customer.payment_started")
        with self._db.read() as session:
            found = {ln.sku: catalogue.get_product(session, ln.sku) for ln in cart.lines}
        products: dict[str, ProductRecord] = {
            sku: p for sku, p in found.items() if p is not None and p.active
        }
        plan = plan_load(cart, {sku: p.name for sku, p in products.items()})
        notes = list(plan.notes)
        added, line_id = 0, None
        # Marked first, persisted with the visit: even a partial load is not loaded again.
        self._visit.commit(self._visit.visit.with_loaded_cart(cart.cart_id))
        for line, quantity in plan.adds:
            product = products[line.sku]
            try:
                change = self._selling.add_product(line.sku, quantity)
            except TillError as exc:
                notes.append(CartNote("refused", line.sku, product.name, wanted=quantity, reason=exc.code))
                continue
            added, line_id = added + 1, change.line_id
            note = price_note(line, product.name, product.price_minor)
            if note is not None:
                notes.append(note)
        order = {ln.sku: n for n, ln in enumerate(cart.lines)}
        notes.sort(key=lambda n: order.get(n.sku, 0))
        return CartLoaded(self._selling.basket(), line_id, "added", cart, added, tuple(notes))

    def visit_ended(self, *_args: Any) -> None:
        """Checkout and void hook: nothing to do (the loaded carts end with their visit)."""
