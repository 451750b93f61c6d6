"""Look-ups for tills (receipt, stock everywhere, customers) and the web-shop API's create/reserve/cancel."""

from __future__ import annotations

import requests

from backend.db import Database
from backend.services.security import create_api_key
from tests.backend.invariants import assert_ledger_matches_levels
from tests.backend.tills import Till


def _shop(db: Database) -> dict[str, str]:
    with db.write() as session:
        return {"X-Api-Key": create_api_key(session, "test shop")}


def test_receipt_stock_customers_and_history(db: Database, base_url: str, till: Till) -> None:
    shop = _shop(db)
    order = {
        "order_number": "W-1",
        "pickup_store_id": "S001",
        "currency": "EUR",
        "paid": True,
        "customer": {"customer_id": "C1", "name": "Julia Hoffmann", "email": "julia@example.org"},
        "lines": [{"sku": "SKU-2", "quantity": "2", "unit_price_minor": 299}],
    }
    created = requests.post(f"{base_url}/v1/web-orders", json=order, headers=shop, timeout=10)
    assert created.status_code == 201, created.text
    assert created.json()["status"] == "placed"
    assert len(created.json()["pickup_code"]) == 8
    assert till.push([till.sale(("SKU-2", "1"), customer_id="C1")]).ok

    receipt = till.get("/v1/receipts/S001-T01-000001")
    assert receipt.status_code == 200
    assert receipt.json()["lines"][0]["quantity"] == "1"
    assert till.get("/v1/receipts/S009-T01-000001").status_code == 404

    stock = till.get("/v1/products/SKU-2/stock").json()["stores"]
    assert stock[0] == {
        "store_id": "S001",
        "name": "Store S001",
        "on_hand": "9",
        "reserved": "2",
        "available": "7",
    }
    assert stock[1]["store_id"] == "S002"
    assert stock[1]["available"] == "0"

    found = till.get("/v1/customers", q="hoff").json()
    assert [c["customer_id"] for c in found] == ["C1"]
    history = till.get("/v1/customers/C1/history").json()
    assert {e["channel"] for e in history["entries"]} == {"store", "web"}
    assert (history["total"], history["next_offset"]) == (2, None)
    times = [e["occurred_at"] for e in history["entries"]]
    assert times == sorted(times, reverse=True)  # newest first
    first = till.get("/v1/customers/C1/history", limit="1").json()
    assert (len(first["entries"]), first["next_offset"]) == (1, 1)
    second = till.get("/v1/customers/C1/history", offset="1", limit="1").json()
    assert second["entries"] == history["entries"][1:]
    assert second["next_offset"] is None
    assert till.get("/v1/customers/C1/history", limit="0").status_code == 422
    assert till.get("/v1/customers/C404/history").status_code == 404
    assert_ledger_matches_levels(db)


def test_web_order_reserves_refuses_short_lines_and_cancel_releases(db: Database, base_url: str) -> None:
    shop = _shop(db)
    assert requests.get(f"{base_url}/v1/stock", params={"sku": "SKU-3"}, timeout=10).status_code == 401
    assert (
        requests.get(
            f"{base_url}/v1/stock", params={"sku": "SKU-3"}, headers={"X-Api-Key": "x"}, timeout=10
        ).status_code
        == 401
    )
    order = {
        "order_number": "W-2",
        "pickup_store_id": "S001",
        "currency": "EUR",
        "paid": True,
        "customer": {"customer_id": "C2", "name": "Lukas"},
        "lines": [{"sku": "SKU-3", "quantity": "11", "unit_price_minor": 399}],
    }
    short = requests.post(f"{base_url}/v1/web-orders", json=order, headers=shop, timeout=10)
    assert short.status_code == 409
    assert short.json()["detail"]["short_lines"][0]["available"] == "10"
    order["lines"][0]["quantity"] = "4"  # type: ignore[index]
    assert requests.post(f"{base_url}/v1/web-orders", json=order, headers=shop, timeout=10).status_code == 201
    stock = requests.get(f"{base_url}/v1/stock", params={"sku": "SKU-3"}, headers=shop, timeout=10).json()
    assert stock["stores"][0]["available"] == "6"
    cancelled = requests.post(f"{base_url}/v1/web-orders/W-2/cancel", headers=shop, timeout=10)
    assert cancelled.json()["status"] == "cancelled"
    stock = requests.get(f"{base_url}/v1/stock", params={"sku": "SKU-3"}, headers=shop, timeout=10).json()
    assert stock["stores"][0]["available"] == "10"
    got = requests.get(f"{base_url}/v1/web-orders/W-2", headers=shop, timeout=10).json()
    assert [h["status"] for h in got["history"]] == ["placed", "cancelled"]
    assert_ledger_matches_levels(db)
