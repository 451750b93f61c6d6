"""Test helpers for vouchers: visits of schema 2 that issue or redeem a voucher, holds, look-ups."""

from __future__ import annotations

import uuid
from typing import Any

import requests
from sqlalchemy import select

from backend.db import Database
from backend.models import ManagerTask, VoucherMovement
from tests.backend.tills import Till


def voucher_visit(
    till: Till, *, payments: list[dict[str, Any]], refund_minor: int = 0, sold_minor: int = 0
) -> dict[str, Any]:
    """A `visit.completed` (schema 2): a return without a receipt refunded `refund_minor` and/or a sale
    of one SKU-2 at `sold_minor`, settled with `payments`."""
    till.receipts += 1
    lines = []
    if sold_minor:
        lines.append(
            {"line_no": 1, "sku": "SKU-2", "name": "Product 2", "quantity": "1",
             "unit_price_minor": sold_minor, "discount_minor": 0, "total_minor": sold_minor,
             "vat_code": "A", "vat_percent": "19"}
        )  # fmt: skip
    returns = []
    if refund_minor:
        returns.append(
            {"line_no": 1, "origin_kind": "none", "sku": "SKU-3", "name": "Product 3", "quantity": "1",
             "refund_minor": refund_minor, "vat_code": "A", "vat_percent": "19", "reason": "unwanted",
             "verified": False}
        )  # fmt: skip
    return till.event(
        "visit.completed",
        {
            "schema": 2,
            "sale_id": str(uuid.uuid4()),
            "receipt_number": f"{till.store_id}-{till.terminal_id}-{till.receipts:06d}",
            "store_id": till.store_id,
            "terminal_id": till.terminal_id,
            "staff_id": "anna",
            "currency": "EUR",
            "total_minor": sold_minor - refund_minor,
            "lines": lines,
            "return_lines": returns,
            "payments": payments,
        },
    )


def issued(code: str, amount: int) -> dict[str, Any]:
    return {"tender": "voucher", "direction": "out", "amount_minor": amount, "reference": code}


def redeemed(code: str, amount: int, *, hold_id: str | None = None, offline: bool = False) -> dict[str, Any]:
    return {
        "tender": "voucher",
        "direction": "in",
        "amount_minor": amount,
        "reference": code,
        "hold_id": hold_id,
        "offline": offline,
    }


def push_ok(till: Till, *events: dict[str, Any]) -> dict[str, Any]:
    answer = till.push(list(events))
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def issue(till: Till, code: str, amount: int) -> None:
    push_ok(till, voucher_visit(till, refund_minor=amount, payments=[issued(code, amount)]))


def hold(
    till: Till, code: str, amount: int, *, hold_id: str | None = None, currency: str = "EUR"
) -> requests.Response:
    return till.http.post(
        f"{till.base_url}/v1/terminal/vouchers/{code}/holds",
        json={"hold_id": hold_id or str(uuid.uuid4()), "amount_minor": amount, "currency": currency,
              "staff_id": "anna"},
        headers=till.headers,
        timeout=30,
    )  # fmt: skip


def look_up(till: Till, code: str) -> requests.Response:
    return till.get(f"/v1/terminal/vouchers/{code}")


def tasks(db: Database, kind: str) -> list[ManagerTask]:
    with db.read() as session:
        return list(session.scalars(select(ManagerTask).where(ManagerTask.kind == kind)))


def movements(db: Database, code: str) -> list[tuple[str, int, bool]]:
    with db.read() as session:
        rows = session.execute(
            select(VoucherMovement.kind, VoucherMovement.amount_minor, VoucherMovement.offline)
            .where(VoucherMovement.code == code)
            .order_by(VoucherMovement.movement_id)
        )
        return [(k, a, o) for k, a, o in rows]
