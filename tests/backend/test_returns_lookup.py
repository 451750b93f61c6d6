"""The returnable look-ups and the lowest price (contract/returns.py, docs/adr/0015-returns-ledger.md).

A receipt's lines show what was paid for them after the sale's basket discount (allocated exactly:
one returned unit refunds what it cost), what every channel returned, what live claims hold, and
the product group's policy and window; a receipt of another store is found too; unknown ones are 404
with the project's error shape. A web order shows what was collected, paid online. The lowest price
follows the store's own price over its list price through the price history."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from backend.db import Database
from backend.models import PriceHistory, utcnow
from backend.services.catalogue import (
    GroupRow,
    PriceRow,
    ProductRow,
    upsert_groups,
    upsert_prices,
    upsert_products,
)
from backend.services.feed import FeedWriter
from contract.returns import LowestPrice, ReturnableLine, ReturnableOrigin, refund_for
from tests.backend.pickups import place
from tests.backend.returns_parts import claim, claim_body, discounted_sale, line_of, look_up, return_visit
from tests.backend.tills import Till, web_order


def _groups(db: Database) -> None:
    with db.write() as session:
        feed = FeedWriter(session)
        upsert_groups(
            session,
            [
                GroupRow("general", "General"),
                GroupRow("electronics", "Electronics", return_days=14),
                GroupRow("clearance", "Clearance", final_sale=True),
            ],
            feed,
        )
        upsert_products(session, [ProductRow("SKU-3", "Product 3", "A", group_id="electronics")], feed)
        feed.flush()


def test_a_receipt_shows_what_each_line_cost_after_the_basket_discount(
    db: Database, till: Till, base_url: str
) -> None:
    _groups(db)
    sale = discounted_sale(till)
    number = sale["payload"]["receipt_number"]
    assert till.push([sale]).ok
    other = Till.enrol(db, base_url, "S002", "T07")  # a till of another store finds it as well
    first = look_up(other, "receipt", number)
    assert first.status_code == 200, first.text
    origin = first.json()
    ReturnableOrigin.model_validate(origin)  # the contract's shape, field for field
    assert set(origin) == set(ReturnableOrigin.model_fields)
    assert all(set(ln) == set(ReturnableLine.model_fields) for ln in origin["lines"])
    assert (origin["kind"], origin["reference"], origin["store_id"], origin["total_minor"]) == (
        "receipt", number, "S001", 897,
    )  # fmt: skip
    assert [ln["line_no"] for ln in origin["lines"]] == [1, 3]  # the voided line was never sold
    drill, phone = line_of(origin, 1), line_of(origin, 3)
    # 100 off over 598 and 399: 59 + 40 = 99, the minor unit left goes to the larger line.
    assert (drill["paid_minor"], drill["unit_paid_minor"], phone["paid_minor"]) == (538, 269, 359)
    assert drill["paid_minor"] + phone["paid_minor"] == 897
    assert (drill["quantity"], drill["returned"], drill["claimed"], drill["returnable"]) == (
        "2",
        "0",
        "0",
        "2",
    )
    sold_on = datetime.fromisoformat(origin["occurred_at"]).astimezone(ZoneInfo("Europe/Berlin")).date()
    assert drill["policy"] == {"group_id": None, "return_days": 30, "final_sale": False}
    assert date.fromisoformat(drill["window_ends"]) == sold_on + timedelta(days=30)
    assert phone["policy"] == {"group_id": "electronics", "return_days": 14, "final_sale": False}
    assert date.fromisoformat(phone["window_ends"]) == sold_on + timedelta(days=14)
    assert origin["tenders"] == [{"tender": "card", "amount_minor": 897, "reference": None}]

    # One unit back at a till, one held by another till's claim: the rest is what may come back.
    refund = refund_for(drill["paid_minor"], 2000, 0, 1000)
    assert refund == 269
    back = return_visit(
        till,
        {"origin_kind": "receipt", "origin_reference": number, "origin_line_no": 1, "sku": "SKU-2",
         "quantity": "1", "refund_minor": refund},
    )  # fmt: skip
    assert till.push([back]).ok
    assert claim(other, claim_body(("receipt", number, 3, "1"))).status_code == 201
    with db.write() as session:  # the phone's product becomes final sale, the drill's group clearance
        feed = FeedWriter(session)
        upsert_products(
            session,
            [
                ProductRow("SKU-3", "Product 3", "A", final_sale=True),
                ProductRow("SKU-2", "Product 2", "A", group_id="clearance"),
            ],
            feed,
        )
        feed.flush()
    again = look_up(till, "receipt", number).json()
    drill, phone = line_of(again, 1), line_of(again, 3)
    assert (drill["returned"], drill["claimed"], drill["returnable"]) == ("1", "0", "1")
    assert (phone["returned"], phone["claimed"], phone["returnable"]) == ("0", "1", "0")
    assert drill["policy"] == {"group_id": "clearance", "return_days": 30, "final_sale": True}
    assert phone["policy"] == {"group_id": "electronics", "return_days": 14, "final_sale": True}

    unknown = look_up(till, "receipt", "S001-T01-999999")
    assert unknown.status_code == 404
    assert unknown.json() == {
        "error": "return.unknown_receipt",
        "message": "no sale with receipt number S001-T01-999999",
        "detail": None,
    }
    assert look_up(till, "receipt", "x" * 65).status_code == 422
    assert till.http.get(f"{base_url}/v1/terminal/returns/receipts/{number}", timeout=10).status_code == 401


def test_groups_reach_the_tills_through_the_feed_and_the_snapshot(db: Database, till: Till) -> None:
    start = till.get("/v1/stores/S001/snapshot").json()["cursor"]
    _groups(db)
    changes = till.get("/v1/stores/S001/changes", cursor=start, limit=100).json()["changes"]
    groups = {c["key"]: c["data"] for c in changes if c["entity"] == "product_group"}
    assert groups["electronics"] == {"group_id": "electronics", "name": "Electronics", "return_days": 14,
                                     "final_sale": False}  # fmt: skip
    assert groups["clearance"]["final_sale"] is True
    product = next(c for c in changes if c["entity"] == "product" and c["key"] == "SKU-3")
    assert (product["data"]["group_id"], product["data"]["final_sale"]) == ("electronics", False)
    manifest = till.get("/v1/stores/S001/snapshot").json()
    assert "product_groups" in manifest["entities"]
    page = till.get("/v1/stores/S001/snapshot", entity="product_groups").json()
    rows = {r[0]: dict(zip(page["columns"], r, strict=True)) for r in page["rows"]}
    assert rows["electronics"]["return_days"] == 14
    assert rows["general"]["return_days"] is None
    products = till.get("/v1/stores/S001/snapshot", entity="products").json()
    cols = products["columns"]
    sku3 = next(r for r in products["rows"] if r[0] == "SKU-3")
    assert sku3[cols.index("group_id")] == "electronics"
    assert not sku3[cols.index("final_sale")]


def test_a_web_order_shows_what_was_collected_and_that_it_was_paid_online(
    db: Database, till: Till, base_url: str, shop: dict[str, str]
) -> None:
    place(
        base_url, shop, web_order("W-7", lines=[{"sku": "SKU-2", "quantity": "3", "unit_price_minor": 299}])
    )
    till.receipts += 1
    handover = till.event(
        "visit.completed",
        {
            "sale_id": str(uuid.uuid4()),
            "receipt_number": f"S001-T01-{till.receipts:06d}",
            "store_id": "S001", "terminal_id": "T01", "staff_id": "anna", "currency": "EUR", "total_minor": 0,
            "handover_lines": [
                {"line_no": 1, "order_number": "W-7", "order_line_no": 1, "sku": "SKU-2", "name": "P2",
                 "quantity": "2", "unit_price_minor": 299, "amount_minor": 0, "vat_code": "A",
                 "vat_percent": "19", "paid_online": True}
            ],
            "payments": [],
        },
    )  # fmt: skip
    assert till.push([handover]).ok
    answer = look_up(till, "web_order", "W-7")
    assert answer.status_code == 200, answer.text
    origin = answer.json()
    ReturnableOrigin.model_validate(origin)
    assert set(origin) == set(ReturnableOrigin.model_fields)
    assert (origin["kind"], origin["paid_online"], origin["store_id"]) == ("web_order", True, "S001")
    line = line_of(origin, 1)
    # Collected 2 of 3: those may come back, at what they cost.
    assert (line["quantity"], line["paid_minor"], line["unit_paid_minor"], line["returnable"]) == (
        "2",
        598,
        299,
        "2",
    )
    assert (line["vat_code"], line["vat_percent"]) == ("A", "19")
    assert origin["tenders"] == [{"tender": "web", "amount_minor": 897, "reference": "W-7"}]
    unknown = look_up(till, "web_order", "W-404")
    assert (unknown.status_code, unknown.json()["error"]) == (404, "return.unknown_order")


def test_the_lowest_price_of_the_last_days_follows_the_store_price_over_the_list(
    db: Database, till: Till
) -> None:
    now = utcnow()
    with db.write() as session:
        assert session.scalars(
            select(PriceHistory.amount_minor).where(PriceHistory.sku == "SKU-2")
        ).all() == [299]
        upsert_prices(session, [PriceRow("SKU-2", "DE", 299, "EUR")], None)  # unchanged: no new entry
        assert len(session.scalars(select(PriceHistory).where(PriceHistory.sku == "SKU-2")).all()) == 1
        session.query(PriceHistory).filter(PriceHistory.sku == "SKU-2").update(
            {"valid_from": now - timedelta(days=90)}
        )
        session.add_all(
            [  # the list price 249 from 40 to 20 days ago; the store's own 229 for a day, 10 days ago
                PriceHistory(sku="SKU-2", scope="DE", amount_minor=249, currency="EUR",
                             valid_from=now - timedelta(days=40)),
                PriceHistory(sku="SKU-2", scope="DE", amount_minor=299, currency="EUR",
                             valid_from=now - timedelta(days=20)),
                PriceHistory(sku="SKU-2", scope="store:S001", amount_minor=229, currency="EUR",
                             valid_from=now - timedelta(days=10)),
                PriceHistory(sku="SKU-2", scope="store:S001", amount_minor=319, currency="EUR",
                             valid_from=now - timedelta(days=9)),
            ]
        )  # fmt: skip

    def lowest(days: int) -> dict[str, object]:
        answer = till.get("/v1/terminal/products/SKU-2/lowest-price", days=days)
        assert answer.status_code == 200, answer.text
        body: dict[str, object] = answer.json()
        assert set(body) == set(LowestPrice.model_fields)
        return body

    assert lowest(30) == {"sku": "SKU-2", "name": "Product 2", "currency": "EUR", "days": 30,
                          "lowest_minor": 229, "current_minor": 319}  # fmt: skip
    assert lowest(5)["lowest_minor"] == 319  # the store's price in force all along
    assert lowest(35)["lowest_minor"] == 229
    assert lowest(45)["lowest_minor"] == 229
    default = till.get("/v1/terminal/products/SKU-3/lowest-price").json()
    assert (default["days"], default["lowest_minor"], default["current_minor"]) == (30, 399, 399)
    other = Till.enrol(db, till.base_url, "S002", "T02")  # S002 has no own price: the list's
    assert other.get("/v1/terminal/products/SKU-2/lowest-price", days=30).json()["lowest_minor"] == 249
    assert other.get("/v1/terminal/products/SKU-2/lowest-price", days=15).json()["lowest_minor"] == 299
    unknown = till.get("/v1/terminal/products/NOPE/lowest-price")
    assert (unknown.status_code, unknown.json()["error"]) == (404, "product.unknown")
    assert till.get("/v1/terminal/products/SKU-2/lowest-price", days=0).status_code == 422
    assert till.get("/v1/terminal/products/SKU-2/lowest-price", days="x").status_code == 422
