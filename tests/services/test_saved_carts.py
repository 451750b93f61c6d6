"""Loading a saved cart into the visit on a real till (terminal/services/saved_carts.py). The saved-cart
port is a hand-written fake here: these cases are about the till's rules, not the wire (the real
backend's answers are in tests/sync/test_saved_carts_client.py and the acceptance journey)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from terminal.domain.errors import TillError
from terminal.domain.saved_cart import CartNote, SavedCart, SavedCartLine
from terminal.services.customers import Customer
from terminal.services.saved_carts import SavedCartsService
from tests.support.till import Till, open_till, product_named

COFFEE = product_named("Tchibo Kaffee")
BANANAS = product_named("Bananen lose")  # sold by weight: a scale must weigh it


class Shop:
    def __init__(self, *carts: SavedCart) -> None:
        self.carts_by_customer = {c.customer_id: [c] for c in carts}

    def carts(self, customer_id: str) -> list[SavedCart]:
        return list(self.carts_by_customer.get(customer_id, []))


def _line(sku: str, qty: str = "1", shop: int | None = None) -> SavedCartLine:
    return SavedCartLine(sku, "", Decimal(qty), shop, None, Decimal(50), "ok")


CART = SavedCart("K1", "C0001", "cart", "", datetime(2026, 12, 1, tzinfo=UTC), (
    _line(COFFEE.sku, "2", COFFEE.price_minor), _line(BANANAS.sku),
))  # fmt: skip


def _service(cashier: Till) -> SavedCartsService:
    """The till's own service (wired to the void and checkout hooks), asking the fake shop."""
    cashier.services.saved_carts._source = Shop(CART)
    return cashier.services.saved_carts


def test_weighed_goods_are_named_not_guessed_and_a_cart_loads_once(cashier: Till) -> None:
    carts = _service(cashier)
    cashier.services.customers.attach(Customer("C0001", "Julia Hoffmann"))
    assert carts.offer("C0001") == CART
    loaded = carts.load(CART)
    assert loaded.added == 1
    assert [(ln.sku, ln.quantity) for ln in loaded.basket.lines] == [(COFFEE.sku, Decimal(2))]
    assert loaded.notes == (
        CartNote("refused", BANANAS.sku, BANANAS.name, wanted=Decimal(1), reason="catalogue.needs_weight"),
    )  # the same price as online: no price note
    assert carts.offer("C0001") is None
    with pytest.raises(TillError) as again:
        carts.load(CART)
    assert again.value.code == "saved_cart.already_loaded"
    assert len(cashier.services.selling.basket().lines) == 1

    cashier.services.selling.void_basket()  # the visit is over: the cart may load into the next one
    cashier.services.selling.scan(COFFEE.barcode)  # the next visit, begun before the card
    cashier.services.customers.attach(Customer("C0001", "Julia Hoffmann"))
    assert carts.offer("C0001") == CART


def test_a_cart_loads_only_into_its_customers_visit(cashier: Till) -> None:
    carts = _service(cashier)
    with pytest.raises(TillError) as nobody:
        carts.load(CART)
    assert nobody.value.code == "saved_cart.other_customer"
    cashier.services.customers.attach(Customer("C0002", "Lukas Meyer"))
    with pytest.raises(TillError):
        carts.load(CART)
    assert cashier.services.selling.basket().is_empty
    no_backend = SavedCartsService(
        db=cashier.db, open_visit=cashier.services.selling._sale, selling=cashier.services.selling
    )
    assert no_backend.offer("C0001") is None  # a till without a backend offers nothing


def test_a_cart_loaded_before_a_restart_is_not_offered_or_loaded_again(tmp_path: Path) -> None:
    """The visit keeps which carts went into it: the till closed (or crashed) mid-visit and opened
    again does not offer the same web basket, and a second touch cannot double its lines."""
    path = tmp_path / "till.sqlite3"
    first = open_till(path)
    first.services.staff.login("1111")
    carts = _service(first)
    first.services.customers.attach(Customer("C0001", "Julia Hoffmann"))
    assert carts.load(CART).added == 1
    first.db.close()

    again = open_till(path)
    try:
        again.services.staff.login("1111")
        carts = _service(again)
        assert [ln.sku for ln in again.services.selling.basket().lines] == [COFFEE.sku]  # the visit is back
        assert carts.offer("C0001") is None
        with pytest.raises(TillError) as refused:
            carts.load(CART)
        assert refused.value.code == "saved_cart.already_loaded"
        assert len(again.services.selling.basket().lines) == 1
    finally:
        again.db.close()
