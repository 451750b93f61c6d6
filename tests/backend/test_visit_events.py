"""`visit.completed` at the backend: a handover collects its web order (status, history, feed); and
inputs a till should never send but a buggy one might: a return of a receipt number the backend holds
twice is applied (against the first sale) and answered 200, never a 500 that would stop that till's
queue for good; a handover of a cancelled order stands and becomes a manager task."""

from __future__ import annotations

import copy
import uuid
from typing import Any

import requests
from sqlalchemy import select

from backend.db import Database
from backend.models import ManagerTask, Sale, SaleLine
from tests.backend.invariants import assert_ledger_matches_levels
from tests.backend.tills import Till, web_order


def push(till: Till, *events: dict[str, Any]) -> requests.Response:
    return requests.post(
        f"{till.base_url}/v1/terminals/{till.terminal_id}/events",
        json={"events": list(events)},
        headers=till.headers,
        timeout=20,
    )


def test_a_return_of_a_receipt_number_held_twice_is_applied_once(till: Till, db: Database) -> None:
    first = till.sale(("SKU-2", "1"))
    number = first["payload"]["receipt_number"]
    again = till.event("sale.completed", {**copy.deepcopy(first["payload"]), "sale_id": str(uuid.uuid4())})
    assert push(till, first, again).status_code == 200  # both stand; a receipt.number_reused task
    visit = till.event(
        "visit.completed",
        {
            "sale_id": str(uuid.uuid4()),
            "receipt_number": "S001-T01-000099",
            "store_id": "S001",
            "terminal_id": "T01",
            "staff_id": "anna",
            "currency": "EUR",
            "total_minor": -299,
            "return_lines": [
                {"line_no": 1, "origin_kind": "receipt", "origin_reference": number, "origin_line_no": 1,
                 "sku": "SKU-2", "name": "Product 2", "quantity": "1", "refund_minor": 299,
                 "vat_code": "A", "vat_percent": "19", "reason": "defective"}
            ],
            "payments": [{"tender": "cash", "direction": "out", "amount_minor": 299}],
        },
    )  # fmt: skip
    answer = push(till, visit)
    assert answer.status_code == 200, answer.text
    with db.read() as session:
        returned = (
            session.execute(
                select(SaleLine.returned_milli)
                .join(Sale, Sale.sale_id == SaleLine.sale_id)
                .where(Sale.receipt_number == number)
                .order_by(Sale.recorded_at, Sale.sale_id)
            )
            .scalars()
            .all()
        )
        kinds = session.scalars(select(ManagerTask.kind)).all()
    assert sorted(returned) == [0, 1000]  # one of the two, once
    assert "receipt.number_reused" in kinds


def _handover_visit(till: Till, number: str, *lines: tuple[int, str, str]) -> dict[str, Any]:
    """A visit that hands over (order line, sku, quantity) of web order `number`, paid online."""
    handover = [
        {"line_no": n, "order_number": number, "order_line_no": order_line, "sku": sku, "name": sku,
         "quantity": qty, "unit_price_minor": 299, "amount_minor": 0, "vat_code": "A", "vat_percent": "19",
         "paid_online": True}
        for n, (order_line, sku, qty) in enumerate(lines, start=1)
    ]  # fmt: skip
    till.receipts += 1
    return till.event(
        "visit.completed",
        {
            "sale_id": str(uuid.uuid4()),
            "receipt_number": f"S001-T01-{till.receipts:06d}",
            "store_id": "S001",
            "terminal_id": "T01",
            "staff_id": "anna",
            "currency": "EUR",
            "total_minor": 0,
            "handover_lines": handover,
            "payments": [],
        },
    )


def _web_order_changes(till: Till, number: str) -> list[dict[str, Any]]:
    page = till.get("/v1/stores/S001/changes", limit=1000).json()
    return [c["data"] for c in page["changes"] if c["entity"] == "web_order" and c["key"] == number]


def _place(base_url: str, shop: dict[str, str], order: dict[str, Any]) -> None:
    placed = requests.post(f"{base_url}/v1/web-orders", json=order, headers=shop, timeout=20)
    assert placed.status_code == 201, placed.text


def test_a_handover_collects_the_web_order_line_by_line_and_tells_the_feed(
    till: Till, db: Database, base_url: str, shop: dict[str, str]
) -> None:
    lines = [
        {"sku": "SKU-2", "quantity": "2", "unit_price_minor": 299},
        {"sku": "SKU-3", "quantity": "1", "unit_price_minor": 299},
    ]
    _place(base_url, shop, web_order("W-77", lines=lines))

    first = push(till, _handover_visit(till, "W-77", (1, "SKU-2", "2")))
    assert first.status_code == 200, first.text
    shown = requests.get(f"{base_url}/v1/web-orders/W-77", headers=shop, timeout=20).json()
    assert shown["status"] == "partially_collected"
    assert [ln["collected"] for ln in shown["lines"]] == ["2", "0"]
    assert [c["status"] for c in _web_order_changes(till, "W-77")] == ["placed", "partially_collected"]

    second = push(till, _handover_visit(till, "W-77", (2, "SKU-3", "1")))
    assert second.status_code == 200, second.text
    shown = requests.get(f"{base_url}/v1/web-orders/W-77", headers=shop, timeout=20).json()
    assert shown["status"] == "collected"
    assert [h["status"] for h in shown["history"]] == ["placed", "partially_collected", "collected"]
    statuses = [c["status"] for c in _web_order_changes(till, "W-77")]
    assert statuses == ["placed", "partially_collected", "collected"]
    with db.read() as session:
        assert not session.scalars(select(ManagerTask.kind)).all()  # nothing unmatched
    assert_ledger_matches_levels(db)


def test_a_handover_of_a_cancelled_order_changes_no_status_and_becomes_a_task(
    till: Till, db: Database, base_url: str, shop: dict[str, str]
) -> None:
    _place(
        base_url, shop, web_order("W-78", lines=[{"sku": "SKU-2", "quantity": "1", "unit_price_minor": 299}])
    )
    cancel = requests.post(f"{base_url}/v1/web-orders/W-78/cancel", headers=shop, timeout=20)
    assert cancel.status_code == 200, cancel.text

    answer = push(till, _handover_visit(till, "W-78", (1, "SKU-2", "1")))
    assert answer.status_code == 200, answer.text  # a fact that happened is never refused
    shown = requests.get(f"{base_url}/v1/web-orders/W-78", headers=shop, timeout=20).json()
    assert shown["status"] == "cancelled"
    with db.read() as session:
        tasks = session.execute(select(ManagerTask.kind, ManagerTask.summary)).all()
    assert [kind for kind, _ in tasks] == ["visit.unmatched"]
    assert "W-78 was cancelled when it was handed over" in tasks[0][1]


def test_a_handover_that_matches_no_line_changes_no_status(
    till: Till, db: Database, base_url: str, shop: dict[str, str]
) -> None:
    """A handover naming the wrong sku counts against nothing: the order stays placed (and can still be
    cancelled, which releases its reservation); the visit stands as a manager task."""
    _place(base_url, shop, web_order("W-90"))
    answer = push(till, _handover_visit(till, "W-90", (1, "SKU-3", "1")))
    assert answer.status_code == 200, answer.text
    shown = requests.get(f"{base_url}/v1/web-orders/W-90", headers=shop, timeout=20).json()
    assert shown["status"] == "placed"
    assert [h["status"] for h in shown["history"]] == ["placed"]
    assert [c["status"] for c in _web_order_changes(till, "W-90")] == ["placed"]
    cancel = requests.post(f"{base_url}/v1/web-orders/W-90/cancel", headers=shop, timeout=20)
    assert cancel.status_code == 200, cancel.text
    with db.read() as session:
        summaries = session.scalars(select(ManagerTask.summary)).all()
    assert summaries == ["web order W-90 has no line 1 of SKU-3"]
