"""Web orders for a test till, brought in the way production brings them: as change-feed pages
(contract.feed WebOrderData / CustomerData) applied by terminal/storage/feed_apply.py."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from backend.demo_catalogue import DemoProduct
from contract.feed import Change, ChangePage, CustomerData, WebOrderData, WebOrderLineData
from contract.pickup import code_check
from terminal.storage.db import Database
from terminal.storage.feed_apply import FeedScope, apply_page

SCOPE = FeedScope("S001", "DE", "EUR")
CODE = "48271930"
_versions = itertools.count(1000)


def order_data(
    number: str,
    lines: Sequence[tuple[DemoProduct, int]],
    *,
    status: str = "placed",
    customer_id: str | None = "C9001",
    paid: bool = True,
    code: str = CODE,
    pickup_by: datetime | None = None,
    picked: bool = False,
) -> WebOrderData:
    return WebOrderData(
        order_number=number,
        status=status,
        customer_id=customer_id,
        currency="EUR",
        paid=paid,
        total_minor=sum(p.price_minor * q for p, q in lines),
        pickup_store_id="S001",
        pickup_by=pickup_by or datetime(2026, 11, 30, 18, tzinfo=UTC),
        pickup_code_check=code_check(number, code),
        lines=[
            WebOrderLineData(
                line_no=no,
                sku=p.sku,
                name=p.name,
                quantity=Decimal(q),
                unit_price_minor=p.price_minor,
                picked=Decimal(q) if picked else Decimal(0),
            )
            for no, (p, q) in enumerate(lines, start=1)
        ],
    )


def feed(db: Database, *items: WebOrderData | CustomerData, version: int | None = None) -> None:
    """One feed page with these orders and customers (data as JSON, read back typed like a real page)."""
    changes = []
    for item in items:
        entity, key = (
            ("web_order", item.order_number)
            if isinstance(item, WebOrderData)
            else ("customer", item.customer_id)
        )
        changes.append(
            Change(
                entity=entity,
                key=key or "",
                version=version or next(_versions),
                op="upsert",
                data=item.model_dump(mode="json"),
            )
        )
    page = ChangePage.model_validate(
        {"changes": [c.model_dump(mode="json") for c in changes], "next_cursor": "v1.9.9", "has_more": False}
    )
    apply_page(db, page, scope=SCOPE, now=datetime(2026, 11, 24, 9, tzinfo=UTC))


def customer(customer_id: str = "C9001", name: str = "Erika Mustermann") -> CustomerData:
    return CustomerData(customer_id=customer_id, name=name, email="erika@example.org", phone="+49 30 1234567")


def hours(n: float) -> timedelta:
    return timedelta(hours=n)
