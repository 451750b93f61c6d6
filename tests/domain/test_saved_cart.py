"""What the till loads of a saved cart, and what it says (terminal/domain/saved_cart.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from terminal.domain.saved_cart import CartNote, SavedCart, SavedCartLine, plan_load, price_note


def _line(sku: str, qty: str, available: str, status: str = "ok", shop: int | None = 100) -> SavedCartLine:
    return SavedCartLine(sku, f"Name {sku}", Decimal(qty), shop, 100, Decimal(available), status)  # type: ignore[arg-type]


def _cart(*lines: SavedCartLine) -> SavedCart:
    return SavedCart("K1", "C1", "cart", "", datetime(2026, 12, 1, tzinfo=UTC), lines)


def test_plan_adds_what_the_store_has_and_names_the_rest() -> None:
    cart = _cart(
        _line("A", "2", "10"),
        _line("B", "3", "1"),
        _line("C", "1", "0"),
        _line("D", "1", "5", status="discontinued"),
        _line("E", "1", "5", status="unknown"),
        _line("F", "1", "5"),  # the backend sells it, this till does not know it yet
        _line("G", "2", "-3"),  # a ledger below zero
    )
    plan = plan_load(cart, {"A": "Coffee", "B": "Plugs", "C": "Milk", "D": "Muesli", "G": "Salt"})
    assert [(ln.sku, q) for ln, q in plan.adds] == [("A", Decimal(2)), ("B", Decimal(1))]
    assert plan.notes == (
        CartNote("short", "B", "Plugs", wanted=Decimal(3), added=Decimal(1)),
        CartNote("none_in_stock", "C", "Milk", wanted=Decimal(1), added=Decimal(0)),
        CartNote("missing", "D", "Muesli", wanted=Decimal(1)),
        CartNote("missing", "E", "Name E", wanted=Decimal(1)),
        CartNote("missing", "F", "Name F", wanted=Decimal(1)),
        CartNote("none_in_stock", "G", "Salt", wanted=Decimal(2), added=Decimal(0)),
    )
    assert cart.item_count == 7


def test_a_price_note_only_when_the_shop_showed_another_price() -> None:
    assert price_note(_line("A", "1", "1", shop=None), "Coffee", 120) is None
    assert price_note(_line("A", "1", "1", shop=120), "Coffee", 120) is None
    assert price_note(_line("A", "1", "1", shop=149), "Coffee", 129) == CartNote(
        "price_changed", "A", "Coffee", shop_price_minor=149, price_minor=129
    )
