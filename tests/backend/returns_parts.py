"""Builders for the returns-ledger tests: a sale with a basket discount, a return visit (schema 2),
a claim, as a till sends them; and the look-up / claim calls."""

from __future__ import annotations

import uuid
from typing import Any

import requests

from tests.backend.tills import Till


def discounted_sale(till: Till) -> dict[str, Any]:
    """2 x SKU-2 at 299 and 1 x SKU-3 at 399 (and a voided SKU-4), 100 off the basket, carried on
    the sale only (the lines' totals are before it): the backend allocates it, 60 and 40."""
    till.receipts += 1
    line = {"name": "x", "discount_minor": 0, "vat_code": "A", "vat_percent": "19"}
    return till.event(
        "sale.completed",
        {
            "sale_id": str(uuid.uuid4()),
            "receipt_number": f"{till.store_id}-{till.terminal_id}-{till.receipts:06d}",
            "store_id": till.store_id,
            "terminal_id": till.terminal_id,
            "staff_id": "anna",
            "currency": "EUR",
            "subtotal_minor": 997,
            "discount_minor": 100,
            "total_minor": 897,
            "lines": [
                {**line, "line_no": 1, "sku": "SKU-2", "quantity": "2", "unit_price_minor": 299,
                 "total_minor": 598},
                {**line, "line_no": 2, "sku": "SKU-4", "quantity": "1", "unit_price_minor": 499,
                 "total_minor": 499, "voided": True},
                {**line, "line_no": 3, "sku": "SKU-3", "quantity": "1", "unit_price_minor": 399,
                 "total_minor": 399},
            ],
            "payments": [{"tender": "card", "amount_minor": 897}],
        },
    )  # fmt: skip


def return_visit(
    till: Till,
    *returns: dict[str, Any],
    payments: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A schema-2 visit that only takes back `returns` (return-line dicts) and pays the refund out."""
    till.receipts += 1
    lines = [
        {"line_no": n, "name": r.get("sku", "x"), "vat_code": "A", "vat_percent": "19", "reason": "defective",
         **r}
        for n, r in enumerate(returns, start=1)
    ]  # fmt: skip
    refund = sum(int(r["refund_minor"]) for r in lines)
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
            "total_minor": -refund,
            "return_lines": lines,
            "payments": payments
            if payments is not None
            else [{"tender": "cash", "direction": "out", "amount_minor": refund}],
        },
    )


def claim_body(*lines: tuple[str, str, int, str], claim_id: str | None = None) -> dict[str, Any]:
    """(origin kind, reference, line no, quantity) per line."""
    return {
        "claim_id": claim_id or str(uuid.uuid4()),
        "staff_id": "anna",
        "lines": [
            {"origin_kind": k, "origin_reference": r, "origin_line_no": n, "quantity": q}
            for k, r, n, q in lines
        ],
    }


def claim(till: Till, body: dict[str, Any]) -> requests.Response:
    return till.http.post(
        f"{till.base_url}/v1/terminal/returns/claims", json=body, headers=till.headers, timeout=30
    )


def release(till: Till, claim_id: str) -> requests.Response:
    return till.http.delete(
        f"{till.base_url}/v1/terminal/returns/claims/{claim_id}", headers=till.headers, timeout=30
    )


def look_up(till: Till, kind: str, reference: str) -> requests.Response:
    path = "receipts" if kind == "receipt" else "web-orders"
    return till.http.get(
        f"{till.base_url}/v1/terminal/returns/{path}/{reference}", headers=till.headers, timeout=30
    )


def line_of(origin: dict[str, Any], line_no: int) -> dict[str, Any]:
    found: dict[str, Any] = next(ln for ln in origin["lines"] if ln["line_no"] == line_no)
    return found
