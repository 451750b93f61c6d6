"""Builders for the till's click-and-collect events and the web shop's calls, as a till would send them."""

from __future__ import annotations

import uuid
from typing import Any

import requests
from sqlalchemy import select

from backend.db import Database
from backend.models import StockLevel
from backend.services.feed import FeedWriter
from backend.services.stock import StockLedger
from tests.backend.tills import Till


def place(base_url: str, shop: dict[str, str], order: dict[str, Any]) -> dict[str, Any]:
    answer = requests.post(f"{base_url}/v1/web-orders", json=order, headers=shop, timeout=20)
    assert answer.status_code == 201, answer.text
    body: dict[str, Any] = answer.json()
    return body


def shown(base_url: str, shop: dict[str, str], number: str) -> dict[str, Any]:
    answer = requests.get(f"{base_url}/v1/web-orders/{number}", headers=shop, timeout=20)
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def push(till: Till, *events: dict[str, Any]) -> requests.Response:
    return till.push(list(events))


def _head(till: Till, number: str) -> dict[str, Any]:
    return {
        "order_number": number,
        "store_id": till.store_id,
        "terminal_id": till.terminal_id,
        "staff_id": "anna",
    }


def started(till: Till, number: str, pick_id: str | None = None) -> dict[str, Any]:
    return till.event("pickup.started", {**_head(till, number), "pick_id": pick_id or str(uuid.uuid4())})


def picked(
    till: Till, number: str, *lines: tuple[int, str, str, str], kind: str = "pickup.picked"
) -> dict[str, Any]:
    """(order line, sku, picked, short) per line."""
    return till.event(
        kind,
        {
            **_head(till, number),
            "pick_id": str(uuid.uuid4()),
            "lines": [{"order_line_no": no, "sku": sku, "picked": p, "short": s} for no, sku, p, s in lines],
        },
    )


def ready(till: Till, number: str, *lines: tuple[int, str, str, str]) -> dict[str, Any]:
    return picked(till, number, *lines, kind="pickup.ready")


def handed_over(
    till: Till,
    number: str,
    *lines: dict[str, Any],
    handover_id: str | None = None,
    receipt: str | None = None,
    claimed: bool = True,
) -> dict[str, Any]:
    return till.event(
        "pickup.handed_over",
        {
            **_head(till, number),
            "handover_id": handover_id or str(uuid.uuid4()),
            "receipt_number": receipt or f"{till.store_id}-{till.terminal_id}-{till.receipts:06d}",
            "found_by": "qr",
            "claimed": claimed,
            "collector": {"name": "Julia Hoffmann"},
            "lines": list(lines),
        },
    )


def handover_visit(
    till: Till, number: str, *lines: tuple[int, str, str], paid_online: bool = True
) -> dict[str, Any]:
    """A visit handing over (order line, sku, quantity) of web order `number`."""
    till.receipts += 1
    handover = [
        {"line_no": n, "order_number": number, "order_line_no": order_line, "sku": sku, "name": sku,
         "quantity": qty, "unit_price_minor": 299, "amount_minor": 0 if paid_online else 299 * int(qty),
         "vat_code": "A", "vat_percent": "19", "paid_online": paid_online}
        for n, (order_line, sku, qty) in enumerate(lines, start=1)
    ]  # fmt: skip
    total = sum(h["amount_minor"] for h in handover)
    return till.event(
        "visit.completed",
        {
            "sale_id": str(uuid.uuid4()),
            "receipt_number": f"{till.store_id}-{till.terminal_id}-{till.receipts:06d}",
            "store_id": till.store_id,
            "terminal_id": till.terminal_id,
            "staff_id": "anna",
            "currency": "EUR",
            "total_minor": total,
            "handover_lines": handover,
            "payments": [{"tender": "cash", "amount_minor": total}] if total else [],
        },
    )


def level(db: Database, store: str, sku: str) -> tuple[int, int]:
    """(on hand, reserved) in milli-units."""
    with db.read() as session:
        row = session.execute(
            select(StockLevel).where(StockLevel.store_id == store, StockLevel.sku == sku)
        ).scalar_one()
        return row.on_hand_milli, row.reserved_milli


def feed_orders(till: Till, number: str) -> list[dict[str, Any]]:
    page = till.get(f"/v1/stores/{till.store_id}/changes", limit=1000).json()
    return [c["data"] for c in page["changes"] if c["entity"] == "web_order" and c["key"] == number]


def feed_stock(till: Till, sku: str) -> dict[str, Any]:
    page = till.get(f"/v1/stores/{till.store_id}/changes", limit=1000).json()
    found = [c["data"] for c in page["changes"] if c["entity"] == "stock" and c["key"] == sku]
    return found[-1]


def stock_at(db: Database, store: str, sku: str, milli: int) -> None:
    """Put `milli` of `sku` on the shelf of `store` (an adjustment)."""
    with db.write() as session:
        ledger = StockLedger(session)
        ledger.move(
            store_id=store, sku=sku, qty_milli=milli, reason="adjustment", source=f"test:{store}:{sku}"
        )
        ledger.flush(FeedWriter(session), source="test")
