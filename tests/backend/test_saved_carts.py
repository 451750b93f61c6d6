"""Saved carts at the backend (issue 11): the web shop puts (idempotent by cart id, newest wins),
replaces and deletes a customer's cart; a till reads it with today's price at its store, the store's
available stock, and a mark for SKUs the catalogue no longer sells or never knew. Hostile input: 4xx."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from sqlalchemy import update

from backend.db import Database
from backend.models import Product
from backend.services.catalogue import PriceRow, upsert_customer, upsert_prices
from tests.backend.tills import Till


def _cart(*lines: tuple[str, str, int | None], at: str = "2026-12-01T10:00:00+01:00") -> dict[str, Any]:
    return {
        "kind": "cart",
        "name": "Weekend",
        "updated_at": at,
        "lines": [{"sku": s, "quantity": q, "shop_price_minor": p} for s, q, p in lines],
    }


@pytest.fixture
def customer(db: Database) -> str:
    with db.write() as session:
        upsert_customer(session, customer_id="C1", name="Julia Hoffmann", email=None, phone=None, feed=None)
    return "C1"


def test_a_saved_cart_reaches_the_till_with_todays_prices_and_stock(
    db: Database, base_url: str, till: Till, shop: dict[str, str], customer: str
) -> None:
    url = f"{base_url}/v1/customers/{customer}/saved-carts/CART-1"
    put = lambda body: requests.put(url, json=body, headers=shop, timeout=10)  # noqa: E731
    first = put(_cart(("SKU-1", "2", 199), ("SKU-2", "1", 299)))
    assert first.status_code == 201, first.text
    assert put(_cart(("SKU-1", "2", 199), ("SKU-2", "1", 299))).status_code == 200  # a retry
    body = _cart(
        ("SKU-1", "2", 199), ("SKU-3", "1.5", 999), ("GONE-1", "1", 500), at="2026-12-02T09:00:00+00:00"
    )
    replaced = put(body)
    assert replaced.status_code == 200
    assert [ln["sku"] for ln in replaced.json()["lines"]] == ["SKU-1", "SKU-3", "GONE-1"]
    older = put(_cart(("SKU-5", "1", None), at="2026-11-30T09:00:00+00:00"))
    assert [ln["sku"] for ln in older.json()["lines"]] == ["SKU-1", "SKU-3", "GONE-1"]  # ignored

    with db.write() as session:  # today: SKU-1 costs more at S001 only; SKU-3 is discontinued
        upsert_prices(session, [PriceRow("SKU-1", "store:S001", 249, "EUR")], None)
        session.execute(update(Product).where(Product.sku == "SKU-3").values(active=False))
    carts = till.get("/v1/terminal/customers/C1/saved-carts").json()
    assert [c["cart_id"] for c in carts] == ["CART-1"]
    lines = {ln["sku"]: ln for ln in carts[0]["lines"]}
    assert lines["SKU-1"] | {} == {
        "sku": "SKU-1",
        "name": "Product 1",
        "quantity": "2",
        "shop_price_minor": 199,
        "price_minor": 249,  # the store's own price today, not the shop's
        "currency": "EUR",
        "available": "1",  # S001 holds one
        "status": "ok",
    }
    assert (lines["SKU-3"]["status"], lines["SKU-3"]["price_minor"]) == ("discontinued", None)
    assert (lines["GONE-1"]["status"], lines["GONE-1"]["name"]) == ("unknown", "")
    other = Till.enrol(db, base_url, "S002", "T01")
    s002 = other.get("/v1/terminal/customers/C1/saved-carts").json()[0]["lines"][0]
    assert (s002["price_minor"], s002["available"]) == (199, "0")  # the price list's price, no stock

    assert requests.delete(url, headers=shop, timeout=10).status_code == 204
    assert requests.delete(url, headers=shop, timeout=10).status_code == 204  # a retry
    assert till.get("/v1/terminal/customers/C1/saved-carts").json() == []


def test_hostile_and_wrong_saved_carts_are_refused(
    db: Database, base_url: str, till: Till, shop: dict[str, str], customer: str
) -> None:
    def put(body: Any, *, cid: str = "C1", cart: str = "CART-9", headers: Any = shop) -> requests.Response:
        return requests.put(
            f"{base_url}/v1/customers/{cid}/saved-carts/{cart}", json=body, headers=headers, timeout=10
        )

    good = _cart(("SKU-1", "1", 199))
    assert put(good, headers={}).status_code == 401
    assert put(good, headers={"X-Api-Key": "nope"}).status_code in (401, 403)
    unknown = put(good, cid="C404")
    assert (unknown.status_code, unknown.json()["error"]) == (404, "customer.unknown")
    bad_bodies: list[Any] = [
        {**good, "lines": []},
        {**good, "lines": [{"sku": "SKU-1", "quantity": "0"}]},
        {**good, "lines": [{"sku": "SKU-1", "quantity": "-1"}]},
        {**good, "lines": [{"sku": "SKU-1", "quantity": 2}]},  # a number, not a decimal string
        {**good, "lines": [{"sku": "SKU-1", "quantity": "1e9"}]},
        {**good, "lines": [{"sku": "SKU-1", "quantity": "1", "shop_price_minor": 2**63}]},
        {**good, "lines": [{"sku": "SKU-1", "quantity": "1", "shop_price_minor": -5}]},
        {**good, "lines": [{"sku": "SKU 1", "quantity": "1"}]},
        {**good, "lines": [{"sku": "SKU-1", "quantity": "1"}, {"sku": "SKU-1", "quantity": "2"}]},
        {**good, "lines": [{"sku": "SKU-1", "quantity": "1"}] * 201},
        {**good, "kind": "basket"},
        {**good, "name": "x" * 201},
        {**good, "updated_at": "2026-12-01T10:00:00"},  # no offset
        {**good, "updated_at": "0001-01-01T00:00:00+01:00"},
        {**good, "extra": 1},
        [good],
        "cart",
    ]
    for body in bad_bodies:
        answer = put(body)
        assert answer.status_code == 422, (body if len(str(body)) < 300 else "...", answer.text)
    nul = requests.put(
        f"{base_url}/v1/customers/C1/saved-carts/CART-9",
        data=b'{"kind":"cart","name":"a\\u0000b","updated_at":"2026-12-01T10:00:00+01:00",'
        b'"lines":[{"sku":"SKU-1","quantity":"1"}]}',
        headers={**shop, "Content-Type": "application/json"},
        timeout=10,
    )
    assert nul.status_code == 422
    surrogate = requests.put(
        f"{base_url}/v1/customers/C1/saved-carts/CART-9",
        data=b'{"kind":"cart","name":"\\ud800","updated_at":"2026-12-01T10:00:00+01:00",'
        b'"lines":[{"sku":"SKU-1","quantity":"1"}]}',
        headers={**shop, "Content-Type": "application/json"},
        timeout=10,
    )
    assert surrogate.status_code == 422
    assert put(good, cart="x" * 65).status_code == 422
    assert put(good, cart="a%20b").status_code == 422
    assert put(good).status_code == 201
    with db.write() as session:
        upsert_customer(session, customer_id="C2", name="Other", email=None, phone=None, feed=None)
    taken = put(good, cid="C2")
    assert (taken.status_code, taken.json()["error"]) == (409, "saved_cart.other_customer")
    gone = requests.delete(f"{base_url}/v1/customers/C2/saved-carts/CART-9", headers=shop, timeout=10)
    assert gone.status_code == 409
    assert till.http.get(f"{base_url}/v1/terminal/customers/C1/saved-carts", timeout=10).status_code == 401
    shop_at_till = requests.get(f"{base_url}/v1/terminal/customers/C1/saved-carts", headers=shop, timeout=10)
    assert shop_at_till.status_code == 401
    assert till.get("/v1/terminal/customers/C404/saved-carts").json() == []
