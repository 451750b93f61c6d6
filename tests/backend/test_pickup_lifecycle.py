"""Click-and-collect at the backend, end to end over HTTP: picking, ready, handover (with the visit in
the same batch, either order), partial handovers that settle themselves, idempotent repeats, and the
events a till should never send."""

from __future__ import annotations

from typing import Any

import requests
from sqlalchemy import select

from backend.db import Database
from backend.models import ManagerTask
from contract.pickup import code_check
from tests.backend.invariants import assert_ledger_matches_levels
from tests.backend.pickups import (
    feed_orders,
    feed_stock,
    handed_over,
    handover_visit,
    level,
    picked,
    place,
    push,
    ready,
    shown,
    started,
    stock_at,
)
from tests.backend.tills import Till, web_order

TWO_LINES = [
    {"sku": "SKU-2", "quantity": "2", "unit_price_minor": 299},
    {"sku": "SKU-3", "quantity": "3", "unit_price_minor": 399},
]


def _ok(answer: Any) -> list[dict[str, Any]]:
    assert answer.status_code == 200, answer.text
    return [r["result"] for r in answer.json()["results"]]


def _tasks(db: Database) -> list[tuple[str, str]]:
    with db.read() as session:
        return [tuple(row) for row in session.execute(select(ManagerTask.kind, ManagerTask.summary)).all()]  # type: ignore[misc]


def test_the_whole_lifecycle_with_idempotent_repeats(
    till: Till, db: Database, base_url: str, shop: dict[str, str]
) -> None:
    placed = place(base_url, shop, web_order("W-1", lines=TWO_LINES))
    assert len(placed["pickup_code"]) == 8
    assert placed["pickup_code"].isdigit()
    assert placed["pickup_qr"] == f"P:W-1:{placed['pickup_code']}"
    assert level(db, "S001", "SKU-2") == (10_000, 2000)

    start = started(till, "W-1")
    _ok(push(till, start))
    assert shown(base_url, shop, "W-1")["status"] == "picking"
    pick = picked(till, "W-1", (1, "SKU-2", "2", "0"), (2, "SKU-3", "1", "0"))
    _ok(push(till, pick))
    versions = [c["status"] for c in feed_orders(till, "W-1")]
    # Repeats with new event ids and the same absolute figures change nothing, not even the version.
    _ok(push(till, started(till, "W-1"), picked(till, "W-1", (1, "SKU-2", "2", "0"), (2, "SKU-3", "1", "0"))))
    assert [c["status"] for c in feed_orders(till, "W-1")] == versions

    done = ready(till, "W-1", (1, "SKU-2", "2", "0"), (2, "SKU-3", "3", "0"))
    results = _ok(push(till, done))
    assert results[0]["status"] == "ready"
    assert results[0]["pickup_by"]
    again = _ok(push(till, ready(till, "W-1", (1, "SKU-2", "2", "0"), (2, "SKU-3", "3", "0"))))
    assert again[0]["pickup_by"] == results[0]["pickup_by"]  # the deadline does not move
    order = shown(base_url, shop, "W-1")
    assert order["status"] == "ready"
    assert order["pickup_by"]
    assert order["ready_at"]
    assert [ln["picked"] for ln in order["lines"]] == ["2", "3"]

    data = feed_orders(till, "W-1")[-1]
    assert data["status"] == "ready"
    assert data["pickup_code_check"] == code_check("W-1", placed["pickup_code"])
    assert [(ln["name"], ln["picked"]) for ln in data["lines"]] == [("Product 2", "2"), ("Product 3", "3")]
    assert data["pickup_by"]
    assert data["placed_at"]
    assert data["pickup_store_id"] == "S001"

    visit = handover_visit(till, "W-1", (1, "SKU-2", "2"), (2, "SKU-3", "3"))
    handover = handed_over(
        till,
        "W-1",
        {"order_line_no": 1, "sku": "SKU-2", "collected": "2"},
        {"order_line_no": 2, "sku": "SKU-3", "collected": "3"},
    )
    results = _ok(push(till, visit, handover))
    assert results[1]["status"] == "collected"
    assert results[1]["refund_minor"] == 0
    repeat = till.event("pickup.handed_over", handover["payload"])  # the same handover, a new event id
    assert _ok(push(till, repeat))[0]["duplicate_handover"] is True

    order = shown(base_url, shop, "W-1")
    assert order["status"] == "collected"
    assert [ln["collected"] for ln in order["lines"]] == ["2", "3"]
    # One handover, one "collected": its visit's lines and its pickup.handed_over do not each record it.
    assert [h["status"] for h in order["history"]] == ["placed", "picking", "ready", "collected"]
    assert order["refund_requests"] == []
    assert level(db, "S001", "SKU-2") == (8000, 0)
    assert level(db, "S001", "SKU-3") == (7000, 0)
    assert feed_orders(till, "W-1")[-1]["status"] == "collected"
    assert feed_stock(till, "SKU-3") == {"sku": "SKU-3", "on_hand": "7", "reserved": "0", "available": "7"}
    assert not _tasks(db)
    assert_ledger_matches_levels(db)


def _partial(till: Till, number: str) -> dict[str, Any]:
    return handed_over(
        till,
        number,
        {"order_line_no": 1, "sku": "SKU-2", "collected": "1", "refused": "1", "reason": "damaged"},
        {"order_line_no": 2, "sku": "SKU-3", "collected": "2", "missing": "1", "reason": "not_found"},
    )


def test_a_partial_handover_settles_itself_whichever_event_comes_first(
    till: Till, db: Database, base_url: str, shop: dict[str, str]
) -> None:
    for number, handover_first in (("W-2", False), ("W-3", True)):
        place(base_url, shop, web_order(number, lines=TWO_LINES))
        _ok(push(till, ready(till, number, (1, "SKU-2", "2", "0"), (2, "SKU-3", "2", "1"))))
        visit = handover_visit(till, number, (1, "SKU-2", "1"), (2, "SKU-3", "2"))
        settle = _partial(till, number)
        if handover_first:  # the batch is in seq order: give the handover the lower seq
            visit["seq"], settle["seq"] = settle["seq"], visit["seq"]
            events = [settle, visit]
        else:
            events = [visit, settle]
        results = _ok(push(till, *events))
        assert all(r.get("anomalies", []) == [] for r in results)
        order = shown(base_url, shop, number)
        assert order["status"] == "partially_collected"
        lines = [(ln["collected"], ln["refused"], ln["short"]) for ln in order["lines"]]
        assert lines == [("1", "1", "0"), ("2", "0", "1")]
        refunds = order["refund_requests"]
        assert len(refunds) == 1
        assert refunds[0]["status"] == "requested"
        assert refunds[0]["amount_minor"] == 299 + 399
        assert [ln["reason"] for ln in refunds[0]["lines"]] == ["damaged", "not_found"]
        kinds = [h["status"] for h in order["history"]]
        assert kinds.count("refund_requested") == 1
        assert kinds[-1] in (
            "refund_requested",
            "partially_collected",
        )
        assert feed_orders(till, number)[-1]["status"] == "partially_collected"
    # Two orders of 2 + 3 each: 1 + 2 left the shelf per order, nothing stays reserved.
    assert level(db, "S001", "SKU-2") == (8000, 0)
    assert level(db, "S001", "SKU-3") == (6000, 0)
    assert feed_stock(till, "SKU-2")["reserved"] == "0"
    assert not _tasks(db)
    assert_ledger_matches_levels(db)


def test_an_order_paid_at_the_till_gets_no_refund_request(
    till: Till, db: Database, base_url: str, shop: dict[str, str]
) -> None:
    place(base_url, shop, web_order("W-4", lines=TWO_LINES, paid=False))
    visit = handover_visit(till, "W-4", (1, "SKU-2", "1"), (2, "SKU-3", "2"), paid_online=False)
    results = _ok(push(till, visit, _partial(till, "W-4")))
    assert results[1]["refund_minor"] == 0
    order = shown(base_url, shop, "W-4")
    assert order["status"] == "partially_collected"
    assert order["refund_requests"] == []
    assert level(db, "S001", "SKU-2") == (9000, 0)
    assert_ledger_matches_levels(db)


def test_a_handover_of_an_order_cancelled_meanwhile_stands_and_becomes_a_task(
    till: Till, db: Database, base_url: str, shop: dict[str, str]
) -> None:
    place(base_url, shop, web_order("W-5"))
    _ok(push(till, ready(till, "W-5", (1, "SKU-2", "2", "0"))))
    cancel = requests.post(f"{base_url}/v1/web-orders/W-5/cancel", headers=shop, timeout=20)
    assert cancel.status_code == 200, cancel.text
    assert level(db, "S001", "SKU-2") == (10_000, 0)
    # The till was offline: it handed the order over from its cache.
    visit = handover_visit(till, "W-5", (1, "SKU-2", "2"))
    handover = handed_over(till, "W-5", {"order_line_no": 1, "sku": "SKU-2", "collected": "2"}, claimed=False)
    results = _ok(push(till, visit, handover))
    assert results[1]["conflict"] == "was cancelled"
    order = shown(base_url, shop, "W-5")
    assert order["status"] == "cancelled"
    assert [ln["collected"] for ln in order["lines"]] == ["2"]  # the fact is kept
    assert level(db, "S001", "SKU-2") == (8000, 0)  # the goods left the shelf
    kinds = sorted(kind for kind, _ in _tasks(db))
    assert kinds == ["pickup.conflict", "visit.unmatched"]
    summary = next(s for k, s in _tasks(db) if k == "pickup.conflict")
    assert "W-5 was cancelled when S001/T01 handed it over" in summary
    assert "offline" in summary
    assert_ledger_matches_levels(db)


def test_a_second_handover_at_another_till_becomes_a_task(
    till: Till, db: Database, base_url: str, shop: dict[str, str]
) -> None:
    other = Till.enrol(db, base_url, "S001", "T02")
    place(base_url, shop, web_order("W-6"))
    line = {"order_line_no": 1, "sku": "SKU-2", "collected": "2"}
    _ok(push(till, handover_visit(till, "W-6", (1, "SKU-2", "2")), handed_over(till, "W-6", line)))
    results = _ok(
        push(
            other,
            handover_visit(other, "W-6", (1, "SKU-2", "2")),
            handed_over(other, "W-6", line, claimed=False),
        )
    )
    assert "another handover" in results[1]["conflict"]
    order = shown(base_url, shop, "W-6")
    assert order["status"] == "collected"
    assert [ln["collected"] for ln in order["lines"]] == ["4"]  # both facts stand
    assert level(db, "S001", "SKU-2") == (6000, 0)
    assert sorted(k for k, _ in _tasks(db)) == ["pickup.conflict", "visit.unmatched"]
    assert_ledger_matches_levels(db)


def test_picking_events_a_till_should_never_send_are_refused(
    till: Till, db: Database, base_url: str, shop: dict[str, str]
) -> None:
    place(base_url, shop, web_order("W-7"))
    stock_at(db, "S002", "SKU-2", 5000)
    place(base_url, shop, web_order("W-8", pickup_store_id="S002"))
    for make, code in (
        (lambda: started(till, "W-404"), "pickup.unknown_order"),
        (lambda: started(till, "W-8"), "pickup.other_store"),
        (lambda: picked(till, "W-7", (2, "SKU-2", "1", "0")), "pickup.unknown_line"),
        (lambda: picked(till, "W-7", (1, "SKU-3", "1", "0")), "pickup.unknown_line"),
        (lambda: picked(till, "W-7", (1, "SKU-2", "2", "1")), "pickup.over_pick"),
        (
            lambda: handed_over(till, "W-7", {"order_line_no": 3, "sku": "SKU-2", "collected": "1"}),
            "pickup.unknown_line",
        ),
    ):
        event = make()
        answer = push(till, event)
        assert answer.status_code == 422, answer.text
        assert answer.json()["error"] == code
        assert answer.json()["detail"]["event_id"] == event["event_id"]
        till.next_seq -= 1  # refused: the seq is free again
    other = push(till, started(till, "W-8")).json()
    assert other["detail"]["store_id"] == "S002"
    assert shown(base_url, shop, "W-7")["status"] == "placed"


def test_picking_an_order_closed_meanwhile_asks_to_put_the_goods_back(
    till: Till, db: Database, base_url: str, shop: dict[str, str]
) -> None:
    place(base_url, shop, web_order("W-9"))
    requests.post(f"{base_url}/v1/web-orders/W-9/cancel", headers=shop, timeout=20)
    results = _ok(push(till, ready(till, "W-9", (1, "SKU-2", "2", "0"))))
    assert results[0]["ignored"] is True
    assert shown(base_url, shop, "W-9")["status"] == "cancelled"
    assert [k for k, _ in _tasks(db)] == ["pickup.stale"]
