"""`visit.completed` at the backend with inputs a till should never send but a buggy one might: a
return of a receipt number the backend holds twice is applied (against the first sale) and answered
200, never a 500 that would stop that till's queue for good."""

from __future__ import annotations

import copy
import uuid
from typing import Any

import requests
from sqlalchemy import select

from backend.db import Database
from backend.models import ManagerTask, Sale, SaleLine
from tests.backend.tills import Till


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
