"""The web-shop API refuses what it should: re-posts with other content, free orders, negative prices,
fractional pieces, over-returns; and it is idempotent by order number and return id, also under load.
"""

from __future__ import annotations

import threading
from typing import Any

import requests
from sqlalchemy import update

from backend.db import Database
from backend.models import WebOrder, WebOrderLine
from backend.services.catalogue import ProductRow, upsert_products
from backend.services.feed import FeedWriter
from backend.services.stock import StockLedger
from tests.backend.invariants import assert_ledger_matches_levels
from tests.backend.tills import web_order as _order


def _post(base_url: str, shop: dict[str, str], path: str, body: dict[str, Any]) -> requests.Response:
    return requests.post(f"{base_url}{path}", json=body, headers=shop, timeout=30)


def _available(base_url: str, shop: dict[str, str], sku: str) -> str:
    stock = requests.get(f"{base_url}/v1/stock", params={"sku": sku}, headers=shop, timeout=10).json()
    return str(stock["stores"][0]["available"])


def _at_once(n: int, work: Any) -> list[requests.Response]:
    answers: list[requests.Response] = []
    barrier = threading.Barrier(n)

    def run(index: int) -> None:
        barrier.wait()
        answers.append(work(index))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return answers


def test_one_order_number_posted_eight_times_at_once_is_placed_once(
    db: Database, base_url: str, shop: dict[str, str]
) -> None:
    same = _at_once(8, lambda _i: _post(base_url, shop, "/v1/web-orders", _order("W-8")))
    assert sorted(a.status_code for a in same) == [200] * 7 + [201], [a.text for a in same]
    assert len({a.json()["pickup_code"] for a in same}) == 1  # every answer is the one stored order
    assert _available(base_url, shop, "SKU-2") == "8"  # reserved once

    def mixed(index: int) -> requests.Response:
        quantity = "1" if index % 2 else "3"
        lines = [{"sku": "SKU-3", "quantity": quantity, "unit_price_minor": 399}]
        return _post(base_url, shop, "/v1/web-orders", _order("W-9", lines=lines))

    answers = _at_once(8, mixed)
    assert [a.status_code for a in answers].count(201) == 1, [a.text for a in answers]
    winner = next(a for a in answers if a.status_code == 201).json()
    for answer in answers:
        assert answer.status_code in (200, 201, 409), answer.text
        if answer.status_code == 200:
            assert answer.json() == winner
        if answer.status_code == 409:
            assert answer.json()["error"] == "web_order.conflict"
    assert _available(base_url, shop, "SKU-3") == str(10 - int(winner["lines"][0]["quantity"]))
    assert_ledger_matches_levels(db)


def test_a_re_post_is_idempotent_with_the_same_content_and_refused_with_other(
    db: Database, base_url: str, shop: dict[str, str]
) -> None:
    first = _post(base_url, shop, "/v1/web-orders", _order("W-1"))
    assert first.status_code == 201, first.text
    again = _post(base_url, shop, "/v1/web-orders", _order("W-1"))
    assert again.status_code == 200
    assert again.json() == first.json()
    same_amount = _order("W-1", lines=[{"sku": "SKU-2", "quantity": "2.000", "unit_price_minor": 299}])
    assert _post(base_url, shop, "/v1/web-orders", same_amount).status_code == 200
    other = _order("W-1", lines=[{"sku": "SKU-2", "quantity": "1", "unit_price_minor": 299}])
    refused = _post(base_url, shop, "/v1/web-orders", other)
    assert refused.status_code == 409
    assert refused.json()["error"] == "web_order.conflict"
    assert _available(base_url, shop, "SKU-2") == "8"


def _collect(db: Database, number: str, *, status: str = "collected") -> None:
    """What a handover will do (click-and-collect issue): mark the lines collected."""
    with db.write() as session:
        session.execute(update(WebOrder).where(WebOrder.order_number == number).values(status=status))
        session.execute(
            update(WebOrderLine)
            .where(WebOrderLine.order_number == number)
            .values(collected_milli=WebOrderLine.quantity_milli)
        )


def test_a_replacement_needs_a_collected_order_of_the_same_customer(
    db: Database, base_url: str, shop: dict[str, str]
) -> None:
    unknown = _post(base_url, shop, "/v1/web-orders", _order("R-0", replaces_order_number="W-404"))
    assert (unknown.status_code, unknown.json()["error"]) == (422, "web_order.unknown_original")
    assert _post(base_url, shop, "/v1/web-orders", _order("W-1")).status_code == 201
    placed = _post(base_url, shop, "/v1/web-orders", _order("R-1", replaces_order_number="W-1"))
    assert (placed.status_code, placed.json()["error"]) == (422, "web_order.not_replaceable")
    _collect(db, "W-1")
    stranger = _post(
        base_url, shop, "/v1/web-orders", _order("R-2", customer="C9", replaces_order_number="W-1")
    )
    assert (stranger.status_code, stranger.json()["error"]) == (422, "web_order.other_customer")
    lines = [{"sku": "SKU-2", "quantity": "1", "unit_price_minor": 299}]
    good = _post(base_url, shop, "/v1/web-orders", _order("R-3", lines=lines, replaces_order_number="W-1"))
    assert good.status_code == 201, good.text
    assert good.json()["total_minor"] == 0
    more = _post(
        base_url, shop, "/v1/web-orders", _order("R-4", lines=lines * 2, replaces_order_number="W-1")
    )
    assert (more.status_code, more.json()["error"]) == (422, "web_order.replacement_exceeds")
    other_sku = [{"sku": "SKU-3", "quantity": "1", "unit_price_minor": 0}]
    assert (
        _post(
            base_url, shop, "/v1/web-orders", _order("R-5", lines=other_sku, replaces_order_number="W-1")
        ).status_code
        == 422
    )
    assert_ledger_matches_levels(db)


def test_negative_prices_and_fractional_pieces_are_refused(
    db: Database, base_url: str, shop: dict[str, str]
) -> None:
    negative = _order("W-2", lines=[{"sku": "SKU-2", "quantity": "1", "unit_price_minor": -1}])
    assert _post(base_url, shop, "/v1/web-orders", negative).status_code == 422
    half = _order("W-3", lines=[{"sku": "SKU-2", "quantity": "1.5", "unit_price_minor": 299}])
    answer = _post(base_url, shop, "/v1/web-orders", half)
    assert (answer.status_code, answer.json()["error"]) == (422, "web_order.fractional_quantity")
    unknown = _order("W-4", lines=[{"sku": "NOPE", "quantity": "1", "unit_price_minor": 1}])
    assert _post(base_url, shop, "/v1/web-orders", unknown).json()["error"] == "product.unknown"
    with db.write() as session:
        upsert_products(session, [ProductRow(sku="CHEESE", name="Cheese", vat_code="B", unit="kg")], None)
        ledger = StockLedger(session)
        ledger.move(
            store_id="S001", sku="CHEESE", qty_milli=5000, reason="adjustment", source="t", source_line=1
        )
        ledger.flush(FeedWriter(session), source="t")
    weighed = _order("W-5", lines=[{"sku": "CHEESE", "quantity": "0.375", "unit_price_minor": 1990}])
    placed = _post(base_url, shop, "/v1/web-orders", weighed)
    assert placed.status_code == 201, placed.text
    assert placed.json()["total_minor"] == 746  # 19.90 x 0.375, rounded down
    assert_ledger_matches_levels(db)


def test_returns_through_another_channel_count_against_what_is_returnable(
    db: Database, base_url: str, shop: dict[str, str]
) -> None:
    lines = [
        {"sku": "SKU-2", "quantity": "2", "unit_price_minor": 299},
        {"sku": "SKU-3", "quantity": "1", "unit_price_minor": 399},
        {"sku": "SKU-3", "quantity": "1", "unit_price_minor": 399},
    ]
    assert _post(base_url, shop, "/v1/web-orders", _order("W-7", lines=lines)).status_code == 201
    ret = {
        "return_id": "RET-1",
        "channel": "parcel",
        "lines": [{"sku": "SKU-2", "quantity": "1", "reason": "faulty"}],
    }
    missing = _post(base_url, shop, "/v1/web-orders/W-404/returns", ret)
    assert (missing.status_code, missing.json()["error"]) == (404, "web_order.unknown")
    early = _post(base_url, shop, "/v1/web-orders/W-7/returns", ret)  # nothing collected yet
    assert (early.status_code, early.json()["error"]) == (409, "web_order.over_return")
    assert early.json()["detail"]["lines"][0]["returnable"] == "0"
    _collect(db, "W-7")
    first = _post(base_url, shop, "/v1/web-orders/W-7/returns", ret)
    assert first.status_code == 201, first.text
    assert first.json()["order"]["lines"][0]["returned"] == "1"
    replay = _post(base_url, shop, "/v1/web-orders/W-7/returns", ret)
    assert replay.status_code == 200
    assert replay.json() == first.json() | {"order": replay.json()["order"]}
    assert replay.json()["order"]["lines"][0]["returned"] == "1"  # counted once
    other = {**ret, "lines": [{"sku": "SKU-2", "quantity": "2", "reason": "faulty"}]}
    assert (
        _post(base_url, shop, "/v1/web-orders/W-7/returns", other).json()["error"]
        == "web_order.return_conflict"
    )
    over = {"return_id": "RET-2", "lines": [{"line_no": 1, "quantity": "2", "reason": "faulty"}]}
    answer = _post(base_url, shop, "/v1/web-orders/W-7/returns", over)
    assert (answer.status_code, answer.json()["detail"]["lines"][0]["returnable"]) == (409, "1")
    ambiguous = {"return_id": "RET-3", "lines": [{"sku": "SKU-3", "quantity": "1", "reason": "too big"}]}
    assert (
        _post(base_url, shop, "/v1/web-orders/W-7/returns", ambiguous).json()["error"]
        == "web_order.ambiguous_line"
    )
    by_line = {
        "return_id": "RET-3",
        "lines": [{"line_no": 3, "sku": "SKU-3", "quantity": "1", "reason": "too big"}],
    }
    assert _post(base_url, shop, "/v1/web-orders/W-7/returns", by_line).status_code == 201
    wrong = {"return_id": "RET-4", "lines": [{"line_no": 3, "sku": "SKU-2", "quantity": "1", "reason": "x"}]}
    assert (
        _post(base_url, shop, "/v1/web-orders/W-7/returns", wrong).json()["error"] == "web_order.unknown_line"
    )
    half = {"return_id": "RET-5", "lines": [{"line_no": 1, "quantity": "0.5", "reason": "x"}]}
    assert (
        _post(base_url, shop, "/v1/web-orders/W-7/returns", half).json()["error"]
        == "web_order.fractional_quantity"
    )
    nothing = {"return_id": "RET-6", "lines": [{"quantity": "1", "reason": "x"}]}
    assert _post(base_url, shop, "/v1/web-orders/W-7/returns", nothing).status_code == 422
    got = requests.get(f"{base_url}/v1/web-orders/W-7", headers=shop, timeout=10).json()
    assert [ln["returned"] for ln in got["lines"]] == ["1", "0", "1"]
    assert len(got["history"]) == 3  # placed, two returns

    concurrent = _at_once(
        6,
        lambda i: _post(
            base_url,
            shop,
            "/v1/web-orders/W-7/returns",
            {"return_id": f"RACE-{i}", "lines": [{"line_no": 2, "quantity": "1", "reason": "race"}]},
        ),
    )
    assert sorted(a.status_code for a in concurrent) == [201] + [409] * 5  # one unit left on line 2
