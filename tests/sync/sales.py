"""Queuing sales straight into the outbox, in the shape checkout writes, for fast volume tests.

These append `sale.completed` events through the real `outbox.append_event` (the optional totals keys
left out) with their stock movements, as checkout writes them;
test_till_checkout_sale_syncs_and_voided_lines_move_no_stock covers checkout's own payload.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from backend.demo_catalogue import DemoProduct
from terminal.domain.visit_record import StockMove
from terminal.storage import movements, outbox
from terminal.storage.db import Database
from tests.support.till import demo_products

PRODUCTS: list[DemoProduct] = demo_products()


def sale_payload(receipt_no: int, sku: str, qty: int, price: int) -> dict[str, Any]:
    total = qty * price
    return {
        "sale_id": str(uuid.uuid4()),
        "receipt_number": f"S001-T01-{receipt_no:06d}",
        "store_id": "S001",
        "terminal_id": "T01",
        "staff_id": "anna",
        "currency": "EUR",
        "total_minor": total,
        "customer_id": None,
        "lines": [
            {
                "line_no": 1,
                "sku": sku,
                "barcode": None,
                "name": sku,
                "quantity": str(qty),
                "unit_price_minor": price,
                "discount_minor": 0,
                "total_minor": total,
                "vat_code": "A",
                "vat_percent": "19",
            }
        ],
        "payments": [{"tender": "cash", "amount_minor": total, "reference": None}],
        "change_minor": 0,
        "vat": [],
    }


def queue_sales(db: Database, count: int, *, start: int = 1, qty: int = 1, per_tx: int = 500) -> list[str]:
    """Append `count` sales (round robin over the demo products); returns their receipt numbers."""
    numbers = []
    now = datetime.now(UTC)
    done = 0
    while done < count:
        with db.write() as session:
            for _ in range(min(per_tx, count - done)):
                n = start + done
                product = PRODUCTS[n % len(PRODUCTS)]
                payload = sale_payload(n, product.sku, qty, product.price_minor)
                event_id = str(uuid.uuid4())
                outbox.append_event(
                    session, event_id=event_id, type="sale.completed", occurred_at=now, payload=payload
                )
                movements.record_movements(
                    session,
                    [StockMove(product.sku, -Decimal(qty), "sale", 1)],
                    store_id="S001",
                    sale_id=payload["sale_id"],
                    event_id=event_id,
                    at=now,
                )
                numbers.append(payload["receipt_number"])
                done += 1
    return numbers


def outbox_counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return outbox.counts(session)
