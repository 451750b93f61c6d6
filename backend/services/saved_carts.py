"""Saved carts and wish lists (contract/saved_carts.py): the web shop puts and deletes them per
customer; a till reads them with today's price at its store and the store's available stock.

A PUT replaces the cart whole (lines deleted and written again), so the shop's retry of the same PUT
changes nothing and a newer PUT wins. A cart id belongs to one customer: putting it under another is
409 `saved_cart.other_customer`. An older `updated_at` than the stored one is ignored (answered with
the stored cart), so a delayed retry cannot roll a cart back.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.models import Customer, Price, Product, StockLevel, Store
from backend.models.saved_carts import SavedCart, SavedCartLine
from contract.base import quantity_str, to_milli
from contract.saved_carts import SavedCartIn


def _owned(session: Session, customer_id: str, cart_id: str) -> SavedCart | None:
    cart = session.get(SavedCart, cart_id)
    if cart is not None and cart.customer_id != customer_id:
        raise ApiError(409, "saved_cart.other_customer", f"cart {cart_id} belongs to another customer")
    return cart


def put_cart(
    session: Session, customer_id: str, cart_id: str, body: SavedCartIn, now: datetime
) -> tuple[int, dict[str, Any]]:
    """201 for a new cart, 200 for a replaced (or an older, ignored) one; the stored cart."""
    if session.get(Customer, customer_id) is None:
        raise ApiError(404, "customer.unknown", f"no customer {customer_id}")
    cart = _owned(session, customer_id, cart_id)
    if cart is not None and cart.updated_at > body.updated_at:
        return 200, _stored(session, cart)
    status = 201 if cart is None else 200
    if cart is None:
        cart = SavedCart(cart_id=cart_id, customer_id=customer_id)
        session.add(cart)
    cart.kind, cart.name, cart.updated_at, cart.received_at = body.kind, body.name, body.updated_at, now
    session.flush()
    session.execute(delete(SavedCartLine).where(SavedCartLine.cart_id == cart_id))
    session.add_all(
        SavedCartLine(
            cart_id=cart_id,
            line_no=n,
            sku=line.sku,
            quantity_milli=to_milli(line.quantity),
            shop_price_minor=line.shop_price_minor,
        )
        for n, line in enumerate(body.lines, start=1)
    )
    session.flush()
    return status, _stored(session, cart)


def delete_cart(session: Session, customer_id: str, cart_id: str) -> None:
    """Gone (bought or emptied online); deleting an unknown cart is no error (a retry)."""
    cart = _owned(session, customer_id, cart_id)
    if cart is not None:
        session.execute(delete(SavedCartLine).where(SavedCartLine.cart_id == cart_id))
        session.delete(cart)


def _lines(session: Session, cart_id: str) -> list[SavedCartLine]:
    return list(
        session.execute(
            select(SavedCartLine).where(SavedCartLine.cart_id == cart_id).order_by(SavedCartLine.line_no)
        ).scalars()
    )


def _stored(session: Session, cart: SavedCart) -> dict[str, Any]:
    """What the shop put, as stored (the shop's own view: no store prices)."""
    return {
        "cart_id": cart.cart_id,
        "customer_id": cart.customer_id,
        "kind": cart.kind,
        "name": cart.name,
        "updated_at": cart.updated_at,
        "lines": [
            {
                "sku": ln.sku,
                "quantity": quantity_str(ln.quantity_milli),
                "shop_price_minor": ln.shop_price_minor,
            }
            for ln in _lines(session, cart.cart_id)
        ],
    }


def for_till(session: Session, store_id: str, customer_id: str) -> list[dict[str, Any]]:
    """The customer's carts, newest first, each line with today's price at `store_id`, the store's
    available stock and whether the catalogue still sells the SKU."""
    store = session.get(Store, store_id)
    if store is None:
        raise ApiError(404, "store.unknown", f"unknown store {store_id}")
    carts = session.execute(
        select(SavedCart)
        .where(SavedCart.customer_id == customer_id)
        .order_by(SavedCart.updated_at.desc(), SavedCart.cart_id)
    ).scalars()
    return [_view(session, store, cart) for cart in carts]


def _view(session: Session, store: Store, cart: SavedCart) -> dict[str, Any]:
    lines = _lines(session, cart.cart_id)
    skus = sorted({ln.sku for ln in lines})
    products = {p.sku: p for p in session.execute(select(Product).where(Product.sku.in_(skus))).scalars()}
    own_scope = f"store:{store.store_id}"
    prices: dict[tuple[str, str], int] = {
        (p.sku, p.scope): p.amount_minor
        for p in session.execute(
            select(Price).where(Price.sku.in_(skus), Price.scope.in_([own_scope, store.price_list]))
        ).scalars()
    }
    levels = {
        lv.sku: lv.on_hand_milli - lv.reserved_milli
        for lv in session.execute(
            select(StockLevel).where(StockLevel.store_id == store.store_id, StockLevel.sku.in_(skus))
        ).scalars()
    }
    out = []
    for ln in lines:
        product = products.get(ln.sku)
        status = "unknown" if product is None else ("ok" if product.active else "discontinued")
        price = prices.get((ln.sku, own_scope), prices.get((ln.sku, store.price_list)))
        out.append(
            {
                "sku": ln.sku,
                "name": product.name if product is not None else "",
                "quantity": quantity_str(ln.quantity_milli),
                "shop_price_minor": ln.shop_price_minor,
                "price_minor": price if status == "ok" else None,
                "currency": store.currency,
                "available": quantity_str(levels.get(ln.sku, 0)),
                "status": status,
            }
        )
    return {
        "cart_id": cart.cart_id,
        "customer_id": cart.customer_id,
        "kind": cart.kind,
        "name": cart.name,
        "updated_at": cart.updated_at,
        "lines": out,
    }
