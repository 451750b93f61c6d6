"""Refund requests: money a web payment owes back for refused or missing lines, an expired order, or
articles of the order returned at a till (`request_return_refund`, docs/adr/0015-returns-ledger.md).

The backend does not pay: it records a request (status `requested`) that the web shop reads on the
order (GET /v1/web-orders/{n}) and, with the notification outbox, is told about. One request per
settling handover or expiry (its id), so a repeated event never asks twice. Orders paid at the till
(`paid: false`) owe nothing back: the visit took the money for what was handed over only.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from backend.models import RefundRequest, WebOrder, WebOrderLine
from backend.services.feed import FeedWriter
from backend.services.order_states import record
from contract.base import quantity_str


def line_amount(line: WebOrderLine, milli: int) -> int:
    """What `milli` of a line cost (rounded down to the minor unit, as the order's total is)."""
    return line.unit_price_minor * milli // 1000


def request_refund(
    session: Session,
    feed: FeedWriter | None,
    order: WebOrder,
    *,
    request_id: str,
    owed: list[tuple[WebOrderLine, int, str]],
    reason: str,
    source: str,
) -> RefundRequest | None:
    """Record a refund of `owed` (line, milli, why) when the order was paid online and costs anything.

    A replacement order (no charge) and an order paid at the till get none; a request id seen before
    is left as it is."""
    if not order.paid or order.total_minor == 0 or session.get(RefundRequest, request_id) is not None:
        return None
    lines: list[dict[str, Any]] = [
        {
            "line_no": line.line_no,
            "sku": line.sku,
            "quantity": quantity_str(milli),
            "amount_minor": line_amount(line, milli),
            "reason": why,
        }
        for line, milli, why in owed
        if milli > 0
    ]
    amount = sum(int(ln["amount_minor"]) for ln in lines)
    if not lines or amount == 0:
        return None
    refund = RefundRequest(
        request_id=request_id,
        order_number=order.order_number,
        store_id=order.pickup_store_id,
        currency=order.currency,
        amount_minor=amount,
        reason=reason,
        status="requested",
        lines=lines,
        source=source[:120],
    )
    session.add(refund)
    record(
        session,
        feed,
        order,
        "refund_requested",
        note=f"refund of {amount} {order.currency} requested ({reason})",
        data={"request_id": request_id, "amount_minor": amount, "lines": lines},
    )
    return refund


def request_return_refund(
    session: Session,
    feed: FeedWriter | None,
    order: WebOrder,
    *,
    request_id: str,
    store_id: str,
    amount_minor: int,
    lines: list[dict[str, Any]],
    source: str,
) -> RefundRequest | None:
    """Record the refund a till paid back to the order's web payment (a `web` tender out of a visit):
    the amount the till refunded, its return lines. A request id seen before is left as it is."""
    if amount_minor <= 0 or session.get(RefundRequest, request_id) is not None:
        return None
    refund = RefundRequest(
        request_id=request_id,
        order_number=order.order_number,
        store_id=store_id,
        currency=order.currency,
        amount_minor=amount_minor,
        reason="store_return",
        status="requested",
        lines=lines,
        source=source[:120],
    )
    session.add(refund)
    record(
        session,
        feed,
        order,
        "refund_requested",
        note=f"refund of {amount_minor} {order.currency} requested (returned at {store_id})",
        data={"request_id": request_id, "amount_minor": amount_minor, "lines": lines},
    )
    return refund
