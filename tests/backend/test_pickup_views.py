"""What the web shop and a bootstrapping till see of a pickup: the replacement link both ways (a free
replacement owes no refund), the web shop's stock, and a snapshot page with the orders' feed data."""

from __future__ import annotations

import requests

from backend.db import Database
from contract.feed import SnapshotPage
from contract.pickup import code_check
from tests.backend.pickups import handed_over, handover_visit, place, push, ready, shown
from tests.backend.tills import Till, web_order


def test_a_replacement_is_linked_both_ways_and_owes_no_refund(
    till: Till, db: Database, base_url: str, shop: dict[str, str]
) -> None:
    place(base_url, shop, web_order("W-1"))
    line = {"order_line_no": 1, "sku": "SKU-2", "collected": "2"}
    answer = push(till, handover_visit(till, "W-1", (1, "SKU-2", "2")), handed_over(till, "W-1", line))
    assert answer.status_code == 200, answer.text
    replacement = web_order(
        "W-1R",
        lines=[{"sku": "SKU-2", "quantity": "1", "unit_price_minor": 299}],
        replaces_order_number="W-1",
    )
    assert place(base_url, shop, replacement)["total_minor"] == 0
    assert shown(base_url, shop, "W-1")["replaced_by"] == ["W-1R"]
    assert shown(base_url, shop, "W-1R")["replaces_order_number"] == "W-1"
    refused = {"order_line_no": 1, "sku": "SKU-2", "collected": "0", "refused": "1", "reason": "unwanted"}
    answer = push(till, handed_over(till, "W-1R", refused))
    assert answer.status_code == 200, answer.text
    order = shown(base_url, shop, "W-1R")
    assert order["status"] == "partially_collected"
    assert order["refund_requests"] == []


def test_the_web_shops_stock_and_a_snapshot_page_with_the_orders(
    till: Till, db: Database, base_url: str, shop: dict[str, str]
) -> None:
    code = place(base_url, shop, web_order("W-2"))["pickup_code"]
    assert push(till, ready(till, "W-2", (1, "SKU-2", "1", "1"))).status_code == 200
    stock = requests.get(f"{base_url}/v1/stock", params={"sku": "SKU-2"}, headers=shop, timeout=20).json()
    assert stock["stores"][0]["reserved"] == "2"
    snapshot = till.get("/v1/stores/S001/snapshot", entity="web_orders", include="orders")
    assert snapshot.status_code == 200, snapshot.text
    page = SnapshotPage.model_validate(snapshot.json())
    assert page.orders is not None
    assert [o.order_number for o in page.orders] == [row[0] for row in page.rows] == ["W-2"]
    order = page.orders[0]
    assert order.pickup_code_check == code_check("W-2", code)
    assert [(ln.picked, ln.short) for ln in order.lines] == [(1, 1)]
    assert order.pickup_by is not None
    plain = till.get("/v1/stores/S001/snapshot", entity="web_orders").json()
    assert "orders" not in plain or plain["orders"] is None
    wrong = till.get("/v1/stores/S001/snapshot", entity="customers", include="orders")
    assert wrong.status_code == 422


def test_a_web_orders_new_customer_reaches_the_tills_feed(
    till: Till, base_url: str, shop: dict[str, str]
) -> None:
    """The till shows who an order is for, and finds it by name, e-mail or phone, from the feed."""
    order = web_order("W-5")
    order["customer"] = {"customer_id": "C-NEW", "name": "Jan Novak", "email": "jan@example.test"}
    place(base_url, shop, order)
    page = till.get(f"/v1/stores/{till.store_id}/changes", limit=1000).json()
    customers = [c["data"] for c in page["changes"] if c["entity"] == "customer" and c["key"] == "C-NEW"]
    assert customers == [
        {"customer_id": "C-NEW", "name": "Jan Novak", "email": "jan@example.test", "phone": None}
    ]
