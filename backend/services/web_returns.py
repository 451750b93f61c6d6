"""Returns of a web order that reached the chain through another channel (parcel, central warehouse).

Counted against the order's returnable quantities exactly like a return at a till: per order line,
returnable = collected - returned - what tills hold claimed right now (`web_order_line`, live
`return_claim`s: a customer standing at a till with the article keeps it until the claim lapses;
docs/adr/0015-returns-ledger.md). A return names each line by `line_no` or
`sku`; more than is returnable is refused (409 `web_order.over_return`, nothing recorded). The
client's `return_id` makes it idempotent: the same id and content answers the stored return, the
same id with other content is 409 `web_order.return_conflict`.

The goods go to the warehouse, not to a store: no store stock moves here. The click-and-collect and
returns issues extend this (refund to the web payment, restocking where the parcel lands).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.models import Product, WebOrder, WebOrderLine, WebOrderReturn, utcnow
from backend.services import order_states
from backend.services.feed import FeedWriter
from backend.services.order_views import order_view
from backend.services.returnable import claimed_milli
from contract.base import quantity_str, to_milli
from contract.webshop import WebReturnIn, WebReturnLineIn


def _return_view(session: Session, record: WebOrderReturn, order: WebOrder) -> dict[str, Any]:
    return {
        "return_id": record.return_id,
        "order_number": record.order_number,
        "channel": record.channel,
        "note": record.note,
        "lines": record.lines,
        "order": order_view(session, order),
    }


def _resolve(lines: list[WebOrderLine], wanted: WebReturnLineIn) -> WebOrderLine:
    """The order line a returned line names (by line_no, by sku, or both agreeing)."""
    if wanted.line_no is not None:
        found = [ln for ln in lines if ln.line_no == wanted.line_no]
        if not found or (wanted.sku is not None and found[0].sku != wanted.sku):
            raise ApiError(
                422,
                "web_order.unknown_line",
                f"the order has no line {wanted.line_no}" + (f" of {wanted.sku}" if wanted.sku else ""),
                {"line_no": wanted.line_no, "sku": wanted.sku},
            )
        return found[0]
    found = [ln for ln in lines if ln.sku == wanted.sku]
    if not found:
        raise ApiError(
            422, "web_order.unknown_line", f"the order has no line of {wanted.sku}", {"sku": wanted.sku}
        )
    if len(found) > 1:
        raise ApiError(
            422,
            "web_order.ambiguous_line",
            f"the order has {len(found)} lines of {wanted.sku}: name the line_no",
            {"sku": wanted.sku, "line_nos": [ln.line_no for ln in found]},
        )
    return found[0]


def create_return(session: Session, order_number: str, body: WebReturnIn) -> tuple[int, dict[str, Any]]:
    """Record a return: (201, return with the order) or (200, the stored one) for a replay."""
    order = session.execute(
        select(WebOrder).where(WebOrder.order_number == order_number).with_for_update()
    ).scalar_one_or_none()
    if order is None:
        raise ApiError(404, "web_order.unknown", f"no web order {order_number}")
    digest = body.content_hash(order_number)
    stored = session.get(WebOrderReturn, body.return_id)
    if stored is not None:
        if stored.request_hash != digest:
            raise ApiError(
                409,
                "web_order.return_conflict",
                f"return {body.return_id} was already recorded with other content",
                {"return_id": body.return_id, "order_number": stored.order_number},
            )
        return 200, _return_view(session, stored, order)
    lines = list(
        session.execute(
            select(WebOrderLine)
            .where(WebOrderLine.order_number == order_number)
            .order_by(WebOrderLine.line_no)
            .with_for_update()
        ).scalars()
    )
    units = dict(
        session.execute(
            select(Product.sku, Product.unit).where(Product.sku.in_(sorted({ln.sku for ln in lines})))
        ).all()
    )
    asked: dict[int, int] = {}
    resolved: list[dict[str, Any]] = []
    for wanted in body.lines:
        line = _resolve(lines, wanted)
        if units.get(line.sku, "pc") == "pc" and wanted.quantity != wanted.quantity.to_integral_value():
            raise ApiError(
                422,
                "web_order.fractional_quantity",
                f"{line.sku} is sold by the piece: quantity {wanted.quantity} must be whole",
                {"sku": line.sku},
            )
        asked[line.line_no] = asked.get(line.line_no, 0) + to_milli(wanted.quantity)
        resolved.append(
            {
                "line_no": line.line_no,
                "sku": line.sku,
                "quantity": str(wanted.quantity),
                "reason": wanted.reason,
            }
        )
    claimed = claimed_milli(session, "web_order", ((order_number, no) for no in asked), utcnow())
    held = {no: claimed.get((order_number, no), 0) for no in asked}
    returnable = {
        ln.line_no: max(ln.collected_milli - ln.returned_milli - held.get(ln.line_no, 0), 0) for ln in lines
    }
    over = [
        {
            "line_no": ln.line_no,
            "sku": ln.sku,
            "wanted": quantity_str(asked[ln.line_no]),
            "returnable": quantity_str(returnable[ln.line_no]),
            "claimed": quantity_str(held[ln.line_no]),
        }
        for ln in lines
        if ln.line_no in asked and asked[ln.line_no] > returnable[ln.line_no]
    ]
    if over:
        raise ApiError(409, "web_order.over_return", "more returned than is returnable", {"lines": over})
    for ln in lines:
        ln.returned_milli += asked.get(ln.line_no, 0)
    record = WebOrderReturn(
        return_id=body.return_id,
        order_number=order_number,
        channel=body.channel,
        note=body.note,
        request_hash=digest,
        lines=resolved,
        created_at=utcnow(),
    )
    session.add(record)
    count = quantity_str(sum(asked.values()))
    note = f"return {body.return_id} via {body.channel}: {count} item(s)"
    feed = FeedWriter(session)
    order_states.record(session, feed, order, "returned", note=note, data={"return_id": body.return_id})
    feed.flush()
    return 201, _return_view(session, record, order)
